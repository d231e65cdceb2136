import { addCents, sumCents } from "../locale/money";
import type { FundingLine } from "../model/round";
import { AKKE_ALLOCATION_SOURCE } from "../vocabulary/fundingSources";
import type { ConsolidatedItem, Money } from "./types";

export const ZERO: Money = { akkeCents: 0, otherCents: 0, totalCents: 0 };

/** A funding line's amount: the sum of its years, so that views by year reconcile exactly. */
export function lineCents(line: FundingLine): number {
  return sumCents(line.years.map((y) => y.cents));
}

/** An amount of one funding source as money: AKKE, or other for every other source. */
export function sourceMoney(source: string | null, cents: number): Money {
  return source === AKKE_ALLOCATION_SOURCE
    ? { akkeCents: cents, otherCents: 0, totalCents: cents }
    : { akkeCents: 0, otherCents: cents, totalCents: cents };
}

export function lineMoney(line: FundingLine): Money {
  return sourceMoney(line.fundingSource, lineCents(line));
}

export function addMoney(a: Money, b: Money): Money {
  return {
    akkeCents: addCents(a.akkeCents, b.akkeCents),
    otherCents: addCents(a.otherCents, b.otherCents),
    totalCents: addCents(a.totalCents, b.totalCents),
  };
}

export function sumMoney(parts: Iterable<Money>): Money {
  let acc = ZERO;
  for (const m of parts) acc = addMoney(acc, m);
  return acc;
}

/** The item's AKKE: its lines of the source that counts against the region's allocation. */
export function akkeCentsOf(item: ConsolidatedItem): number {
  return item.funding[AKKE_ALLOCATION_SOURCE] ?? 0;
}
