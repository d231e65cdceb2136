import { parseA1, parseRangeA1, toA1 } from "../../../src/core/model/address";
import type { PlanCell } from "../../../src/core/model/cell";
import type { SheetSpec, WritePlan } from "../../../src/core/model/plan";

/** The cells a sheet spec ends up with, blocks applied in order, by A1 address. */
export function gridOf(sheet: SheetSpec): Map<string, PlanCell> {
  const grid = new Map<string, PlanCell>();
  for (const block of sheet.blocks) {
    const origin = parseA1(block.topLeft);
    if (!origin) throw new Error(`bad block origin ${block.topLeft}`);
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => grid.set(toA1({ row: origin.row + r, col: origin.col + c }), cell)),
    );
  }
  return grid;
}

export function textAt(grid: Map<string, PlanCell>, a1: string): string | null {
  const cell = grid.get(a1);
  return cell?.kind === "text" ? cell.text : null;
}

/** Every A1 address of a range. */
export function cellsOf(range: string): string[] {
  const r = parseRangeA1(range);
  if (!r) throw new Error(`bad range ${range}`);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(toA1({ row, col }));
  return out;
}

export function sheetNamed(plan: WritePlan, name: string): SheetSpec {
  const sheet = plan.sheets?.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every number format a plan writes. */
export function formatsOf(plan: WritePlan): string[] {
  const formats: string[] = [];
  for (const sheet of plan.sheets ?? [])
    for (const cell of gridOf(sheet).values())
      if (
        (cell.kind === "number" || cell.kind === "formula" || cell.kind === "date") &&
        cell.format
      )
        formats.push(cell.format);
  return formats;
}
