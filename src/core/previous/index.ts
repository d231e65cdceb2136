export { readPreviousSummary, previousSummaryRefusal } from "./read";
export { compareRounds } from "./compare";
export { previousJson, type PreviousJson } from "./json";
export type * from "./types";
