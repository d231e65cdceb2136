import { buildImportPlan, previewFile, type ImportSource } from "../../../src/core/import";
import { applyPlanToSnapshot } from "../../../src/core/model/applyPlan";
import type { PlanCell } from "../../../src/core/model/cell";
import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { validateRound } from "../../../src/core/rules";
import { proposalLayout, sampleRoundFiles, SAMPLE_PERIOD } from "../../../src/core/templates";

const EMPTY: WorkbookSnapshot = { file: "", sheets: [], registry: [], structureProtected: false };
const OPTIONS = {
  lang: "fi" as const,
  time: "2026-11-28T10:00:00.000Z",
  today: "2026-11-28",
  fallbackYear: 2026,
};

const proposals = sampleRoundFiles().filter((f) => f.kind === "proposal");

function fileSnapshot(index: number): WorkbookSnapshot {
  const file = proposals[index];
  return { ...applyPlanToSnapshot(EMPTY, file.plan), file: file.fileName };
}

function sourcesOf(snapshot: WorkbookSnapshot): ImportSource[] {
  const preview = previewFile(
    { file: snapshot.file, size: 1000, sha256: "ab".repeat(32), time: OPTIONS.time },
    snapshot,
  );
  return preview.proposals.flatMap((p) => (p.source ? [p.source] : []));
}

/** The content that matters of a proposal, without where it sits. */
function content(snapshot: WorkbookSnapshot, sheet?: string) {
  const round = validateRound([{ file: "x", snapshot }]);
  const proposal = round.proposals.find((p) => sheet === undefined || p.sheet === sheet);
  if (!proposal) throw new Error("no proposal");
  return {
    region: proposal.region,
    period: proposal.period,
    items: proposal.items.map(({ source: _source, ...item }) => item),
    funding: proposal.funding.map(({ source: _source, ...line }) => line),
  };
}

describe("import: one normalised regional sheet per proposal", () => {
  it("previews region, items and the AKKE total of a file", () => {
    const snapshot = fileSnapshot(0);
    const preview = previewFile(
      { file: snapshot.file, size: 10, sha256: "00", time: OPTIONS.time },
      snapshot,
    );
    const expected = content(snapshot);
    expect(preview.unusable).toBeNull();
    expect(preview.proposals).toHaveLength(1);
    expect(preview.proposals[0].region).toBe(expected.region);
    expect(preview.proposals[0].items).toBe(expected.items.length);
    const akke = expected.funding
      .filter((l) => l.fundingSource === "akke")
      .reduce((s, l) => s + l.totalCents, 0);
    expect(preview.proposals[0].akkeCents).toBe(akke);
    expect(akke).toBeGreaterThan(0);
  });

  it.each([0, 1, 2])(
    "recognises the normalised sheet again with the same items and funding (file %i)",
    (index) => {
      const snapshot = fileSnapshot(index);
      const { plan, imported } = buildImportPlan(EMPTY, sourcesOf(snapshot), OPTIONS);
      const workbook = applyPlanToSnapshot(EMPTY, plan);
      expect(imported).toHaveLength(1);
      expect(content(workbook, imported[0].sheet)).toEqual(content(snapshot));
      // In the workbook's language, whatever the file's.
      expect(imported[0].sheet).toMatch(/^Esitys MK\d\d$/);
    },
  );

  it("keeps a total that disagrees with its years, so the check still reports it", () => {
    const messy = sampleRoundFiles().find((f) => f.fileName.includes("virheita"));
    if (!messy) throw new Error("the sample round has no messy file");
    const snapshot = { ...applyPlanToSnapshot(EMPTY, messy.plan), file: messy.fileName };
    const before = validateRound([{ file: snapshot.file, snapshot }]).issues;
    const { plan } = buildImportPlan(EMPTY, sourcesOf(snapshot), OPTIONS);
    const after = validateRound([{ file: "x", snapshot: applyPlanToSnapshot(EMPTY, plan) }]).issues;
    const mismatch = (issues: typeof before) =>
      issues.filter((i) => i.rule === "FUND-TOTAL-MISMATCH").map((i) => i.params);
    expect(mismatch(before)).toHaveLength(1);
    expect(mismatch(after)).toEqual(mismatch(before));
  });

  it("keeps every text cell as text: formulas, commands, ids and leading zeros", () => {
    const snapshot = fileSnapshot(0);
    const layout = proposalLayout(SAMPLE_PERIOD);
    const row = layout.itemsFirstRow;
    const texts: [number, string][] = [
      [layout.itemColumns.itemId, "1.1"],
      [layout.itemColumns.objective, '=HYPERLINK("http://example.com","x")'],
      [layout.itemColumns.notes, "+cmd|' /C calc'!A0"],
      [layout.itemColumns.statute, "00123"],
    ];
    const edited = applyPlanToSnapshot(snapshot, {
      edits: texts.map(([col, value]) => ({
        sheet: snapshot.sheets[0].name,
        blocks: [
          {
            topLeft: `${String.fromCharCode(65 + col)}${row + 1}`,
            cells: [[{ kind: "text", text: value } as PlanCell]],
          },
        ],
      })),
    });
    const { plan, imported } = buildImportPlan(EMPTY, sourcesOf(edited), OPTIONS);
    const spec = plan.sheets?.find((s) => s.name === imported[0].sheet);
    const cells = spec?.blocks[0].cells ?? [];
    for (const [col, value] of texts)
      expect(cells[row][col]).toEqual({ kind: "text", text: value });
  });

  it("keeps the old sheet of a re-imported region as a hidden, registered backup and counts the region once", () => {
    const snapshot = fileSnapshot(0);
    const first = buildImportPlan(EMPTY, sourcesOf(snapshot), OPTIONS);
    const once = applyPlanToSnapshot(EMPTY, first.plan);
    const second = buildImportPlan(once, sourcesOf(snapshot), OPTIONS);
    const twice = applyPlanToSnapshot(once, second.plan);

    const backup = second.imported[0].backup;
    expect(backup).toBe(`${first.imported[0].sheet} (vanha 2026-11-28)`);
    expect(backup?.length).toBeLessThanOrEqual(31);
    expect(twice.sheets.find((s) => s.name === backup)?.visibility).toBe("hidden");
    expect(twice.registry.find((r) => r.sheet === backup)?.role).toBe("backup");
    expect(twice.sheets.find((s) => s.name === second.imported[0].sheet)?.visibility).toBe(
      "visible",
    );

    const round = validateRound([{ file: "w", snapshot: twice }]);
    expect(round.proposals.map((p) => p.region)).toEqual([first.imported[0].region]);
    expect(round.issues.filter((i) => i.rule === "HDR-DUPLICATE-REGION")).toEqual([]);
  });

  it("writes one import log with a row per file, and adds to it on the next import", () => {
    const a = fileSnapshot(0);
    const b = fileSnapshot(1);
    const first = buildImportPlan(EMPTY, sourcesOf(a), OPTIONS);
    const once = applyPlanToSnapshot(EMPTY, first.plan);
    const second = buildImportPlan(once, sourcesOf(b), OPTIONS);
    const twice = applyPlanToSnapshot(once, second.plan);
    expect(second.logSheet).toBe(first.logSheet);
    const log = twice.sheets.find((s) => s.name === first.logSheet);
    expect(twice.registry.find((r) => r.sheet === first.logSheet)?.role).toBe("log");
    expect(log?.cells.slice(1).map((row) => row[0])).toEqual([
      { kind: "text", text: a.file },
      { kind: "text", text: b.file },
    ]);
    expect(log?.cells[1][2]).toEqual({ kind: "text", text: "ab".repeat(32) });
  });

  it("imports the good files of a batch with a file that has no proposal", () => {
    const junk: WorkbookSnapshot = {
      file: "junk.xlsx",
      sheets: [
        {
          name: "Sheet1",
          visibility: "visible",
          isProtected: false,
          cells: [[{ kind: "text", text: "hello" }]],
          tables: [],
        },
      ],
      registry: [],
      structureProtected: false,
    };
    const junkPreview = previewFile(
      { file: "junk.xlsx", size: 5, sha256: "00", time: OPTIONS.time },
      junk,
    );
    expect(junkPreview.unusable).toBe("no-proposal");
    const sources = [...sourcesOf(fileSnapshot(0)), ...sourcesOf(fileSnapshot(1))];
    const { plan, imported } = buildImportPlan(EMPTY, sources, OPTIONS);
    const workbook = applyPlanToSnapshot(EMPTY, plan);
    expect(imported).toHaveLength(2);
    expect(validateRound([{ file: "w", snapshot: workbook }]).proposals).toHaveLength(2);
  });

  it("imports only the first of two files for one region", () => {
    const sources = [...sourcesOf(fileSnapshot(0)), ...sourcesOf(fileSnapshot(0))];
    const { imported } = buildImportPlan(EMPTY, sources, OPTIONS);
    expect(imported).toHaveLength(1);
  });
});
