import { parseYearHeader } from "../locale/headerUnits";
import type { CellRef } from "../model/address";
import { isBlank, type CellValue } from "../model/cell";
import type { Lang } from "../model/lang";
import { REGISTRY_SHEET, type SheetSnapshot, type WorkbookSnapshot } from "../model/snapshot";
import {
  ALLOCATION_COLUMNS,
  FUNDING_COLUMNS,
  ITEM_COLUMNS,
  PROPOSAL_FIELDS,
  SECTION_TITLES,
  SETTINGS_FIELDS,
  THEME_COLUMNS,
  type AllocationKey,
  type FundingKey,
  type ItemKey,
  type LabelDef,
  type LabelKey,
  type ProposalFieldKey,
  type SettingsFieldKey,
  type TableKind,
  type ThemeColumnKey,
} from "./labels";
import { dominantLang, LabelIndex, labelMatchKey, type LabelMatch } from "./match";
import { sheetNameKey } from "../model/sheetNames";

/** Where a known column lies and the unit its header carries (scale null: unknown unit). */
export interface ColumnPosition {
  readonly col: number;
  readonly header: string;
  readonly unit: string | null;
  readonly scale: number | null;
}

export interface YearColumn extends ColumnPosition {
  readonly year: number;
}

/** A column whose header is not in the catalogue: kept, and ignored. */
export interface UnknownColumn {
  readonly col: number;
  readonly header: string;
}

/** A recognised table: header row, columns, and the sheet rows that hold data (zero-based). */
export interface TablePosition<K extends string> {
  readonly kind: TableKind;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  /** The Excel table's name, or null for a plain range. */
  readonly excelTable: string | null;
  readonly columns: Partial<Readonly<Record<K, ColumnPosition>>>;
  readonly unknownColumns: readonly UnknownColumn[];
  /** Required columns the header lacks (STRUCT-MISSING-COLUMN). */
  readonly missingRequired: readonly K[];
  /** Sheet rows of the data, blank rows skipped. */
  readonly dataRows: readonly number[];
  /** Where an Excel table's range stops above the data under it, which was read too. */
  readonly beyondTable?: { readonly tableEnd: number; readonly lastRow: number };
  /**
   * Further tables of the same kind below this one: their rows are part of this table when
   * their columns lie alike (`read`), else not read; either way reported.
   */
  readonly repeats?: readonly TableRepeat[];
}

export interface TableRepeat {
  readonly headerRow: number;
  readonly left: number;
  readonly read: boolean;
  readonly rows: number;
}

export interface FundingTablePosition extends TablePosition<FundingKey> {
  /** One column per year header, in sheet order. */
  readonly years: readonly YearColumn[];
}

/** A header-block field: its label cell and the first non-empty cell to its right. */
export interface FieldPosition {
  readonly label: CellRef;
  /** The value cell; the cell right of the label when the row has nothing further right. */
  readonly value: CellRef;
  /** For a period given as start and end in two cells: the end cell. */
  readonly end: CellRef | null;
  /** A unit bracketed in the label, e.g. `AKKE-määräraha (€)`. */
  readonly unit: string | null;
  readonly scale: number | null;
}

export interface RecognisedProposal {
  readonly kind: "proposal";
  readonly sheet: string;
  readonly lang: Lang;
  readonly fields: Partial<Readonly<Record<ProposalFieldKey, FieldPosition>>>;
  readonly items: TablePosition<ItemKey>;
  readonly funding: FundingTablePosition | null;
}

export interface RecognisedSettings {
  readonly kind: "settings";
  readonly sheet: string;
  readonly lang: Lang;
  readonly fields: Partial<Readonly<Record<SettingsFieldKey, FieldPosition>>>;
  readonly allocation: TablePosition<AllocationKey>;
  readonly themes: TablePosition<ThemeColumnKey> | null;
}

export interface UnrecognisedSheet {
  readonly kind: "none";
  readonly sheet: string;
  readonly lang: Lang;
}

/**
 * A sheet that is never read as a proposal or settings: the registry itself, one the
 * registry lists, or a hidden one (only the visible sheet counts; `looksLike` says what a
 * hidden sheet would have been, so that it can be reported).
 */
export type SkippedSheet =
  | { readonly kind: "skipped"; readonly sheet: string; readonly reason: "registry" | "registered" }
  | {
      readonly kind: "skipped";
      readonly sheet: string;
      readonly reason: "hidden";
      readonly looksLike: "proposal" | "settings" | null;
    };

export type RecognisedSheet =
  RecognisedProposal | RecognisedSettings | UnrecognisedSheet | SkippedSheet;

const ITEMS = new LabelIndex(ITEM_COLUMNS);
const FUNDING = new LabelIndex(FUNDING_COLUMNS);
const ALLOCATION = new LabelIndex(ALLOCATION_COLUMNS);
const THEMES = new LabelIndex(THEME_COLUMNS);
const FIELDS = new LabelIndex<ProposalFieldKey | SettingsFieldKey>([
  ...PROPOSAL_FIELDS,
  ...SETTINGS_FIELDS,
]);
const PROPOSAL_FIELD_KEYS = new Set<string>(PROPOSAL_FIELDS.map((d) => d.key));
const SETTINGS_FIELD_KEYS = new Set<string>(SETTINGS_FIELDS.map((d) => d.key));
const SECTION_TITLE_KEYS = new Set<string>(
  Object.values(SECTION_TITLES).flatMap((labels) => Object.values(labels).map(labelMatchKey)),
);

/** Other items-table labels a header row needs besides the item id to be the items table. */
const ITEMS_MIN_OTHER_LABELS = 3;
const THEMES_MIN_OTHER_LABELS = 2;

interface TableSpec<K extends LabelKey> {
  readonly kind: TableKind;
  readonly index: LabelIndex<K>;
  readonly defs: readonly LabelDef<K>[];
  readonly qualifies: (keys: ReadonlySet<K>) => boolean;
}

const TABLE_SPECS = [
  {
    kind: "items",
    index: ITEMS,
    defs: ITEM_COLUMNS,
    qualifies: (keys) => keys.has("itemId") && keys.size - 1 >= ITEMS_MIN_OTHER_LABELS,
  } satisfies TableSpec<ItemKey>,
  {
    kind: "funding",
    index: FUNDING,
    defs: FUNDING_COLUMNS,
    qualifies: (keys) => keys.has("itemId") && keys.has("source"),
  } satisfies TableSpec<FundingKey>,
  {
    kind: "allocation",
    index: ALLOCATION,
    defs: ALLOCATION_COLUMNS,
    qualifies: (keys) => keys.has("region") && keys.has("allocation"),
  } satisfies TableSpec<AllocationKey>,
  {
    kind: "themes",
    index: THEMES,
    defs: THEME_COLUMNS,
    qualifies: (keys) => keys.has("code") && keys.size - 1 >= THEMES_MIN_OTHER_LABELS,
  } satisfies TableSpec<ThemeColumnKey>,
] as const;

type AnySpec = TableSpec<LabelKey>;

/** A header row found, before its data rows are known. */
interface HeaderFound {
  readonly spec: AnySpec;
  readonly row: number;
  readonly left: number;
  readonly right: number;
  readonly excelTable: string | null;
  /** Last data row of an Excel table; plain ranges run to the next header. */
  readonly tableBottom: number | null;
  readonly matches: ReadonlyMap<number, LabelMatch<LabelKey>>;
}

interface TableFound {
  readonly header: HeaderFound;
  readonly position: TablePosition<string>;
  readonly years: readonly YearColumn[];
}

function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue | undefined {
  return sheet.cells[row]?.[col];
}

function headerText(cell: CellValue | undefined): string | null {
  if (!cell) return null;
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number") return String(cell.value);
  return null;
}

function matchRow(
  spec: AnySpec,
  sheet: SheetSnapshot,
  row: number,
  left: number,
  right: number,
): Map<number, LabelMatch<LabelKey>> {
  const matches = new Map<number, LabelMatch<LabelKey>>();
  for (let col = left; col <= right; col++) {
    const m = spec.index.matchCell(cellAt(sheet, row, col));
    if (m) matches.set(col, m);
  }
  return matches;
}

function qualifies(spec: AnySpec, matches: ReadonlyMap<number, LabelMatch<LabelKey>>): boolean {
  return spec.qualifies(new Set([...matches.values()].map((m) => m.key)));
}

function insideAny(found: readonly HeaderFound[], row: number, col: number): boolean {
  return found.some(
    (h) =>
      h.excelTable !== null &&
      row >= h.row &&
      row <= (h.tableBottom ?? h.row) &&
      col >= h.left &&
      col <= h.right,
  );
}

function findExcelTableHeaders(sheet: SheetSnapshot): HeaderFound[] {
  const found: HeaderFound[] = [];
  for (const table of sheet.tables) {
    if (!table.showHeaders) continue;
    const { top, left, right, bottom } = table.range;
    for (const spec of TABLE_SPECS as readonly AnySpec[]) {
      const matches = matchRow(spec, sheet, top, left, right);
      if (qualifies(spec, matches)) {
        found.push({
          spec,
          row: top,
          left,
          right,
          excelTable: table.name,
          tableBottom: bottom,
          matches,
        });
        break;
      }
    }
  }
  return found;
}

/** The label each kind of table cannot do without: a header row holds at least one. */
const ANCHOR_KEYS = new Set<LabelKey>(["itemId", "region", "code"]);
const ANCHORS = new LabelIndex<LabelKey>(
  [ITEM_COLUMNS, FUNDING_COLUMNS, ALLOCATION_COLUMNS, THEME_COLUMNS].flatMap((defs) =>
    (defs as readonly LabelDef<LabelKey>[]).filter((d) => ANCHOR_KEYS.has(d.key)),
  ),
);

/**
 * Whether a free cell of the row names an anchor. Every kind of table needs its anchor among
 * its free cells, so the cells of recognised Excel tables (their data rows above all) are
 * not looked up at all.
 */
function mayBeHeaderRow(cells: readonly CellValue[], free: (col: number) => boolean): boolean {
  for (let col = 0; col < cells.length; col++) {
    const cell = cells[col];
    if (cell.kind === "text" && free(col) && ANCHORS.names(cell.text, ANCHOR_KEYS)) return true;
  }
  return false;
}

/** Header rows of plain ranges, in cells no recognised Excel table covers. */
function findPlainHeaders(sheet: SheetSnapshot, excel: readonly HeaderFound[]): HeaderFound[] {
  const found: HeaderFound[] = [];
  sheet.cells.forEach((cells, row) => {
    const free = (col: number): boolean => !insideAny(excel, row, col);
    if (!mayBeHeaderRow(cells, free)) return;
    for (const spec of TABLE_SPECS as readonly AnySpec[]) {
      const all = matchRow(spec, sheet, row, 0, cells.length - 1);
      const matches = new Map([...all].filter(([col]) => free(col)));
      if (!qualifies(spec, matches)) continue;
      const cols = [...matches.keys()];
      let left = Math.min(...cols);
      let right = Math.max(...cols);
      while (left > 0 && free(left - 1) && !isBlank(cells[left - 1])) left--;
      while (right + 1 < cells.length && free(right + 1) && !isBlank(cells[right + 1])) right++;
      // A year column set apart by an empty column still belongs to the funding table.
      if (spec.kind === "funding")
        for (let col = right + 2; col < cells.length; col++) {
          const cell = cells[col];
          if (cell && free(col) && parseYearHeader(cell)) right = col;
        }
      found.push({ spec, row, left, right, excelTable: null, tableBottom: null, matches });
      break;
    }
  });
  return found;
}

function isSectionTitleRow(
  sheet: SheetSnapshot,
  row: number,
  left: number,
  right: number,
): boolean {
  let filled: CellValue | null = null;
  for (let col = left; col <= right; col++) {
    const cell = cellAt(sheet, row, col);
    if (isBlank(cell) || !cell) continue;
    if (filled) return false;
    filled = cell;
  }
  return filled?.kind === "text" && SECTION_TITLE_KEYS.has(labelMatchKey(filled.text));
}

/** A header-block row such as `Laatija: …` or `Maakunta: …`: never a table's data. */
function holdsFieldLabel(sheet: SheetSnapshot, row: number): boolean {
  return (sheet.cells[row] ?? []).some((cell) => FIELDS.matchCell(cell) !== null);
}

function rowIsBlank(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!isBlank(cellAt(sheet, row, col))) return false;
  return true;
}

function buildTable(
  sheet: SheetSnapshot,
  header: HeaderFound,
  all: readonly HeaderFound[],
): TableFound {
  const { spec, row, left, right, matches } = header;
  const columns: Record<string, ColumnPosition> = {};
  const unknownColumns: UnknownColumn[] = [];
  const years: YearColumn[] = [];
  for (let col = left; col <= right; col++) {
    const cell = cellAt(sheet, row, col);
    const m = matches.get(col);
    if (m && !(m.key in columns)) {
      columns[m.key] = { col, header: m.header, unit: m.unit, scale: m.scale };
      continue;
    }
    const text = headerText(cell);
    if (text === null || text.trim() === "") continue;
    const year = spec.kind === "funding" && cell ? parseYearHeader(cell) : null;
    if (year)
      years.push({ col, header: text, year: year.year, unit: year.unit, scale: year.scale });
    else unknownColumns.push({ col, header: text });
  }

  let last = header.tableBottom ?? sheet.cells.length - 1;
  const startsHeader = (r: number): boolean =>
    all.some((other) => other.row === r && other.left <= right && other.right >= left);
  if (header.excelTable === null) {
    for (const other of all) {
      if (other.row > row && other.row <= last && other.left <= right && other.right >= left)
        last = other.row - 1;
    }
  }
  let beyondTable: TablePosition<string>["beyondTable"];
  if (header.tableBottom !== null) {
    // Data typed under an Excel table that did not grow to cover it: read, and reported.
    let end = header.tableBottom;
    while (
      end + 1 < sheet.cells.length &&
      !rowIsBlank(sheet, end + 1, left, right) &&
      !startsHeader(end + 1) &&
      !holdsFieldLabel(sheet, end + 1)
    )
      end++;
    if (end > header.tableBottom) {
      beyondTable = { tableEnd: header.tableBottom, lastRow: end };
      last = end;
    }
  }
  const dataRows: number[] = [];
  for (let r = row + 1; r <= last; r++) {
    if (rowIsBlank(sheet, r, left, right) || isSectionTitleRow(sheet, r, left, right)) continue;
    dataRows.push(r);
  }

  const missingRequired = spec.defs
    .filter((d) => d.required && !(d.key in columns))
    .map((d) => d.key);
  const position: TablePosition<string> = {
    kind: spec.kind,
    headerRow: row,
    left,
    right,
    excelTable: header.excelTable,
    columns,
    unknownColumns,
    missingRequired,
    dataRows,
    ...(beyondTable ? { beyondTable } : {}),
  };
  return { header, position, years };
}

function insideTable(tables: readonly TableFound[], row: number, col: number): boolean {
  return tables.some(({ position: p }) => {
    const bottom = p.dataRows.length > 0 ? p.dataRows[p.dataRows.length - 1] : p.headerRow;
    return row >= p.headerRow && row <= bottom && col >= p.left && col <= p.right;
  });
}

/** Period text that already holds both years, e.g. `2026–2028`. */
function holdsRange(cell: CellValue): boolean {
  return cell.kind === "text" && /\d\s*[-\u2010-\u2015\u2212]\s*\d/.test(cell.text);
}

interface FieldFound {
  readonly match: LabelMatch<ProposalFieldKey | SettingsFieldKey>;
  readonly position: FieldPosition;
}

function findFields(sheet: SheetSnapshot, tables: readonly TableFound[]): Map<string, FieldFound> {
  const fields = new Map<string, FieldFound>();
  sheet.cells.forEach((cells, row) => {
    cells.forEach((cell, col) => {
      // Tables are checked first: a label search on every cell of every row costs far more.
      if (cell?.kind !== "text" || insideTable(tables, row, col)) return;
      const match = FIELDS.match(cell.text);
      if (!match || fields.has(match.key)) return;
      const filled: number[] = [];
      for (let c = col + 1; c < cells.length && filled.length < 2; c++)
        if (!isBlank(cells[c])) filled.push(c);
      const valueCol = filled[0] ?? col + 1;
      const endCol =
        match.key === "period" && filled.length === 2 && !holdsRange(cells[filled[0]])
          ? filled[1]
          : null;
      fields.set(match.key, {
        match,
        position: {
          label: { row, col },
          value: { row, col: valueCol },
          end: endCol === null ? null : { row, col: endCol },
          unit: match.unit,
          scale: match.scale,
        },
      });
    });
  });
  return fields;
}

function pickFields<K extends string>(
  found: ReadonlyMap<string, FieldFound>,
  keys: ReadonlySet<string>,
): { fields: Partial<Record<K, FieldPosition>>; matches: LabelMatch<LabelKey>[] } {
  const fields: Partial<Record<string, FieldPosition>> = {};
  const matches: LabelMatch<LabelKey>[] = [];
  for (const [key, f] of found) {
    if (!keys.has(key)) continue;
    fields[key] = f.position;
    matches.push(f.match);
  }
  return { fields: fields as Partial<Record<K, FieldPosition>>, matches };
}

function firstOf(tables: readonly TableFound[], kind: TableKind, below = -1): TableFound | null {
  return (
    tables.find((t) => t.position.kind === kind && t.position.headerRow > below) ??
    tables.find((t) => t.position.kind === kind) ??
    null
  );
}

function sameLayout(a: TableFound, b: TableFound): boolean {
  const cols = (t: TableFound): string =>
    JSON.stringify([
      Object.entries(t.position.columns)
        .map(([key, column]) => [key, column?.col])
        .sort(),
      t.years.map((y) => [y.year, y.col]),
    ]);
  return cols(a) === cols(b);
}

/**
 * The first table of its kind with every later one of the same kind below it: rows of a
 * repeat laid out alike are the first table's rows, others are left unread; both reported.
 */
function withRepeats(first: TableFound | null, tables: readonly TableFound[]): TableFound | null {
  if (!first) return null;
  const later = tables.filter(
    (t) =>
      t.position.kind === first.position.kind && t.position.headerRow > first.position.headerRow,
  );
  if (later.length === 0) return first;
  const dataRows = [...first.position.dataRows];
  const taken = new Set(dataRows);
  const repeats: TableRepeat[] = [];
  for (const t of later) {
    const read = sameLayout(first, t);
    if (read) for (const r of t.position.dataRows) if (!taken.has(r)) dataRows.push(r);
    repeats.push({
      headerRow: t.position.headerRow,
      left: t.position.left,
      read,
      rows: t.position.dataRows.length,
    });
  }
  return { ...first, position: { ...first.position, dataRows, repeats } };
}

function tableMatches(table: TableFound | null): LabelMatch<LabelKey>[] {
  return table ? [...table.header.matches.values()] : [];
}

/**
 * Recognises one sheet by its content (docs/design.md § 5): a proposal (region label in a header
 * block and an items table), a settings sheet (envelope label and an allocation table), or
 * neither. Sheet and table names play no part.
 */
export function recogniseSheet(
  sheet: SheetSnapshot,
): RecognisedProposal | RecognisedSettings | UnrecognisedSheet {
  const excel = findExcelTableHeaders(sheet);
  const headers = [...excel, ...findPlainHeaders(sheet, excel)].sort(
    (a, b) => a.row - b.row || a.left - b.left,
  );
  const tables = headers.map((h) => buildTable(sheet, h, headers));
  const found = findFields(sheet, tables);

  const items = withRepeats(firstOf(tables, "items"), tables);
  if (items && found.has("region")) {
    const funding = withRepeats(firstOf(tables, "funding", items.position.headerRow), tables);
    const { fields, matches } = pickFields<ProposalFieldKey>(found, PROPOSAL_FIELD_KEYS);
    return {
      kind: "proposal",
      sheet: sheet.name,
      lang: dominantLang([...matches, ...tableMatches(items), ...tableMatches(funding)]),
      fields,
      items: items.position as TablePosition<ItemKey>,
      funding: funding
        ? { ...(funding.position as TablePosition<FundingKey>), years: funding.years }
        : null,
    };
  }

  const allocation = withRepeats(firstOf(tables, "allocation"), tables);
  if (allocation && found.has("akkeEnvelope")) {
    const themes = firstOf(tables, "themes");
    const { fields, matches } = pickFields<SettingsFieldKey>(found, SETTINGS_FIELD_KEYS);
    return {
      kind: "settings",
      sheet: sheet.name,
      lang: dominantLang([...matches, ...tableMatches(allocation), ...tableMatches(themes)]),
      fields,
      allocation: allocation.position as TablePosition<AllocationKey>,
      themes: themes ? (themes.position as TablePosition<ThemeColumnKey>) : null,
    };
  }

  const everything = [
    ...[...found.values()].map((f) => f.match),
    ...tables.flatMap((t) => tableMatches(t)),
  ];
  return { kind: "none", sheet: sheet.name, lang: dominantLang(everything) };
}

/**
 * Every sheet of the workbook in order; the registry sheet, every registered sheet and every
 * hidden or very hidden sheet skipped.
 */
export function recogniseWorkbook(snapshot: WorkbookSnapshot): RecognisedSheet[] {
  const registered = new Set(snapshot.registry.map((r) => sheetNameKey(r.sheet)));
  return snapshot.sheets.map((sheet): RecognisedSheet => {
    const name = sheetNameKey(sheet.name);
    if (name === sheetNameKey(REGISTRY_SHEET))
      return { kind: "skipped", sheet: sheet.name, reason: "registry" };
    if (registered.has(name)) return { kind: "skipped", sheet: sheet.name, reason: "registered" };
    const recognised = recogniseSheet(sheet);
    if (sheet.visibility === "visible") return recognised;
    const looksLike = recognised.kind === "none" ? null : recognised.kind;
    return { kind: "skipped", sheet: sheet.name, reason: "hidden", looksLike };
  });
}

/** A required column missing from a recognised table: one STRUCT-MISSING-COLUMN each. */
export interface MissingColumn {
  readonly table: TableKind;
  /** The table's header row, where the column should be. */
  readonly headerRow: number;
  readonly key: LabelKey;
}

export function missingColumns(recognised: RecognisedSheet): MissingColumn[] {
  const tables: (TablePosition<LabelKey> | null)[] =
    recognised.kind === "proposal"
      ? [recognised.items, recognised.funding]
      : recognised.kind === "settings"
        ? [recognised.allocation, recognised.themes]
        : [];
  return tables.flatMap((t) =>
    t ? t.missingRequired.map((key) => ({ table: t.kind, headerRow: t.headerRow, key })) : [],
  );
}
