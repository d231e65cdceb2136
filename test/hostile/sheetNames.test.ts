/**
 * Sheet names with apostrophes, double quotes and exactly 31 characters: the links of All
 * items lead to the right sheet and row, markers and fixes land on the right sheet.
 */
import { fixesOfRule } from "../../src/core/rules/fixes";
import { parseA1 } from "../../src/core/model/address";
import { applyFixes, markIssues, runConsolidation, runValidation } from "../../src/operations";
import { changedCells, dumpWorkbook } from "../fake-excel";
import { buildProposal, SAMPLE_ITEMS } from "../core/recognise/sheetBuilder";
import { fakeBook, fakeSheetOf, NOW, officeHost } from "./workbooks";

const THIRTY_ONE = `O'Brien's "draft" for Kainuu 26`;
const APOSTROPHE = `It's "Lappi" – ehdotus`;

/** Items whose theme carries stray spaces: CELL-WHITESPACE, fixable, on every item row. */
const spaced = SAMPLE_ITEMS.map((item) => ({ ...item, theme: ` ${String(item.theme)}  ` }));
const kainuu = buildProposal({ region: "Kainuu", name: THIRTY_ONE, items: spaced });
const lappi = buildProposal({ region: "Lappi", name: APOSTROPHE, items: spaced });

function book() {
  return fakeBook([
    fakeSheetOf(kainuu.sheet),
    fakeSheetOf(lappi.sheet),
    { name: "It", rows: [["decoy"]] },
  ]);
}

/** Where `=HYPERLINK("#'Sheet'!A12","label")` leads: the sheet name and zero-based row. */
function target(formula: string): { sheet: string; row: number } {
  const literal = /^=HYPERLINK\("((?:[^"]|"")*)",/.exec(formula)?.[1];
  if (literal === undefined) throw new Error(`not a link: ${formula}`);
  const location = literal.replace(/""/g, '"');
  const match = /^#'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(location);
  if (!match) throw new Error(`not a sheet reference: ${location}`);
  const cell = parseA1(match[2]);
  if (!cell) throw new Error(match[2]);
  return { sheet: match[1].replace(/''/g, "'"), row: cell.row };
}

describe("sheet names with quotes, apostrophes and 31 characters", () => {
  it("are Excel-valid names of 31 and fewer characters", () => {
    expect(THIRTY_ONE).toHaveLength(31);
    expect(() => book()).not.toThrow();
  });

  it("All items links point to each item's own sheet and row", async () => {
    const b = book();
    const outcome = await runConsolidation(officeHost(b), { lang: "en", now: NOW });
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    const allItems = b.sheet(outcome.summary.sheets[5]);
    const links = [...allItems.cells.values()]
      .map((c) => c.formula)
      .filter((f): f is string => f !== undefined)
      .map(target)
      .sort((x, y) => x.sheet.localeCompare(y.sheet) || x.row - y.row);
    const expected = [
      ...lappi.itemRows.map((row) => ({ sheet: APOSTROPHE, row })),
      ...kainuu.itemRows.map((row) => ({ sheet: THIRTY_ONE, row })),
    ].sort((x, y) => x.sheet.localeCompare(y.sheet) || x.row - y.row);
    expect(links).toEqual(expected);
    for (const link of links) expect(b.findSheet(link.sheet)?.name).toBe(link.sheet);
  });

  it("markers go onto those sheets and fixes write exactly the fixed cells there", async () => {
    const b = book();
    const host = officeHost(b);
    const run = await runValidation(host, { lang: "en" });
    const onSheets = new Set(run.issues.map((i) => i.sheet));
    expect(onSheets).toEqual(new Set([THIRTY_ONE, APOSTROPHE]));
    await markIssues(host, run.issues, run.snapshot);
    for (const name of [THIRTY_ONE, APOSTROPHE])
      expect(b.sheet(name).conditionalFormats.some((cf) => cf.formula.includes('"ra:'))).toBe(true);
    expect(b.sheet("It").conditionalFormats).toEqual([]);

    const fixes = fixesOfRule(run.issues, "CELL-WHITESPACE");
    expect(fixes).toHaveLength(2 * SAMPLE_ITEMS.length);
    const before = dumpWorkbook(b);
    const after = await applyFixes(host, fixes, run.snapshot, { lang: "en" });
    expect(changedCells(before, dumpWorkbook(b))).toEqual(
      fixes.map((f) => `${f.sheet}!${f.cell}`).sort(),
    );
    expect(after.issues.filter((i) => i.rule === "CELL-WHITESPACE")).toEqual([]);
  });
});
