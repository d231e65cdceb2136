import {
  MAX_COLS,
  MAX_ROWS,
  parseRangeA1,
  quoteSheetName,
  rangeToA1,
  type RangeRef,
} from "../../src/core/model/address";
import { invalidArgument } from "./errors";

/** `Sheet1!A1:B2`, quoting the sheet name the way Excel does when it needs quotes. */
export function sheetAddress(sheetName: string, ref: RangeRef): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  const local =
    ref.top === 0 && ref.bottom === MAX_ROWS - 1
      ? `${rangeToA1(ref).replace(/\d+/g, "")}`
      : rangeToA1(ref);
  return `${plain ? sheetName : quoteSheetName(sheetName)}!${local}`;
}

/** A sheet-relative A1 address (`B2`, `A1:C3`, `A:C`), or one prefixed with a sheet name. */
export function parseAddress(address: string): { sheet?: string; ref: RangeRef } {
  const bang = address.lastIndexOf("!");
  let sheet: string | undefined;
  let local = address;
  if (bang >= 0) {
    sheet = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    local = address.slice(bang + 1);
  }
  local = local.replace(/\$/g, "").trim();
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (columns) {
    const range = parseRangeA1(`${columns[1]}1:${columns[2]}1`);
    if (range) return { sheet, ref: { ...range, top: 0, bottom: MAX_ROWS - 1 } };
  }
  const range = parseRangeA1(local);
  if (!range || range.right >= MAX_COLS) throw invalidArgument(`address '${address}'`);
  return { sheet, ref: range };
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    outer.left <= inner.left &&
    outer.right >= inner.right &&
    outer.top <= inner.top &&
    outer.bottom >= inner.bottom
  );
}
