/**
 * Formula-looking text typed into a proposal (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`, `-2+3`,
 * `1.1`, `00123`, `TRUE`) stays exactly that text wherever the add-in copies it: the fake
 * Excel converts a string written without the `@` format the way Excel does, so a lost `@`
 * turns one of these into a formula, a number, a date or a boolean and fails here.
 */
import { consolidate, consolidationPlan } from "../../src/core/consolidate";
import { renderMemo } from "../../src/core/memo";
import { previewFile } from "../../src/core/import";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { validateRound } from "../../src/core/rules/validateRound";
import { applyImport } from "../../src/operations/import";
import { runConsolidation } from "../../src/operations";
import { readWorkbook } from "../../src/workbook/office";
import { loadXlsxAdapter } from "../../src/workbook/xlsx";
import { fakeContext, type FakeSheet, type FakeWorkbook } from "../fake-excel";
import {
  fakeBook,
  fakeSheetOf,
  FORMULA_LOOKING,
  NOW,
  officeHost,
  proposalWithTexts,
  TEXT_KEYS,
} from "./workbooks";

const VALUES = [...FORMULA_LOOKING];
const proposal = proposalWithTexts(VALUES, "Varsinais-Suomi", "Esitys MK02");
const LINK = /^=HYPERLINK\("#'(?:[^']|'')+'![A-Z]+\d+","(?:[^"]|"")*"\)$/;

function snapshotOf(): WorkbookSnapshot {
  return { file: "mk02.xlsx", sheets: [proposal.sheet], registry: [], structureProtected: false };
}

/** Each value's cells on the sheet: how Excel holds them. */
function cellsHolding(sheet: FakeSheet, value: string) {
  return [...sheet.cells.values()].filter((c) => c.value === value);
}

/** The template's total column of the funding table, on a normalised sheet. */
const TEMPLATE_SUM = /^=IF\(COUNT\([A-Z]+\d+:[A-Z]+\d+\)=0,"",SUM\([A-Z]+\d+:[A-Z]+\d+\)\)$/;

function expectTextEverywhere(sheet: FakeSheet, allowed: readonly RegExp[] = [LINK]): void {
  for (const value of VALUES) {
    const cells = cellsHolding(sheet, value);
    expect({ sheet: sheet.name, value, count: cells.length > 0 }).toEqual({
      sheet: sheet.name,
      value,
      count: true,
    });
    for (const cell of cells)
      expect({ sheet: sheet.name, ...cell }).toEqual({
        sheet: sheet.name,
        value,
        type: "String",
        numberFormat: "@",
      });
  }
  // The only formulas the add-in writes are its links to source rows (and the template's totals).
  for (const cell of sheet.cells.values())
    if (cell.formula !== undefined)
      expect([cell.formula, allowed.some((a) => a.test(cell.formula ?? ""))]).toEqual([
        cell.formula,
        true,
      ]);
}

describe("formula-looking text in every text column stays text", () => {
  let book: FakeWorkbook;
  beforeEach(() => {
    book = fakeBook([fakeSheetOf(proposal.sheet)]);
  });

  it("is read from Excel as the text it is, in every text column", async () => {
    const { context } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    const { proposals } = validateRound([{ file: "Book1.xlsx", snapshot }]);
    expect(proposals).toHaveLength(1);
    proposals[0].items.forEach((item, i) => {
      for (const key of TEXT_KEYS)
        expect([key, (item as unknown as Record<string, unknown>)[key]]).toEqual([key, VALUES[i]]);
    });
  });

  it("is written as text (format @) into every generated sheet through the Office adapter", async () => {
    const outcome = await runConsolidation(officeHost(book), { lang: "fi", now: NOW });
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    const [, ...lists] = outcome.summary.sheets; // the Summary holds no item text
    expect(lists).toHaveLength(6);
    for (const name of lists) expectTextEverywhere(book.sheet(name));
  });

  it("is in the memo verbatim: the plain text as typed, the HTML escaped", () => {
    const validation = validateRound([{ file: "mk02.xlsx", snapshot: snapshotOf() }]);
    const consolidation = consolidate(validation.proposals, validation.settings, validation.issues);
    const memo = renderMemo(consolidation, validation.settings, { lang: "fi", date: "2026-03-15" });
    const decoded = memo.html
      .replace(/<[^>]*>/g, "")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    for (const value of VALUES) {
      expect(memo.text).toContain(value);
      expect(decoded).toContain(value);
    }
    expect(memo.html).not.toContain('"http://x"');
  });

  it("is written as text into the normalised sheet of an import", async () => {
    const preview = previewFile(
      { file: "mk02.xlsx", size: 1, sha256: "00", time: NOW().toISOString() },
      snapshotOf(),
    );
    const source = preview.proposals[0]?.source;
    if (!source) throw new Error("not importable");
    const target = fakeBook([{ name: "Muistiinpanot", rows: [["oma"]] }]);
    const outcome = await applyImport(officeHost(target), [source], { lang: "fi", now: NOW });
    expect(outcome.imported).toHaveLength(1);
    expectTextEverywhere(target.sheet(outcome.imported[0].sheet), [TEMPLATE_SUM]);
  });

  it("is written by writeXlsx as text with the @ format and read back the same", async () => {
    const snapshot = snapshotOf();
    const validation = validateRound([{ file: "mk02.xlsx", snapshot }]);
    const consolidation = consolidate(validation.proposals, validation.settings, validation.issues);
    const plan = consolidationPlan(consolidation, validation.settings, "en", snapshot, {
      time: NOW().toISOString(),
      date: 46096,
    });
    const { writeXlsx, readXlsx } = await loadXlsxAdapter();
    const { bytes } = await writeXlsx(plan);
    const back = await readXlsx(bytes, "summary.xlsx");
    const generated = (plan.sheets ?? []).map((s) => s.name).slice(1);
    expect(generated).toHaveLength(6);
    for (const name of generated) {
      const sheet = back.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`no ${name}`);
      for (const value of VALUES) {
        const places = sheet.cells.flatMap((row, r) =>
          row.flatMap((cell, c) =>
            cell.kind === "text" && cell.text === value ? [[r, c] as const] : [],
          ),
        );
        expect([name, value, places.length > 0]).toEqual([name, value, true]);
        for (const [r, c] of places) expect(sheet.numberFormats?.[r]?.[c]).toBe("@");
      }
      // Nothing came back as a number, a boolean or a formula result in place of the text.
      const values = sheet.cells.flat();
      expect(values.some((v) => v.kind === "boolean")).toBe(false);
      expect(values.some((v) => v.kind === "number" && v.value === 123)).toBe(false);
    }
  });
});
