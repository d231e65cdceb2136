/**
 * The self-check's checks by id and name, as plain data: the view lists them before any runs
 * (and without loading the checks themselves). The § numbers are those of
 * docs/excel-decisions.md.
 */
/** Every check, in the order run, with its name in the report. */
export const SELF_CHECKS = [
  { id: "list-separator", name: "Marker areas: getRanges with several areas (§ 1)" },
  { id: "cell-edit-delay", name: "Batches wait while a cell is edited: delayForCellEdit (§ 2)" },
  { id: "cf-ids", name: "Conditional-format ids read again before deleting (§ 3)" },
  { id: "null-objects", name: "Sheet list and null objects checked after a sync (§ 4)" },
  { id: "used-range-limit", name: "A value at XFD1048576: the sheet is refused (§ 5)" },
  { id: "cf-guarded-read", name: "Markers read in a guarded step of their own (§ 6)" },
  { id: "sheet-final-name", name: "New sheet created under its final name (§ 7)" },
  { id: "calculation", name: "Calculation mode left alone, formulas computed (§ 8)" },
  { id: "events", name: "Change events reach the add-in (§ 9)" },
  { id: "write-formula", name: "Typed write: =1+1 as a formula and as text (§ 10)" },
  { id: "write-decimal", name: "Typed write: 1.1 as a number and as text (§ 10)" },
  { id: "write-boolean", name: "Typed write: TRUE as a boolean and as text (§ 10)" },
  { id: "write-leading-zeros", name: "Typed write: 001 with and without @ (§ 10)" },
  { id: "write-apostrophe", name: "Typed write: a text starting with an apostrophe (§ 10)" },
  { id: "chunk-reads", name: "Reads in chunks with getRangeByIndexes (§ 11)" },
  {
    id: "names-before-validations",
    name: "Workbook names before the dropdowns naming them (§ 12)",
  },
  { id: "very-hidden-sheet", name: "A veryHidden registry sheet (§ 13)" },
  { id: "hyperlink", name: "HYPERLINK to a sheet shows its label (§ 14)" },
  { id: "payload-too-large", name: "A request over 5 MB: refused and recognised, or taken (§ 15)" },
] as const;

export type SelfCheckId = (typeof SELF_CHECKS)[number]["id"];
