import type { PlanCell } from "../model/cell";
import { EMPTY_CELL } from "./text";

/** Sets one cell of a growing grid, adding empty rows and empty cells up to it. */
export function putCell(rows: PlanCell[][], row: number, col: number, cell: PlanCell): void {
  while (rows.length <= row) rows.push([]);
  const line = rows[row];
  while (line.length < col) line.push(EMPTY_CELL);
  line[col] = cell;
}
