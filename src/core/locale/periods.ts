import type { CellValue } from "../model/cell";

import type { Period } from "../model/round";

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
/** Longest period accepted, in years (both ends counted). */
const MAX_PERIOD_YEARS = 10;

export type YearRead =
  | { readonly ok: true; readonly year: number }
  | { readonly ok: false; readonly reason: "missing" | "unreadable" };

export type PeriodProblem = "missing" | "unreadable" | "endBeforeStart" | "tooLong";

export type PeriodRead =
  | { readonly ok: true; readonly period: Period }
  | { readonly ok: false; readonly reason: PeriodProblem };

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

/** A year in a number cell (2026) or text (`2026`); years run from 1990 to 2100. */
export function parseYear(cell: CellValue | undefined): YearRead {
  if (cell === undefined || cell.kind === "empty") return { ok: false, reason: "missing" };
  if (cell.kind === "number")
    return isYear(cell.value)
      ? { ok: true, year: cell.value }
      : { ok: false, reason: "unreadable" };
  if (cell.kind === "text") {
    const s = cell.text.trim();
    if (s === "") return { ok: false, reason: "missing" };
    const year = /^\d{4}$/.test(s) ? Number(s) : NaN;
    return isYear(year) ? { ok: true, year } : { ok: false, reason: "unreadable" };
  }
  return { ok: false, reason: "unreadable" };
}

/** Any dash between the years, with or without spaces: hyphen, en dash, em dash, minus. */
const RANGE = /^(\d{4})\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*(\d{4}|\d{2})$/;

/**
 * `2026–2028`, `2026-2028`, `2026 - 2028`, `2026—2028`, the short `2026–28`, or a single
 * year `2026` (a one-year period).
 */
export function parsePeriod(text: string): PeriodRead {
  const s = text.replace(/\s+/g, " ").trim();
  if (s === "") return { ok: false, reason: "missing" };
  if (/^\d{4}$/.test(s)) return checkPeriod(Number(s), Number(s));
  const match = RANGE.exec(s);
  if (!match) return { ok: false, reason: "unreadable" };
  const start = Number(match[1]);
  const end =
    match[2].length === 2 ? Math.floor(start / 100) * 100 + Number(match[2]) : Number(match[2]);
  return checkPeriod(start, end);
}

function checkPeriod(start: number, end: number): PeriodRead {
  if (!isYear(start) || !isYear(end)) return { ok: false, reason: "unreadable" };
  if (end < start) return { ok: false, reason: "endBeforeStart" };
  if (end - start + 1 > MAX_PERIOD_YEARS) return { ok: false, reason: "tooLong" };
  return { ok: true, period: { start, end } };
}

/**
 * A period from one cell (`2026–2028` as text, or a single year) or split over a start
 * and an end cell (two numbers 2026 and 2028, or their text). Pass `endCell` whenever the
 * sheet has an end column, even if that cell is empty (`EMPTY`): the end is then `missing`.
 * Without `endCell` the start cell holds the whole period.
 */
export function periodFromCells(startCell: CellValue | undefined, endCell?: CellValue): PeriodRead {
  if (endCell === undefined) {
    if (startCell?.kind === "text") return parsePeriod(startCell.text);
    const year = parseYear(startCell);
    return year.ok ? checkPeriod(year.year, year.year) : year;
  }
  const start = parseYear(startCell);
  const end = parseYear(endCell);
  if (!start.ok) return start;
  if (!end.ok) return end;
  return checkPeriod(start.year, end.year);
}

/** Every year of the period: 2026–2028 → [2026, 2027, 2028]. */
export function years(period: Period): number[] {
  const list: number[] = [];
  for (let y = period.start; y <= period.end; y += 1) list.push(y);
  return list;
}
