import { applyPlanToSnapshot } from "../../src/core/model/applyPlan";
import { toA1 } from "../../src/core/model/address";
import { text } from "../../src/core/model/cell";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import {
  packageContents,
  packagePlans,
  positionsPlan,
  readReturnedPackage,
} from "../../src/core/packages";
import { validateRound } from "../../src/core/rules/validateRound";
import { columnOf, roundOf, roundTrip, sampleRound, withCell } from "./round";

// Each test writes and reads whole workbooks; the machine is shared.
jest.setTimeout(60_000);

/** The sample round as the pane holds it: every region's sheet and the settings in one workbook. */
async function oneWorkbook(): Promise<WorkbookSnapshot> {
  const files = await sampleRound();
  const sheets = files.flatMap((f) =>
    (f.snapshot?.sheets ?? []).filter((s) => s.visibility === "visible"),
  );
  return { file: "kierros.xlsx", sheets, registry: [], structureProtected: false };
}

describe("returned packages merged into the open workbook (the pane's Import)", () => {
  it("writes the lead ministry's position and decision into the item's own cells, in the sheet's language, and nothing else", async () => {
    const round = roundOf(await sampleRound());
    const tem = packagePlans(round.consolidation, round.validation.settings, {
      lang: "en",
      time: "2026-04-02T09:00:00.000Z",
      date: 46114,
    }).find((p) => p.ministry === "TEM");
    if (!tem) throw new Error("TEM");
    const lead = packageContents(round.consolidation).find((c) => c.ministry === "TEM")?.parts.lead;
    if (!lead) throw new Error("TEM leads");
    let returned = await roundTrip(tem.plan, tem.fileName);
    const positionCol = columnOf(returned, "Leads", "Ministry position");
    const followUpCol = columnOf(returned, "Leads", "National follow-up");
    lead.forEach((_, i) => {
      returned = withCell(
        returned,
        "Leads",
        toA1({ row: i + 1, col: positionCol }),
        text("Supports"),
      );
      returned = withCell(
        returned,
        "Leads",
        toA1({ row: i + 1, col: followUpCol }),
        text("Taken forward"),
      );
    });
    const pkg = readReturnedPackage({ ...returned, file: "TEM.xlsx" });
    if (!pkg) throw new Error("package");

    const workbook = await oneWorkbook();
    const result = positionsPlan(workbook, [pkg], "fi");
    expect(result.merge.issues).toEqual([]);
    expect(result.notWritten).toEqual([]);
    expect(result.cells).toBeGreaterThan(0);
    const after = applyPlanToSnapshot(workbook, result.plan);
    const before = validateRound([{ file: workbook.file, snapshot: workbook }]);
    const read = validateRound([{ file: after.file, snapshot: after }]);
    for (const ci of lead) {
      const proposal = read.proposals.find((p) => p.region === ci.region);
      const item = proposal?.items.find((it) => it.itemId === ci.item.itemId);
      expect([ci.region, ci.item.itemId, item?.ministryPosition, item?.nationalFollowUp]).toEqual([
        ci.region,
        ci.item.itemId,
        "supports",
        "forward",
      ]);
    }
    // Labels in each sheet's own language: Pohjanmaa's sheet is Swedish.
    const sv = read.proposals.find((p) => p.region === "MK15");
    expect(sv?.lang).toBe("sv");
    expect(lead.some((ci) => ci.region === "MK15")).toBe(true);
    const sheet = after.sheets.find((s) => s.name === sv?.sheet);
    const texts = (sheet?.cells ?? []).flat().flatMap((c) => (c.kind === "text" ? [c.text] : []));
    expect(texts).toContain("Stöder");
    // Only position and follow-up cells change: funding and every other item field stay.
    expect(read.proposals.map((p) => p.funding)).toEqual(before.proposals.map((p) => p.funding));
    const strip = (p: (typeof read.proposals)[number]) =>
      p.items.map(({ ministryPosition: _a, nationalFollowUp: _b, ...rest }) => rest);
    expect(read.proposals.map(strip)).toEqual(before.proposals.map(strip));
    // Merging the same package again writes nothing.
    expect(positionsPlan(after, [pkg], "fi").cells).toBe(0);
  });
});
