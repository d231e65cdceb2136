import type { CellRef } from "../../model/address";
import type { RecognisedProposal, TablePosition } from "../../recognise/recognise";
import type { ProposalRead } from "../../recognise/read";
import { unreadableCellRule } from "../unreadableCells";
import type { Reading } from "./context";

function reportAt(r: Reading, at: CellRef): void {
  const cell = r.sheet.cells[at.row]?.[at.col];
  if (cell?.kind !== "error") return;
  const unreadable = unreadableCellRule(cell);
  if (unreadable) r.sink.add(unreadable.rule, at, cell.code, unreadable.params);
  else r.sink.add("CELL-EXCEL-ERROR", at, cell.code, { code: cell.code });
}

function scanTable(r: Reading, table: TablePosition<string>): void {
  for (const row of [table.headerRow, ...table.dataRows])
    for (let col = table.left; col <= table.right; col++) reportAt(r, { row, col });
}

/**
 * CELL-EXCEL-ERROR (CELL-FORMULA-NO-VALUE, CELL-UNREADABLE for a value the file lacks): every cell of the recognised tables (header row, data rows, unknown
 * columns too) and every header-block value holding #REF!, #VALUE!, #N/A … The other rules
 * leave such cells alone, so each is reported once.
 */
export function checkExcelErrors(
  r: Reading,
  recognised: RecognisedProposal,
  read: ProposalRead,
): void {
  scanTable(r, recognised.items);
  if (recognised.funding) scanTable(r, recognised.funding);
  for (const field of Object.values(read.fields)) {
    if (!field) continue;
    reportAt(r, field.cell);
    if (field.end) reportAt(r, field.end.cell);
  }
}
