/**
 * Excel date serials in the 1900 system (days since 1899-12-30) and the UTC `Date`s ExcelJS
 * uses for them. ExcelJS maps serials to dates without Excel's fictitious 1900-02-29, so
 * this inverse round-trips every serial ExcelJS produced, early ones included.
 */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export function jsDateToSerial(date: Date): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
}

export function serialToJsDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/**
 * A date cell's number as a serial of the 1900 system, rounded to the millisecond as
 * ExcelJS's `Date` did, so that files read before and after give the same serials.
 */
export function dateCellSerial(value: number, date1904: boolean): number {
  const ms = Math.round(
    (value + (date1904 ? DATE_1904_OFFSET : 0) - UNIX_EPOCH_SERIAL) * MS_PER_DAY,
  );
  return UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
}

/** Days between the 1900 and the 1904 date systems' day zero. */
const DATE_1904_OFFSET = 1462;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The serial of a `t="d"` cell's ISO 8601 value (its wall-clock time; a zone is ignored), or
 * null when it is not a date.
 */
export function isoDateSerial(text: string): number | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = ""] = match;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 24 || Number(mi) > 59)
    return null;
  const ms = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s));
  if (!Number.isFinite(ms) || new Date(ms).getUTCDate() !== day) return null;
  const fractionMs = fraction === "" ? 0 : Number(fraction) * 1000;
  return UNIX_EPOCH_SERIAL + (ms + fractionMs) / MS_PER_DAY;
}
