import type { Issue } from "../../../core/rules/issue";

/**
 * Rules whose fix is one of two choices, the other being to leave the cell as the region
 * wrote it (FUND-TOTAL-MISMATCH: the total may be right and the years wrong).
 */
const LEAVE_AS_IS_RULES: ReadonlySet<string> = new Set(["FUND-TOTAL-MISMATCH"]);

export function canLeaveAsIs(issue: Issue): boolean {
  return issue.fix !== null && LEAVE_AS_IS_RULES.has(issue.rule);
}

/** What identifies an issue left as is: once its value changes, the issue is listed again. */
export function leftKey(issue: Issue): string {
  return JSON.stringify([issue.file, issue.sheet, issue.cell, issue.rule, issue.value]);
}

/** The issues without those left as is in this session (nothing of it is written to the workbook). */
export function withoutLeft(issues: readonly Issue[], left: ReadonlySet<string>): Issue[] {
  return left.size === 0 ? [...issues] : issues.filter((issue) => !left.has(leftKey(issue)));
}
