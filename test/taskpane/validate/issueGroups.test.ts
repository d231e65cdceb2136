import type { Issue, Severity } from "../../../src/core/rules/issue";
import {
  countBySeverity,
  fixableByRule,
  groupIssues,
} from "../../../src/taskpane/sections/validate/issueGroups";

function issue(
  rule: string,
  severity: Severity,
  sheet: string | null,
  cell: string | null,
  fix = false,
): Issue {
  return {
    rule,
    severity,
    file: "Kierros.xlsx",
    sheet,
    cell,
    value: null,
    region: null,
    params: {},
    fix: fix && sheet && cell ? { sheet, cell, value: { kind: "number", value: 1 } } : null,
  };
}

const ALL = new Set<Severity>(["error", "warning", "info"]);

describe("grouping issues for the pane", () => {
  const issues = [
    issue("FUND-NEGATIVE", "error", "Esitys MK02", "D14"),
    issue("CELL-WHITESPACE", "info", "Esitys MK02", "B12", true),
    issue("HDR-DUPLICATE-REGION", "error", null, null),
    issue("CELL-NUMBER-AS-TEXT", "warning", "Esitys MK04", "E20", true),
    issue("ITEM-ID-MISSING", "error", "esitys mk02", "A15"),
    issue("CELL-NUMBER-AS-TEXT", "warning", "Esitys MK02", "E21", true),
  ];

  it("puts workbook-level issues first, then sheets in the order they appear, each by severity", () => {
    const groups = groupIssues(issues, ALL);
    expect(groups.map((g) => g.sheet)).toEqual([null, "Esitys MK02", "Esitys MK04"]);
    const mk02 = groups[1];
    expect(mk02.severities.map((s) => s.severity)).toEqual(["error", "warning", "info"]);
    // Sheet names differ in case only: one sheet, as Excel sees it.
    expect(mk02.severities[0].issues.map((i) => i.cell)).toEqual(["D14", "A15"]);
    expect(mk02.counts).toEqual({ error: 2, warning: 1, info: 1 });
  });

  it("leaves out the severities the filter hides and the sheets left empty", () => {
    const groups = groupIssues(issues, new Set<Severity>(["warning"]));
    expect(groups.map((g) => g.sheet)).toEqual(["Esitys MK02", "Esitys MK04"]);
    expect(groups.flatMap((g) => g.severities.map((s) => s.key))).toEqual([
      "esitys mk02|warning",
      "esitys mk04|warning",
    ]);
    expect(groupIssues(issues, new Set())).toEqual([]);
  });

  it("counts by severity and the fixable issues per rule", () => {
    expect(countBySeverity(issues)).toEqual({ error: 3, warning: 2, info: 1 });
    expect([...fixableByRule(issues)]).toEqual([
      ["CELL-WHITESPACE", 1],
      ["CELL-NUMBER-AS-TEXT", 2],
    ]);
  });
});
