/**
 * The differences between the implementations that are there by design, each named once
 * with its reason. `compare.ts` leaves exactly these out; every other difference fails.
 */
export const EXPECTED_DIFFERENCES = {
  calculatedFormulas:
    "Excel calculates formulas (the fake does too) and writeXlsx stores the same result as " +
    "each formula's cached value, so the file reads back with Excel's value; " +
    "applyPlanToSnapshot has no calculation engine: there a formula cell is empty, a " +
    "HYPERLINK its label, and its value is not compared.",
  registryAsRows:
    "applyPlanToSnapshot keeps the registry as `registry` rows only; the veryHidden `_ra` " +
    "sheet that holds them exists in Excel and in the file, not in the in-browser snapshot.",
  registryPosition:
    "Excel keeps an existing `_ra` sheet where it stands and appends new sheets after it; " +
    "writeXlsx writes `_ra` last. It is veryHidden: its place in the tab order is invisible.",
  basisRebuiltFromValues:
    "writeXlsx never re-saves the user's file: the sheets already there are rebuilt from the " +
    "snapshot's values, number formats and tables. Their formulas become their values (a " +
    "link's label is then a text cell, formatted `@`, where Excel keeps the formula's " +
    "format), and " +
    "their validations, names, frozen panes, widths and conditional formats are not carried " +
    "over, so these are compared on the sheets the plan builds only.",
  formattingOutsideSnapshots:
    "A snapshot holds values, number formats and tables only: validations (lists, dates, " +
    "prompts), cell fills, names, frozen panes, widths and markers are compared between " +
    "Excel and the file; applyPlanToSnapshot records none of them, since nothing the pane " +
    "reads from the in-browser workbook depends on them and Download writes the plan itself.",
} as const;

export type ExpectedDifference = keyof typeof EXPECTED_DIFFERENCES;
