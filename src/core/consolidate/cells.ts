import { EMPTY_CELL, fitCellText, type PlanCell } from "../model/cell";
import { NUMBER_FORMATS } from "../locale/numberFormats";
import { centsToEuros } from "../locale/money";

export { EMPTY_CELL };

/** Text from a region's cell or a label: always a text cell, so `=…`, `1.1`, `00123` stay as written. */
export function textCell(value: string): PlanCell {
  return value === "" ? EMPTY_CELL : { kind: "text", text: fitCellText(value) };
}

export function countCell(value: number): PlanCell {
  return { kind: "number", value, format: NUMBER_FORMATS.integer };
}

export function yearCell(value: number | null): PlanCell {
  return value === null ? EMPTY_CELL : { kind: "number", value, format: NUMBER_FORMATS.year };
}

export function dateCell(serial: number | null): PlanCell {
  return serial === null ? EMPTY_CELL : { kind: "date", serial, format: NUMBER_FORMATS.date };
}

/** The money format a column needs: cents shown only where some amount has them. */
export function moneyFormat(cents: Iterable<number | null>): string {
  for (const c of cents) if (c !== null && c % 100 !== 0) return NUMBER_FORMATS.eurosCents;
  return NUMBER_FORMATS.euros;
}

export function moneyCell(cents: number | null, format: string = NUMBER_FORMATS.euros): PlanCell {
  return cents === null ? EMPTY_CELL : { kind: "number", value: centsToEuros(cents), format };
}

export function ratioCell(value: number | null): PlanCell {
  return value === null
    ? EMPTY_CELL
    : { kind: "number", value: Math.round(value * 100) / 100, format: "0.00" };
}

/** A string literal inside a formula: `"` doubled. */
export function formulaString(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
