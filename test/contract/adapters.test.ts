/**
 * Contract: the same write plans through the three implementations, read back and compared
 * on what all of them support.
 *
 * Each plan is made once from one basis (the fake Excel workbook read by `readWorkbook`), then
 * (1) written by the Office adapter into the fake Excel and read back with `readWorkbook`,
 * (2) written by `writeXlsx(plan, basis)` and read back with `readXlsx`,
 * (3) applied by `applyPlanToSnapshot(basis, plan)`.
 *
 * Compared in all three: sheet names and order, visibility, protection, cell kinds and values
 * (text stays text), number formats (of every written cell and of every non-empty cell read back), tables
 * (name, range, header row), registry rows, the active sheet.
 * Compared between the fake Excel and the file: validations (lists, dates and prompts alone:
 * source or bounds, blanks, error style, prompt), cell fills and font colours, workbook names,
 * frozen panes, column widths (the file's characters turned into points with the Office
 * adapter's `columnWidthPoints`, within 0.75 pt: one pixel), the add-in's markers and the
 * cells left unlocked on a protected sheet.
 *
 * Formula cells. Excel (the fake) exposes the formula and calculates it; the file exposes the
 * formula and the result writeXlsx cached for it; the snapshots expose no formula. So: the
 * formula text is compared between the fake Excel and the file; the value read back is a
 * HYPERLINK's label in all three, and for any other formula the file's value is Excel's
 * calculated one, while `applyPlanToSnapshot` (no calculation engine) is not compared.
 *
 * The differences that are there by design are named, with their reasons, in `expected.ts`;
 * any other difference is listed by `differences` and fails the test.
 */
import type { WritePlan } from "../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { parseA1 } from "../../src/core/model/address";
import { columnWidthPoints } from "../../src/workbook/office";
import type { FakeWorkbook } from "../fake-excel";
import { differences } from "./compare";
import {
  consolidationPlanOf,
  filledProposalPlan,
  fixesPlan,
  HOSTILE_TEXTS,
  hostilePlan,
  importPlan,
  LONG_SHEET,
  LONG_TEXT,
  markersPlan,
  messyFilePlan,
  packagePlanOf,
  proposalTemplatePlan,
  QUOTED_SHEET,
  settingsTemplatePlan,
  smallRoundPlan,
} from "./plans";
import { runContract, seededBook, type ContractRun } from "./run";

jest.setTimeout(60_000);

const emptyBasis: WorkbookSnapshot = {
  file: "",
  sheets: [{ name: "Sheet1", visibility: "visible", isProtected: false, cells: [], tables: [] }],
  registry: [],
  structureProtected: false,
};

const fresh = (): Promise<FakeWorkbook> => seededBook();

const cases: {
  readonly name: string;
  readonly book: () => Promise<FakeWorkbook>;
  readonly plan: (basis: WorkbookSnapshot) => WritePlan;
}[] = [
  { name: "a proposal template in Finnish", book: fresh, plan: proposalTemplatePlan("fi") },
  { name: "a proposal template in Swedish", book: fresh, plan: proposalTemplatePlan("sv") },
  { name: "a proposal template in English", book: fresh, plan: proposalTemplatePlan("en") },
  {
    name: "a second proposal template beside the first (lists sheet already there)",
    book: () => seededBook([proposalTemplatePlan("fi")(emptyBasis)]),
    plan: proposalTemplatePlan("en"),
  },
  { name: "a settings template with themes", book: fresh, plan: settingsTemplatePlan },
  { name: "a filled proposal of the sample round", book: fresh, plan: filledProposalPlan },
  {
    name: "the consolidation sheets of a small round",
    book: () => seededBook([smallRoundPlan()]),
    plan: consolidationPlanOf("fi"),
  },
  {
    name: "the consolidation sheets again, replacing those generated before",
    book: () => seededBook([smallRoundPlan(), consolidationPlanOf("fi")]),
    plan: consolidationPlanOf("fi"),
  },
  {
    name: "the consolidation sheets in Swedish beside the Finnish ones",
    book: () => seededBook([smallRoundPlan(), consolidationPlanOf("fi")]),
    plan: consolidationPlanOf("sv"),
  },
  {
    name: "an import of two proposals, one replacing the region's sheet (renamed as backup)",
    book: () => seededBook([filledProposalPlan()]),
    plan: importPlan,
  },
  {
    name: "the fixes of a proposal with mistakes",
    book: () => seededBook([messyFilePlan()]),
    plan: fixesPlan,
  },
  {
    name: "the markers of a proposal with mistakes",
    book: () => seededBook([messyFilePlan()]),
    plan: markersPlan,
  },
  { name: "hostile text, names and sheet names", book: fresh, plan: () => hostilePlan() },
  {
    name: "a ministry's preparation package (protected sheets, fill-in cells unlocked)",
    book: fresh,
    plan: packagePlanOf("sv"),
  },
  {
    // plan.ts: edits come before renames, so an edit names the sheet as it is before the write.
    name: "an edit of a sheet the same plan renames",
    book: () => seededBook([filledProposalPlan()]),
    plan: (basis) => {
      const sheet = basis.sheets[1].name;
      return {
        edits: [{ sheet, blocks: [{ topLeft: "B2", cells: [[{ kind: "text", text: "00123" }]] }] }],
        renames: [{ from: sheet, to: `${sheet} (vanha)`, visibility: "hidden" }],
      };
    },
  },
];

describe("the same plan through the Office adapter, the xlsx adapter and applyPlanToSnapshot", () => {
  it.each(cases)("$name", async ({ book, plan }) => {
    const run = await runContract(await book(), plan);
    expect(differences(run)).toEqual([]);
  });
});

describe("the contract itself", () => {
  let run: ContractRun;
  beforeAll(async () => {
    run = await runContract(await fresh(), () => hostilePlan());
  });

  it("keeps hostile text as text, the 32 767-character string whole, in all three", () => {
    for (const snapshot of [run.office, run.xlsx, run.core]) {
      const sheet = snapshot.sheets.find((s) => s.name === QUOTED_SHEET);
      expect(sheet?.cells.slice(1).map((row) => row[0])).toEqual(
        HOSTILE_TEXTS.map((text) => ({ kind: "text", text })),
      );
      const long = snapshot.sheets.find((s) => s.name === LONG_SHEET);
      expect(long?.cells[2]?.[1]).toEqual({ kind: "text", text: LONG_TEXT });
      expect(long?.visibility).toBe("hidden");
    }
  });

  it("notices a difference it is not told to expect", () => {
    const edited: ContractRun = {
      ...run,
      core: {
        ...run.core,
        sheets: run.core.sheets.map((s) =>
          s.name === QUOTED_SHEET
            ? {
                ...s,
                cells: s.cells.map((row, r) =>
                  r === 3 ? [{ kind: "number", value: 1.1 }, ...row.slice(1)] : row,
                ),
              }
            : s,
        ),
      },
    };
    expect(differences(edited)).toEqual([expect.stringContaining(`cell ${QUOTED_SHEET}!A4`)]);
  });

  it("reads from both files what it compares: formulas, formats, dropdowns, names, panes, widths", () => {
    for (const file of [run.officeFile, run.xlsxFile]) {
      expect(file.formulas.get(`${QUOTED_SHEET}!C3`)).toBe("=SUM(B2:B4)");
      expect(file.formatAt(QUOTED_SHEET, 1, 1)).toBe('#,##0.00 "€"');
      expect(file.formatAt(QUOTED_SHEET, 1, 0)).toBe("@");
      expect(file.validations.get(`${QUOTED_SHEET}!D6`)?.source).toBe("=ra_hostile_list");
      expect(file.validations.get(`${QUOTED_SHEET}!E3`)?.source).toBe("kyllä,ei");
      expect(file.names.get("ra_hostile_list")).toBe(`${QUOTED_SHEET}!A2:A6`);
      expect(file.freeze.get(LONG_SHEET)).toEqual({ rows: 2, cols: 0 });
      expect(file.widths.get(`${QUOTED_SHEET}!2`)).toBeCloseTo(columnWidthPoints(12.5), 0);
    }
  });

  it("reads range formats, fills, date validations and prompts from both files", async () => {
    const template = await runContract(await fresh(), proposalTemplatePlan("fi"));
    const spec = template.plan.sheets?.[0];
    if (!spec) throw new Error("no proposal sheet");
    const dateCell = spec.validations?.find((v) => v.kind === "date")?.range ?? "";
    const statute = spec.validations?.find((v) => v.kind === "prompt")?.range ?? "";
    const fill = spec.fills?.[0]?.range ?? "";
    const { row, col } = parseA1(dateCell) ?? { row: -1, col: -1 };
    for (const file of [template.officeFile, template.xlsxFile]) {
      expect(file.formatAt(spec.name, row, col)).toBe("d.m.yyyy");
      expect(file.validations.get(`${spec.name}!${dateCell}`)).toMatchObject({
        kind: "date",
        source: "2000-01-01..2100-12-31",
        errorStyle: "warning",
      });
      expect(file.validations.get(`${spec.name}!${statute.split(":")[0]}`)).toMatchObject({
        kind: "prompt",
        prompt: expect.stringContaining("380/2023"),
      });
      expect(file.fills.get(`${spec.name}!${fill}`)).toBe("E2EFDA/375623");
    }
    expect(differences(template)).toEqual([]);
  });

  it("reads the add-in's markers from both files", async () => {
    const marked = await runContract(await seededBook([messyFilePlan()]), markersPlan);
    const sheet = marked.plan.markers?.[0]?.sheet ?? "";
    expect(marked.officeFile.markers.get(sheet)?.length).toBeGreaterThan(0);
    expect(marked.xlsxFile.markers.get(sheet)).toEqual(marked.officeFile.markers.get(sheet));
  });

  it("reads the protection and the unlocked fill-in cells from both files", async () => {
    const pkg = await runContract(await fresh(), packagePlanOf("fi"));
    for (const snapshot of [pkg.office, pkg.xlsx, pkg.core])
      expect(snapshot.sheets.filter((s) => s.isProtected).map((s) => s.name)).toEqual([
        "Ohje",
        "Vastuulla",
        "Mukana",
        "Säädösmuutokset",
        "Asiantuntijatuki",
      ]);
    expect(pkg.officeFile.unlocked.get("Vastuulla!M2")).toBe(false);
    expect(pkg.officeFile.unlocked.has("Vastuulla!A2")).toBe(false);
    expect([...pkg.xlsxFile.unlocked.keys()].sort()).toEqual(
      [...pkg.officeFile.unlocked.keys()].sort(),
    );
  });

  it("notices a column width off by more than a pixel", () => {
    const widths = new Map(run.xlsxFile.widths);
    widths.set(`${QUOTED_SHEET}!0`, (widths.get(`${QUOTED_SHEET}!0`) ?? 0) + 2);
    expect(differences({ ...run, xlsxFile: { ...run.xlsxFile, widths } })).toEqual([
      expect.stringContaining(`column width ${QUOTED_SHEET}!0`),
    ]);
  });
});
