import {
  MAX_COLS,
  MAX_ROWS,
  parseA1,
  rangeToA1,
  type RangeRef,
} from "../../src/core/model/address";
import { contains, intersects, parseAddress, sheetAddress } from "./address";
import { convertTypedInput, formulaCell } from "./cellInput";
import { shownCell } from "./formula";
import { type FakeContextCore, FakeProxy, unknownProperty } from "./context";
import { FakeOfficeError, invalidArgument, invalidOperation, itemNotFound } from "./errors";
import {
  type FakeCalculationMode,
  type FakeCell,
  type FakeChangeHandler,
  type FakeConditionalFormat,
  FakeSheet,
  type FakeTable,
  type FakeValidation,
  type FakeVisibility,
  type FakeWorkbook,
} from "./model";

type Matrix = unknown[][];

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly ref: RangeRef;
}

interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly refs: readonly RangeRef[];
}

interface CfTarget {
  readonly sheet: FakeSheet;
  readonly cf: FakeConditionalFormat;
}

const EMPTY_CELL: FakeCell = { value: "", type: "Empty", numberFormat: "General" };

function checkWritable(sheet: FakeSheet): void {
  if (sheet.isProtected)
    throw new FakeOfficeError("AccessDenied", `The sheet '${sheet.name}' is protected`);
}

function matrixOver<V>(target: RangeTarget, read: (cell: FakeCell) => V): V[][] {
  const { sheet, ref } = target;
  if ((ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) > 5_000_000) {
    throw new FakeOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      "The range is over 5 million cells",
    );
  }
  const rows: V[][] = [];
  for (let r = ref.top; r <= ref.bottom; r++) {
    const row: V[] = [];
    for (let c = ref.left; c <= ref.right; c++) row.push(read(sheet.cell(r, c) ?? EMPTY_CELL));
    rows.push(row);
  }
  return rows;
}

function writeMatrix(
  core: FakeContextCore,
  target: RangeTarget,
  matrix: unknown,
  write: (old: FakeCell, input: unknown) => FakeCell,
): void {
  const { sheet, ref } = target;
  checkWritable(sheet);
  const rows = ref.bottom - ref.top + 1;
  const cols = ref.right - ref.left + 1;
  const isMatrix = Array.isArray(matrix) && matrix.every((row) => Array.isArray(row));
  const cellAt = (r: number, c: number): unknown => (isMatrix ? (matrix as Matrix)[r][c] : matrix);
  if (
    isMatrix &&
    ((matrix as Matrix).length !== rows || (matrix as Matrix).some((row) => row.length !== cols))
  ) {
    throw invalidArgument(
      `the matrix does not match the range ${rangeToA1(ref)} (${rows} × ${cols})`,
    );
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const input = cellAt(r, c);
      if (input === null || input === undefined) continue;
      const old = sheet.cell(ref.top + r, ref.left + c) ?? EMPTY_CELL;
      sheet.setCell(ref.top + r, ref.left + c, write(old, input));
    }
  }
  core.noteChange(sheet, ref);
}

function valueInput(book: FakeWorkbook, old: FakeCell, input: unknown): FakeCell {
  const numberFormat = old.numberFormat;
  if (typeof input === "number") return { value: input, type: "Double", numberFormat };
  if (typeof input === "boolean") return { value: input, type: "Boolean", numberFormat };
  if (typeof input === "string") return convertTypedInput(input, numberFormat, book.currentYear);
  throw invalidArgument(`cell value ${JSON.stringify(input)}`);
}

function formulaInput(book: FakeWorkbook, old: FakeCell, input: unknown): FakeCell {
  if (typeof input === "string" && input.startsWith("=") && input.length > 1)
    return { numberFormat: old.numberFormat, ...formulaCell(input) };
  return valueInput(book, old, input);
}

const contexts = new WeakMap<FakeContextCore, FakeRequestContext>();

function requestContextOf(core: FakeContextCore): FakeRequestContext {
  return contexts.get(core) ?? new FakeRequestContext(core);
}

export class FakeRequestContext {
  readonly core: FakeContextCore;
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(core: FakeContextCore) {
    this.core = core;
    this.workbook = new WorkbookProxy(core);
    this.runtime = new RuntimeProxy(core);
    this.application = this.workbook.application;
    contexts.set(core, this);
  }

  sync(): Promise<void> {
    return this.core.sync();
  }
}

export class RuntimeProxy extends FakeProxy<FakeWorkbook> {
  protected readonly scalarNames = ["enableEvents"];
  constructor(core: FakeContextCore) {
    super(core, "runtime", () => core.book, false);
  }
  protected readScalar(name: string, book: FakeWorkbook): unknown {
    if (name === "enableEvents") return book.enableEvents;
    throw unknownProperty(name);
  }
  get enableEvents(): boolean {
    return this.value("enableEvents");
  }
  set enableEvents(value: boolean) {
    this.queueSet("enableEvents", value, (book) => (book.enableEvents = value));
  }
}

class TextInfoProxy extends FakeProxy<FakeWorkbook> {
  protected readonly scalarNames = ["listSeparator"];
  constructor(core: FakeContextCore) {
    super(core, "application.cultureInfo.textInfo", () => core.book, false);
  }
  protected readScalar(name: string, book: FakeWorkbook): unknown {
    if (name === "listSeparator") return book.culture.listSeparator;
    throw unknownProperty(name);
  }
  get listSeparator(): string {
    return this.value("listSeparator");
  }
}

class NumberFormatInfoProxy extends FakeProxy<FakeWorkbook> {
  protected readonly scalarNames = ["numberDecimalSeparator", "numberGroupSeparator"];
  constructor(core: FakeContextCore) {
    super(core, "application.cultureInfo.numberFormat", () => core.book, false);
  }
  protected readScalar(name: string, book: FakeWorkbook): unknown {
    if (name === "numberDecimalSeparator") return book.culture.decimalSeparator;
    if (name === "numberGroupSeparator") return book.culture.thousandsSeparator;
    throw unknownProperty(name);
  }
  get numberDecimalSeparator(): string {
    return this.value("numberDecimalSeparator");
  }
  get numberGroupSeparator(): string {
    return this.value("numberGroupSeparator");
  }
}

/** `application.cultureInfo` (ExcelApi 1.11): the regional settings of the user's Excel. */
export class CultureInfoProxy extends FakeProxy<FakeWorkbook> {
  protected readonly scalarNames = ["name"];
  readonly textInfo: TextInfoProxy;
  readonly numberFormat: NumberFormatInfoProxy;
  constructor(core: FakeContextCore) {
    super(core, "application.cultureInfo", () => core.book, false);
    this.textInfo = this.adopt(new TextInfoProxy(core));
    this.numberFormat = this.adopt(new NumberFormatInfoProxy(core));
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    return (
      { textInfo: this.textInfo, numberFormat: this.numberFormat } as Record<
        string,
        FakeProxy<unknown>
      >
    )[name];
  }
  protected readScalar(name: string, book: FakeWorkbook): unknown {
    if (name === "name") return book.culture.name;
    throw unknownProperty(name);
  }
  get name(): string {
    return this.value("name");
  }
}

export class ApplicationProxy extends FakeProxy<FakeWorkbook> {
  protected readonly scalarNames = ["calculationMode"];
  readonly cultureInfo: CultureInfoProxy;
  constructor(core: FakeContextCore) {
    super(core, "application", () => core.book, false);
    this.cultureInfo = this.adopt(new CultureInfoProxy(core));
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    return name === "cultureInfo" ? this.cultureInfo : undefined;
  }
  /** Formulas are not recalculated for the API's writes until the next sync (ExcelApi 1.6). */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall(
      "suspendApiCalculationUntilNextSync",
      [],
      (book) => (book.apiCalculationSuspended = true),
    );
  }
  protected readScalar(name: string, book: FakeWorkbook): unknown {
    if (name === "calculationMode") return book.calculationMode;
    throw unknownProperty(name);
  }
  get calculationMode(): FakeCalculationMode {
    return this.value("calculationMode");
  }
  set calculationMode(value: FakeCalculationMode) {
    this.queueSet("calculationMode", value, (book) => {
      if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(value))
        throw invalidArgument(`calculationMode ${value}`);
      book.calculationMode = value;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.queueCall(
      "suspendScreenUpdatingUntilNextSync",
      [],
      (book) => (book.screenUpdatingSuspended = true),
    );
  }
}

export class WorkbookProtectionProxy extends FakeProxy<FakeWorkbook> {
  protected readonly scalarNames = ["protected"];
  constructor(core: FakeContextCore) {
    super(core, "workbook.protection", () => core.book, false);
  }
  protected readScalar(name: string, book: FakeWorkbook): unknown {
    if (name === "protected") return book.structureProtected;
    throw unknownProperty(name);
  }
  get protected(): boolean {
    return this.value("protected");
  }
}

export class WorkbookProxy extends FakeProxy<FakeWorkbook> {
  protected readonly scalarNames = ["name"];
  readonly application: ApplicationProxy;
  readonly protection: WorkbookProtectionProxy;
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;

  constructor(core: FakeContextCore) {
    super(core, "workbook", () => core.book, false);
    this.application = new ApplicationProxy(core);
    this.protection = new WorkbookProtectionProxy(core);
    this.worksheets = new WorksheetCollectionProxy(core);
    this.tables = new TableCollectionProxy(core, "workbook.tables", () => null);
    this.names = new NamedItemCollectionProxy(core);
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    return (
      { protection: this.protection, application: this.application } as Record<
        string,
        FakeProxy<unknown>
      >
    )[name];
  }
  protected readScalar(name: string, book: FakeWorkbook): unknown {
    if (name === "name") return book.name;
    throw unknownProperty(name);
  }
  get name(): string {
    return this.value("name");
  }
}

/** A collection: `load("items/a,items/b")` (or `load("a")`) loads each item's properties. */
abstract class CollectionProxy<T, P extends FakeProxy<T>> extends FakeProxy<readonly T[]> {
  protected readonly scalarNames: readonly string[] = [];
  private loadedItems: P[] | null = null;
  private pendingItems: P[] | null = null;

  protected abstract itemProxy(item: T, index: number): P;

  protected readScalar(name: string): unknown {
    throw unknownProperty(name);
  }

  override loadNow(paths: readonly string[]): void {
    // Each load lists the items as they are now, as Excel does.
    this.rebind();
    const list = this.resolve();
    if (list === null) return;
    const itemPaths = paths
      .map((path) => (path.startsWith("items/") ? path.slice(6) : path))
      .filter((path) => path !== "items");
    const items = list.map((item, index) => this.itemProxy(item, index));
    for (const item of items) item.loadNow(itemPaths);
    this.pendingItems = items;
  }

  override commit(): void {
    super.commit();
    if (this.pendingItems) {
      for (const item of this.pendingItems) item.commit();
      this.loadedItems = this.pendingItems;
      this.pendingItems = null;
    }
  }

  override discard(): void {
    super.discard();
    this.pendingItems = null;
  }

  get items(): P[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load and sync first.",
      );
    return this.loadedItems;
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<FakeSheet, WorksheetProxy> {
  constructor(core: FakeContextCore) {
    super(core, "workbook.worksheets", () => core.book.sheets.slice(), false);
  }
  protected itemProxy(sheet: FakeSheet, index: number): WorksheetProxy {
    return new WorksheetProxy(this.core, `${this.path}[${index}]`, () => sheet, false);
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.core,
      `worksheets.getItem(${name})`,
      () => this.core.book.sheet(name),
      true,
    );
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.core,
      `worksheets.getItemOrNullObject(${name})`,
      () => this.core.book.findSheet(name) ?? null,
      true,
    ).markNullable();
  }
  getFirst(visibleOnly = false): WorksheetProxy {
    return new WorksheetProxy(
      this.core,
      "worksheets.getFirst()",
      () => {
        const first = this.core.book.sheets.find(
          (sheet) => !visibleOnly || sheet.visibility === "Visible",
        );
        if (!first) throw itemNotFound("first worksheet");
        return first;
      },
      true,
    );
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.core,
      "worksheets.getActiveWorksheet()",
      () => this.core.book.activeSheet ?? this.core.book.sheets[0],
      true,
    );
  }
  /** Handlers live from the sync that adds them to the sync that removes them. */
  get onChanged(): {
    add(handler: FakeChangeHandler): { context: FakeRequestContext; remove(): void };
  } {
    const core = this.core;
    return {
      add: (handler) => {
        core.enqueue(
          { kind: "call", path: `${this.path}.onChanged`, name: "add", value: [] },
          () => void core.book.changeHandlers.add(handler),
        );
        return {
          context: requestContextOf(core),
          remove: () =>
            core.enqueue(
              { kind: "call", path: `${this.path}.onChanged`, name: "remove", value: [] },
              () => void core.book.changeHandlers.delete(handler),
            ),
        };
      },
    };
  }
  add(name?: string): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this.core,
      `worksheets.add(${name ?? ""})`,
      () => this.core.book.addSheet(name ?? this.core.book.defaultSheetName()),
      false,
    );
    this.core.enqueue(
      { kind: "call", path: "workbook.worksheets", name: "add", value: name },
      () => void proxy.resolve(),
    );
    return proxy;
  }
}

export class WorksheetProtectionProxy extends FakeProxy<FakeSheet> {
  protected readonly scalarNames = ["protected"];
  constructor(core: FakeContextCore, path: string, resolver: () => FakeSheet | null) {
    super(core, path, resolver, false);
  }
  protected readScalar(name: string, sheet: FakeSheet): unknown {
    if (name === "protected") return sheet.isProtected;
    throw unknownProperty(name);
  }
  get protected(): boolean {
    return this.value("protected");
  }
  /** ExcelApi 1.2; a password is never given by the add-in. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.queueCall("protect", [options, password], (sheet) => {
      if (sheet.isProtected)
        throw new FakeOfficeError("InvalidOperation", `The sheet '${sheet.name}' is protected`);
      sheet.isProtected = true;
    });
  }
}

export class WorksheetProxy extends FakeProxy<FakeSheet> {
  protected readonly scalarNames = ["name", "visibility", "position", "id", "tabColor"];
  readonly protection: WorksheetProtectionProxy;
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: FreezePanesProxy;

  constructor(
    core: FakeContextCore,
    path: string,
    resolver: () => FakeSheet | null,
    eager: boolean,
  ) {
    super(core, path, resolver, eager);
    this.protection = this.adopt(
      new WorksheetProtectionProxy(core, `${path}.protection`, () => this.resolve()),
    );
    this.tables = this.adopt(
      new TableCollectionProxy(core, `${path}.tables`, () => this.resolve()),
    );
    this.charts = this.adopt(
      new ChartCollectionProxy(core, `${path}.charts`, () => this.resolve()),
    );
    this.freezePanes = this.adopt(
      new FreezePanesProxy(core, `${path}.freezePanes`, () => this.resolve()),
    );
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    return (
      { protection: this.protection, tables: this.tables } as Record<string, FakeProxy<unknown>>
    )[name];
  }
  protected readScalar(name: string, sheet: FakeSheet): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.core.book.sheets.indexOf(sheet);
      case "id":
        return sheet.id;
      case "tabColor":
        return sheet.tabColor;
    }
    throw unknownProperty(name);
  }
  get name(): string {
    return this.value("name");
  }
  set name(value: string) {
    this.queueSet("name", value, (sheet) => this.core.book.renameSheet(sheet, value));
  }
  get visibility(): FakeVisibility {
    return this.value("visibility");
  }
  set visibility(value: FakeVisibility) {
    this.queueSet("visibility", value, (sheet) => this.core.book.setVisibility(sheet, value));
  }
  get position(): number {
    return this.value("position");
  }
  get id(): string {
    return this.value("id");
  }
  get tabColor(): string {
    return this.value("tabColor");
  }
  set tabColor(value: string) {
    this.queueSet("tabColor", value, (sheet) => (sheet.tabColor = value));
  }

  private local(address: string, sheet: FakeSheet): RangeRef {
    const parsed = parseAddress(address);
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
      throw invalidArgument(`address '${address}' is on another sheet`);
    return parsed.ref;
  }

  getRange(address?: string): RangeProxy {
    return this.derive(
      new RangeProxy(
        this.core,
        `${this.path}.getRange(${address ?? ""})`,
        () => {
          // A range of a null object (past the last sheet) is a null object too: loads on it
          // are empty and writes fail.
          const sheet = this.resolve();
          if (sheet === null) return null;
          return {
            sheet,
            ref:
              address === undefined
                ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }
                : this.local(address, sheet),
          };
        },
        true,
      ),
    );
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this.derive(
      new RangeProxy(
        this.core,
        `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
        () => {
          const sheet = this.required();
          if (
            startRow < 0 ||
            startColumn < 0 ||
            rowCount < 1 ||
            columnCount < 1 ||
            startRow + rowCount > MAX_ROWS ||
            startColumn + columnCount > MAX_COLS
          ) {
            throw invalidArgument("range indexes");
          }
          return {
            sheet,
            ref: {
              top: startRow,
              left: startColumn,
              bottom: startRow + rowCount - 1,
              right: startColumn + columnCount - 1,
            },
          };
        },
        true,
      ),
    );
  }
  /**
   * Areas separated as this Excel wants them: on Windows desktop with a `;` list-separator
   * culture (fi-FI, sv-SE) a comma is refused with InvalidArgument (office-js #1167, #1985).
   */
  getRanges(address: string): RangeAreasProxy {
    return this.derive(
      new RangeAreasProxy(
        this.core,
        `${this.path}.getRanges(${address.length > 60 ? address.slice(0, 60) + "…" : address})`,
        () => {
          const sheet = this.required();
          const separator = this.core.book.areaSeparator;
          const refs = address.split(separator).map((part) => {
            if (separator !== "," && part.includes(","))
              throw invalidArgument(`address '${address}': areas are separated by '${separator}'`);
            return this.local(part.trim(), sheet);
          });
          return { sheet, refs };
        },
        true,
      ),
    );
  }
  private used(valuesOnly: boolean, orNull: boolean): RangeProxy {
    const proxy = new RangeProxy(
      this.core,
      `${this.path}.getUsedRange${orNull ? "OrNullObject" : ""}(${valuesOnly})`,
      () => {
        const sheet = this.resolve();
        if (sheet === null) {
          if (orNull) return null;
          throw itemNotFound(this.path);
        }
        const ref = sheet.usedRange(valuesOnly);
        if (ref === null)
          return orNull ? null : { sheet, ref: { top: 0, left: 0, bottom: 0, right: 0 } };
        return { sheet, ref };
      },
      true,
    );
    return this.derive(orNull ? proxy.markNullable() : proxy);
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.used(valuesOnly, true);
  }
  getNextOrNullObject(visibleOnly = false): WorksheetProxy {
    const next = new WorksheetProxy(
      this.core,
      `${this.path}.next`,
      () => {
        const sheet = this.resolve();
        if (sheet === null) return null;
        const sheets = this.core.book.sheets;
        return (
          sheets
            .slice(sheets.indexOf(sheet) + 1)
            .find((s) => !visibleOnly || s.visibility === "Visible") ?? null
        );
      },
      true,
    );
    return this.derive(next.markNullable());
  }
  delete(): void {
    this.queueCall("delete", [], (sheet) => this.core.book.deleteSheet(sheet));
  }
  activate(): void {
    this.queueCall("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        throw invalidOperation("a hidden sheet cannot be activated");
      this.core.book.activeSheet = sheet;
    });
  }
}

/**
 * `#RRGGBB`, `RRGGBB` or a named HTML colour, as `RangeFill.color` and `RangeFont.color`
 * take them; anything else is refused.
 */
function checkColor(color: unknown): string {
  if (typeof color !== "string" || !/^(#?[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(color))
    throw invalidArgument(`color ${JSON.stringify(color)}`);
  return color;
}

function colorCells(target: RangeTarget, color: unknown, field: "fill" | "fontColor"): void {
  const checked = checkColor(color);
  checkWritable(target.sheet);
  const { sheet, ref } = target;
  for (let r = ref.top; r <= ref.bottom; r++)
    for (let c = ref.left; c <= ref.right; c++)
      sheet.setCell(r, c, { ...(sheet.cell(r, c) ?? EMPTY_CELL), [field]: checked }, true);
}

export class RangeFillProxy extends FakeProxy<RangeTarget> {
  protected readonly scalarNames = ["color"];
  constructor(core: FakeContextCore, path: string, resolver: () => RangeTarget | null) {
    super(core, path, resolver, false);
  }
  protected readScalar(name: string, target: RangeTarget): unknown {
    if (name === "color")
      return target.sheet.cell(target.ref.top, target.ref.left)?.fill ?? "#FFFFFF";
    throw unknownProperty(name);
  }
  get color(): string {
    return this.value("color");
  }
  set color(color: string) {
    this.queueSet("color", color, (target) => colorCells(target, color, "fill"));
  }
}

export class RangeFontProxy extends FakeProxy<RangeTarget> {
  protected readonly scalarNames = ["color"];
  constructor(core: FakeContextCore, path: string, resolver: () => RangeTarget | null) {
    super(core, path, resolver, false);
  }
  protected readScalar(name: string, target: RangeTarget): unknown {
    if (name === "color")
      return target.sheet.cell(target.ref.top, target.ref.left)?.fontColor ?? "#000000";
    throw unknownProperty(name);
  }
  get color(): string {
    return this.value("color");
  }
  set color(color: string) {
    this.queueSet("color", color, (target) => colorCells(target, color, "fontColor"));
  }
}

/** `range.format.protection` (ExcelApi 1.2): whether the range's cells are locked. */
export class FormatProtectionProxy extends FakeProxy<RangeTarget> {
  protected readonly scalarNames = ["locked"];
  constructor(core: FakeContextCore, path: string, resolver: () => RangeTarget | null) {
    super(core, path, resolver, false);
  }
  protected readScalar(name: string, { sheet, ref }: RangeTarget): unknown {
    if (name === "locked") return !sheet.unlocked.some((u) => contains(u, ref));
    throw unknownProperty(name);
  }
  get locked(): boolean {
    return this.value("locked");
  }
  set locked(value: boolean) {
    this.queueSet("locked", value, ({ sheet, ref }) => {
      checkWritable(sheet);
      for (let i = sheet.unlocked.length - 1; i >= 0; i--)
        if (contains(ref, sheet.unlocked[i])) sheet.unlocked.splice(i, 1);
      if (!value) sheet.unlocked.push(ref);
    });
  }
}

export class RangeFormatProxy extends FakeProxy<RangeTarget> {
  protected readonly scalarNames = ["columnWidth"];
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  readonly protection: FormatProtectionProxy;
  constructor(core: FakeContextCore, path: string, resolver: () => RangeTarget | null) {
    super(core, path, resolver, false);
    this.fill = this.adopt(new RangeFillProxy(core, `${path}.fill`, () => this.resolve()));
    this.font = this.adopt(new RangeFontProxy(core, `${path}.font`, () => this.resolve()));
    this.protection = this.adopt(
      new FormatProtectionProxy(core, `${path}.protection`, () => this.resolve()),
    );
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return name === "protection" ? this.protection : undefined;
  }
  protected readScalar(name: string, target: RangeTarget): unknown {
    if (name === "columnWidth") return target.sheet.columnWidths.get(target.ref.left) ?? 48;
    throw unknownProperty(name);
  }
  get columnWidth(): number {
    return this.value("columnWidth");
  }
  set columnWidth(points: number) {
    this.queueSet("columnWidth", points, ({ sheet, ref }) => {
      if (!(points >= 0 && points <= 1_500)) throw invalidArgument(`columnWidth ${points}`);
      for (let c = ref.left; c <= ref.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

const DATA_VALIDATION_OPERATORS = new Set([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
]);

/**
 * A date rule as Office.js takes it (`DateTimeDataValidation`): a known operator, and
 * bounds given as a `Date` or a string (an ISO 8601 date, or a formula starting with `=`);
 * `Between` and `NotBetween` need both.
 */
function checkDateRule(date: unknown): void {
  const rule = date as { formula1?: unknown; formula2?: unknown; operator?: unknown };
  const bound = (value: unknown): boolean =>
    value instanceof Date ||
    (typeof value === "string" &&
      (value.startsWith("=") || /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value)));
  if (typeof rule.operator !== "string" || !DATA_VALIDATION_OPERATORS.has(rule.operator))
    throw invalidArgument(`date validation operator ${String(rule.operator)}`);
  const ternary = rule.operator === "Between" || rule.operator === "NotBetween";
  if (!bound(rule.formula1) || (ternary && !bound(rule.formula2)))
    throw invalidArgument("date validation bounds");
}

export class DataValidationProxy extends FakeProxy<RangeTarget> {
  protected readonly scalarNames = ["rule", "prompt", "errorAlert"];
  constructor(core: FakeContextCore, path: string, resolver: () => RangeTarget | null) {
    super(core, path, resolver, false);
  }
  private entry(target: RangeTarget) {
    return target.sheet.validations.find((v) => contains(v.ref, target.ref));
  }
  protected readScalar(name: string, target: RangeTarget): unknown {
    const entry = this.entry(target);
    if (name === "rule") return entry?.rule ?? {};
    if (name === "prompt") return entry?.prompt ?? null;
    if (name === "errorAlert") return entry?.errorAlert ?? null;
    throw unknownProperty(name);
  }
  private upsert(target: RangeTarget) {
    checkWritable(target.sheet);
    const list = target.sheet.validations;
    const same = list.find((v) => rangeToA1(v.ref) === rangeToA1(target.ref));
    if (same) return same;
    for (let i = list.length - 1; i >= 0; i--)
      if (intersects(list[i].ref, target.ref)) list.splice(i, 1);
    const created: FakeValidation = { ref: target.ref, rule: {} };
    list.push(created);
    return created;
  }
  set rule(rule: unknown) {
    this.queueSet("rule", rule, (target) => {
      const { list, date } = rule as { list?: { source?: unknown }; date?: unknown };
      if (date !== undefined) checkDateRule(date);
      if (list && (typeof list.source !== "string" || list.source.length === 0))
        throw invalidArgument("list validation source");
      const named = list && /^=\s*([A-Za-z_\\][\w.\\]*)\s*$/.exec(list.source as string);
      if (
        named &&
        !parseA1(named[1]) &&
        !this.core.book.names.some((n) => n.name.toLowerCase() === named[1].toLowerCase())
      )
        throw invalidArgument(`list source '${String(list?.source)}': no such name`);
      this.upsert(target).rule = rule;
    });
  }
  get rule(): unknown {
    return this.value("rule");
  }
  set prompt(prompt: unknown) {
    this.queueSet("prompt", prompt, (target) => (this.upsert(target).prompt = prompt));
  }
  set ignoreBlanks(value: boolean) {
    this.queueSet("ignoreBlanks", value, (target) => (this.upsert(target).ignoreBlanks = value));
  }
  set errorAlert(alert: unknown) {
    this.queueSet("errorAlert", alert, (target) => (this.upsert(target).errorAlert = alert));
  }
  clear(): void {
    this.queueCall("clear", [], ({ sheet, ref }) => {
      for (let i = sheet.validations.length - 1; i >= 0; i--)
        if (intersects(sheet.validations[i].ref, ref)) sheet.validations.splice(i, 1);
    });
  }
}

export class RangeProxy extends FakeProxy<RangeTarget> {
  protected readonly scalarNames = [
    "address",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "values",
    "valueTypes",
    "numberFormat",
    "formulas",
  ];
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;

  constructor(
    core: FakeContextCore,
    path: string,
    resolver: () => RangeTarget | null,
    eager: boolean,
  ) {
    super(core, path, resolver, eager);
    this.format = this.adopt(new RangeFormatProxy(core, `${path}.format`, () => this.resolve()));
    this.dataValidation = this.adopt(
      new DataValidationProxy(core, `${path}.dataValidation`, () => this.resolve()),
    );
    this.conditionalFormats = this.adopt(
      new ConditionalFormatCollectionProxy(core, `${path}.conditionalFormats`, () => {
        const target = this.resolve();
        return target && { sheet: target.sheet, refs: [target.ref] };
      }),
    );
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    return (
      {
        format: this.format,
        dataValidation: this.dataValidation,
        conditionalFormats: this.conditionalFormats,
      } as Record<string, FakeProxy<unknown>>
    )[name];
  }
  protected readScalar(name: string, target: RangeTarget): unknown {
    const { ref } = target;
    switch (name) {
      case "address":
        return sheetAddress(target.sheet.name, ref);
      case "rowCount":
        return ref.bottom - ref.top + 1;
      case "columnCount":
        return ref.right - ref.left + 1;
      case "rowIndex":
        return ref.top;
      case "columnIndex":
        return ref.left;
      case "values":
        return matrixOver(target, (cell) => shownCell(this.core.book, target.sheet, cell).value);
      case "valueTypes":
        return matrixOver(target, (cell) => shownCell(this.core.book, target.sheet, cell).type);
      case "numberFormat":
        return matrixOver(target, (cell) => cell.numberFormat);
      case "formulas":
        return matrixOver(target, (cell) => cell.formula ?? cell.value);
    }
    throw unknownProperty(name);
  }
  get address(): string {
    return this.value("address");
  }
  get rowCount(): number {
    return this.value("rowCount");
  }
  get columnCount(): number {
    return this.value("columnCount");
  }
  get rowIndex(): number {
    return this.value("rowIndex");
  }
  get columnIndex(): number {
    return this.value("columnIndex");
  }
  get values(): Matrix {
    return this.value("values");
  }
  set values(matrix: Matrix) {
    this.queueSet("values", matrix, (target) =>
      writeMatrix(this.core, target, matrix, (old, input) =>
        valueInput(this.core.book, old, input),
      ),
    );
  }
  get valueTypes(): string[][] {
    return this.value("valueTypes");
  }
  get numberFormat(): Matrix {
    return this.value("numberFormat");
  }
  set numberFormat(matrix: Matrix) {
    this.queueSet("numberFormat", matrix, (target) =>
      writeMatrix(this.core, target, matrix, (old, input) => {
        if (typeof input !== "string")
          throw invalidArgument(`number format ${JSON.stringify(input)}`);
        return { ...old, numberFormat: input };
      }),
    );
  }
  get formulas(): Matrix {
    return this.value("formulas");
  }
  set formulas(matrix: Matrix) {
    this.queueSet("formulas", matrix, (target) =>
      writeMatrix(this.core, target, matrix, (old, input) =>
        formulaInput(this.core.book, old, input),
      ),
    );
  }
  select(): void {
    this.queueCall("select", [], ({ sheet, ref }) => {
      if (this.core.book.activeSheet !== sheet)
        throw invalidOperation("select() needs the range's sheet to be active");
      sheet.selection = ref;
    });
  }
}

export class RangeAreasProxy extends FakeProxy<AreasTarget> {
  protected readonly scalarNames = ["address", "areaCount"];
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  constructor(
    core: FakeContextCore,
    path: string,
    resolver: () => AreasTarget | null,
    eager: boolean,
  ) {
    super(core, path, resolver, eager);
    this.conditionalFormats = this.adopt(
      new ConditionalFormatCollectionProxy(core, `${path}.conditionalFormats`, () =>
        this.resolve(),
      ),
    );
  }
  protected readScalar(name: string, target: AreasTarget): unknown {
    if (name === "address")
      return target.refs.map((ref) => sheetAddress(target.sheet.name, ref)).join(",");
    if (name === "areaCount") return target.refs.length;
    throw unknownProperty(name);
  }
  get address(): string {
    return this.value("address");
  }
  get areaCount(): number {
    return this.value("areaCount");
  }
}

export class ConditionalFormatCollectionProxy extends CollectionProxy<
  CfTarget,
  ConditionalFormatProxy
> {
  private readonly areas: () => AreasTarget | null;
  constructor(core: FakeContextCore, path: string, areas: () => AreasTarget | null) {
    super(
      core,
      path,
      () => {
        const target = areas();
        if (!target) return null;
        return target.sheet.conditionalFormats
          .filter((cf) => cf.ranges.some((r) => target.refs.some((ref) => intersects(r, ref))))
          .map((cf) => ({ sheet: target.sheet, cf }));
      },
      false,
    );
    this.areas = areas;
  }
  protected itemProxy(item: CfTarget, index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.core, `${this.path}[${index}]`, () => item, false);
  }
  add(type: string): ConditionalFormatProxy {
    const proxy = this.derive(
      new ConditionalFormatProxy(
        this.core,
        `${this.path}.add(${type})`,
        () => {
          const target = this.areas();
          if (!target) throw itemNotFound(this.path);
          checkWritable(target.sheet);
          if (type !== "Custom")
            throw new FakeOfficeError(
              "NotImplemented",
              `the fake supports only Custom conditional formats, not ${type}`,
            );
          const cf: FakeConditionalFormat = {
            id: this.core.book.newConditionalFormatId(),
            type,
            ranges: [...target.refs],
            formula: "",
            fill: null,
            fontColor: null,
          };
          target.sheet.conditionalFormats.unshift(cf);
          return { sheet: target.sheet, cf };
        },
        false,
      ),
    );
    this.core.enqueue(
      { kind: "call", path: this.path, name: "add", value: type },
      () => void proxy.resolve(),
    );
    return proxy;
  }
  /**
   * By its id, which is its priority on the sheet now (docs/excel-decisions.md § 3): an id
   * read before formats were added or deleted may name another format, or none.
   */
  getItem(id: string): ConditionalFormatProxy {
    return this.derive(
      new ConditionalFormatProxy(
        this.core,
        `${this.path}.getItem(${id})`,
        () => {
          const target = this.areas();
          const cf = /^\d+$/.test(id) ? target?.sheet.conditionalFormats[Number(id)] : undefined;
          if (
            !target ||
            !cf ||
            !cf.ranges.some((r) => target.refs.some((ref) => intersects(r, ref)))
          )
            throw itemNotFound(`conditional format '${id}'`);
          return { sheet: target.sheet, cf };
        },
        true,
      ),
    );
  }
}

export class ConditionalFormatProxy extends FakeProxy<CfTarget> {
  protected readonly scalarNames = ["id", "type", "priority", "stopIfTrue"];
  readonly customOrNullObject: CustomConditionalFormatProxy;
  private customProxy: CustomConditionalFormatProxy;
  constructor(
    core: FakeContextCore,
    path: string,
    resolver: () => CfTarget | null,
    eager: boolean,
  ) {
    super(core, path, resolver, eager);
    this.customProxy = this.adopt(
      new CustomConditionalFormatProxy(core, `${path}.custom`, () => {
        const target = this.required();
        if (target.cf.type !== "Custom")
          throw invalidOperation(`the conditional format is ${target.cf.type}, not Custom`);
        return target;
      }),
    );
    this.customOrNullObject = this.adopt(
      new CustomConditionalFormatProxy(core, `${path}.customOrNullObject`, () => {
        const target = this.resolve();
        return target && target.cf.type === "Custom" ? target : null;
      }),
    ).markNullable();
  }
  /** A rule Office.js cannot read fails the whole sync for anything but its id, type, priority. */
  override loadNow(paths: readonly string[]): void {
    const target = this.resolve();
    if (target?.cf.unreadable && paths.some((p) => !["id", "type", "priority"].includes(p)))
      throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
    super.loadNow(paths);
  }
  get custom(): CustomConditionalFormatProxy {
    return this.customProxy;
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    return (
      { custom: this.customProxy, customOrNullObject: this.customOrNullObject } as Record<
        string,
        FakeProxy<unknown>
      >
    )[name];
  }
  protected readScalar(name: string, target: CfTarget): unknown {
    switch (name) {
      case "id":
        return String(target.sheet.conditionalFormats.indexOf(target.cf));
      case "type":
        return target.cf.type;
      case "priority":
        return target.sheet.conditionalFormats.indexOf(target.cf);
      case "stopIfTrue":
        return false;
    }
    throw unknownProperty(name);
  }
  get id(): string {
    return this.value("id");
  }
  get type(): string {
    return this.value("type");
  }
  getRange(): RangeProxy {
    return new RangeProxy(
      this.core,
      `${this.path}.getRange()`,
      () => {
        const { sheet, cf } = this.required();
        if (cf.ranges.length !== 1)
          throw invalidOperation(
            "the conditional format applies to several areas: use getRanges()",
          );
        return { sheet, ref: cf.ranges[0] };
      },
      true,
    );
  }
  getRanges(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.core,
      `${this.path}.getRanges()`,
      () => {
        const { sheet, cf } = this.required();
        return { sheet, refs: cf.ranges };
      },
      true,
    );
  }
  delete(): void {
    this.queueCall("delete", [], ({ sheet, cf }) => {
      checkWritable(sheet);
      const index = sheet.conditionalFormats.indexOf(cf);
      if (index < 0) throw itemNotFound("conditional format");
      sheet.conditionalFormats.splice(index, 1);
    });
  }
}

class ColorProxy extends FakeProxy<CfTarget> {
  protected readonly scalarNames = ["color"];
  constructor(
    core: FakeContextCore,
    path: string,
    resolver: () => CfTarget | null,
    private readonly field: "fill" | "fontColor",
  ) {
    super(core, path, resolver, false);
  }
  protected readScalar(name: string, target: CfTarget): unknown {
    if (name === "color") return target.cf[this.field];
    throw unknownProperty(name);
  }
  get color(): string {
    return this.value("color");
  }
  set color(value: string) {
    this.queueSet("color", value, (target) => (target.cf[this.field] = value));
  }
}

export class CustomConditionalFormatProxy extends FakeProxy<CfTarget> {
  protected readonly scalarNames: readonly string[] = [];
  readonly rule: ConditionalRuleProxy;
  readonly format: { readonly fill: ColorProxy; readonly font: ColorProxy };
  constructor(core: FakeContextCore, path: string, resolver: () => CfTarget | null) {
    super(core, path, resolver, false);
    this.rule = this.adopt(new ConditionalRuleProxy(core, `${path}.rule`, () => this.resolve()));
    this.format = {
      fill: this.adopt(new ColorProxy(core, `${path}.format.fill`, () => this.resolve(), "fill")),
      font: this.adopt(
        new ColorProxy(core, `${path}.format.font`, () => this.resolve(), "fontColor"),
      ),
    };
  }
  protected override child(name: string): FakeProxy<unknown> | undefined {
    return name === "rule" ? this.rule : undefined;
  }
  protected readScalar(name: string): unknown {
    throw unknownProperty(name);
  }
}

export class ConditionalRuleProxy extends FakeProxy<CfTarget> {
  protected readonly scalarNames = ["formula"];
  constructor(core: FakeContextCore, path: string, resolver: () => CfTarget | null) {
    super(core, path, resolver, false);
  }
  protected readScalar(name: string, target: CfTarget): unknown {
    if (name === "formula") return target.cf.formula;
    throw unknownProperty(name);
  }
  get formula(): string {
    return this.value("formula");
  }
  set formula(value: string) {
    this.queueSet("formula", value, (target) => {
      if (!value.startsWith("="))
        throw invalidArgument("a conditional format formula starts with =");
      target.cf.formula = value;
    });
  }
}

export class TableProxy extends FakeProxy<{ sheet: FakeSheet; table: FakeTable }> {
  protected readonly scalarNames = ["name", "showHeaders", "style"];
  constructor(
    core: FakeContextCore,
    path: string,
    resolver: () => { sheet: FakeSheet; table: FakeTable } | null,
    eager: boolean,
  ) {
    super(core, path, resolver, eager);
  }
  protected readScalar(name: string, target: { table: FakeTable }): unknown {
    if (name === "name") return target.table.name;
    if (name === "showHeaders") return target.table.showHeaders;
    if (name === "style") return target.table.style ?? "TableStyleMedium2";
    throw unknownProperty(name);
  }
  get name(): string {
    return this.value("name");
  }
  set name(value: string) {
    this.queueSet("name", value, ({ table }) => {
      const clash = this.core.book.tableNamed(value);
      if (clash && clash !== table)
        throw new FakeOfficeError("ItemAlreadyExists", `A table named '${value}' already exists`);
      if (this.core.book.names.some((n) => n.name.toLowerCase() === value.toLowerCase()))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `'${value}' is already a defined name (tables and names share one namespace)`,
        );
      if (!/^[A-Za-z_\\][\w.\\]*$/.test(value) || parseA1(value))
        throw invalidArgument(`table name '${value}'`);
      table.name = value;
    });
  }
  get showHeaders(): boolean {
    return this.value("showHeaders");
  }
  set style(value: string) {
    this.queueSet("style", value, ({ table }) => (table.style = value));
  }
  set showFilterButton(value: boolean) {
    this.queueSet("showFilterButton", value, () => undefined);
  }
  getRange(): RangeProxy {
    return new RangeProxy(
      this.core,
      `${this.path}.getRange()`,
      () => {
        const { sheet, table } = this.required();
        return { sheet, ref: table.ref };
      },
      true,
    );
  }
  delete(): void {
    this.queueCall("delete", [], ({ sheet, table }) =>
      sheet.tables.splice(sheet.tables.indexOf(table), 1),
    );
  }
}

export class TableCollectionProxy extends CollectionProxy<
  { sheet: FakeSheet; table: FakeTable },
  TableProxy
> {
  constructor(
    core: FakeContextCore,
    path: string,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(
      core,
      path,
      () => {
        const scope = sheet();
        const sheets = path === "workbook.tables" ? core.book.sheets : scope ? [scope] : null;
        return sheets && sheets.flatMap((s) => s.tables.map((table) => ({ sheet: s, table })));
      },
      false,
    );
  }
  protected itemProxy(item: { sheet: FakeSheet; table: FakeTable }, index: number): TableProxy {
    return new TableProxy(this.core, `${this.path}[${index}]`, () => item, false);
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    const proxy = this.derive(
      new TableProxy(
        this.core,
        `${this.path}.add(${address})`,
        () => {
          const parsed = parseAddress(address);
          const sheet =
            parsed.sheet !== undefined ? this.core.book.sheet(parsed.sheet) : this.sheet();
          if (!sheet) throw invalidArgument(`table address '${address}' needs a sheet`);
          checkWritable(sheet);
          if (sheet.tables.some((t) => intersects(t.ref, parsed.ref)))
            throw invalidOperation("a table cannot overlap another table");
          let n = 1;
          while (this.core.book.nameTaken(`Table${n}`)) n++;
          if (!hasHeaders)
            throw new FakeOfficeError(
              "NotImplemented",
              "the fake supports only tables with headers",
            );
          const table: FakeTable = { name: `Table${n}`, ref: parsed.ref, showHeaders: true };
          const top = parsed.ref.top;
          for (let c = parsed.ref.left; c <= parsed.ref.right; c++) {
            const cell = sheet.cell(top, c);
            if (!cell || cell.type === "Empty") {
              sheet.setCell(top, c, {
                value: `Column${c - parsed.ref.left + 1}`,
                type: "String",
                numberFormat: cell?.numberFormat ?? "General",
              });
            }
          }
          sheet.tables.push(table);
          return { sheet, table };
        },
        false,
      ),
    );
    this.core.enqueue(
      { kind: "call", path: this.path, name: "add", value: [address, hasHeaders] },
      () => void proxy.resolve(),
    );
    return proxy;
  }
  getItem(name: string): TableProxy {
    return this.derive(
      new TableProxy(
        this.core,
        `${this.path}.getItem(${name})`,
        () => {
          for (const sheet of this.core.book.sheets) {
            const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
            if (table) return { sheet, table };
          }
          throw itemNotFound(`table '${name}'`);
        },
        true,
      ),
    );
  }
}

export class NamedItemProxy extends FakeProxy<{ name: string; formula: string }> {
  protected readonly scalarNames = ["name", "formula"];
  constructor(
    core: FakeContextCore,
    path: string,
    resolver: () => { name: string; formula: string } | null,
  ) {
    super(core, path, resolver, false);
  }
  protected readScalar(name: string, target: { name: string; formula: string }): unknown {
    if (name === "name") return target.name;
    if (name === "formula") return target.formula;
    throw unknownProperty(name);
  }
  get name(): string {
    return this.value("name");
  }
  get formula(): string {
    return this.value("formula");
  }
  delete(): void {
    this.queueCall("delete", [], ({ name }) => {
      const names = this.core.book.names;
      const index = names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
      if (index < 0) throw itemNotFound(`name '${name}'`);
      names.splice(index, 1);
    });
  }
}

export class NamedItemCollectionProxy extends CollectionProxy<
  { name: string; formula: string },
  NamedItemProxy
> {
  constructor(core: FakeContextCore) {
    super(
      core,
      "workbook.names",
      () =>
        core.book.names.map((n) => ({
          name: n.name,
          formula: n.broken
            ? "=#REF!"
            : `=${sheetAddress(n.sheet.name, n.ref).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`,
        })),
      false,
    );
  }
  protected itemProxy(item: { name: string; formula: string }, index: number): NamedItemProxy {
    return new NamedItemProxy(this.core, `${this.path}[${index}]`, () => item);
  }
  getItem(name: string): NamedItemProxy {
    const proxy = new NamedItemProxy(this.core, `workbook.names.getItem(${name})`, () => {
      const found = this.core.book.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!found) throw itemNotFound(`name '${name}'`);
      return { name: found.name, formula: "" };
    });
    this.core.enqueue(
      { kind: "get", path: this.path, name: `getItem(${name})` },
      () => void proxy.resolve(),
    );
    return proxy;
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    const proxy = new NamedItemProxy(
      this.core,
      `workbook.names.getItemOrNullObject(${name})`,
      () => {
        const found = this.core.book.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        return found ? { name: found.name, formula: "" } : null;
      },
    ).markNullable();
    this.core.enqueue(
      { kind: "get", path: this.path, name: `getItemOrNullObject(${name})` },
      () => void proxy.resolve(),
    );
    return proxy;
  }
  add(name: string, reference: RangeProxy | string): NamedItemProxy {
    const proxy = new NamedItemProxy(this.core, `workbook.names.add(${name})`, () => {
      const book = this.core.book;
      if (!/^[A-Za-z_\\][\w.\\]*$/.test(name) || parseA1(name) || /^[rRcC]$/.test(name))
        throw invalidArgument(`name '${name}'`);
      if (book.nameTaken(name))
        throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' already exists`);
      let sheet: FakeSheet;
      let ref: RangeRef;
      if (typeof reference === "string") {
        const parsed = parseAddress(reference.replace(/^=/, ""));
        if (parsed.sheet === undefined)
          throw invalidArgument(`reference '${reference}' needs a sheet`);
        sheet = book.sheet(parsed.sheet);
        ref = parsed.ref;
      } else {
        const target = reference.resolve();
        if (!target) throw itemNotFound("range");
        sheet = target.sheet;
        ref = target.ref;
      }
      book.names.push({ name, sheet, ref });
      return { name, formula: "" };
    });
    this.core.enqueue(
      {
        kind: "call",
        path: this.path,
        name: "add",
        value: [name, typeof reference === "string" ? reference : "range"],
      },
      () => void proxy.resolve(),
    );
    return proxy;
  }
}

export class FreezePanesProxy extends FakeProxy<FakeSheet> {
  protected readonly scalarNames: readonly string[] = [];
  constructor(core: FakeContextCore, path: string, resolver: () => FakeSheet | null) {
    super(core, path, resolver, false);
  }
  protected readScalar(name: string): unknown {
    throw unknownProperty(name);
  }
  freezeRows(count = 1): void {
    this.queueCall("freezeRows", [count], (sheet) => (sheet.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.queueCall("freezeColumns", [count], (sheet) => (sheet.freeze = { rows: 0, cols: count }));
  }
  freezeAt(address: string): void {
    this.queueCall("freezeAt", [address], (sheet) => {
      const { ref } = parseAddress(address);
      sheet.freeze = { rows: ref.bottom + 1, cols: ref.right + 1 };
    });
  }
  unfreeze(): void {
    this.queueCall("unfreeze", [], (sheet) => (sheet.freeze = { rows: 0, cols: 0 }));
  }
}

export class ChartProxy extends FakeProxy<{ sheet: FakeSheet; index: number }> {
  protected readonly scalarNames: readonly string[] = [];
  readonly title: { text: string };
  constructor(
    core: FakeContextCore,
    path: string,
    resolver: () => { sheet: FakeSheet; index: number } | null,
  ) {
    super(core, path, resolver, false);
    const queueSet = (value: string): void =>
      this.core.enqueue({ kind: "set", path: `${path}.title`, name: "text", value }, () => {
        const { sheet, index } = this.required();
        sheet.charts[index].title = value;
      });
    this.title = {
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The fake does not read chart titles");
      },
      set text(value: string) {
        queueSet(value);
      },
    };
  }
  protected readScalar(name: string): unknown {
    throw unknownProperty(name);
  }
  setPosition(startCell: string): void {
    this.queueCall(
      "setPosition",
      [startCell],
      ({ sheet, index }) => (sheet.charts[index].anchor = parseAddress(startCell).ref),
    );
  }
}

export class ChartCollectionProxy extends FakeProxy<FakeSheet> {
  protected readonly scalarNames: readonly string[] = [];
  constructor(core: FakeContextCore, path: string, resolver: () => FakeSheet | null) {
    super(core, path, resolver, false);
  }
  protected readScalar(name: string): unknown {
    throw unknownProperty(name);
  }
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    const proxy = new ChartProxy(this.core, `${this.path}.add(${type})`, () => {
      const sheet = this.required();
      const source = sourceData.resolve();
      if (!source) throw itemNotFound("chart source range");
      if (!["ColumnClustered", "BarClustered", "Line", "Pie"].includes(type))
        throw invalidArgument(`chart type ${type}`);
      sheet.charts.push({ type, source: source.ref, seriesBy, title: "" });
      return { sheet, index: sheet.charts.length - 1 };
    });
    this.core.enqueue(
      { kind: "call", path: this.path, name: "add", value: [type, seriesBy] },
      () => void proxy.resolve(),
    );
    return proxy;
  }
}

export { FakeSheet };
