/**
 * Exact decimal arithmetic on the digits a number is written with. Binary floats cannot
 * hold 1.005 or 0.125 × 10 exactly; the shortest decimal string of a float (what the user
 * typed) can, so rounding and scaling work on that string.
 */

/** `sign × digits × 10^exponent`; `digits` has no leading zeros except the single "0". */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

/** The shortest decimal that reads back as `value`; null for NaN and infinities. */
export function decimalOf(value: number): Decimal | null {
  if (!Number.isFinite(value)) return null;
  const written = Math.abs(value).toString();
  const [mantissa, exp = "0"] = written.split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  return normaliseDecimal({
    negative: value < 0,
    digits: whole + fraction,
    exponent: Number(exp) - fraction.length,
  });
}

export function normaliseDecimal(d: Decimal): Decimal {
  const digits = d.digits.replace(/^0+/, "");
  if (digits === "") return { negative: false, digits: "0", exponent: 0 };
  return { negative: d.negative, digits, exponent: d.exponent };
}

/** Multiplies by 10^shift without touching the digits. */
export function shiftDecimal(d: Decimal, shift: number): Decimal {
  return { ...d, exponent: d.exponent + shift };
}

/** Number of digits after the decimal point, trailing zeros ignored. */
export function fractionDigits(d: Decimal): number {
  const trimmed = d.digits.replace(/0+$/, "");
  const exponent = d.exponent + (d.digits.length - trimmed.length);
  return trimmed === "" ? 0 : Math.max(0, -exponent);
}

/** Rounds to an integer, half away from zero; the magnitude's digits, no sign. */
export function roundedIntegerDigits(d: Decimal): string {
  if (d.exponent >= 0) return (d.digits + "0".repeat(d.exponent)).replace(/^0+(?=\d)/, "");
  const cut = d.digits.length + d.exponent;
  const whole = cut > 0 ? d.digits.slice(0, cut) : "0";
  const firstDropped = cut >= 0 ? d.digits.charAt(cut) : "0";
  return firstDropped >= "5" ? incrementDigits(whole) : whole.replace(/^0+(?=\d)/, "");
}

function incrementDigits(digits: string): string {
  const chars = digits.split("");
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === "9") {
    chars[i] = "0";
    i -= 1;
  }
  if (i < 0) return "1" + chars.join("");
  chars[i] = String(Number(chars[i]) + 1);
  return chars.join("").replace(/^0+(?=\d)/, "");
}

/** The nearest float to the decimal (correctly rounded by the engine's parser). */
export function decimalToNumber(d: Decimal): number {
  const value = Number(`${d.negative ? "-" : ""}${d.digits}e${d.exponent}`);
  return value === 0 ? 0 : value;
}

/**
 * `value × 10^shift` rounded half away from zero to `decimals` places, as the integer and
 * fraction digits of its magnitude. Null for NaN and infinities.
 */
export function roundToPlaces(
  value: number,
  decimals: number,
  shift = 0,
): { readonly negative: boolean; readonly whole: string; readonly fraction: string } | null {
  const d = decimalOf(value);
  if (!d) return null;
  const scaled = roundedIntegerDigits(shiftDecimal(d, decimals + shift)).padStart(
    decimals + 1,
    "0",
  );
  const whole = scaled.slice(0, scaled.length - decimals);
  const fraction = scaled.slice(scaled.length - decimals);
  const isZero = /^0*$/.test(whole + fraction);
  return { negative: d.negative && !isZero, whole, fraction };
}
