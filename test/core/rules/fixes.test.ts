import type { Fix, Issue } from "../../../src/core/rules/issue";
import { fixesOf, fixesOfRule, fixPlan } from "../../../src/core/rules/fixes";

const fix = (sheet: string, cell: string, text: string): Fix => ({
  sheet,
  cell,
  value: { kind: "text", text },
});
const issue = (rule: string, f: Fix | null): Issue => ({
  rule,
  severity: "info",
  file: "",
  sheet: f?.sheet ?? null,
  cell: f?.cell ?? null,
  value: null,
  region: null,
  params: {},
  fix: f,
});

describe("fixPlan", () => {
  it("writes only the fixed cells, side-by-side cells in one block", () => {
    const plan = fixPlan([
      fix("S", "B2", "b"),
      fix("S", "C2", "c"),
      fix("S", "B4", "x"),
      fix("T", "A1", "t"),
    ]);
    expect(plan.edits).toEqual([
      {
        sheet: "S",
        blocks: [
          {
            topLeft: "B2",
            cells: [
              [
                { kind: "text", text: "b" },
                { kind: "text", text: "c" },
              ],
            ],
          },
          { topLeft: "B4", cells: [[{ kind: "text", text: "x" }]] },
        ],
      },
      { sheet: "T", blocks: [{ topLeft: "A1", cells: [[{ kind: "text", text: "t" }]] }] },
    ]);
    expect(plan.sheets).toBeUndefined();
  });

  it("is empty for no fixes", () => {
    expect(fixPlan([])).toEqual({});
  });
});

describe("fixesOfRule", () => {
  it("takes the fixes of one rule only, one per cell", () => {
    const issues = [
      issue("CELL-WHITESPACE", fix("S", "A1", "a")),
      issue("CELL-NUMBER-AS-TEXT", fix("S", "A2", "2")),
      issue("CELL-WHITESPACE", fix("S", "A1", "again")),
      issue("CELL-WHITESPACE", null),
    ];
    expect(fixesOfRule(issues, "CELL-WHITESPACE")).toEqual([fix("S", "A1", "a")]);
    expect(fixesOf(issues)).toHaveLength(2);
  });
});
