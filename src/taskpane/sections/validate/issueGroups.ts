import { SEVERITIES, type Issue, type Severity } from "../../../core/rules/issue";
import { sheetNameKey } from "../../../core/model/sheetNames";

/** How many issues a group shows before "Show more", so that long lists stay fast. */
export const PAGE_SIZE = 200;

export type SeverityCounts = Readonly<Record<Severity, number>>;

/** The issues of one severity on one sheet, in the order the rules reported them. */
export interface SeverityGroup {
  /** Stable across runs: `<sheet key>|<severity>`, for "Show more" and React keys. */
  readonly key: string;
  readonly severity: Severity;
  readonly issues: readonly Issue[];
}

/** One sheet's issues (null: issues of the whole workbook or region, without a sheet). */
export interface SheetGroup {
  readonly key: string;
  readonly sheet: string | null;
  readonly counts: SeverityCounts;
  readonly severities: readonly SeverityGroup[];
}

const WORKBOOK_KEY = "\u0000workbook";

export function countBySeverity(issues: readonly Issue[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/**
 * The issues the filter lets through, grouped by sheet and within a sheet by severity,
 * errors first. Sheets keep the order in which they first appear among all issues (the
 * rules report in workbook order), whatever the filter; workbook-level issues come first.
 * Empty groups are left out.
 */
export function groupIssues(issues: readonly Issue[], shown: ReadonlySet<Severity>): SheetGroup[] {
  const bySheet = new Map<string, { sheet: string | null; issues: Issue[] }>();
  for (const issue of issues) {
    const key = issue.sheet === null ? WORKBOOK_KEY : sheetNameKey(issue.sheet);
    const group = bySheet.get(key) ?? { sheet: issue.sheet, issues: [] };
    bySheet.set(key, group);
    if (shown.has(issue.severity)) group.issues.push(issue);
  }
  const keys = [...bySheet.keys()]
    .filter((key) => (bySheet.get(key)?.issues.length ?? 0) > 0)
    .sort((a, b) => (a === WORKBOOK_KEY ? -1 : b === WORKBOOK_KEY ? 1 : 0));
  return keys.map((key) => {
    const group = bySheet.get(key) as { sheet: string | null; issues: Issue[] };
    return {
      key,
      sheet: group.sheet,
      counts: countBySeverity(group.issues),
      severities: SEVERITIES.flatMap((severity) => {
        const list = group.issues.filter((issue) => issue.severity === severity);
        return list.length === 0 ? [] : [{ key: `${key}|${severity}`, severity, issues: list }];
      }),
    };
  });
}

/** How many issues of each rule offer a fix; "Fix all of this kind" is offered where more than one does. */
export function fixableByRule(issues: readonly Issue[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    if (issue.fix !== null) counts.set(issue.rule, (counts.get(issue.rule) ?? 0) + 1);
  }
  return counts;
}
