import type { CellRef } from "../model/address";
import { EMPTY, type CellValue } from "../model/cell";
import type { Lang } from "../model/lang";
import type { SheetSnapshot } from "../model/snapshot";
import type {
  AllocationKey,
  FundingKey,
  ItemKey,
  ProposalFieldKey,
  SettingsFieldKey,
  ThemeColumnKey,
} from "./labels";
import type {
  ColumnPosition,
  FieldPosition,
  FundingTablePosition,
  RecognisedProposal,
  RecognisedSettings,
  TablePosition,
  YearColumn,
} from "./recognise";

/**
 * Recognised sheets turned into rows of raw cells with their positions, for the rules engine
 * and consolidation. Nothing is validated or parsed here: the rules decide what is wrong.
 */

/** A raw cell of a table row and its zero-based column. */
export interface CellAt {
  readonly col: number;
  readonly value: CellValue;
}

/** A raw header-block value. */
export interface FieldValue {
  readonly label: CellRef;
  readonly cell: CellRef;
  readonly value: CellValue;
  readonly unit: string | null;
  readonly scale: number | null;
  /** The second cell of a period given as start and end. */
  readonly end: { readonly cell: CellRef; readonly value: CellValue } | null;
}

/** One data row of a table: every recognised column's cell (empty cells included). */
export interface TableRow<K extends string> {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly cells: Partial<Readonly<Record<K, CellAt>>>;
}

export type ItemRow = TableRow<ItemKey>;

export interface FundingYearCell extends CellAt {
  readonly year: number;
  readonly unit: string | null;
  /** Multiplier into euros; null when the header's unit is unknown. */
  readonly scale: number | null;
}

export interface FundingRow {
  readonly row: number;
  readonly itemId: CellAt | null;
  readonly source: CellAt | null;
  readonly years: readonly FundingYearCell[];
  readonly total: (CellAt & { readonly unit: string | null; readonly scale: number | null }) | null;
}

/** A proposal's header-block values and where its columns lie, without the table rows. */
export interface ProposalOutline {
  readonly sheet: string;
  readonly lang: Lang;
  readonly fields: Partial<Readonly<Record<ProposalFieldKey, FieldValue>>>;
  readonly itemColumns: Partial<Readonly<Record<ItemKey, ColumnPosition>>>;
  readonly fundingColumns: Partial<Readonly<Record<FundingKey, ColumnPosition>>>;
  readonly fundingYears: readonly YearColumn[];
}

export interface ProposalRead extends ProposalOutline {
  readonly items: readonly ItemRow[];
  readonly funding: readonly FundingRow[];
}

export type AllocationRow = TableRow<AllocationKey>;
export type ThemeRow = TableRow<ThemeColumnKey>;

export interface SettingsRead {
  readonly sheet: string;
  readonly lang: Lang;
  readonly fields: Partial<Readonly<Record<SettingsFieldKey, FieldValue>>>;
  readonly allocationColumns: Partial<Readonly<Record<AllocationKey, ColumnPosition>>>;
  readonly allocation: readonly AllocationRow[];
  /** The round's own themes; null when the sheet has no themes table. */
  readonly themeColumns: Partial<Readonly<Record<ThemeColumnKey, ColumnPosition>>> | null;
  readonly themes: readonly ThemeRow[] | null;
}

function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.cells[row]?.[col] ?? EMPTY;
}

function readFields<K extends string>(
  sheet: SheetSnapshot,
  positions: Partial<Readonly<Record<K, FieldPosition>>>,
): Partial<Record<K, FieldValue>> {
  const fields: Partial<Record<K, FieldValue>> = {};
  for (const key of Object.keys(positions) as K[]) {
    const p = positions[key];
    if (!p) continue;
    fields[key] = {
      label: p.label,
      cell: p.value,
      value: valueAt(sheet, p.value.row, p.value.col),
      unit: p.unit,
      scale: p.scale,
      end: p.end ? { cell: p.end, value: valueAt(sheet, p.end.row, p.end.col) } : null,
    };
  }
  return fields;
}

function readRows<K extends string>(sheet: SheetSnapshot, table: TablePosition<K>): TableRow<K>[] {
  const keys = Object.keys(table.columns) as K[];
  return table.dataRows.map((row) => {
    const cells: Partial<Record<K, CellAt>> = {};
    for (const key of keys) {
      const position = table.columns[key];
      if (position) cells[key] = { col: position.col, value: valueAt(sheet, row, position.col) };
    }
    return { row, cells };
  });
}

function cellIn(
  sheet: SheetSnapshot,
  row: number,
  position: ColumnPosition | undefined,
): CellAt | null {
  return position ? { col: position.col, value: valueAt(sheet, row, position.col) } : null;
}

/**
 * One row of the funding table. The rules read the rows one at a time and keep none: a
 * round of 18 × 20 000 items holds millions of cells, and rows read all at once would
 * outlive the young generation only to be collected later at a higher price.
 */
export function readFundingRow(
  sheet: SheetSnapshot,
  funding: FundingTablePosition,
  row: number,
): FundingRow {
  const total = funding.columns.total;
  return {
    row,
    itemId: cellIn(sheet, row, funding.columns.itemId),
    source: cellIn(sheet, row, funding.columns.source),
    years: funding.years.map((y) => ({
      col: y.col,
      year: y.year,
      unit: y.unit,
      scale: y.scale,
      value: valueAt(sheet, row, y.col),
    })),
    total: total
      ? {
          col: total.col,
          value: valueAt(sheet, row, total.col),
          unit: total.unit,
          scale: total.scale,
        }
      : null,
  };
}

/** The header block and the column positions; the rows are left to `readProposal`. */
export function readProposalOutline(
  sheet: SheetSnapshot,
  recognised: RecognisedProposal,
): ProposalOutline {
  const funding = recognised.funding;
  return {
    sheet: recognised.sheet,
    lang: recognised.lang,
    fields: readFields(sheet, recognised.fields),
    itemColumns: recognised.items.columns,
    fundingColumns: funding?.columns ?? {},
    fundingYears: funding?.years ?? [],
  };
}

export function readProposal(sheet: SheetSnapshot, recognised: RecognisedProposal): ProposalRead {
  const funding = recognised.funding;
  return {
    ...readProposalOutline(sheet, recognised),
    items: readRows(sheet, recognised.items),
    funding: funding ? funding.dataRows.map((row) => readFundingRow(sheet, funding, row)) : [],
  };
}

export function readSettings(sheet: SheetSnapshot, recognised: RecognisedSettings): SettingsRead {
  return {
    sheet: recognised.sheet,
    lang: recognised.lang,
    fields: readFields(sheet, recognised.fields),
    allocationColumns: recognised.allocation.columns,
    allocation: readRows(sheet, recognised.allocation),
    themeColumns: recognised.themes?.columns ?? null,
    themes: recognised.themes ? readRows(sheet, recognised.themes) : null,
  };
}
