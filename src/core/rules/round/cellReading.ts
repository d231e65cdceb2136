import { hasMoreThanTwoDecimals, toCents, type MoneyScale } from "../../locale/money";
import { readNumber, type NotANumberReason } from "../../locale/readNumber";
import type { CellValue, PlanCell } from "../../model/cell";
import type { Lang } from "../../model/lang";
import type { Issue } from "../issue";

/** An amount of a settings cell, in cents after the header's unit. */
export type SettingsAmountRead =
  | {
      readonly ok: true;
      readonly cents: number;
      /** More than two decimals (after scaling) before rounding to cents. */
      readonly fractionOfCent: boolean;
      /** The value to write instead of the text, in the column's unit; null for a number cell. */
      readonly fromText: number | null;
    }
  | { readonly ok: false; readonly reason: NotANumberReason };

const SCALES: readonly number[] = [1, 1_000, 1_000_000];

export function asMoneyScale(scale: number | null): MoneyScale {
  return scale !== null && SCALES.includes(scale) ? (scale as MoneyScale) : 1;
}

export function readSettingsAmount(
  cell: CellValue | undefined,
  locale: Lang,
  scale: number | null,
): SettingsAmountRead {
  const read = readNumber(cell, locale);
  if (!read.ok) return read;
  // A text such as "1,5 milj." already carries its own scale; the header's applies to bare numbers.
  const unit = read.reading && read.reading.scale !== 1 ? 1 : asMoneyScale(scale);
  try {
    return {
      ok: true,
      cents: toCents(read.value, unit),
      fractionOfCent: hasMoreThanTwoDecimals(read.value, unit),
      fromText: read.fromText ? read.value / (unit === 1 ? asMoneyScale(scale) : 1) : null,
    };
  } catch {
    return { ok: false, reason: "notNumber" };
  }
}

/** A share: `80 %`, `0,8`, or `80` in a percent column (a whole number over 1 is taken as percent). */
export type ShareRead =
  | { readonly ok: true; readonly share: number; readonly fromText: number | null }
  | { readonly ok: false; readonly reason: NotANumberReason };

export function readShare(cell: CellValue | undefined, locale: Lang): ShareRead {
  const read = readNumber(cell, locale);
  if (!read.ok) return read;
  const percentWritten = read.reading?.percent === true;
  const share = !percentWritten && read.value > 1 ? read.value / 100 : read.value;
  return { ok: true, share, fromText: read.fromText ? share : null };
}

/** A whole number such as the maximum number of themes. */
export function readInteger(
  cell: CellValue | undefined,
  locale: Lang,
): { ok: true; value: number } | { ok: false; reason: NotANumberReason } {
  const read = readNumber(cell, locale);
  if (!read.ok) return read;
  return Number.isInteger(read.value) && read.value >= 0
    ? { ok: true, value: read.value }
    : { ok: false, reason: "notNumber" };
}

/** A cell's plain value, as an issue repeats it: the found value or the fix to write. */
export function foundValue(cell: CellValue | PlanCell | undefined): Issue["value"] {
  if (cell === undefined) return null;
  switch (cell.kind) {
    case "empty":
      return null;
    case "text":
      return cell.text;
    case "number":
    case "boolean":
      return cell.value;
    case "date":
      return cell.serial;
    case "error":
      return cell.code;
    case "formula":
      return cell.formula;
  }
}
