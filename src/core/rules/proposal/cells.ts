import type { CellValue } from "../../model/cell";
import { serialToDate } from "../../locale/dates";
import type { IssueValue } from "./context";

/** Texts longer than this are reported (ITEM-TEXT-TOO-LONG). */
export const MAX_TEXT_LENGTH = 1000;
/** How much of a long text an issue repeats as its value. */
const VALUE_PREVIEW = 100;

export function formatSerial(serial: number): string {
  const date = serialToDate(serial);
  return date ? `${date.d}.${date.m}.${date.y}` : String(serial);
}

/** A cell as text for the model: text trimmed, numbers as written by JavaScript, dates as d.m.yyyy. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === undefined) return "";
  switch (cell.kind) {
    case "empty":
    case "error":
      return "";
    case "text":
      return cell.text.trim();
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
      return formatSerial(cell.serial);
  }
}

/** The raw text a vocabulary lookup sees; null for empty and error cells. */
export function rawText(cell: CellValue | undefined): string | null {
  if (cell === undefined || cell.kind === "empty" || cell.kind === "error") return null;
  if (cell.kind === "text") return cell.text.trim() === "" ? null : cell.text;
  return cellText(cell);
}

/** The value an issue repeats: as found, long texts cut short. */
export function issueValue(cell: CellValue | undefined): IssueValue {
  if (cell === undefined) return null;
  switch (cell.kind) {
    case "empty":
      return null;
    case "text": {
      const chars = Array.from(cell.text);
      return chars.length > VALUE_PREVIEW
        ? `${chars.slice(0, VALUE_PREVIEW).join("")}…`
        : cell.text;
    }
    case "number":
    case "boolean":
      return cell.value;
    case "date":
      return formatSerial(cell.serial);
    case "error":
      return cell.code;
  }
}

const DOUBLED_SPACES = /[ \t\u00a0\u2007\u2009\u202f]{2,}/g;
/** What `trimmedText` would change: a line break or doubled spaces (surrounding space is checked apart). */
const MAY_CHANGE = /[\r\n]|[ \t\u00a0\u2007\u2009\u202f]{2,}/;

/**
 * Text with leading, trailing and doubled spaces removed, line by line (line breaks separate
 * the entries of a multi-valued cell and stay); null when there is nothing to remove.
 */
export function trimmedText(text: string): string | null {
  // Most cells hold one clean line: nothing to split, replace or join.
  if (text !== "" && !MAY_CHANGE.test(text) && text.trim().length === text.length) return null;
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(DOUBLED_SPACES, " ").trim())
    .filter((line) => line !== "");
  const trimmed = lines.join("\n");
  return trimmed === text ? null : trimmed;
}

export function textLength(text: string): number {
  return Array.from(text).length;
}
