import { decimalOf, fractionDigits, roundedIntegerDigits, shiftDecimal } from "./decimal";

/** Money is integer cents throughout the core. */
export type Cents = number;

/** A header unit or scale word: the amount is in euros × scale. */
export type MoneyScale = 1 | 1_000 | 1_000_000;

const SCALE_DIGITS: Readonly<Record<MoneyScale, number>> = { 1: 0, 1000: 3, 1000000: 6 };

/**
 * Euros (times `scale`) to cents, rounded half away from zero on the number's decimal
 * digits: 0.125 → 13, 1.005 → 101, −2.675 → −268. Throws RangeError for NaN, infinities
 * and amounts beyond exact integer range.
 */
export function toCents(euros: number, scale: MoneyScale = 1): Cents {
  // Whole amounts, by far the most common, need no decimal digits to scale exactly.
  if (Number.isSafeInteger(euros)) {
    const cents = euros * 10 ** (2 + SCALE_DIGITS[scale]);
    if (Number.isSafeInteger(cents)) return cents === 0 ? 0 : cents;
  }
  const d = decimalOf(euros);
  if (!d) throw new RangeError(`Not a finite amount: ${euros}`);
  const magnitude = Number(roundedIntegerDigits(shiftDecimal(d, 2 + SCALE_DIGITS[scale])));
  if (!Number.isSafeInteger(magnitude)) throw new RangeError(`Amount out of range: ${euros}`);
  return d.negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** True when the amount (times `scale`) has fractions of a cent, i.e. `toCents` rounds it. */
export function hasMoreThanTwoDecimals(euros: number, scale: MoneyScale = 1): boolean {
  if (Number.isInteger(euros)) return false;
  const d = decimalOf(euros);
  if (!d) return false;
  return fractionDigits(shiftDecimal(d, SCALE_DIGITS[scale])) > 2;
}

/** Cents as the euro value written into a cell (the nearest float to the exact amount). */
export function centsToEuros(cents: Cents): number {
  const euros = cents / 100;
  return euros === 0 ? 0 : euros;
}

/** Two amounts of cents added; throws RangeError if the total leaves exact integer range. */
export function addCents(a: Cents, b: Cents): Cents {
  const total = a + b;
  if (!Number.isSafeInteger(total)) throw new RangeError("Sum of cents out of range");
  return total;
}

/** Sum of cents; throws RangeError if the total leaves exact integer range. */
export function sumCents(amounts: Iterable<Cents>): Cents {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    if (!Number.isSafeInteger(total)) throw new RangeError("Sum of cents out of range");
  }
  return total;
}

/**
 * Cents rounded half away from zero to a multiple of `unit` cents, returned as the
 * number of units: `roundCentsToUnit(1_604_999_999, 10_000_000)` → 160 (16,0 milj.).
 */
export function roundCentsToUnit(cents: Cents, unit: number): number {
  const magnitude = Math.abs(cents);
  const remainder = magnitude % unit;
  const units = (magnitude - remainder) / unit + (remainder * 2 >= unit ? 1 : 0);
  return cents < 0 && units !== 0 ? -units : units;
}
