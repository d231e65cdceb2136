import { hasMoreThanTwoDecimals, toCents, type MoneyScale } from "../../locale/money";
import { readNumber } from "../../locale/readNumber";
import type { CellRef } from "../../model/address";
import type { CellValue } from "../../model/cell";
import { issueValue } from "./cells";
import type { Reading } from "./context";

/** A money column: its header as written and the scale its unit gives (null: unknown unit). */
export interface MoneyColumn {
  readonly header: string;
  readonly scale: number | null;
}

export type AmountRead =
  | { readonly kind: "blank" }
  /** An Excel error, an unknown unit or text that is not a number: not counted, never guessed. */
  | { readonly kind: "unusable" }
  | { readonly kind: "amount"; readonly cents: number };

function isMoneyScale(scale: number): scale is MoneyScale {
  return scale === 1 || scale === 1_000 || scale === 1_000_000;
}

function candidates(list: readonly number[] | undefined): string {
  return (list ?? []).join(" / ");
}

/**
 * An amount cell of a money column, in integer cents after the header's unit (rounded half
 * away from zero). Reports CELL-NUMBER-AS-TEXT, FUND-NOT-NUMBER (ambiguous text included:
 * it is not guessed into totals), FUND-NEGATIVE and FUND-CENTS.
 */
export function readAmount(
  r: Reading,
  at: CellRef,
  cell: CellValue,
  column: MoneyColumn,
): AmountRead {
  if (cell.kind === "error") return { kind: "unusable" };
  const read = readNumber(cell, r.locale);
  if (!read.ok && read.reason === "empty") return { kind: "blank" };
  if (column.scale === null || !isMoneyScale(column.scale)) return { kind: "unusable" };
  const scale = column.scale;
  const params = { column: column.header };
  if (!read.ok) {
    if (read.reason === "ambiguous")
      r.sink.add("FUND-NOT-NUMBER", at, issueValue(cell), {
        ...params,
        variant: "ambiguous",
        candidates: candidates(read.candidates),
      });
    else r.sink.add("FUND-NOT-NUMBER", at, issueValue(cell), params);
    return { kind: "unusable" };
  }
  let cents: number;
  try {
    cents = toCents(read.value, scale);
  } catch {
    r.sink.add("FUND-NOT-NUMBER", at, issueValue(cell), params);
    return { kind: "unusable" };
  }
  if (read.fromText)
    r.sink.add("CELL-NUMBER-AS-TEXT", at, issueValue(cell), params, {
      kind: "number",
      value: read.value,
    });
  const euros = read.value * scale;
  if (cents < 0) r.sink.add("FUND-NEGATIVE", at, euros, params);
  if (hasMoreThanTwoDecimals(read.value, scale))
    r.sink.add(
      "FUND-CENTS",
      at,
      euros,
      { ...params, roundedEuros: cents / 100 },
      { kind: "number", value: cents / (100 * scale) },
    );
  return { kind: "amount", cents };
}

export type YearCellRead =
  | { readonly kind: "blank" }
  | { readonly kind: "unusable" }
  /** Not a year at all (text, a date, a fraction), not yet reported. */
  | { readonly kind: "notYear" }
  | { readonly kind: "year"; readonly year: number };

/** A year cell (target year): a number, or text reported as CELL-NUMBER-AS-TEXT. */
export function readYearCell(
  r: Reading,
  at: CellRef,
  cell: CellValue,
  column: string,
): YearCellRead {
  if (cell.kind === "error") return { kind: "unusable" };
  const read = readNumber(cell, r.locale);
  if (!read.ok) {
    if (read.reason === "empty") return { kind: "blank" };
    if (read.reason === "ambiguous") {
      r.sink.add("CELL-NUMBER-AS-TEXT", at, issueValue(cell), {
        column,
        variant: "ambiguous",
        ambiguous: candidates(read.candidates),
      });
      return { kind: "unusable" };
    }
    return { kind: "notYear" };
  }
  if (!Number.isInteger(read.value) || read.reading?.percent || read.reading?.currency)
    return { kind: "notYear" };
  if (read.fromText)
    r.sink.add(
      "CELL-NUMBER-AS-TEXT",
      at,
      issueValue(cell),
      { column },
      {
        kind: "number",
        value: read.value,
      },
    );
  return { kind: "year", year: read.value };
}
