import type { FundingLine } from "../model/round";
import type { Money } from "./types";

export const AKKE = "akke";

export const ZERO: Money = { akkeCents: 0, otherCents: 0, totalCents: 0 };

/** A funding line's amount: the sum of its years, so that views by year reconcile exactly. */
export function lineCents(line: FundingLine): number {
  let sum = 0;
  for (const y of line.years) sum += y.cents;
  return sum;
}

export function lineMoney(line: FundingLine): Money {
  const cents = lineCents(line);
  return line.fundingSource === AKKE
    ? { akkeCents: cents, otherCents: 0, totalCents: cents }
    : { akkeCents: 0, otherCents: cents, totalCents: cents };
}

export function addMoney(a: Money, b: Money): Money {
  return {
    akkeCents: a.akkeCents + b.akkeCents,
    otherCents: a.otherCents + b.otherCents,
    totalCents: a.totalCents + b.totalCents,
  };
}

export function sumMoney(parts: Iterable<Money>): Money {
  let acc = ZERO;
  for (const m of parts) acc = addMoney(acc, m);
  return acc;
}

/** Cents to euros for JSON and number cells; exact for every amount below 2^53 cents. */
export function euros(cents: number): number {
  return cents / 100;
}
