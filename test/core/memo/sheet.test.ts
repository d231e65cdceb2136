import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { memoSheetPlan } from "../../../src/core/memo/sheet";

const empty: WorkbookSnapshot = { file: "", sheets: [], registry: [], structureProtected: false };
const sheet = (name: string) => ({
  name,
  visibility: "visible" as const,
  isProtected: false,
  cells: [[{ kind: "text" as const, text: "mine" }]],
  tables: [],
});

describe("memoSheetPlan, the last way to hand over the memo", () => {
  it("writes every line as a text cell in column A and registers the sheet as the memo", () => {
    const { plan, sheet: name } = memoSheetPlan(
      "Muistio\n=======\n\n- 1.1 = 80 %\n",
      "fi",
      empty,
      "T",
    );
    expect(name).toBe("Muistio");
    const spec = plan.sheets?.[0];
    expect(spec?.mode).toBe("add");
    expect(spec?.blocks[0].cells).toEqual([
      [{ kind: "text", text: "Muistio" }],
      [{ kind: "text", text: "=======" }],
      [{ kind: "empty" }],
      [{ kind: "text", text: "- 1.1 = 80 %" }],
    ]);
    expect(plan.registry).toEqual([expect.objectContaining({ sheet: "Muistio", role: "memo" })]);
    expect(plan.activate).toEqual({ sheet: "Muistio", select: "A1" });
  });

  it("never takes over a user's sheet of the same name, and replaces its own memo sheet", () => {
    const users = { ...empty, sheets: [sheet("Memo")] };
    expect(memoSheetPlan("x", "en", users, "T").sheet).toBe("Memo (2)");
    const own: WorkbookSnapshot = {
      ...empty,
      sheets: [sheet("Promemoria")],
      registry: [{ sheet: "Promemoria", role: "memo", hash: "", schemaVersion: 1, time: "T" }],
    };
    const again = memoSheetPlan("x", "sv", own, "T2");
    expect(again.sheet).toBe("Promemoria");
    expect(again.plan.sheets?.[0].mode).toBe("replace");
  });
});
