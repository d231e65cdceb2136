import type { CellRef } from "../../model/address";
import type { CellValue } from "../../model/cell";
import type { RecognisedProposal, TablePosition } from "../../recognise/recognise";
import type { ProposalOutline } from "../../recognise/read";
import { unreadableCellRule } from "../unreadableCells";
import type { Reading } from "./context";

function reportAt(r: Reading, at: CellRef): void {
  const cell = r.sheet.cells[at.row]?.[at.col];
  if (cell?.kind === "error") reportError(r, at, cell, false);
}

/**
 * `derived`: a column whose value the rules work out from others (the funding total): a
 * formula there without its value loses nothing, so it is told (info), not an error.
 */
function reportError(
  r: Reading,
  at: CellRef,
  cell: Extract<CellValue, { kind: "error" }>,
  derived: boolean,
): void {
  const unreadable = unreadableCellRule(cell);
  if (!unreadable) r.sink.add("CELL-EXCEL-ERROR", at, cell.code, { code: cell.code });
  else if (derived && unreadable.rule === "CELL-FORMULA-NO-VALUE")
    r.sink.add(
      unreadable.rule,
      at,
      cell.code,
      { ...unreadable.params, variant: "derived" },
      null,
      "info",
    );
  else r.sink.add(unreadable.rule, at, cell.code, unreadable.params);
}

function scanTable(
  r: Reading,
  table: TablePosition<string>,
  derivedCol: number | null = null,
): void {
  for (const row of [table.headerRow, ...table.dataRows]) {
    const cells = r.sheet.cells[row];
    if (!cells) continue;
    for (let col = table.left; col <= table.right; col++) {
      const cell = cells[col];
      if (cell?.kind === "error")
        reportError(r, { row, col }, cell, row !== table.headerRow && col === derivedCol);
    }
  }
}

/**
 * CELL-EXCEL-ERROR (CELL-FORMULA-NO-VALUE, CELL-UNREADABLE for a value the file lacks): every cell of the recognised tables (header row, data rows, unknown
 * columns too) and every header-block value holding #REF!, #VALUE!, #N/A … The other rules
 * leave such cells alone, so each is reported once.
 */
export function checkExcelErrors(
  r: Reading,
  recognised: RecognisedProposal,
  read: ProposalOutline,
): void {
  scanTable(r, recognised.items);
  if (recognised.funding)
    scanTable(r, recognised.funding, recognised.funding.columns.total?.col ?? null);
  for (const field of Object.values(read.fields)) {
    if (!field) continue;
    reportAt(r, field.cell);
    if (field.end) reportAt(r, field.end.cell);
  }
}
