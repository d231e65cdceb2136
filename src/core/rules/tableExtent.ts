import type { CellRef } from "../model/address";
import type { TablePosition } from "../recognise/recognise";
import type { RuleId } from "./catalogue";
import type { Severity } from "./issue";

export interface TableExtentFinding {
  readonly rule: RuleId;
  readonly at: CellRef;
  readonly params: Readonly<Record<string, string | number>>;
  readonly severity: Severity;
}

/**
 * Rows found outside a table's own range (docs/intake.md): data under an Excel table that
 * stops above it (STRUCT-TABLE-RANGE: read, warned), and a second table of the same kind
 * below (STRUCT-SECOND-TABLE: read when its columns lie alike, else an error: not read).
 */
export function tableExtentFindings(table: TablePosition<string>): TableExtentFinding[] {
  const found: TableExtentFinding[] = [];
  if (table.beyondTable)
    found.push({
      rule: "STRUCT-TABLE-RANGE",
      at: { row: table.beyondTable.tableEnd + 1, col: table.left },
      params: {
        table: table.excelTable ?? "",
        end: table.beyondTable.tableEnd + 1,
        last: table.beyondTable.lastRow + 1,
      },
      severity: "warning",
    });
  for (const repeat of table.repeats ?? [])
    found.push({
      rule: "STRUCT-SECOND-TABLE",
      at: { row: repeat.headerRow, col: repeat.left },
      params: repeat.read ? { rows: repeat.rows } : { variant: "notRead", rows: repeat.rows },
      severity: repeat.read ? "warning" : "error",
    });
  return found;
}
