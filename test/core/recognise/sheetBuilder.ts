import type { RangeRef } from "../../../src/core/model/address";
import { EMPTY, type CellValue } from "../../../src/core/model/cell";
import type { Lang } from "../../../src/core/model/lang";
import type { SheetSnapshot, TableSnapshot } from "../../../src/core/model/snapshot";
import {
  ITEM_COLUMNS,
  labelsFor,
  type ItemKey,
  type LabelKey,
} from "../../../src/core/recognise/labels";

export type Raw = string | number | boolean | CellValue | null;

export function cell(raw: Raw): CellValue {
  if (raw === null) return EMPTY;
  if (typeof raw === "string") return raw === "" ? EMPTY : { kind: "text", text: raw };
  if (typeof raw === "number") return { kind: "number", value: raw };
  if (typeof raw === "boolean") return { kind: "boolean", value: raw };
  return raw;
}

/** A sparse grid written cell by cell, turned into a snapshot anchored at A1. */
export class Grid {
  private readonly rows: CellValue[][] = [];
  readonly tables: TableSnapshot[] = [];

  set(row: number, col: number, raw: Raw): this {
    while (this.rows.length <= row) this.rows.push([]);
    const line = this.rows[row];
    while (line.length <= col) line.push(EMPTY);
    line[col] = cell(raw);
    return this;
  }

  /** Writes a row of values from (row, col) rightwards. */
  line(row: number, col: number, values: readonly Raw[]): this {
    values.forEach((v, i) => this.set(row, col + i, v));
    return this;
  }

  table(name: string, range: RangeRef): this {
    this.tables.push({ name, range, showHeaders: true });
    return this;
  }

  sheet(name = "Esitys"): SheetSnapshot {
    return {
      name,
      visibility: "visible",
      isProtected: false,
      cells: this.rows,
      tables: this.tables,
    };
  }
}

export const ALL_ITEM_KEYS: readonly ItemKey[] = ITEM_COLUMNS.map((d) => d.key);

export type Column = ItemKey | { readonly header: string };

export interface FundingLayout {
  readonly years: readonly number[];
  /** Bracketed unit written after each year and the total, e.g. `1 000 €`. */
  readonly unit?: string;
  readonly rows: readonly {
    readonly itemId: Raw;
    readonly source: Raw;
    readonly amounts: readonly Raw[];
    readonly total?: Raw;
  }[];
  readonly withTotal?: boolean;
  readonly excelTable?: boolean;
  /** A title row such as "Rahoitus" between the tables. */
  readonly title?: string;
}

export interface ProposalLayout {
  readonly lang?: Lang;
  readonly columns?: readonly Column[];
  /** Header text per key instead of the catalogue label. */
  readonly headers?: Partial<Record<ItemKey, string>>;
  readonly items?: readonly Partial<Record<ItemKey, Raw>>[];
  /** Top-left cell of the header block. */
  readonly origin?: { readonly row: number; readonly col: number };
  /** Column where the items table starts. */
  readonly tableCol?: number;
  readonly excelTable?: boolean;
  /** Region value; null leaves the region label out. */
  readonly region?: string | null;
  readonly period?: string | readonly [Raw, Raw];
  readonly funding?: FundingLayout;
  /** Blank rows inserted after these item indexes. */
  readonly blankAfter?: readonly number[];
  readonly name?: string;
}

export interface ProposalSheet {
  readonly sheet: SheetSnapshot;
  readonly headerRow: number;
  /** Sheet row of each item, in order. */
  readonly itemRows: readonly number[];
  /** Column of each item key written. */
  readonly colOf: Partial<Record<ItemKey, number>>;
  readonly fundingHeaderRow: number | null;
  readonly fundingRows: readonly number[];
}

function label(key: LabelKey, lang: Lang): string {
  return labelsFor(key, lang);
}

export const SAMPLE_ITEMS: readonly Partial<Record<ItemKey, Raw>>[] = [
  {
    itemId: "1.1",
    theme: "Saavutettavuus",
    objective: "Raideyhteydet kuntoon",
    level: "Kansallinen",
    leadMinistry: "LVM",
    investmentNeed: 1_500_000,
  },
  {
    itemId: "1.2",
    theme: "Osaaminen ja sivistys",
    objective: "Jatkuva oppiminen",
    level: "Alueellinen",
    leadMinistry: "OKM",
  },
  {
    itemId: "2.1",
    theme: "Digitalisaatio",
    objective: "Kuituverkko",
    level: "Kansallinen ja alueellinen",
    leadMinistry: "LVM",
  },
];

/** Lays out a regional proposal: header block, items table, optional funding table below. */
export function buildProposal(layout: ProposalLayout = {}): ProposalSheet {
  const lang = layout.lang ?? "fi";
  const columns = layout.columns ?? ALL_ITEM_KEYS;
  const items = layout.items ?? SAMPLE_ITEMS;
  const origin = layout.origin ?? { row: 0, col: 0 };
  const tableCol = layout.tableCol ?? 0;
  const grid = new Grid();

  let row = origin.row;
  if (layout.region !== null)
    grid.line(row++, origin.col, [label("region", lang), layout.region ?? "Varsinais-Suomi"]);
  const period = layout.period ?? "2026–2028";
  grid.line(row++, origin.col, [
    label("period", lang),
    ...(typeof period === "string" ? [period] : period),
  ]);
  grid.line(row++, origin.col, [label("contact", lang), "Maija Meikäläinen"]);
  grid.line(row++, origin.col, [label("date", lang), { kind: "date", serial: 46100 }]);
  row++;

  const headerRow = row;
  const colOf: Partial<Record<ItemKey, number>> = {};
  columns.forEach((c, i) => {
    const col = tableCol + i;
    if (typeof c === "string") {
      colOf[c] = col;
      grid.set(headerRow, col, layout.headers?.[c] ?? label(c, lang));
    } else grid.set(headerRow, col, c.header);
  });
  row++;
  const itemRows: number[] = [];
  items.forEach((item, i) => {
    itemRows.push(row);
    columns.forEach((c, j) => {
      if (typeof c === "string") grid.set(row, tableCol + j, item[c] ?? null);
      else grid.set(row, tableCol + j, `extra ${i}`);
    });
    row++;
    if (layout.blankAfter?.includes(i)) row++;
  });
  if (layout.excelTable) {
    grid.table("Kohteet", {
      top: headerRow,
      left: tableCol,
      bottom: row - 1,
      right: tableCol + columns.length - 1,
    });
  }

  let fundingHeaderRow: number | null = null;
  const fundingRows: number[] = [];
  const f = layout.funding;
  if (f) {
    row++;
    if (f.title) grid.set(row++, tableCol, f.title);
    fundingHeaderRow = row;
    const unit = f.unit ? ` (${f.unit})` : "";
    const headers: Raw[] = [
      label("itemId", lang),
      label("source", lang),
      ...f.years.map((y) => `${y}${unit}`),
    ];
    if (f.withTotal !== false) headers.push(`${label("total", lang)}${unit}`);
    grid.line(row++, tableCol, headers);
    for (const r of f.rows) {
      fundingRows.push(row);
      const values: Raw[] = [r.itemId, r.source, ...r.amounts];
      if (f.withTotal !== false) values.push(r.total ?? null);
      grid.line(row++, tableCol, values);
    }
    if (f.excelTable) {
      grid.table("Rahoitus", {
        top: fundingHeaderRow,
        left: tableCol,
        bottom: row - 1,
        right: tableCol + headers.length - 1,
      });
    }
  }

  return {
    sheet: grid.sheet(layout.name),
    headerRow,
    itemRows,
    colOf,
    fundingHeaderRow,
    fundingRows,
  };
}

export interface SettingsLayout {
  readonly lang?: Lang;
  readonly envelope?: Raw;
  readonly allocation?: readonly {
    readonly region: Raw;
    readonly allocation: Raw;
    readonly share?: Raw;
  }[];
  readonly themes?: readonly {
    readonly code: string;
    readonly group: string;
    readonly fi: string;
    readonly sv: string;
    readonly en: string;
  }[];
  readonly excelTable?: boolean;
  readonly withEnvelopeLabel?: boolean;
  readonly name?: string;
}

export interface SettingsSheet {
  readonly sheet: SheetSnapshot;
  readonly allocationHeaderRow: number;
  readonly allocationRows: readonly number[];
  readonly themesHeaderRow: number | null;
}

/** Lays out a round settings sheet: header block, allocation table, optional themes table. */
export function buildSettings(layout: SettingsLayout = {}): SettingsSheet {
  const lang = layout.lang ?? "fi";
  const grid = new Grid();
  let row = 0;
  grid.line(row++, 0, [label("round", lang), "ALKE 2026"]);
  grid.line(row++, 0, [label("referenceNumber", lang), "VN/1234/2026"]);
  grid.line(row++, 0, [label("period", lang), "2026–2028"]);
  grid.line(row++, 0, [label("budgetYear", lang), 2026]);
  if (layout.withEnvelopeLabel !== false)
    grid.line(row++, 0, [label("akkeEnvelope", lang), layout.envelope ?? 16_000_000]);
  grid.line(row++, 0, [label("akkeMaxShare", lang), 0.8]);
  grid.line(row++, 0, [label("maxThemes", lang), 3]);
  row++;
  const allocationHeaderRow = row;
  grid.line(row++, 0, [
    label("region", lang),
    label("allocation", lang),
    label("share", lang),
    label("maxShare", lang),
  ]);
  const allocation = layout.allocation ?? [
    { region: "Uusimaa", allocation: 1_000_000, share: 0.0625 },
    { region: "Varsinais-Suomi", allocation: 866_000 },
  ];
  const allocationRows: number[] = [];
  for (const a of allocation) {
    allocationRows.push(row);
    grid.line(row++, 0, [a.region, a.allocation, a.share ?? null]);
  }
  if (layout.excelTable)
    grid.table("Jako", { top: allocationHeaderRow, left: 0, bottom: row - 1, right: 3 });

  let themesHeaderRow: number | null = null;
  if (layout.themes) {
    row++;
    themesHeaderRow = row;
    grid.line(row++, 0, [
      label("code", lang),
      label("group", lang),
      label("fi", lang),
      label("sv", lang),
      label("en", lang),
      label("active", lang),
    ]);
    for (const t of layout.themes)
      grid.line(row++, 0, [t.code, t.group, t.fi, t.sv, t.en, "Kyllä"]);
  }
  return {
    sheet: grid.sheet(layout.name ?? "Asetukset"),
    allocationHeaderRow,
    allocationRows,
    themesHeaderRow,
  };
}
