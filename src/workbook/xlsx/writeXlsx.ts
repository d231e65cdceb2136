/**
 * A `WritePlan` applied to a NEW workbook through ExcelJS. The user's file is never
 * re-saved (ExcelJS can damage what it does not understand, docs/design.md § 4.5): with
 * `existing`, the existing sheets are rebuilt from the snapshot's values, number formats
 * and tables first, so that "download the result" holds everything. What a snapshot does
 * not hold (the user's formulas, styles, validations, conditional formats, charts,
 * protection) is not carried over. Charts of the plan are not written: their data ranges
 * are cells already, and `skippedCharts` lists them.
 */
import ExcelJS from "exceljs";
import {
  columnLetters,
  parseA1,
  parseRangeA1,
  quoteSheetName,
  rangeToA1,
  toA1,
  type RangeRef,
} from "../../core/model/address";
import type { CellValue, PlanCell } from "../../core/model/cell";
import {
  nameAfterRenames,
  type CellBlock,
  type FillSpec,
  type ListValidationSpec,
  type MarkerSpec,
  type NameSpec,
  type SheetProtectionSpec,
  type SheetSpec,
  type TableSpec,
  type ValidationSpec,
  type WritePlan,
} from "../../core/model/plan";
import {
  REGISTRY_SHEET,
  type SheetSnapshot,
  type SheetVisibility,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import { MAX_CELL_TEXT, XlsxWriteError } from "./errors";
import { formulaResult, type FormulaCells, type FormulaScalar } from "./formulaResult";
import { jsDateToSerial, serialToJsDate } from "./serial";
import { REGISTRY_TABLE, mergeRegistry, registryCells } from "../../core/model/registry";
import { sameSheetName, sheetNameKey } from "../../core/model/sheetNames";

export interface XlsxWriteResult {
  readonly bytes: Uint8Array;
  /** Charts the plan asked for and the file does not have. */
  readonly skippedCharts: readonly { readonly sheet: string; readonly title: string }[];
}

type SheetSource =
  | { readonly kind: "snapshot"; readonly sheet: SheetSnapshot }
  | { readonly kind: "spec"; readonly spec: SheetSpec };

interface SheetSlot {
  name: string;
  visibility: SheetVisibility;
  readonly source: SheetSource;
}

const TEXT_FORMAT = "@";
const GENERAL = "General";
/** Built-in format 14: Excel shows it as the user's short date. */
const DEFAULT_DATE_FORMAT = "mm-dd-yy";
const MAX_VALIDATION_CELLS = 100_000;
const MAX_LIST_LITERAL = 255;

export async function writeXlsx(
  plan: WritePlan,
  existing?: WorkbookSnapshot,
): Promise<XlsxWriteResult> {
  const slots = arrangeSheets(plan, existing);
  const workbook = new ExcelJS.Workbook();
  const skippedCharts: { sheet: string; title: string }[] = [];

  try {
    for (const slot of slots) {
      if (slot.name.length > 31)
        throw new XlsxWriteError({ code: "invalid-sheet-name", sheet: slot.name });
      const worksheet = addWorksheet(workbook, slot.name, slot.visibility);
      if (slot.source.kind === "snapshot") rebuildSheet(worksheet, slot.source.sheet);
      else {
        buildSheet(workbook, worksheet, slot.source.spec);
        for (const chart of slot.source.spec.charts ?? [])
          skippedCharts.push({ sheet: slot.name, title: chart.title });
      }
    }
    for (const edit of plan.edits ?? []) {
      const worksheet = findWorksheet(workbook, nameAfterRenames(plan, edit.sheet));
      for (const block of edit.blocks) writeBlock(worksheet, block);
    }
    let priority = 1;
    for (const { sheet, markers } of plan.markers ?? []) {
      const worksheet = findWorksheet(workbook, nameAfterRenames(plan, sheet));
      for (const marker of markers) addMarker(worksheet, marker, priority++);
    }

    const registry = mergeRegistry(existing?.registry ?? [], plan);
    const hadRegistry =
      existing?.sheets.some((sheet) => sameSheetName(sheet.name, REGISTRY_SHEET)) ?? false;
    if (registry.length > 0 || hadRegistry) {
      const worksheet = addWorksheet(workbook, REGISTRY_SHEET, "veryHidden");
      const cells = registryCells(registry);
      writeBlock(worksheet, { topLeft: "A1", cells });
      addTable(worksheet, {
        name: REGISTRY_TABLE,
        range: rangeToA1({ top: 0, left: 0, bottom: cells.length - 1, right: cells[0].length - 1 }),
      });
    }

    // Excel recalculates on open only where a formula has no cached result: a cached 0 is
    // then trusted by readers (a stale 0 comes with fullCalcOnLoad, docs/intake.md).
    workbook.calcProperties.fullCalcOnLoad = cacheFormulaResults(workbook);
    activate(workbook, plan.activate?.sheet ?? existing?.activeSheet, plan.activate?.select);
    const buffer = await workbook.xlsx.writeBuffer();
    return { bytes: new Uint8Array(buffer as ArrayBuffer), skippedCharts };
  } catch (error) {
    if (error instanceof XlsxWriteError) throw error;
    throw new XlsxWriteError({
      code: "build-failed",
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The sheets of the result in order: existing ones renamed, replaced or deleted, new ones appended. */
function arrangeSheets(plan: WritePlan, existing: WorkbookSnapshot | undefined): SheetSlot[] {
  const slots: SheetSlot[] = (existing?.sheets ?? [])
    .filter((sheet) => !sameSheetName(sheet.name, REGISTRY_SHEET))
    .map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      source: { kind: "snapshot", sheet },
    }));
  const find = (name: string) => slots.findIndex((slot) => sameSheetName(slot.name, name));

  for (const rename of plan.renames ?? []) {
    const index = find(rename.from);
    if (index < 0) throw new XlsxWriteError({ code: "missing-sheet", sheet: rename.from });
    slots[index].name = rename.to;
    if (rename.visibility) slots[index].visibility = rename.visibility;
  }
  for (const spec of plan.sheets ?? []) {
    const slot: SheetSlot = {
      name: spec.name,
      visibility: spec.visibility ?? "visible",
      source: { kind: "spec", spec },
    };
    const index = find(spec.name);
    if (index < 0) slots.push(slot);
    else if (spec.mode === "replace") slots[index] = slot;
    else throw new XlsxWriteError({ code: "sheet-exists", sheet: spec.name });
  }
  for (const name of plan.deleteSheets ?? []) {
    const index = find(name);
    if (index >= 0) slots.splice(index, 1);
  }
  return slots;
}

function addWorksheet(
  workbook: ExcelJS.Workbook,
  name: string,
  visibility: SheetVisibility,
): ExcelJS.Worksheet {
  try {
    return workbook.addWorksheet(name, { state: visibility });
  } catch {
    throw new XlsxWriteError({ code: "invalid-sheet-name", sheet: name });
  }
}

function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.worksheets.find((candidate) => sameSheetName(candidate.name, name));
  if (!worksheet) throw new XlsxWriteError({ code: "missing-sheet", sheet: name });
  return worksheet;
}

function rebuildSheet(worksheet: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  sheet.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      const format = sheet.numberFormats?.[r]?.[c];
      writeCell(worksheet, r, c, snapshotToPlanCell(value, format));
    }),
  );
  for (const table of sheet.tables) {
    addTable(worksheet, { name: table.name, range: rangeToA1(table.range) });
  }
}

type WritableCell = PlanCell | Extract<CellValue, { kind: "error" }>;

function snapshotToPlanCell(value: CellValue, format: string | undefined): WritableCell {
  const numberFormat = format && format !== GENERAL ? { format } : {};
  switch (value.kind) {
    case "error":
      // A formula read without its value is written back as that formula, still without one.
      return value.unreadable === "formula-without-value" && value.code.startsWith("=")
        ? { kind: "formula", formula: value.code, ...numberFormat }
        : value;
    case "number":
      return { ...value, ...numberFormat };
    case "date":
      return { ...value, ...numberFormat };
    default:
      return value;
  }
}

function buildSheet(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  spec: SheetSpec,
): void {
  for (const { range, format } of spec.rangeFormats ?? [])
    forEachCell(worksheet, range, (cell) => (cell.numFmt = format));
  for (const block of spec.blocks) writeBlock(worksheet, block);
  for (const fill of spec.fills ?? []) addFill(worksheet, fill);
  for (const width of spec.columnWidths ?? [])
    worksheet.getColumn(width.col + 1).width = width.width;
  for (const table of spec.tables ?? []) addTable(worksheet, table);
  for (const validation of spec.validations ?? []) addValidation(worksheet, validation);
  for (const name of spec.names ?? []) addName(workbook, worksheet, name);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    const { rows, cols } = spec.freeze;
    worksheet.views = [
      { state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: toA1({ row: rows, col: cols }) },
    ];
  }
  if (spec.tabColor) worksheet.properties.tabColor = { argb: argb(spec.tabColor) };
  if (spec.protection) protect(worksheet, spec.protection);
}

/**
 * Sheet protection without a password: the `<sheetProtection>` element alone, which Excel
 * lifts with Review > Unprotect Sheet. The fill-in cells are unlocked; filtering and column
 * widths stay open so the protected lists can still be worked through.
 */
function protect(worksheet: ExcelJS.Worksheet, protection: SheetProtectionSpec): void {
  for (const a1 of protection.unlocked) {
    const range = rangeOf(worksheet, a1);
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++)
        worksheet.getCell(r + 1, c + 1).protection = { locked: false };
  }
  // ExcelJS sets the protection at once; its promise only stands in for a password's hashing.
  void worksheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}

function writeBlock(worksheet: ExcelJS.Worksheet, block: CellBlock): void {
  const origin = parseA1(block.topLeft);
  if (!origin)
    throw new XlsxWriteError({
      code: "invalid-range",
      sheet: worksheet.name,
      range: block.topLeft,
    });
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => writeCell(worksheet, origin.row + r, origin.col + c, cell)),
  );
}

function writeCell(
  worksheet: ExcelJS.Worksheet,
  row: number,
  col: number,
  value: WritableCell,
): void {
  const cell = worksheet.getCell(row + 1, col + 1);
  const where = () => toA1({ row, col });
  switch (value.kind) {
    case "empty":
      cell.value = null;
      return;
    case "text":
      if (value.text.length > MAX_CELL_TEXT) {
        throw new XlsxWriteError({
          code: "text-too-long",
          sheet: worksheet.name,
          cell: where(),
          length: value.text.length,
        });
      }
      cell.numFmt = TEXT_FORMAT;
      cell.value = value.text === "" ? null : value.text;
      return;
    case "number":
      if (!Number.isFinite(value.value))
        throw new XlsxWriteError({ code: "invalid-number", sheet: worksheet.name, cell: where() });
      cell.numFmt = value.format ?? GENERAL;
      cell.value = value.value;
      return;
    case "boolean":
      cell.numFmt = GENERAL;
      cell.value = value.value;
      return;
    case "date":
      if (!Number.isFinite(value.serial))
        throw new XlsxWriteError({ code: "invalid-number", sheet: worksheet.name, cell: where() });
      // The serial itself, not a Date: no conversion to drift through.
      cell.numFmt = value.format ?? DEFAULT_DATE_FORMAT;
      cell.value = value.serial;
      return;
    case "formula":
      cell.numFmt = value.format ?? GENERAL;
      cell.value = { formula: value.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      return;
    case "error":
      cell.numFmt = GENERAL;
      // A value the source file did not hold has no truthful cell of its own: #N/A says so.
      cell.value = {
        error: value.unreadable === undefined ? value.code : "#N/A",
      } as ExcelJS.CellErrorValue;
      return;
  }
}

function rangeOf(worksheet: ExcelJS.Worksheet, a1: string): RangeRef {
  const range = parseRangeA1(a1);
  if (!range) throw new XlsxWriteError({ code: "invalid-range", sheet: worksheet.name, range: a1 });
  return range;
}

/**
 * ExcelJS writes a table's header and rows into the cells itself, so the rows passed are
 * the values already in those cells: the result is the same whichever wrote them.
 */
function addTable(worksheet: ExcelJS.Worksheet, table: TableSpec): void {
  const range = rangeOf(worksheet, table.range);
  const width = range.right - range.left + 1;
  const used = new Set<string>();
  const columns = Array.from({ length: width }, (_, j) => {
    const header = worksheet.getCell(range.top + 1, range.left + j + 1).value;
    let name =
      typeof header === "string" || typeof header === "number" ? String(header).trim() : "";
    if (name === "") name = `Column${j + 1}`;
    const base = name;
    for (let n = 2; used.has(sheetNameKey(name)); n++) name = `${base}${n}`;
    used.add(sheetNameKey(name));
    return { name, filterButton: table.showFilterButton ?? true };
  });
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = range.top + 1; r <= Math.max(range.bottom, range.top + 1); r++) {
    rows.push(
      Array.from({ length: width }, (_, j) => worksheet.getCell(r + 1, range.left + j + 1).value),
    );
  }
  worksheet.addTable({
    name: table.name,
    ref: toA1({ row: range.top, col: range.left }),
    headerRow: true,
    style: {
      theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns,
    rows,
  });
}

function forEachCell(
  worksheet: ExcelJS.Worksheet,
  a1: string,
  visit: (cell: ExcelJS.Cell) => void,
): void {
  const range = rangeOf(worksheet, a1);
  const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
  if (cells > MAX_VALIDATION_CELLS)
    throw new XlsxWriteError({ code: "invalid-range", sheet: worksheet.name, range: a1 });
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) visit(worksheet.getCell(r + 1, c + 1));
}

function addFill(worksheet: ExcelJS.Worksheet, fill: FillSpec): void {
  forEachCell(worksheet, fill.range, (cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill.color) } };
    if (fill.fontColor) cell.font = { ...cell.font, color: { argb: argb(fill.fontColor) } };
  });
}

function ruleOf(worksheet: ExcelJS.Worksheet, validation: ValidationSpec): ExcelJS.DataValidation {
  const prompt = validation.prompt
    ? {
        showInputMessage: true,
        promptTitle: validation.prompt.title,
        prompt: validation.prompt.message,
      }
    : {};
  if (validation.kind === "prompt")
    // `any` is ExcelJS's "no type" (Excel's "Any value"); its type definitions leave it out.
    return { type: "any", formulae: [], ...prompt } as unknown as ExcelJS.DataValidation;
  const alert = { showErrorMessage: true, errorStyle: validation.errorStyle ?? "stop" };
  if (validation.kind === "date")
    return {
      type: "date",
      operator: "between",
      allowBlank: validation.allowBlank,
      formulae: [serialToJsDate(validation.min), serialToJsDate(validation.max)],
      ...alert,
      ...prompt,
    };
  const formula = listFormula(validation.source);
  if (formula === null)
    throw new XlsxWriteError({
      code: "invalid-list",
      sheet: worksheet.name,
      range: validation.range,
    });
  return {
    type: "list",
    allowBlank: validation.allowBlank,
    formulae: [formula],
    ...alert,
    ...prompt,
  };
}

function addValidation(worksheet: ExcelJS.Worksheet, validation: ValidationSpec): void {
  const rule = ruleOf(worksheet, validation);
  forEachCell(worksheet, validation.range, (cell) => (cell.dataValidation = rule));
}

function listFormula(source: ListValidationSpec["source"]): string | null {
  if (source.kind === "name") return source.name.replace(/^=/, "");
  if (source.values.some((value) => value.includes(","))) return null;
  const literal = `"${source.values.map((value) => value.replace(/"/g, '""')).join(",")}"`;
  return literal.length - 2 > MAX_LIST_LITERAL ? null : literal;
}

function absolute(range: RangeRef): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = cell(range.top, range.left);
  const end = cell(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

function addName(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, name: NameSpec): void {
  const range = rangeOf(worksheet, name.range);
  const model = workbook.definedNames.model.filter((defined) => defined.name !== name.name);
  model.push({ name: name.name, ranges: [`${quoteSheetName(worksheet.name)}!${absolute(range)}`] });
  workbook.definedNames.model = model;
}

function addMarker(worksheet: ExcelJS.Worksheet, marker: MarkerSpec, priority: number): void {
  if (marker.areas.length === 0) return;
  const areas = marker.areas.map((area) => rangeToA1(rangeOf(worksheet, area)));
  worksheet.addConditionalFormatting({
    ref: areas.join(" "),
    rules: [
      {
        type: "expression",
        priority,
        formulae: [marker.formula.replace(/^=/, "")],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(marker.fill) } },
          ...(marker.fontColor ? { font: { color: { argb: argb(marker.fontColor) } } } : {}),
        },
      },
    ],
  });
}

/** `#RRGGBB` or `RRGGBB` as ExcelJS's opaque `AARRGGBB`. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? `FF${hex}` : hex;
}

function activate(
  workbook: ExcelJS.Workbook,
  sheet: string | undefined,
  select: string | undefined,
): void {
  const worksheets = workbook.worksheets;
  let index =
    sheet === undefined
      ? -1
      : worksheets.findIndex((candidate) => sameSheetName(candidate.name, sheet));
  if (index < 0 || worksheets[index].state !== "visible")
    index = worksheets.findIndex((candidate) => candidate.state === "visible");
  if (index < 0) return;
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: index,
      visibility: "visible",
    },
  ];
  const target = worksheets[index];
  if (select && sheet !== undefined && sameSheetName(target.name, sheet) && parseRangeA1(select)) {
    const view = target.views[0] ?? {};
    target.views = [{ ...view, activeCell: select.split(":")[0].replace(/\$/g, "") }];
  }
}

/**
 * Stores with every formula the result Excel would show, where `formulaResult` can compute
 * it, so that the file reads back with its values before Excel ever opens it
 * (docs/intake.md). Returns whether a formula was left without a cached result.
 */
function cacheFormulaResults(workbook: ExcelJS.Workbook): boolean {
  const sheets = new Map(workbook.worksheets.map((w) => [sheetNameKey(w.name), w]));
  const cells: FormulaCells = {
    hasSheet: (sheet) => sheets.has(sheetNameKey(sheet)),
    cell: (sheet, row, col) => {
      const worksheet = sheets.get(sheetNameKey(sheet));
      const value = worksheet?.findCell(row + 1, col + 1)?.value;
      if (worksheet && value && typeof value === "object" && "formula" in value)
        return { formula: `=${value.formula}`, sheet: worksheet.name };
      return { value: formulaScalar(value) };
    },
  };
  let anyWithout = false;
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (!value || typeof value !== "object" || !("formula" in value)) return;
        const result = formulaResult(`=${value.formula}`, worksheet.name, cells);
        if (result === undefined) anyWithout = true;
        else cell.value = { formula: value.formula, result } as ExcelJS.CellFormulaValue;
      }),
    );
  }
  return anyWithout;
}

function formulaScalar(value: ExcelJS.CellValue | undefined): FormulaScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return jsDateToSerial(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value && typeof value.text === "string") return value.text;
  return null;
}
