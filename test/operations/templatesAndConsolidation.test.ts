import { insertTemplate, runConsolidation } from "../../src/operations";
import { buildWorkbook, changedCells, dumpWorkbook, type FakeWorkbook } from "../fake-excel";
import { hostOver, roundBook } from "./round";

const now = (): Date => new Date("2026-03-15T10:00:00Z");

describe("insertTemplate", () => {
  it("adds a proposal under a free name in ≤ 3 syncs, activates it, overwrites nothing", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Esitys MK02", rows: [["my own"]] }] });
    const before = dumpWorkbook(book);
    const { host, core } = hostOver(book);
    const inserted = await insertTemplate(
      host,
      { kind: "proposal", lang: "fi", region: "MK02", period: { start: 2026, end: 2028 } },
      now,
    );
    // The outline (the sheet list, then protection and registry) and the write.
    expect(core.syncCount).toBeLessThanOrEqual(3);
    expect(inserted.sheet).toBe("Esitys MK02 (2)");
    expect(book.activeSheet?.name).toBe("Esitys MK02 (2)");
    expect(book.sheet("Esitys MK02").cell(0, 0)?.value).toBe("my own");
    expect(
      changedCells(before, dumpWorkbook(book)).filter((c) => c.startsWith("Esitys MK02!")),
    ).toEqual([]);
    // A second one finds the lists sheet in the outline and does not write it again.
    await insertTemplate(host, { kind: "settings", lang: "en", withThemes: false }, now);
    expect(book.sheets.filter((s) => s.name === "_ra_lists")).toHaveLength(1);
  });
});

describe("runConsolidation", () => {
  let book: FakeWorkbook;
  beforeEach(async () => {
    book = await roundBook(3);
  }, 60_000);

  const sourceNames = (b: FakeWorkbook): string[] =>
    b.sheets.map((s) => s.name).filter((n) => n.startsWith("Esitys") || n.startsWith("Kierroksen"));

  it("reads in ≤ 3 syncs, writes in 1, never writes a source cell, reports n / 18", async () => {
    const before = dumpWorkbook(book);
    const { host, core } = hostOver(book);
    const phases: string[] = [];
    const outcome = await runConsolidation(host, {
      lang: "fi",
      now,
      onProgress: (p) => phases.push(p),
    });
    expect(phases).toEqual(["reading", "computing", "writing"]);
    expect(core.syncCount).toBeLessThanOrEqual(4);
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(outcome.summary.submitted).toBe(18);
    expect(outcome.summary.eligible).toBe(18);
    expect(outcome.summary.missingRegions).toEqual([]);
    expect(outcome.summary.sheets.length).toBeGreaterThan(0);
    const sources = new Set(sourceNames(book));
    expect(
      changedCells(before, dumpWorkbook(book)).filter((c) => sources.has(c.split("!")[0])),
    ).toEqual([]);
  });

  it("re-running replaces only the generated sheets", async () => {
    const { host } = hostOver(book);
    const first = await runConsolidation(host, { lang: "fi", now });
    const count = book.sheets.length;
    const second = await runConsolidation(host, { lang: "fi", now });
    expect(book.sheets.length).toBe(count);
    if (first.kind !== "done" || second.kind !== "done") throw new Error("not done");
    expect(second.summary.sheets).toEqual(first.summary.sheets);
  });

  it("asks before replacing an edited generated sheet, and replaces it once allowed", async () => {
    const { host } = hostOver(book);
    const first = await runConsolidation(host, { lang: "fi", now });
    if (first.kind !== "done") throw new Error(first.kind);
    const summary = book.sheet(first.summary.sheets[0]);
    summary.setCell(0, 0, { value: "edited by me", type: "String", numberFormat: "General" });
    const asked = await runConsolidation(host, { lang: "fi", now });
    expect(asked).toEqual({ kind: "needsConsent", editedSheets: [first.summary.sheets[0]] });
    expect(book.sheet(first.summary.sheets[0]).cell(0, 0)?.value).toBe("edited by me");
    const allowed = await runConsolidation(host, { lang: "fi", now, replaceEdited: true });
    expect(allowed.kind).toBe("done");
    expect(book.sheet(first.summary.sheets[0]).cell(0, 0)?.value).not.toBe("edited by me");
  });

  it("cancelled before writing, writes nothing", async () => {
    const before = dumpWorkbook(book);
    const { host } = hostOver(book);
    const controller = new AbortController();
    const outcome = await runConsolidation(host, {
      lang: "fi",
      now,
      signal: controller.signal,
      onProgress: (phase) => {
        if (phase === "computing") controller.abort();
      },
    });
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(dumpWorkbook(book)).toEqual(before);
  });
});
