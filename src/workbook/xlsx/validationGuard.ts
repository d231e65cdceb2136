/**
 * ExcelJS expands every data validation's range cell by cell when it loads a sheet, so a
 * whole-column validation (`sqref="C:C"`, a million cells) exhausts memory. Validations over
 * more than a limit of cells are removed from the sheet XML before ExcelJS sees it: the
 * snapshot never carries validations, and the user's file itself is never re-saved.
 */
import { MAX_COLS, MAX_ROWS, columnIndex, parseRangeA1 } from "../../core/model/address";

export interface StrippedValidation {
  readonly sqref: string;
  readonly cells: number;
}

const VALIDATION = /<dataValidation\b([^>]*?)(?:\/>|>[\s\S]*?<\/dataValidation>)/g;
const SQREF = /\bsqref\s*=\s*["']([^"']*)["']/;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** Cells covered by an `sqref` (space-separated areas); unreadable areas count as a whole sheet. */
export function sqrefCellCount(sqref: string): number {
  let cells = 0;
  for (const area of sqref.trim().split(/\s+/)) {
    if (area === "") continue;
    const columns = WHOLE_COLUMNS.exec(area);
    const rows = WHOLE_ROWS.exec(area);
    const range = parseRangeA1(area);
    if (columns)
      cells += (Math.abs(columnIndex(columns[2]) - columnIndex(columns[1])) + 1) * MAX_ROWS;
    else if (rows) cells += (Math.abs(Number(rows[2]) - Number(rows[1])) + 1) * MAX_COLS;
    else if (range) cells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    else cells += MAX_ROWS * MAX_COLS;
  }
  return cells;
}

export function stripHugeValidations(
  sheetXml: string,
  maxCells: number,
): { readonly xml: string; readonly stripped: readonly StrippedValidation[] } {
  const stripped: StrippedValidation[] = [];
  const xml = sheetXml.replace(VALIDATION, (element: string, attributes: string) => {
    const sqref = SQREF.exec(attributes)?.[1] ?? "";
    const cells = sqrefCellCount(sqref);
    if (cells <= maxCells) return element;
    stripped.push({ sqref, cells });
    return "";
  });
  return { xml: stripped.length > 0 ? xml : sheetXml, stripped };
}
