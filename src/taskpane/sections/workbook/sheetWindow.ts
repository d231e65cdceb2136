import { columnLetters } from "../../../core/model/address";
import type { CellValue } from "../../../core/model/cell";
import type { Lang } from "../../../core/model/lang";
import type { SheetSnapshot } from "../../../core/model/snapshot";

const VIEW_ROWS = 100;
const VIEW_COLS = 30;

/** A cell as the read-only view shows it: dates as `15.3.2026` (fi, sv) or ISO (en). */
function viewText(cell: CellValue | undefined, lang: Lang): string {
  if (!cell) return "";
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.text;
    case "number":
      return cell.value.toLocaleString(
        lang === "en" ? "en-GB" : lang === "sv" ? "sv-FI" : "fi-FI",
        { maximumFractionDigits: 2 },
      );
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date": {
      const date = new Date(Date.UTC(1899, 11, 30) + Math.round(cell.serial * 86_400_000));
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      return lang === "en"
        ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
        : `${d}.${m}.${y}`;
    }
    case "error":
      return cell.code;
  }
}

/** The first rows and columns of a sheet, as strings, with column letters. */
export function sheetWindow(
  sheet: SheetSnapshot,
  lang: Lang,
): { columns: string[]; rows: string[][] } {
  const rows = sheet.cells.slice(0, VIEW_ROWS);
  const width = Math.min(VIEW_COLS, Math.max(1, ...rows.map((row) => row.length)));
  return {
    columns: Array.from({ length: width }, (_, c) => columnLetters(c)),
    rows: rows.map((row) => Array.from({ length: width }, (_, c) => viewText(row[c], lang))),
  };
}
