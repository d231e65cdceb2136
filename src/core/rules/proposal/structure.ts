import { years } from "../../locale/periods";
import type { Period } from "../../model/round";
import type { RecognisedProposal } from "../../recognise/recognise";
import { labelsFor } from "../../recognise/labels";
import { tableExtentFindings } from "../tableExtent";
import type { Reading } from "./context";
import { formatPeriod } from "./header";

/** STRUCT-MISSING-COLUMN: one per required column absent, at the header row's first cell. */
function missingColumns(r: Reading, recognised: RecognisedProposal): void {
  for (const table of [recognised.items, recognised.funding]) {
    if (!table) continue;
    for (const key of table.missingRequired)
      r.sink.add("STRUCT-MISSING-COLUMN", { row: table.headerRow, col: table.left }, null, {
        column: labelsFor(key, r.sheetLang),
        table: table.kind,
      });
  }
}

/** FUND-UNIT-UNKNOWN: a money column whose bracketed unit is none of § 5. */
function unknownUnits(r: Reading, recognised: RecognisedProposal): void {
  const money = [
    { row: recognised.items.headerRow, column: recognised.items.columns.investmentNeed },
    ...(recognised.funding
      ? [
          ...recognised.funding.years.map((column) => ({
            row: recognised.funding?.headerRow ?? 0,
            column,
          })),
          { row: recognised.funding.headerRow, column: recognised.funding.columns.total },
        ]
      : []),
  ];
  for (const { row, column } of money) {
    if (column && column.scale === null)
      r.sink.add("FUND-UNIT-UNKNOWN", { row, col: column.col }, column.unit, {
        column: column.header,
        unit: column.unit ?? "",
      });
  }
}

/**
 * STRUCT-YEAR-COLUMNS: every year of the period needs a funding column (error); a column for
 * a year outside the period, or a second column for one year, is a warning.
 */
function yearColumns(r: Reading, recognised: RecognisedProposal, period: Period | null): void {
  const funding = recognised.funding;
  if (!funding || !period) return;
  const periodText = formatPeriod(period);
  for (const year of years(period)) {
    if (!funding.years.some((column) => column.year === year))
      r.sink.add("STRUCT-YEAR-COLUMNS", { row: funding.headerRow, col: funding.left }, year, {
        variant: "missing",
        year,
        period: periodText,
      });
  }
  const seen = new Set<number>();
  for (const column of funding.years) {
    const outside = column.year < period.start || column.year > period.end;
    if (outside || seen.has(column.year))
      r.sink.add(
        "STRUCT-YEAR-COLUMNS",
        { row: funding.headerRow, col: column.col },
        column.header,
        { variant: outside ? "extra" : "repeated", year: column.year, period: periodText },
        null,
        "warning",
      );
    seen.add(column.year);
  }
}

/** STRUCT-TABLE-RANGE, STRUCT-SECOND-TABLE: rows read, or left, outside a table's range. */
function tableExtent(r: Reading, recognised: RecognisedProposal): void {
  for (const table of [recognised.items, recognised.funding]) {
    if (!table) continue;
    for (const f of tableExtentFindings(table))
      r.sink.add(f.rule, f.at, null, f.params, null, f.severity);
  }
}

export function checkStructure(
  r: Reading,
  recognised: RecognisedProposal,
  period: Period | null,
): void {
  missingColumns(r, recognised);
  tableExtent(r, recognised);
  unknownUnits(r, recognised);
  yearColumns(r, recognised, period);
}
