import type { Lang } from "../core/model/lang";
import type { WorkbookSnapshot } from "../core/model/snapshot";
import { fixPlan } from "../core/rules/fixes";
import type { Fix, Issue } from "../core/rules/issue";
import { issueMessage } from "../core/rules/issueMessage";
import { clearMarkersPlan, markerPlan } from "../core/rules/markers";
import { validateRound, type RoundValidation } from "../core/rules/validateRound";
import type { WorkbookHost } from "../workbook/host";

/** One validation of the workbook: the snapshot it used, the issues, each issue's message. */
export interface ValidationRun {
  readonly snapshot: WorkbookSnapshot;
  readonly validation: RoundValidation;
  readonly issues: readonly Issue[];
  /** `messages[i]` is the text of `issues[i]` in the UI language. */
  readonly messages: readonly string[];
}

/** Validates a snapshot already read: pure, shared by the full and the live check. */
export function validateSnapshot(snapshot: WorkbookSnapshot, lang: Lang): ValidationRun {
  const validation = validateRound([{ file: snapshot.file, snapshot }]);
  return {
    snapshot,
    validation,
    issues: validation.issues,
    messages: validation.issues.map((issue) => issueMessage(issue, lang)),
  };
}

/** Reads the whole workbook once and checks it against the rule catalogue. */
export async function runValidation(
  host: WorkbookHost,
  options: { readonly lang: Lang },
): Promise<ValidationRun> {
  return validateSnapshot(await host.read(), options.lang);
}

/** Excel found no object of that id: here, a marker the basis knew was removed meanwhile. */
function isItemNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ItemNotFound";
}

/**
 * Marks the issue cells on the snapshot the validation read, in one write (the snapshot
 * carries the ids of the add-in's old markers): the old markers are replaced, the user's
 * formats untouched. Should an old marker have gone meanwhile (the write deletes them first,
 * so nothing else was written), the markers are found again in a fresh outline and the
 * write retried once.
 */
export async function markIssues(
  host: WorkbookHost,
  issues: readonly Issue[],
  snapshot: WorkbookSnapshot,
): Promise<void> {
  const plan = markerPlan(issues, snapshot);
  try {
    await host.apply(plan, snapshot);
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    await host.apply(plan, await host.readOutline());
  }
}

/**
 * Removes the add-in's markers: with `basis` (the last validation's snapshot) one write, else
 * one outline read (it carries the marker ids) and one write. When the basis is stale (a
 * sheet or a marker gone) it falls back to a fresh outline; the write only deletes markers,
 * so the retry is safe.
 */
export async function clearMarkers(host: WorkbookHost, basis?: WorkbookSnapshot): Promise<void> {
  if (basis) {
    try {
      await host.apply(clearMarkersPlan(basis), basis);
      return;
    } catch {
      // Fall through to a fresh outline.
    }
  }
  const outline = await host.readOutline();
  await host.apply(clearMarkersPlan(outline), outline);
}

/** Writes the fixes (only their cells), then validates again. */
export async function applyFixes(
  host: WorkbookHost,
  fixes: readonly Fix[],
  basis: WorkbookSnapshot,
  options: { readonly lang: Lang },
): Promise<ValidationRun> {
  const plan = fixPlan(fixes);
  if ((plan.edits?.length ?? 0) > 0) await host.apply(plan, basis);
  return runValidation(host, options);
}
