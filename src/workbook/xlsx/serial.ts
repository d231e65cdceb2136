/**
 * Excel date serials in the 1900 system (days since 1899-12-30) and the UTC `Date`s ExcelJS
 * uses for them. ExcelJS maps serials to dates without Excel's fictitious 1900-02-29, so
 * this inverse round-trips every serial ExcelJS produced, early ones included.
 */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export function dateToSerial(date: Date): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}
