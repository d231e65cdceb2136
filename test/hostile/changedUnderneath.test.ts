/**
 * The workbook changes between the read and the write, or refuses the write: the operation
 * fails with an error the pane can name, the user's sheets stay as they were, and no
 * half-built temporary sheet is left behind.
 */
import { fixesOfRule } from "../../src/core/rules/fixes";
import { hostErrorOf, type WorkbookHost } from "../../src/workbook/host";
import {
  applyFixes,
  clearMarkers,
  insertTemplate,
  markIssues,
  runConsolidation,
  runValidation,
} from "../../src/operations";
import { applyImport } from "../../src/operations/import";
import { previewFile } from "../../src/core/import";
import { dumpWorkbook, type FakeWorkbook } from "../fake-excel";
import { buildProposal, SAMPLE_ITEMS } from "../core/recognise/sheetBuilder";
import { fakeBook, fakeSheetOf, NOW, officeHost } from "./workbooks";

/** Themes with stray spaces: fixable issues on every item row. */
const spaced = SAMPLE_ITEMS.map((item) => ({ ...item, theme: ` ${String(item.theme)}  ` }));
const kainuu = buildProposal({ region: "Kainuu", name: "Esitys MK18", items: spaced }).sheet;
const lappi = buildProposal({ region: "Lappi", name: "Esitys MK19", items: spaced }).sheet;

function book(options: { protectedSheet?: boolean; structureProtected?: boolean } = {}) {
  return fakeBook(
    [
      fakeSheetOf(kainuu, { protected: options.protectedSheet ?? false }),
      fakeSheetOf(lappi),
      { name: "Muistiinpanot", rows: [["oma", 1]] },
    ],
    { structureProtected: options.structureProtected ?? false },
  );
}

/** A host whose workbook loses `sheet` right after each full read, as if the user deleted it meanwhile. */
function deletingAfterRead(b: FakeWorkbook, inner: WorkbookHost, sheet: string): WorkbookHost {
  return {
    ...inner,
    read: async (onProgress) => {
      const snapshot = await inner.read(onProgress);
      const gone = b.findSheet(sheet);
      if (gone) b.deleteSheet(gone);
      return snapshot;
    },
  };
}

const names = (b: FakeWorkbook): string[] => b.sheets.map((s) => s.name);
const temporary = (b: FakeWorkbook): string[] => names(b).filter((n) => n.startsWith("~ra"));

/** The dump of every sheet but those named, for "the others unchanged". */
function others(b: FakeWorkbook, ...except: string[]) {
  const dump = dumpWorkbook(b);
  return Object.fromEntries(
    Object.entries(dump).filter(([, sheet]) => !except.includes(String(sheet.name))),
  );
}

describe("a sheet deleted between read and write", () => {
  it("re-consolidation whose generated sheet is gone: changed, no ~ra sheet left, sources whole", async () => {
    const b = book();
    const host = officeHost(b);
    const first = await runConsolidation(host, { lang: "en", now: NOW });
    if (first.kind !== "done") throw new Error(first.kind);
    const summary = first.summary.sheets[0];
    const before = others(b, summary);

    const error = await runConsolidation(deletingAfterRead(b, host, summary), {
      lang: "en",
      now: NOW,
      replaceEdited: true,
    }).catch((e: unknown) => e);
    expect(hostErrorOf(error)).toEqual({ kind: "changed", sheets: [summary] });
    expect(temporary(b)).toEqual([]);
    expect(others(b, summary)).toEqual(before);
  });

  it("fixes for a sheet that is gone: changed, naming it, and the other sheets untouched", async () => {
    const b = book();
    const host = officeHost(b);
    const run = await runValidation(host, { lang: "en" });
    const fixes = fixesOfRule(run.issues, "CELL-WHITESPACE").filter(
      (f) => f.sheet === "Esitys MK18",
    );
    expect(fixes.length).toBeGreaterThan(0);
    b.deleteSheet(b.sheet("Esitys MK18"));
    const before = dumpWorkbook(b);
    const error = await applyFixes(host, fixes, run.snapshot, { lang: "en" }).catch(
      (e: unknown) => e,
    );
    expect(hostErrorOf(error)).toEqual({ kind: "changed", sheets: ["Esitys MK18"] });
    expect(dumpWorkbook(b)).toEqual(before);
  });

  it("markers for a sheet that is gone fail as changed; clearing markers still works", async () => {
    const b = book();
    const host = officeHost(b);
    const run = await runValidation(host, { lang: "en" });
    b.deleteSheet(b.sheet("Esitys MK18"));
    await expect(markIssues(host, run.issues, run.snapshot)).rejects.toMatchObject({
      reason: { kind: "changed" },
    });
    await expect(clearMarkers(host, run.snapshot)).resolves.toBeUndefined();
    expect(b.sheets.flatMap((s) => s.conditionalFormats)).toEqual([]);
  });
});

describe("a protected sheet or workbook structure", () => {
  it("fixes into a protected sheet are refused with a typed error before anything is written", async () => {
    const b = book({ protectedSheet: true });
    const host = officeHost(b);
    const run = await runValidation(host, { lang: "en" });
    const before = dumpWorkbook(b);
    const error = await applyFixes(host, fixesOfRule(run.issues, "CELL-WHITESPACE"), run.snapshot, {
      lang: "en",
    }).catch((e: unknown) => e);
    expect(hostErrorOf(error)).toEqual({
      kind: "protected",
      sheets: ["Esitys MK18"],
      structure: false,
    });
    expect(dumpWorkbook(b)).toEqual(before);
  });

  it("markers leave a protected sheet unwritten and still mark the others", async () => {
    const b = book({ protectedSheet: true });
    const host = officeHost(b);
    const run = await runValidation(host, { lang: "en" });
    expect(run.issues.some((i) => i.sheet === "Esitys MK18" && i.cell !== null)).toBe(true);
    const before = dumpWorkbook(b)[b.sheet("Esitys MK18").id];
    await markIssues(host, run.issues, run.snapshot);
    expect(dumpWorkbook(b)[b.sheet("Esitys MK18").id]).toEqual(before);
    expect(b.sheet("Esitys MK19").conditionalFormats.length).toBeGreaterThan(0);
  });

  it("consolidation, templates and import into a protected structure are refused, nothing written", async () => {
    const b = book({ structureProtected: true });
    const host = officeHost(b);
    const before = dumpWorkbook(b);
    const sheetsBefore = names(b);

    const consolidation = await runConsolidation(host, { lang: "fi", now: NOW }).catch(
      (e: unknown) => e,
    );
    expect(consolidation).toMatchObject({ reason: { kind: "protected", structure: true } });

    const template = await insertTemplate(
      host,
      { kind: "proposal", lang: "fi", region: "MK02", period: { start: 2026, end: 2028 } },
      NOW,
    ).catch((e: unknown) => e);
    expect(template).toMatchObject({ reason: { kind: "protected", structure: true } });

    const preview = previewFile(
      { file: "mk02.xlsx", size: 1, sha256: "00", time: NOW().toISOString() },
      {
        file: "mk02.xlsx",
        sheets: [buildProposal({ region: "Varsinais-Suomi" }).sheet],
        registry: [],
        structureProtected: false,
      },
    );
    const source = preview.proposals[0]?.source;
    if (!source) throw new Error("not importable");
    const imported = await applyImport(host, [source], { lang: "fi", now: NOW }).catch(
      (e: unknown) => e,
    );
    expect(imported).toMatchObject({ reason: { kind: "protected", structure: true } });

    expect(names(b)).toEqual(sheetsBefore);
    expect(dumpWorkbook(b)).toEqual(before);
  });
});
