import { parseA1, toA1 } from "../model/address";
import type { PlanCell } from "../model/cell";
import type { CellBlock, SheetEdit, WritePlan } from "../model/plan";
import type { Fix, Issue } from "./issue";
import { sheetNameKey } from "../model/sheetNames";

/** The fixes the issues offer, in issue order; one per cell (the first wins). */
export function fixesOf(issues: readonly Issue[]): Fix[] {
  const seen = new Set<string>();
  const fixes: Fix[] = [];
  for (const issue of issues) {
    const fix = issue.fix;
    if (fix === null) continue;
    const id = `${sheetNameKey(fix.sheet)}!${fix.cell.toUpperCase()}`;
    if (seen.has(id)) continue;
    seen.add(id);
    fixes.push(fix);
  }
  return fixes;
}

/** "Fix all of this kind": the fixes offered by the issues of one rule. */
export function fixesOfRule(issues: readonly Issue[], rule: string): Fix[] {
  return fixesOf(issues.filter((issue) => issue.rule === rule));
}

/**
 * The cells the fixes write, and nothing else: per sheet, cells side by side on one row are
 * merged into one block; every other cell is a block of its own. Later fixes of a cell
 * replace earlier ones. Fixes with an unreadable address are left out.
 */
export function fixPlan(fixes: readonly Fix[]): WritePlan {
  const bySheet = new Map<
    string,
    { name: string; cells: Map<string, { row: number; col: number; value: PlanCell }> }
  >();
  for (const fix of fixes) {
    const ref = parseA1(fix.cell);
    if (ref === null) continue;
    const sheetKey = sheetNameKey(fix.sheet);
    const entry = bySheet.get(sheetKey) ?? { name: fix.sheet, cells: new Map() };
    bySheet.set(sheetKey, entry);
    entry.cells.set(`${ref.row}:${ref.col}`, { ...ref, value: fix.value });
  }
  const edits: SheetEdit[] = [];
  for (const { name, cells } of bySheet.values()) {
    const sorted = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const blocks: CellBlock[] = [];
    let run: typeof sorted = [];
    const flush = (): void => {
      if (run.length === 0) return;
      blocks.push({ topLeft: toA1(run[0]), cells: [run.map((c) => c.value)] });
      run = [];
    };
    for (const cell of sorted) {
      const last = run[run.length - 1];
      if (last && (last.row !== cell.row || last.col + 1 !== cell.col)) flush();
      run.push(cell);
    }
    flush();
    edits.push({ sheet: name, blocks });
  }
  return edits.length > 0 ? { edits } : {};
}
