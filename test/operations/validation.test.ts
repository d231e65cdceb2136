import { markerFormula } from "../../src/core/model/plan";
import { fixesOfRule } from "../../src/core/rules/fixes";
import { clearMarkers, markIssues, runValidation } from "../../src/operations";
import { changedCells, dumpWorkbook, MB, type FakeWorkbook } from "../fake-excel";
import { hostOver, roundBook } from "./round";

const ownFormulas = (book: FakeWorkbook): string[] =>
  book.sheets
    .flatMap((s) => s.conditionalFormats.map((cf) => cf.formula))
    .filter((f) => f.includes('"ra:'));

describe("validation of a round of 18 regions × 200 items", () => {
  let book: FakeWorkbook;
  beforeAll(async () => {
    book = await roundBook(200);
  }, 60_000);

  it("reads in 2 + ⌈payload / 4 MB⌉ syncs, never one per sheet, and marks in 2 more", async () => {
    const sheet = book.sheets.find((s) => s.name.includes("MK02"));
    const theme = sheet?.cell(11, 1);
    if (theme?.type !== "String") throw new Error("no theme cell");
    theme.value = `  ${String(theme.value)} `;
    const { host, core } = hostOver(book);
    const run = await runValidation(host, { lang: "fi" });
    const payload = core.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    // The sheet list, their used ranges, then the cells.
    expect(core.syncCount).toBe(2 + Math.ceil(payload / (4 * MB)));
    for (const sync of core.syncs) expect(sync.responseBytes).toBeLessThanOrEqual(4 * MB);
    expect(run.validation.proposals).toHaveLength(18);
    expect(run.messages).toHaveLength(run.issues.length);
    expect(run.issues.some((i) => i.cell !== null)).toBe(true);
    const before = core.syncCount;
    await markIssues(host, run.issues, run.snapshot);
    // The markers read again and the write (and, once per pane where markers span several
    // areas, a try of how this Excel separates them).
    expect(core.syncCount - before).toBe(2);
    const marked = ownFormulas(book).length;
    expect(marked).toBeGreaterThan(0);

    // Validate + mark again: the markers are read again; being the same, nothing is written.
    const again = await runValidation(host, { lang: "fi" });
    const read = core.syncCount;
    await markIssues(host, again.issues, again.snapshot);
    expect(core.syncCount - read).toBe(1);
    expect(ownFormulas(book).length).toBe(marked);
  });
});

describe("markers and fixes on a small round", () => {
  let book: FakeWorkbook;
  beforeEach(async () => {
    book = await roundBook(3);
    const sheet = book.sheets.find((s) => s.name.includes("MK02"));
    if (!sheet) throw new Error("no MK02 sheet");
    // The user's own conditional format and fill.
    sheet.conditionalFormats.push({
      id: "user-cf",
      type: "Custom",
      ranges: [{ top: 0, left: 0, bottom: 3, right: 3 }],
      formula: "=A1>10",
      fill: "#00FF00",
      fontColor: null,
    });
    const cell = sheet.cell(0, 0);
    if (cell) cell.fill = "#123456";
  }, 60_000);

  function mk02(): FakeWorkbook["sheets"][number] {
    const sheet = book.sheets.find((s) => s.name.includes("MK02"));
    if (!sheet) throw new Error("no MK02 sheet");
    return sheet;
  }

  /** Puts problems the rules see into the MK02 items table: a theme with stray spaces, an unknown ministry. */
  async function spoil(): Promise<void> {
    const sheet = mk02();
    // Themes of the three items (B12:B14) with stray spaces: CELL-WHITESPACE, fixable.
    for (let r = 11; r <= 13; r++) {
      const cell = sheet.cell(r, 1);
      if (cell?.type !== "String") throw new Error("no theme cell");
      cell.value = `  ${String(cell.value)} `;
    }
    return Promise.resolve();
  }

  it("marks issues and clears them in 1 read and 1 write each; the user's format and fill survive both", async () => {
    await spoil();
    const { host, core } = hostOver(book);
    const run = await runValidation(host, { lang: "en" });
    const onSheet = run.issues.filter((i) => i.sheet === mk02().name && i.cell !== null);
    expect(onSheet.length).toBeGreaterThan(0);
    const read = core.syncCount;
    await markIssues(host, run.issues, run.snapshot);
    expect(core.syncCount - read).toBeLessThanOrEqual(3);
    expect(ownFormulas(book).length).toBeGreaterThan(0);
    expect(
      mk02().conditionalFormats.some((cf) => cf.formula === markerFormula(onSheet[0].severity)),
    ).toBe(true);
    expect(
      mk02().conditionalFormats.every((cf) => !cf.formula.includes('"ra:') || cf.fill !== null),
    ).toBe(true);

    const before = core.syncCount;
    await clearMarkers(host, run.snapshot);
    expect(core.syncCount - before).toBe(2);
    expect(ownFormulas(book)).toEqual([]);
    expect(mk02().conditionalFormats.map((cf) => cf.id)).toContain("user-cf");
    expect(mk02().cell(0, 0)?.fill).toBe("#123456");
  });

  it("marking twice on one basis leaves one set of markers; the second writes nothing", async () => {
    await spoil();
    const { host, core } = hostOver(book);
    const run = await runValidation(host, { lang: "fi" });
    await markIssues(host, run.issues, run.snapshot);
    const once = ownFormulas(book).length;
    const before = core.syncCount;
    await markIssues(host, run.issues, run.snapshot);
    expect(core.syncCount - before).toBe(1);
    expect(ownFormulas(book).length).toBe(once);
    expect(mk02().conditionalFormats.map((cf) => cf.id)).toContain("user-cf");
  });

  it("marks from an older snapshot whose markers were removed meanwhile, by finding them again", async () => {
    await spoil();
    const { host } = hostOver(book);
    const first = await runValidation(host, { lang: "fi" });
    await markIssues(host, first.issues, first.snapshot);
    const second = await runValidation(host, { lang: "fi" });
    // The markers `second` knows of are gone, by a mark on another basis.
    await markIssues(host, first.issues, first.snapshot);
    await markIssues(host, second.issues, second.snapshot);
    const once = ownFormulas(book).length;
    expect(once).toBeGreaterThan(0);
    await markIssues(host, first.issues, first.snapshot);
    expect(ownFormulas(book).length).toBe(once);
    expect(mk02().conditionalFormats.map((cf) => cf.id)).toContain("user-cf");
  });

  it("clears markers without a basis in 2 outline syncs, 1 marker read and 1 write", async () => {
    await spoil();
    const { host, core } = hostOver(book);
    const run = await runValidation(host, { lang: "fi" });
    await markIssues(host, run.issues, run.snapshot);
    expect(ownFormulas(book).length).toBeGreaterThan(0);
    const before = core.syncCount;
    await clearMarkers(host);
    expect(core.syncCount - before).toBe(4);
    expect(ownFormulas(book)).toEqual([]);
    expect(mk02().conditionalFormats.map((cf) => cf.id)).toEqual(["user-cf"]);
    expect(mk02().cell(0, 0)?.fill).toBe("#123456");
  });

  it("a fix writes only the fixed cells and the re-check no longer reports them", async () => {
    await spoil();
    const { host } = hostOver(book);
    const run = await runValidation(host, { lang: "fi" });
    const whitespace = run.issues.filter((i) => i.rule === "CELL-WHITESPACE" && i.fix !== null);
    expect(whitespace.length).toBeGreaterThan(0);
    const fixes = fixesOfRule(run.issues, "CELL-WHITESPACE");
    const before = dumpWorkbook(book);
    const { applyFixes } = await import("../../src/operations");
    const after = await applyFixes(host, fixes, run.snapshot, { lang: "fi" });
    const expected = fixes.map((f) => `${f.sheet}!${f.cell}`).sort();
    expect(changedCells(before, dumpWorkbook(book))).toEqual(expected);
    expect(after.issues.filter((i) => i.rule === "CELL-WHITESPACE")).toEqual([]);
  });
});
