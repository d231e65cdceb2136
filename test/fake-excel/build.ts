import { MAX_COLS, rangeToA1 } from "../../src/core/model/address";
import { parseAddress } from "./address";
import { FakeContextCore } from "./context";
import { type FakeCell, FakeSheet, type FakeVisibility, FakeWorkbook } from "./model";
import { FakeRequestContext } from "./proxies";

/** A cell in a spec: a plain value is stored as is (no typed-input conversion). */
export type FakeCellSpec =
  | string
  | number
  | boolean
  | null
  | {
      value?: string | number | boolean;
      formula?: string;
      error?: string;
      numberFormat?: string;
      fill?: string;
    };

export interface FakeSheetSpec {
  name: string;
  rows?: FakeCellSpec[][];
  visibility?: FakeVisibility;
  protected?: boolean;
  tables?: { name: string; range: string }[];
  /** The user's own conditional formats. */
  conditionalFormats?: { ranges: string[]; formula: string; fill: string }[];
}

export interface FakeWorkbookSpec {
  sheets: FakeSheetSpec[];
  structureProtected?: boolean;
  calculationMode?: FakeWorkbook["calculationMode"];
  active?: string;
  currentYear?: number;
}

function toCell(spec: FakeCellSpec): FakeCell | null {
  if (spec === null || spec === "") return null;
  if (typeof spec === "string") return { value: spec, type: "String", numberFormat: "General" };
  if (typeof spec === "number") return { value: spec, type: "Double", numberFormat: "General" };
  if (typeof spec === "boolean") return { value: spec, type: "Boolean", numberFormat: "General" };
  const numberFormat = spec.numberFormat ?? "General";
  const extra = spec.fill !== undefined ? { fill: spec.fill } : {};
  if (spec.error !== undefined) return { value: spec.error, type: "Error", numberFormat, ...extra };
  const value = spec.value ?? "";
  const type =
    typeof value === "number"
      ? "Double"
      : typeof value === "boolean"
        ? "Boolean"
        : value === ""
          ? "Empty"
          : "String";
  return {
    value,
    type,
    numberFormat,
    ...extra,
    ...(spec.formula !== undefined ? { formula: spec.formula } : {}),
  };
}

export function buildWorkbook(spec: FakeWorkbookSpec): FakeWorkbook {
  const book = new FakeWorkbook();
  if (spec.currentYear !== undefined) book.currentYear = spec.currentYear;
  for (const sheetSpec of spec.sheets) {
    book.checkSheetName(sheetSpec.name);
    const sheet = new FakeSheet(sheetSpec.name);
    book.sheets.push(sheet);
    sheet.visibility = sheetSpec.visibility ?? "Visible";
    sheet.isProtected = sheetSpec.protected ?? false;
    (sheetSpec.rows ?? []).forEach((row, r) =>
      row.forEach((cellSpec, c) => {
        const cell = toCell(cellSpec);
        if (cell) sheet.cells.set(FakeSheet.key(r, c), cell);
      }),
    );
    for (const table of sheetSpec.tables ?? [])
      sheet.tables.push({
        name: table.name,
        ref: parseAddress(table.range).ref,
        showHeaders: true,
      });
    for (const cf of sheetSpec.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({
        id: book.newConditionalFormatId(),
        type: "Custom",
        ranges: cf.ranges.map((r) => parseAddress(r).ref),
        formula: cf.formula,
        fill: cf.fill,
        fontColor: null,
      });
    }
  }
  book.structureProtected = spec.structureProtected ?? false;
  book.calculationMode = spec.calculationMode ?? "Automatic";
  book.activeSheet =
    (spec.active
      ? book.findSheet(spec.active)
      : book.sheets.find((s) => s.visibility === "Visible")) ?? null;
  return book;
}

/** A fresh context over `book`; the adapter takes it as an `Excel.RequestContext`. */
export function fakeContext(book: FakeWorkbook): {
  context: Excel.RequestContext;
  fake: FakeRequestContext;
  core: FakeContextCore;
} {
  const core = new FakeContextCore(book);
  const fake = new FakeRequestContext(core);
  return { context: fake as unknown as Excel.RequestContext, fake, core };
}

/** A cell as plain data for assertions: its formula where it has one, else its value. */
export function cellData(cell: FakeCell | undefined): string | number | boolean | null {
  if (!cell || cell.type === "Empty") return null;
  return cell.formula ?? cell.value;
}

/** The rows of a sheet from A1 to the end of its used range, as plain data. */
export function sheetRows(
  book: FakeWorkbook,
  name: string,
): (string | number | boolean | null)[][] {
  const sheet = book.sheet(name);
  const used = sheet.usedRange(true);
  if (!used) return [];
  const rows: (string | number | boolean | null)[][] = [];
  for (let r = 0; r <= used.bottom; r++) {
    const row: (string | number | boolean | null)[] = [];
    for (let c = 0; c <= used.right; c++) row.push(cellData(sheet.cell(r, c)));
    rows.push(row);
  }
  return rows;
}

/** Everything of a sheet a user could notice changing, as plain JSON-able data. */
export function dumpSheet(sheet: FakeSheet): Record<string, unknown> {
  const cells: Record<string, FakeCell> = {};
  for (const [key, cell] of sheet.cells)
    cells[
      rangeToA1({
        top: Math.floor(key / MAX_COLS),
        left: key % MAX_COLS,
        bottom: Math.floor(key / MAX_COLS),
        right: key % MAX_COLS,
      })
    ] = { ...cell };
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells,
    tables: sheet.tables.map((t) => ({ ...t, ref: rangeToA1(t.ref) })),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      ...cf,
      ranges: cf.ranges.map(rangeToA1),
    })),
    validations: sheet.validations.map((v) => ({ ...v, ref: rangeToA1(v.ref) })),
    charts: sheet.charts.length,
    freeze: sheet.freeze,
    widths: [...sheet.columnWidths],
  };
}

export function dumpWorkbook(book: FakeWorkbook): Record<string, Record<string, unknown>> {
  return Object.fromEntries(book.sheets.map((sheet) => [sheet.id, dumpSheet(sheet)]));
}

/** The cells (`Sheet!A1`) whose content or format differ between two dumps of the same sheets. */
export function changedCells(
  before: Record<string, Record<string, unknown>>,
  after: Record<string, Record<string, unknown>>,
): string[] {
  const changed: string[] = [];
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = (before[id]?.cells ?? {}) as Record<string, FakeCell>;
    const b = (after[id]?.cells ?? {}) as Record<string, FakeCell>;
    const name = String(after[id]?.name ?? before[id]?.name);
    for (const address of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (JSON.stringify(a[address]) !== JSON.stringify(b[address]))
        changed.push(`${name}!${address}`);
    }
  }
  return changed.sort();
}
