import type { WorkbookSnapshot } from "../../../core/model/snapshot";
import type { Issue } from "../../../core/rules/issue";
import { sheetNameKey } from "../../../core/model/sheetNames";

/**
 * The protected sheets whose issues have cells: the markers leave protected sheets alone
 * (`markerPlan`), so these issues are in the list but not marked in the workbook.
 * In the workbook's sheet order, each once.
 */
export function protectedUnmarkedSheets(
  snapshot: WorkbookSnapshot,
  issues: readonly Issue[],
): string[] {
  const withCells = new Set(
    issues
      .filter((issue) => issue.sheet !== null && issue.cell !== null)
      .map((issue) => sheetNameKey(issue.sheet ?? "")),
  );
  return snapshot.sheets
    .filter((sheet) => sheet.isProtected && withCells.has(sheetNameKey(sheet.name)))
    .map((sheet) => sheet.name);
}
