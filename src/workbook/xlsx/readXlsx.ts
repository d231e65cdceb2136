/** An .xlsx file read into a `WorkbookSnapshot` through ExcelJS, after the file limits. */
import ExcelJS from "exceljs";
import { parseRangeA1 } from "../../core/model/address";
import type { CellValue } from "../../core/model/cell";
import {
  REGISTRY_SHEET,
  type SheetSnapshot,
  type SheetVisibility,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import { XlsxReadError } from "./errors";
import type { FileLimitOptions } from "./fileLimits";
import { prepareXlsx } from "./prepareXlsx";
import { registryRows } from "../../core/model/registry";
import { dateToSerial } from "./serial";

const EMPTY: CellValue = { kind: "empty" };
const GENERAL = "General";

/** Never throws anything but `XlsxReadError`, whatever the bytes. */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: FileLimitOptions = {},
): Promise<WorkbookSnapshot> {
  const prepared = await prepareXlsx(bytes, fileName, options).catch((error: unknown) => {
    throw new XlsxReadError({ code: "parse-failed", detail: describe(error) }, fileName);
  });
  if (!prepared.ok) throw new XlsxReadError(prepared.reason, fileName);

  const workbook = new ExcelJS.Workbook();
  try {
    const copy = prepared.bytes.slice();
    await workbook.xlsx.load(copy.buffer);
    const worksheets = workbook.worksheets;
    const sheets = worksheets.map(readSheet);
    const registrySheet = sheets.find((sheet) => sheet.name === REGISTRY_SHEET);
    const activeTab = workbook.views?.[0]?.activeTab;
    const activeSheet = activeTab !== undefined ? worksheets[activeTab]?.name : undefined;
    return {
      file: fileName,
      sheets,
      registry: registrySheet ? registryRows(registrySheet.cells) : [],
      structureProtected: prepared.structureProtected,
      ...(activeSheet !== undefined ? { activeSheet } : {}),
    };
  } catch (error) {
    throw new XlsxReadError({ code: "parse-failed", detail: describe(error) }, fileName);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readSheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const cells: CellValue[][] = [];
  const formats: string[][] = [];
  let anyFormat = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell);
      if (value.kind === "empty") return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      const valueRow = (cells[r] ??= []);
      const formatRow = (formats[r] ??= []);
      for (let i = valueRow.length; i < c; i++) {
        valueRow.push(EMPTY);
        formatRow.push(GENERAL);
      }
      valueRow[c] = value;
      const format = cell.numFmt || GENERAL;
      formatRow[c] = format;
      if (format !== GENERAL) anyFormat = true;
    });
  });
  for (let r = 0; r < cells.length; r++) {
    cells[r] ??= [];
    formats[r] ??= [];
  }
  const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean } | null })
    .sheetProtection;
  return {
    name: worksheet.name,
    visibility: visibility(worksheet.state),
    isProtected: protection?.sheet === true,
    cells,
    ...(anyFormat ? { numberFormats: formats } : {}),
    tables: readTables(worksheet),
  };
}

function visibility(state: string): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

interface LoadedTableModel {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
}

function readTables(worksheet: ExcelJS.Worksheet): TableSnapshot[] {
  const tables: TableSnapshot[] = [];
  for (const entry of worksheet.getTables()) {
    const table = (Array.isArray(entry) ? entry[0] : entry) as unknown as {
      table?: LoadedTableModel;
    };
    const model = table.table;
    const range = parseRangeA1(model?.tableRef ?? model?.ref ?? "");
    if (!model?.name || !range) continue;
    tables.push({ name: model.name, range, showHeaders: model.headerRow !== false });
  }
  return tables;
}

type Scalar = ExcelJS.CellValue;

export function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return EMPTY;
  return scalar(cell.value);
}

function scalar(value: Scalar): CellValue {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : EMPTY;
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) {
    const serial = dateToSerial(value);
    return serial === null ? EMPTY : { kind: "date", serial };
  }
  if ("error" in value) return { kind: "error", code: String(value.error) };
  if ("richText" in value)
    return { kind: "text", text: value.richText.map((run) => run.text).join("") };
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return { kind: "text", text };
    return scalar(text as Scalar);
  }
  if ("formula" in value || "sharedFormula" in value) return scalar(value.result ?? null);
  return EMPTY;
}
