/**
 * Number-format codes written into cells. They are en-US codes that Excel shows in the
 * user's own locale (`#,##0` shows `12 500` in Finnish Excel). Never `# ##0`: a space in
 * a format code is a literal character, not a group separator (docs/design.md § 4.2).
 */
export const NUMBER_FORMATS = {
  /** Whole euros: 12 500 €. */
  euros: '#,##0 "€"',
  /** Euros and cents: 12 500,50 €. */
  eurosCents: '#,##0.00 "€"',
  /** Whole euros without a unit, for columns whose header carries `(€)`. */
  integer: "#,##0",
  percent: "0 %",
  percentOneDecimal: "0.0 %",
  /** Text: the value is kept exactly as written (`1.1`, `00123`, `=`). */
  text: "@",
  date: "d.m.yyyy",
  /** A year without a group separator: 2026, not 2 026. */
  year: "0",
  general: "General",
} as const;

export type NumberFormatName = keyof typeof NUMBER_FORMATS;
