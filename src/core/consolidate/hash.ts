import type { CellValue, PlanCell } from "../model/cell";
import type { CellBlock } from "../model/plan";
import { hashValues } from "../model/registry";
import { parseA1 } from "../model/address";

const HYPERLINK_LABEL = /^=HYPERLINK\(".*","((?:[^"]|"")*)"\)$/s;

/** The value Excel shows for a written cell: what a later snapshot reads back. */
export function readBack(cell: PlanCell): CellValue {
  switch (cell.kind) {
    case "empty":
      return { kind: "empty" };
    case "text":
      return cell.text === "" ? { kind: "empty" } : { kind: "text", text: cell.text };
    case "number":
      return { kind: "number", value: cell.value };
    case "boolean":
      return { kind: "boolean", value: cell.value };
    case "date":
      return { kind: "date", serial: cell.serial };
    case "formula": {
      // The only formulas generated sheets hold are the link formulas; they show their label.
      const match = HYPERLINK_LABEL.exec(cell.formula);
      return match ? { kind: "text", text: match[1].replace(/""/g, '"') } : { kind: "empty" };
    }
  }
}

/** The blocks of a sheet laid out from A1 as read back. */
export function valuesOf(blocks: readonly CellBlock[]): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const block of blocks) {
    const origin = parseA1(block.topLeft) ?? { row: 0, col: 0 };
    block.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        const line = (grid[origin.row + r] ??= []);
        line[origin.col + c] = readBack(cell);
      });
    });
  }
  return grid.map((row) => Array.from(row, (v) => v ?? { kind: "empty" }));
}

/** The hash the registry keeps for a sheet, from its values (as written, or as read now). */
export function sheetHash(values: readonly (readonly CellValue[])[]): string {
  return hashValues(values);
}
