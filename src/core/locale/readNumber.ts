import type { CellValue } from "../model/cell";
import type { Lang } from "../model/lang";
import { parseNumberText, type NumberReading } from "./numberText";

export type NotANumberReason = "empty" | "notNumber" | "ambiguous" | "boolean" | "error" | "date";

export type NumberRead =
  | {
      readonly ok: true;
      readonly value: number;
      /** The cell held text that was read as a number (reported as fixable). */
      readonly fromText: boolean;
      /** What the text carried (unit, %, scale); absent for a number cell. */
      readonly reading?: NumberReading;
    }
  | {
      readonly ok: false;
      readonly reason: NotANumberReason;
      /** For `ambiguous`: the possible values, decimal reading first. */
      readonly candidates?: readonly number[];
    };

/** A cell's number: a number cell as is, text read in the sheet's `locale`. */
export function readNumber(cell: CellValue | undefined, locale: Lang): NumberRead {
  if (cell === undefined) return { ok: false, reason: "empty" };
  switch (cell.kind) {
    case "empty":
      return { ok: false, reason: "empty" };
    case "number":
      return Number.isFinite(cell.value)
        ? { ok: true, value: cell.value, fromText: false }
        : { ok: false, reason: "notNumber" };
    case "boolean":
      return { ok: false, reason: "boolean" };
    case "error":
      return { ok: false, reason: "error" };
    case "date":
      return { ok: false, reason: "date" };
    case "text": {
      if (cell.text.trim() === "") return { ok: false, reason: "empty" };
      const parsed = parseNumberText(cell.text, locale);
      if (parsed.kind === "invalid") return { ok: false, reason: "notNumber" };
      const reading = { currency: parsed.currency, percent: parsed.percent, scale: parsed.scale };
      if (parsed.kind === "ambiguous")
        return { ok: false, reason: "ambiguous", candidates: parsed.candidates };
      return { ok: true, value: parsed.value, fromText: true, reading };
    }
  }
}
