import { planCellValue } from "../model/applyPlan";
import type { CellValue } from "../model/cell";
import type { CellBlock } from "../model/plan";
import { hashValues } from "../model/registry";
import { parseA1 } from "../model/address";

/** The blocks of a sheet laid out from A1 as read back. */
export function valuesOf(blocks: readonly CellBlock[]): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const block of blocks) {
    const origin = parseA1(block.topLeft) ?? { row: 0, col: 0 };
    block.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        const line = (grid[origin.row + r] ??= []);
        line[origin.col + c] = planCellValue(cell).value;
      });
    });
  }
  return grid.map((row) => Array.from(row, (v) => v ?? { kind: "empty" }));
}

/** The hash the registry keeps for a sheet, from its values (as written, or as read now). */
export function sheetHash(values: readonly (readonly CellValue[])[]): string {
  return hashValues(values);
}
