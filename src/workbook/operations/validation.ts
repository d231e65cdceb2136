import type { Lang } from "../../core/model/lang";
import type { WorkbookSnapshot } from "../../core/model/snapshot";
import { fixPlan } from "../../core/rules/fixes";
import type { Fix, Issue } from "../../core/rules/issue";
import { issueMessage } from "../../core/rules/issueMessage";
import { clearMarkersPlan, markerPlan } from "../../core/rules/markers";
import { validateRound, type RoundValidation } from "../../core/rules/validateRound";
import type { WorkbookHost } from "../host";

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

/**
 * Marks the issue cells on the snapshot the validation read (no read of cells again): the
 * add-in's old markers are replaced, the user's formats untouched.
 */
export async function markIssues(
  host: WorkbookHost,
  issues: readonly Issue[],
  snapshot: WorkbookSnapshot,
): Promise<void> {
  await host.apply(markerPlan(issues, snapshot), snapshot);
}

/**
 * Removes the add-in's markers. With `basis` (the last validation's snapshot) no outline is
 * read; when the basis is stale (a sheet gone) it falls back to a fresh outline. Nothing is
 * written before the markers are found, so the retry is safe.
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
