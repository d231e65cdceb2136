import { roundCentsToUnit } from "../locale/money";

/** A column's display unit in cents: whole euros, or tenths of a million. */
export const EURO_UNIT = 100;
export const TENTH_MILLION_UNIT = 10_000_000;

/**
 * Whether the parts, each rounded to `unit` as the table shows them, add up to something
 * other than the total rounded the same way: then the table needs a footnote.
 */
export function roundedPartsDiffer(parts: readonly number[], total: number, unit: number): boolean {
  const shownParts = parts.reduce((sum, cents) => sum + roundCentsToUnit(cents, unit), 0);
  return shownParts !== roundCentsToUnit(total, unit);
}
