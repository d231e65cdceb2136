import { parseA1 } from "../../model/address";
import type { Issue } from "../issue";

/**
 * Issues in sheet order: those without a cell (about the region) first, then by row, column
 * and rule id; issues equal in all three keep the order the rules found them in.
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const keyed = issues.map((issue) => ({
    issue,
    ref: issue.cell === null ? null : parseA1(issue.cell),
  }));
  keyed.sort((a, b) => {
    if (a.ref === null || b.ref === null)
      return (a.ref === null ? 0 : 1) - (b.ref === null ? 0 : 1);
    return (
      a.ref.row - b.ref.row ||
      a.ref.col - b.ref.col ||
      (a.issue.rule < b.issue.rule ? -1 : a.issue.rule > b.issue.rule ? 1 : 0)
    );
  });
  return keyed.map((k) => k.issue);
}
