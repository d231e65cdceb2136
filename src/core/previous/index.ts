export { readPreviousSummary, previousSummaryRefusal } from "./read";
export { compareRounds, currentItems, NEAR_OBJECTIVE, MAX_NEAR_PAIRS } from "./compare";
export { previousJson, type PreviousJson } from "./json";
export type * from "./types";
