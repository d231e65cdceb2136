import type { CellValue } from "../model/cell";

/** A calendar date; `m` and `d` are 1-based. */
export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;
/** Serial 1 is 1.1.1900 and serial 60 Excel's fictional 29.2.1900 (the Lotus leap-year bug). */
const FICTIONAL_LEAP_DAY = 60;
const EPOCH_BEFORE_LEAP_DAY = Date.UTC(1899, 11, 31);
const EPOCH_AFTER_LEAP_DAY = Date.UTC(1899, 11, 30);
/** 31.12.9999, the last date Excel shows. */
const MAX_DATE_SERIAL = 2_958_465;

/** The date of an Excel serial (1900 date system); the time of day is ignored. Null out of range. */
export function serialToDate(serial: number): YMD | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_DATE_SERIAL) return null;
  if (day === FICTIONAL_LEAP_DAY) return { y: 1900, m: 2, d: 29 };
  const epoch = day < FICTIONAL_LEAP_DAY ? EPOCH_BEFORE_LEAP_DAY : EPOCH_AFTER_LEAP_DAY;
  const date = new Date(epoch + day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The Excel serial of a date; null for a date that does not exist or lies outside 1900–9999. */
export function dateToSerial(date: YMD): number | null {
  const { y, m, d } = date;
  if (y === 1900 && m === 2 && d === 29) return FICTIONAL_LEAP_DAY;
  if (!isValidDate(date) || y < 1900 || y > 9999) return null;
  const time = Date.UTC(y, m - 1, d);
  const beforeLeapDay = time < Date.UTC(1900, 2, 1);
  return Math.round(
    (time - (beforeLeapDay ? EPOCH_BEFORE_LEAP_DAY : EPOCH_AFTER_LEAP_DAY)) / DAY_MS,
  );
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real Gregorian date (Excel's fictional 29.2.1900 is not). */
export function isValidDate({ y, m, d }: YMD): boolean {
  if (![y, m, d].every(Number.isInteger) || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `15.3.2026`, `15.03.2026`, `15. 3. 2026` or `2026-03-15`; null for anything else or a date that does not exist. */
export function parseDateText(text: string): YMD | null {
  const s = text.replace(/\s+/g, " ").trim();
  let date: YMD | null = null;
  const dotted = DOTTED.exec(s);
  if (dotted) date = { y: Number(dotted[3]), m: Number(dotted[2]), d: Number(dotted[1]) };
  const iso = ISO.exec(s);
  if (iso) date = { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
  return date && isValidDate(date) ? date : null;
}

export type DateRead =
  | { readonly ok: true; readonly date: YMD; readonly serial: number }
  | { readonly ok: false; readonly reason: "missing" | "unreadable" };

/** The date in a date cell, a number cell holding a serial, or text such as `15.3.2026`. */
export function dateFromCell(cell: CellValue | undefined): DateRead {
  if (cell === undefined || cell.kind === "empty") return { ok: false, reason: "missing" };
  if (cell.kind === "date" || cell.kind === "number") {
    const serial = cell.kind === "date" ? cell.serial : cell.value;
    const date = serialToDate(serial);
    return date
      ? { ok: true, date, serial: Math.floor(serial) }
      : { ok: false, reason: "unreadable" };
  }
  if (cell.kind === "text") {
    if (cell.text.trim() === "") return { ok: false, reason: "missing" };
    const date = parseDateText(cell.text);
    const serial = date && dateToSerial(date);
    return date && serial !== null
      ? { ok: true, date, serial }
      : { ok: false, reason: "unreadable" };
  }
  return { ok: false, reason: "unreadable" };
}

/**
 * Excel turns an item id typed as `1.1` or `3.12` into a date (1 January, 3 December of
 * the year it was typed in). Given a date cell, the id it most likely was: `d.m`.
 * Null for any other cell and for a date with a time of day.
 */
export function looksLikeDateFromId(cell: CellValue | undefined): string | null {
  if (cell === undefined || cell.kind !== "date" || !Number.isInteger(cell.serial)) return null;
  const date = serialToDate(cell.serial);
  return date ? `${date.d}.${date.m}` : null;
}

/** The serial of the calendar day `now` falls on where the program runs (its local time zone). */
export function todaySerial(now: Date): number {
  return dateToSerial({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() }) ?? 0;
}
