import { MAX_COLS, MAX_ROWS, type RangeRef } from "../../src/core/model/address";
import { FakeOfficeError, invalidArgument, invalidOperation, itemNotFound } from "./errors";

export type FakeValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";
export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";
export type FakeCalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";

/** One cell as Excel stores it: the value it shows, its type, its format, its formula. */
export interface FakeCell {
  value: string | number | boolean;
  type: FakeValueType;
  numberFormat: string;
  formula?: string;
  /** A fill the cell was given (by the user, or by the add-in on a sheet it builds). */
  fill?: string;
  fontColor?: string;
}

export interface FakeTable {
  name: string;
  ref: RangeRef;
  showHeaders: boolean;
  style?: string;
}

export interface FakeConditionalFormat {
  /**
   * A stable key for tests to tell formats apart. Excel's own `ConditionalFormat.id` is the
   * format's priority in its collection (docs/excel-decisions.md § 3): the proxies report
   * that, so it changes when a format is added or deleted before it.
   */
  readonly id: string;
  type: string;
  ranges: RangeRef[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
  /**
   * A rule Office.js cannot read (office-js #6827, #6835: two cellValue rules on one table
   * column, a duplicated rule): loading anything but its id, type or priority fails the sync.
   */
  unreadable?: boolean;
}

export interface FakeValidation {
  ref: RangeRef;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface FakeChart {
  type: string;
  source: RangeRef;
  seriesBy: string;
  title: string;
  anchor?: RangeRef;
}

export interface FakeName {
  name: string;
  sheet: FakeSheet;
  ref: RangeRef;
  /** The sheet it pointed at was deleted: Excel keeps the name, referring to `#REF!`. */
  broken?: boolean;
}

/** Where Excel runs: Office.context.diagnostics.platform. */
export type FakePlatform = "PC" | "Mac" | "OfficeOnline";

/** The regional settings Excel reports in `application.cultureInfo` (ExcelApi 1.11). */
export interface FakeCulture {
  readonly name: string;
  readonly listSeparator: string;
  readonly decimalSeparator: string;
  readonly thousandsSeparator: string;
}

export const EN_US: FakeCulture = {
  name: "en-US",
  listSeparator: ",",
  decimalSeparator: ".",
  thousandsSeparator: ",",
};

/** Finnish regional settings on Windows: `;` separates lists, `,` decimals, a space thousands. */
export const FI_FI: FakeCulture = {
  name: "fi-FI",
  listSeparator: ";",
  decimalSeparator: ",",
  thousandsSeparator: "\u00a0",
};

/** What `worksheets.onChanged` hands its handlers (the fields the add-in reads). */
export interface FakeChangeEvent {
  readonly type: "WorksheetChanged";
  readonly changeType: "RangeEdited";
  /** "Remote" for a co-author's change. */
  readonly source: "Local" | "Remote";
  readonly worksheetId: string;
  readonly address: string;
}

export type FakeChangeHandler = (event: FakeChangeEvent) => Promise<unknown> | void;

let nextId = 1;

export class FakeSheet {
  readonly id = `sheet-${nextId++}`;
  readonly cells = new Map<number, FakeCell>();
  readonly tables: FakeTable[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly validations: FakeValidation[] = [];
  readonly charts: FakeChart[] = [];
  /** Column widths in points, by zero-based column. */
  readonly columnWidths = new Map<number, number>();
  freeze = { rows: 0, cols: 0 };
  visibility: FakeVisibility = "Visible";
  isProtected = false;
  /** Ranges whose cells `format.protection.locked = false` unlocked; every other cell is locked. */
  readonly unlocked: RangeRef[] = [];
  tabColor = "";
  selection: RangeRef = { top: 0, left: 0, bottom: 0, right: 0 };

  constructor(public name: string) {}

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  /** Writes a cell's value and number format, keeping its fill and font colour unless `styled`. */
  setCell(row: number, col: number, cell: FakeCell, styled = false): void {
    const old = this.cell(row, col);
    const merged: FakeCell = styled
      ? cell
      : {
          ...cell,
          ...(old?.fill !== undefined ? { fill: old.fill } : {}),
          ...(old?.fontColor !== undefined ? { fontColor: old.fontColor } : {}),
        };
    if (
      merged.type === "Empty" &&
      merged.numberFormat === "General" &&
      merged.fill === undefined &&
      merged.fontColor === undefined
    )
      this.cells.delete(FakeSheet.key(row, col));
    else this.cells.set(FakeSheet.key(row, col), merged);
  }

  /** Bounding box of the cells with values (or, `valuesOnly` false, also with formats); null when none. */
  usedRange(valuesOnly: boolean): RangeRef | null {
    let top = MAX_ROWS;
    let left = MAX_COLS;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.type === "Empty") continue;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  structureProtected = false;
  calculationMode: FakeCalculationMode = "Automatic";
  enableEvents = true;
  screenUpdatingSuspended = false;
  apiCalculationSuspended = false;
  activeSheet: FakeSheet | null = null;
  name = "Book1.xlsx";
  /** The year Excel assumes for a typed date without one (`1.1`). */
  currentYear = new Date().getFullYear();
  private nextCfId = 1;
  /** Handlers registered through `worksheets.onChanged.add`, live once the add is synced. */
  readonly changeHandlers = new Set<FakeChangeHandler>();
  culture: FakeCulture = EN_US;
  platform: FakePlatform = "PC";
  /** Syncs of every context over this workbook, for tests of a host that opens its own. */
  syncCount = 0;
  /** The highest ExcelApi requirement set this Excel claims (`isSetSupported`), e.g. `1.17`. */
  excelApi = "1.17";
  /** Each `Excel.createWorkbook` call's .xlsx (base64), in order: the workbooks it opened. */
  readonly createdWorkbooks: string[] = [];
  /** The user is editing a cell: no API call runs (office-js #625, #3388). */
  cellEditMode = false;
  private editWaiters: (() => void)[] = [];

  /** The user starts typing in a cell (and clicking the pane does not end it). */
  startCellEdit(): void {
    this.cellEditMode = true;
  }

  /** The user presses Enter or Esc: batches delayed by `delayForCellEdit` go on. */
  endCellEdit(): void {
    this.cellEditMode = false;
    const waiters = this.editWaiters;
    this.editWaiters = [];
    for (const resume of waiters) resume();
  }

  whenCellEditEnds(): Promise<void> {
    if (!this.cellEditMode) return Promise.resolve();
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  /**
   * The separator `Worksheet.getRanges` accepts between areas: on Windows desktop the
   * culture's list separator (office-js #1167, bug 4160381; #1985), elsewhere a comma.
   */
  get areaSeparator(): string {
    return this.platform === "PC" ? this.culture.listSeparator : ",";
  }

  /**
   * A change as Excel reports it to `worksheets.onChanged` handlers (a user's edit, or with
   * `source` "Remote" a co-author's); resolves when every handler has.
   */
  async fireChange(
    sheet: FakeSheet | string,
    address: string,
    source: "Local" | "Remote" = "Local",
  ): Promise<void> {
    const target = typeof sheet === "string" ? this.sheet(sheet) : sheet;
    const event: FakeChangeEvent = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source,
      worksheetId: target.id,
      address,
    };
    await Promise.all([...this.changeHandlers].map((handler) => handler(event)));
  }

  findSheet(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === key);
  }

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw itemNotFound(`worksheet '${name}'`);
    return found;
  }

  /** Excel's rules for a sheet name: 1–31 characters, none of `[]:*?/\`, not starting or ending with `'`, unique ignoring case. */
  checkSheetName(name: string, renaming?: FakeSheet): void {
    if (name.length === 0 || name.length > 31)
      throw invalidArgument(`sheet name '${name}' must have 1 to 31 characters`);
    if (FORBIDDEN_SHEET_CHARS.test(name))
      throw invalidArgument(`sheet name '${name}' contains a character Excel forbids`);
    if (name.startsWith("'") || name.endsWith("'"))
      throw invalidArgument(`sheet name '${name}' starts or ends with an apostrophe`);
    if (name.toLowerCase() === "history") throw invalidArgument("History is a reserved sheet name");
    const clash = this.findSheet(name);
    if (clash && clash !== renaming)
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists`);
  }

  checkStructure(): void {
    if (this.structureProtected)
      throw new FakeOfficeError("AccessDenied", "The workbook structure is protected");
  }

  addSheet(name: string): FakeSheet {
    this.checkStructure();
    this.checkSheetName(name);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  defaultSheetName(): string {
    for (let n = 1; ; n++) if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  visibleCount(): number {
    return this.sheets.filter((sheet) => sheet.visibility === "Visible").length;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.checkStructure();
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw itemNotFound("worksheet");
    if (sheet.visibility === "Visible" && this.visibleCount() === 1)
      throw invalidOperation("a workbook must contain at least one visible worksheet");
    this.sheets.splice(index, 1);
    // Excel keeps a name whose sheet is deleted; it now refers to #REF!.
    for (const name of this.names) if (name.sheet === sheet) name.broken = true;
    if (this.activeSheet === sheet)
      this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    if (sheet.name === name) return;
    this.checkStructure();
    this.checkSheetName(name, sheet);
    sheet.name = name;
  }

  setVisibility(sheet: FakeSheet, visibility: FakeVisibility): void {
    if (sheet.visibility === visibility) return;
    this.checkStructure();
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleCount() === 1) {
      throw invalidOperation("a workbook must keep at least one visible worksheet");
    }
    sheet.visibility = visibility;
    if (this.activeSheet === sheet && visibility !== "Visible")
      this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  /** Table names and defined names share one namespace. */
  nameTaken(name: string): boolean {
    const key = name.toLowerCase();
    return (
      this.tableNamed(name) !== undefined || this.names.some((n) => n.name.toLowerCase() === key)
    );
  }

  newConditionalFormatId(): string {
    return `cf-${this.nextCfId++}`;
  }

  tableNamed(name: string): FakeTable | undefined {
    const key = name.toLowerCase();
    for (const sheet of this.sheets)
      for (const table of sheet.tables) if (table.name.toLowerCase() === key) return table;
    return undefined;
  }
}
