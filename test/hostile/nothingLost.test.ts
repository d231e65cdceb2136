/**
 * Nothing is lost (docs/design.md § 10): no operation but "apply fix" changes a source cell, clearing
 * markers gives back the user's exact formats, re-consolidation replaces only generated sheets,
 * and a re-import keeps the old sheet as a backup with the region counted once.
 */
import { previewFile, type ImportSource } from "../../src/core/import";
import { validateRound } from "../../src/core/rules/validateRound";
import { readWorkbook } from "../../src/workbook/office";
import {
  clearMarkers,
  insertTemplate,
  markIssues,
  runConsolidation,
  runValidation,
} from "../../src/operations";
import { applyImport } from "../../src/operations/import";
import { changedCells, dumpWorkbook, fakeContext, type FakeWorkbook } from "../fake-excel";
import { buildProposal, SAMPLE_ITEMS } from "../core/recognise/sheetBuilder";
import { fakeBook, fakeSheetOf, NOW, officeHost } from "./workbooks";

jest.setTimeout(60_000);

/** Issues on every row (stray spaces), so that markers land on the source sheets. */
const spaced = SAMPLE_ITEMS.map((item) => ({ ...item, theme: ` ${String(item.theme)}  ` }));
const SOURCES = ["Esitys MK18", "Esitys MK19", "Muistiinpanot"];

function userBook(): FakeWorkbook {
  const b = fakeBook([
    fakeSheetOf(buildProposal({ region: "Kainuu", name: "Esitys MK18", items: spaced }).sheet, {
      conditionalFormats: [{ ranges: ["A6:Z9"], formula: '=$J6="LVM"', fill: "#FFFF00" }],
    }),
    fakeSheetOf(buildProposal({ region: "Lappi", name: "Esitys MK19" }).sheet),
    {
      name: "Muistiinpanot",
      rows: [["oma muistiinpano", { value: 42, numberFormat: "0.0", fill: "#00FF00" }]],
      conditionalFormats: [{ ranges: ["B1"], formula: "=B1>40", fill: "#FF00FF" }],
    },
  ]);
  // The user's own fills on header and item cells of a proposal.
  const sheet = b.sheet("Esitys MK18");
  for (const [r, c] of [
    [5, 0],
    [6, 1],
    [7, 9],
  ] as const) {
    const cell = sheet.cell(r, c);
    if (cell) cell.fill = "#ABCDEF";
  }
  return b;
}

/** Every source sheet in full: cells with values, formats and fills, conditional formats, tables. */
function sources(b: FakeWorkbook) {
  const dump = dumpWorkbook(b);
  return Object.fromEntries(
    Object.entries(dump).filter(([, s]) => SOURCES.includes(String(s.name))),
  );
}

const sourceCellsChanged = (b: FakeWorkbook, before: ReturnType<typeof sources>): string[] =>
  changedCells(before, sources(b));

async function importSource(region: string, akke: number): Promise<ImportSource> {
  const proposal = buildProposal({
    region,
    name: "Ehdotus",
    funding: {
      years: [2026],
      rows: [
        { itemId: "1.2", source: "AKKE (sopimuksellinen yhteistyö)", amounts: [akke], total: akke },
      ],
    },
  });
  const preview = previewFile(
    { file: `${region}.xlsx`, size: 1, sha256: "ab", time: NOW().toISOString() },
    { file: `${region}.xlsx`, sheets: [proposal.sheet], registry: [], structureProtected: false },
  );
  const source = preview.proposals[0]?.source;
  if (!source) throw new Error("not importable");
  return Promise.resolve(source);
}

describe("no operation but apply fix changes a source cell", () => {
  it("validate + mark, clear markers: cells untouched, then the exact user formats back", async () => {
    const b = userBook();
    const before = sources(b);
    const host = officeHost(b);
    const run = await runValidation(host, { lang: "fi" });
    expect(run.issues.some((i) => i.sheet === "Esitys MK18" && i.cell !== null)).toBe(true);
    await markIssues(host, run.issues, run.snapshot);
    expect(b.sheet("Esitys MK18").conditionalFormats.length).toBeGreaterThan(1);
    expect(sourceCellsChanged(b, before)).toEqual([]);
    await clearMarkers(host, run.snapshot);
    expect(sources(b)).toEqual(before);
  });

  it("insert template, consolidate, import: source sheets identical, cell for cell and format for format", async () => {
    const b = userBook();
    const before = sources(b);
    const host = officeHost(b);
    await insertTemplate(
      host,
      { kind: "proposal", lang: "fi", region: "MK02", period: { start: 2026, end: 2028 } },
      NOW,
    );
    expect(sources(b)).toEqual(before);
    const outcome = await runConsolidation(host, { lang: "fi", now: NOW });
    expect(outcome.kind).toBe("done");
    expect(sources(b)).toEqual(before);
    await applyImport(host, [await importSource("Satakunta", 1_000)], { lang: "fi", now: NOW });
    expect(sources(b)).toEqual(before);
  });
});

describe("re-running", () => {
  it("re-consolidation replaces only the generated sheets", async () => {
    const b = userBook();
    const host = officeHost(b);
    const first = await runConsolidation(host, { lang: "en", now: NOW });
    if (first.kind !== "done") throw new Error(first.kind);
    const generated = new Set(first.summary.sheets);
    const userSheets = (book: FakeWorkbook) =>
      book.sheets.filter((s) => !generated.has(s.name) && s.name !== "_ra").map((s) => s.name);
    const userBefore = userSheets(b);
    const dumpBefore = dumpWorkbook(b);
    const keptIds = b.sheets.filter((s) => !generated.has(s.name)).map((s) => s.id);

    const second = await runConsolidation(host, { lang: "en", now: NOW });
    if (second.kind !== "done") throw new Error(second.kind);
    expect(second.summary.sheets).toEqual(first.summary.sheets);
    expect(userSheets(b)).toEqual(userBefore);
    // The user's sheets are the same sheets with the same content; only generated ones are new.
    const dumpAfter = dumpWorkbook(b);
    for (const id of keptIds.filter((id) => dumpBefore[id]?.name !== "_ra"))
      expect(dumpAfter[id]).toEqual(dumpBefore[id]);
    for (const name of generated) expect(keptIds).not.toContain(b.sheet(name).id);
  });

  it("a re-import keeps the old sheet as a hidden backup and the region is counted once", async () => {
    const b = userBook();
    const host = officeHost(b);
    const originalId = b.sheet("Esitys MK18").id;
    const kainuuBefore = dumpWorkbook(b)[originalId];

    const first = await applyImport(host, [await importSource("Kainuu", 2_000)], {
      lang: "fi",
      now: NOW,
    });
    const second = await applyImport(host, [await importSource("Kainuu", 3_000)], {
      lang: "fi",
      now: NOW,
    });
    expect(first.imported[0].sheet).toBe("Esitys MK18");
    expect(second.imported[0].backup).not.toBeNull();
    expect(second.imported[0].backup).not.toBe(first.imported[0].backup);

    // The user's original sheet is still there, cell for cell, only renamed and hidden.
    const original = b.sheets.find((sheet) => sheet.id === originalId);
    if (!original) throw new Error("the original sheet is gone");
    expect(original.name).toBe(first.imported[0].backup);
    expect(original.visibility).not.toBe("Visible");
    const { name: _renamed, visibility: _hidden, ...content } = dumpWorkbook(b)[originalId];
    const { name: _n, visibility: _v, ...contentBefore } = kainuuBefore;
    expect(content).toEqual(contentBefore);
    const snapshot = await readWorkbook(fakeContext(b).context);
    const validation = validateRound([{ file: "Book1.xlsx", snapshot }]);
    expect(validation.proposals.filter((p) => p.region === "MK18")).toHaveLength(1);
    expect(validation.issues.filter((i) => i.rule === "HDR-DUPLICATE-REGION")).toEqual([]);
    const outcome = await runConsolidation(host, { lang: "fi", now: NOW });
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(outcome.summary.submitted).toBe(2);
  });
});
