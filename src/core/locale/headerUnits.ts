import type { CellValue } from "../model/cell";
import { matchKey } from "../text/normalise";

/**
 * A column header split into its label and its bracketed unit (docs/design.md § 5).
 * `scale` multiplies the column's values into euros: 1, 1 000 or 1 000 000; null when the
 * bracket holds a unit this product does not know (FUND-UNIT-UNKNOWN on a money column).
 * Without brackets the unit is null and the scale 1.
 */
export interface HeaderUnit {
  readonly label: string;
  readonly unit: string | null;
  readonly scale: number | null;
}

/** Unit keys with every space removed, after `matchKey`. */
const UNIT_SCALES: ReadonlyMap<string, number> = new Map<string, number>([
  ["€", 1],
  ["eur", 1],
  ["euro", 1],
  ["euroa", 1],
  ["euros", 1],
  ["1000€", 1000],
  ["t€", 1000],
  ["k€", 1000],
  ["teur", 1000],
  ["1000eur", 1000],
  ["1000euro", 1000],
  ["1000euroa", 1000],
  ["tuhattaeuroa", 1000],
  ["tuseneuro", 1000],
  ["thousandeuros", 1000],
  ["milj.€", 1_000_000],
  ["milj€", 1_000_000],
  ["m€", 1_000_000],
  ["meur", 1_000_000],
  ["mn€", 1_000_000],
  ["mneuro", 1_000_000],
  ["mneur", 1_000_000],
  ["milj.euroa", 1_000_000],
  ["miljoonaaeuroa", 1_000_000],
  ["miljonereuro", 1_000_000],
  ["millioneuros", 1_000_000],
]);

/** The scale of a unit such as `1 000 €` or `M€`; null when the unit is not a money unit of § 5. */
export function unitScale(unit: string): number | null {
  return UNIT_SCALES.get(matchKey(unit).replace(/ /g, "")) ?? null;
}

const BRACKETED = /^(.*?)\s*[([]([^()[\]]*)[)\]]\s*$/su;

export function splitHeaderUnit(header: string): HeaderUnit {
  const match = header.includes("(") || header.includes("[") ? BRACKETED.exec(header) : null;
  if (!match) return { label: header.trim(), unit: null, scale: 1 };
  const unit = match[2].replace(/[\s\u00a0\u2007\u2009\u202f]+/g, " ").trim();
  return { label: match[1].trim(), unit, scale: unitScale(unit) };
}

export interface YearHeader {
  readonly year: number;
  readonly unit: string | null;
  readonly scale: number | null;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2199;

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

/**
 * A funding year column header: `2026`, `2026 (€)`, `2026 (1 000 €)`, or the number 2026 in a
 * plain range. Null for anything else.
 */
export function parseYearHeader(header: CellValue | string): YearHeader | null {
  if (typeof header !== "string") {
    if (header.kind === "number")
      return isYear(header.value) ? { year: header.value, unit: null, scale: 1 } : null;
    if (header.kind !== "text") return null;
    return parseYearHeader(header.text);
  }
  const { label, unit, scale } = splitHeaderUnit(header);
  const digits = matchKey(label);
  if (!/^\d{4}$/.test(digits)) return null;
  const year = Number(digits);
  return isYear(year) ? { year, unit, scale } : null;
}
