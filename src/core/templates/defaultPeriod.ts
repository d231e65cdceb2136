import type { Period } from "../model/round";

/** Periods usually run three years, starting with the coming one. */
const DEFAULT_PERIOD_YEARS = 3;

/** The period a new template gets when none is given: the pane's form and the command line alike. */
export function defaultPeriod(today: Date): Period {
  const start = today.getFullYear() + 1;
  return { start, end: start + DEFAULT_PERIOD_YEARS - 1 };
}
