import type { ColumnWidth } from "../model/plan";

/** Widths in characters for the columns from A onward, in order. */
export function columnWidths(widths: readonly number[]): ColumnWidth[] {
  return widths.map((width, col) => ({ col, width }));
}
