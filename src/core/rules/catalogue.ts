import type { Severity } from "./issue";

/**
 * The rule catalogue of docs/design.md § 6 as data: the pane, the command line and the tests
 * read this one list. Messages live in the i18n areas under the key `rules.<id>`.
 */
export const RULES = {
  "STRUCT-MISSING-COLUMN": "error",
  "STRUCT-YEAR-COLUMNS": "error",
  "STRUCT-TABLE-RANGE": "warning",
  "STRUCT-SECOND-TABLE": "warning",
  "SHEET-HIDDEN": "info",
  "FUND-UNIT-UNKNOWN": "error",
  "HDR-REGION": "error",
  "HDR-PERIOD": "error",
  "HDR-DUPLICATE-REGION": "error",
  "HDR-LATE": "warning",
  "CELL-EXCEL-ERROR": "error",
  "CELL-FORMULA-NO-VALUE": "error",
  "CELL-UNREADABLE": "error",
  "CELL-NUMBER-AS-TEXT": "warning",
  "CELL-WHITESPACE": "info",
  "ITEM-ID-MISSING": "error",
  "ITEM-ID-DUPLICATE": "error",
  "ITEM-ID-DATE": "warning",
  "ITEM-THEME-MISSING": "error",
  "ITEM-THEME-UNKNOWN": "error",
  "ITEM-THEME-INACTIVE": "warning",
  "ITEM-OBJECTIVE-MISSING": "error",
  "ITEM-LEVEL-INVALID": "error",
  "ITEM-MINISTRY-UNKNOWN": "error",
  "ITEM-MINISTRY-REQUIRED": "error",
  "ITEM-MEASURE-REQUIRED": "error",
  "ITEM-OTHER-MINISTRY-UNKNOWN": "error",
  "ITEM-OTHER-MINISTRY-DUPLICATE": "warning",
  "ITEM-VALUE-INVALID": "error",
  "ITEM-AGREED-NO-POSITION": "warning",
  "ITEM-INDICATOR-MISSING": "warning",
  "ITEM-TARGET-MISSING": "warning",
  "ITEM-TARGET-YEAR": "error",
  "ITEM-TOO-MANY-THEMES": "warning",
  "ITEM-TEXT-TOO-LONG": "warning",
  "ITEM-STATUTE-FORM": "info",
  "FUND-ITEM-UNKNOWN": "error",
  "FUND-SOURCE-INVALID": "error",
  "FUND-NOT-NUMBER": "error",
  "FUND-NEGATIVE": "error",
  "FUND-CENTS": "warning",
  "FUND-TOTAL-MISMATCH": "error",
  "FUND-DUPLICATE-LINE": "error",
  "FUND-AKKE-OVER-ALLOCATION": "error",
  "FUND-AKKE-UNDER-ALLOCATION": "warning",
  "FUND-AKKE-SHARE": "warning",
  "FUND-AKKE-YEAR": "warning",
  "FUND-AKKE-NATIONAL": "warning",
  "FUND-AKKE-NOT-ELIGIBLE": "error",
  "FUND-ITEM-UNFUNDED": "info",
  "ALLOC-REGION-UNKNOWN": "error",
  "ALLOC-REGION-DUPLICATE": "error",
  "ALLOC-NOT-NUMBER": "error",
  "ALLOC-NEGATIVE": "error",
  "ALLOC-CENTS": "warning",
  "ALLOC-OVER-ENVELOPE": "error",
  "ALLOC-UNDER-ENVELOPE": "warning",
  "ALLOC-SHARE-MISMATCH": "warning",
  "ALLOC-REGION-MISSING": "info",
  "FILE-UNREADABLE": "error",
  "FILE-NO-PROPOSAL": "error",
  "SETTINGS-DUPLICATE": "error",
  "SETTINGS-IN-PROPOSAL": "warning",
  // Returned ministry packages (docs/packages.md)
  "POSITION-ITEM-UNKNOWN": "warning",
  "POSITION-ITEM-CHANGED": "warning",
  "POSITION-VALUE-INVALID": "error",
  "POSITION-ROUND-MISMATCH": "error",
  "POSITION-DUPLICATE-MINISTRY": "error",
  "POSITION-NOT-PACKAGE": "error",
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function defaultSeverity(rule: RuleId): Severity {
  return RULES[rule];
}
