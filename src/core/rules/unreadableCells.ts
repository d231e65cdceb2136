import type { CellValue } from "../model/cell";
import type { RuleId } from "./catalogue";

/**
 * The rule for a cell whose value a file does not hold (docs/intake.md): a formula saved
 * without its result, or a value the file cannot spell. Such a cell is never counted; the
 * issue at the cell says why and what to do. Null for any other cell.
 */
export function unreadableCellRule(
  cell: CellValue | undefined,
): { readonly rule: RuleId; readonly params: Readonly<Record<string, string>> } | null {
  if (cell?.kind !== "error" || cell.unreadable === undefined) return null;
  if (cell.unreadable === "formula-without-value")
    return { rule: "CELL-FORMULA-NO-VALUE", params: { formula: cell.code } };
  return { rule: "CELL-UNREADABLE", params: { variant: cell.unreadable } };
}
