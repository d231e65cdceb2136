import { consolidate } from "../../../src/core/consolidate/consolidate";
import {
  consolidationPlan,
  EditedGeneratedSheetsError,
  findEditedGeneratedSheets,
} from "../../../src/core/consolidate/plan";
import {
  GENERATED_SHEETS,
  PREVIOUS_ROUND_SHEET,
  generatedSheetName,
} from "../../../src/core/consolidate/sheetNames";
import { numberedSheetName } from "../../../src/core/model/sheetNames";
import { parseA1, parseRangeA1 } from "../../../src/core/model/address";
import type { CellValue, PlanCell } from "../../../src/core/model/cell";
import type { Lang } from "../../../src/core/model/lang";
import type { SheetSpec, WritePlan } from "../../../src/core/model/plan";
import { hashValues } from "../../../src/core/model/registry";
import type {
  RegistryRow,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../../src/core/model/snapshot";
import { item, line, proposal, settings } from "./fixtures";

const HOSTILE = [
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  "-1+1",
  "@SUM(A1)",
  "1.1",
  "00123",
  "TRUE",
];

function round() {
  const s = settings();
  const mk02 = proposal(
    "MK02",
    [
      item(
        "1.1",
        {
          objective: HOSTILE[0],
          nationalMeasure: HOSTILE[1],
          level: "national",
          leadMinistry: "LVM",
        },
        11,
      ),
      item(
        "00123",
        { objective: HOSTILE[2], notes: HOSTILE[3], baseline: HOSTILE[5], target: HOSTILE[6] },
        12,
      ),
    ],
    [line("1.1", "akke", [[2026, 12_500_50]]), line("00123", "private", [[2027, 1_000_00]])],
    { sheet: 'Kim\'s "MK02"' },
  );
  const mk01 = proposal(
    "MK01",
    [item("1", { theme: null, legislation: "Muutos", statute: "756/2021" }, 7)],
    [],
    { sheet: "Esitys MK01" },
  );
  return { c: consolidate([mk02, mk01], s, []), s };
}

const EMPTY_BOOK: WorkbookSnapshot = {
  file: "",
  sheets: [],
  registry: [],
  structureProtected: false,
};
const OPTIONS = { time: "2026-03-15T10:00:00Z", date: 46096 };

function sheetOf(plan: WritePlan, name: string): SheetSpec {
  const sheet = plan.sheets?.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function rows(sheet: SheetSpec): readonly (readonly PlanCell[])[] {
  expect(sheet.blocks).toHaveLength(1);
  expect(sheet.blocks[0].topLeft).toBe("A1");
  return sheet.blocks[0].cells;
}

function texts(row: readonly PlanCell[]): string[] {
  return row.map((c) => (c.kind === "text" ? c.text : ""));
}

/** What Excel would give back when the sheet is read again: formulas show their value. */
function asRead(cell: PlanCell): CellValue {
  switch (cell.kind) {
    case "formula": {
      const label = /,"([^"]*)"\)$/.exec(cell.formula);
      return { kind: "text", text: label ? label[1] : "" };
    }
    case "number":
      return { kind: "number", value: cell.value };
    case "date":
      return { kind: "date", serial: cell.serial };
    default:
      return cell;
  }
}

/** The workbook after the plan is applied, as the next snapshot would read it. */
function applied(plan: WritePlan, before: WorkbookSnapshot = EMPTY_BOOK): WorkbookSnapshot {
  const written = (plan.sheets ?? []).map((spec): SheetSnapshot => ({
    name: spec.name,
    visibility: "visible",
    isProtected: false,
    cells: spec.blocks[0].cells.map((r) => r.map(asRead)),
    tables: [],
  }));
  const kept = before.sheets.filter((s) => !written.some((w) => w.name === s.name));
  const registry: RegistryRow[] = [
    ...before.registry.filter((r) => !(plan.registry ?? []).some((p) => p.sheet === r.sheet)),
    ...(plan.registry ?? []),
  ];
  return { ...before, sheets: [...kept, ...written], registry };
}

describe("consolidationPlan: the generated sheets", () => {
  const { c, s } = round();
  const plan = consolidationPlan(c, s, "fi", EMPTY_BOOK, OPTIONS);

  test("seven sheets with the Finnish names, added, frozen header rows, Summary activated", () => {
    expect(plan.sheets?.map((x) => [x.name, x.mode])).toEqual([
      ["Yhteenveto", "add"],
      ["Kansalliset kysymykset", "add"],
      ["Avoimet kansalliset päätökset", "add"],
      ["Säädösmuutokset", "add"],
      ["Asiantuntijatuki", "add"],
      ["Seuranta", "add"],
      ["Kaikki kohteet", "add"],
    ]);
    for (const sheet of plan.sheets ?? []) expect(sheet.freeze?.rows).toBeGreaterThanOrEqual(1);
    expect(plan.activate?.sheet).toBe("Yhteenveto");
  });

  test("All items: one row per item in one Excel table, headers in the output language", () => {
    const sheet = sheetOf(plan, "Kaikki kohteet");
    const cells = rows(sheet);
    expect(cells).toHaveLength(1 + 3);
    expect(sheet.tables).toHaveLength(1);
    const table = parseRangeA1(sheet.tables?.[0].range ?? "");
    expect(table).toEqual({ top: 0, left: 0, bottom: 3, right: cells[0].length - 1 });
    const header = texts(cells[0]);
    expect(header.slice(0, 3)).toEqual(["Koodi", "Maakunta", "Nro"]);
    expect(header).toEqual(
      expect.arrayContaining([
        "Tavoite",
        "Kansallinen toimenpide",
        "Vastuuministeriö",
        "Seurantamittari",
        "Huomiot",
      ]),
    );
    expect(header).toEqual(
      expect.arrayContaining([
        "AKKE (sopimuksellinen yhteistyö) (€)",
        "Yksityinen rahoitus (€)",
        "Yhteensä (€)",
      ]),
    );
    expect(texts(cells[1]).slice(0, 3)).toEqual(["MK01", "Uusimaa", "1"]);
    expect(texts(cells[2]).slice(0, 3)).toEqual(["MK02", "Varsinais-Suomi", "1.1"]);

    const en = consolidationPlan(c, s, "en", EMPTY_BOOK, OPTIONS);
    const enHeader = texts(rows(sheetOf(en, "All items"))[0]);
    expect(enHeader).toEqual(
      expect.arrayContaining(["Code", "Region", "No.", "Objective", "Lead ministry", "Total (€)"]),
    );
    expect(texts(rows(sheetOf(en, "All items"))[2])[1]).toBe("Southwest Finland");
  });

  test("link formulas point to the source file, sheet and 1-based row when the sheets are elsewhere", () => {
    const cells = rows(sheetOf(plan, "Kaikki kohteet"));
    const links = cells.slice(1).map((r) => r[r.length - 1]);
    expect(links).toEqual([
      { kind: "formula", formula: `=HYPERLINK("round.xlsx#'Esitys MK01'!A8","Avaa")` },
      { kind: "formula", formula: `=HYPERLINK("round.xlsx#'Kim''s ""MK02""'!A12","Avaa")` },
      { kind: "formula", formula: `=HYPERLINK("round.xlsx#'Kim''s ""MK02""'!A13","Avaa")` },
    ]);
  });

  test("link formulas stay inside the workbook when it holds the source sheets, names quoted and escaped", () => {
    const sheet = (name: string) => ({
      name,
      visibility: "visible" as const,
      isProtected: false,
      cells: [],
      tables: [],
    });
    const book = { ...EMPTY_BOOK, sheets: [sheet("Esitys MK01"), sheet(`Kim's "MK02"`)] };
    const cells = rows(sheetOf(consolidationPlan(c, s, "fi", book, OPTIONS), "Kaikki kohteet"));
    const links = cells.slice(1).map((r) => r[r.length - 1]);
    expect(links).toEqual([
      { kind: "formula", formula: `=HYPERLINK("#'Esitys MK01'!A8","Avaa")` },
      { kind: "formula", formula: `=HYPERLINK("#'Kim''s ""MK02""'!A12","Avaa")` },
      { kind: "formula", formula: `=HYPERLINK("#'Kim''s ""MK02""'!A13","Avaa")` },
    ]);
  });

  test("every text from a region's cell is a text cell, exactly as written", () => {
    const cells = rows(sheetOf(plan, "Kaikki kohteet")).flat();
    const written = cells
      .filter((x) => x.kind === "text")
      .map((x) => (x.kind === "text" ? x.text : ""));
    expect(written).toEqual(
      expect.arrayContaining(HOSTILE.filter((h) => h !== "1.1").concat(["1.1"])),
    );
    for (const x of cells)
      if (x.kind === "formula") expect(x.formula.startsWith("=HYPERLINK(")).toBe(true);
    const national = rows(sheetOf(plan, "Kansalliset kysymykset")).flat();
    expect(national).toContainEqual({ kind: "text", text: HOSTILE[0] });
    expect(national).toContainEqual({ kind: "text", text: HOSTILE[1] });
  });

  test("money as numbers in euros with a euro format", () => {
    const cells = rows(sheetOf(plan, "Kaikki kohteet"));
    const header = texts(cells[0]);
    const akke = cells[2][header.indexOf("AKKE (sopimuksellinen yhteistyö) (€)")];
    expect(akke).toEqual({ kind: "number", value: 12500.5, format: '#,##0.00 "€"' });
    const summary = rows(sheetOf(plan, "Yhteenveto")).flat();
    expect(summary).toContainEqual({ kind: "number", value: 13500.5, format: '#,##0.00 "€"' });
  });

  test("National questions: one table with filter buttons, lead ministry first", () => {
    const sheet = sheetOf(plan, "Kansalliset kysymykset");
    expect(sheet.tables?.[0].showFilterButton).toBe(true);
    const cells = rows(sheet);
    expect(texts(cells[0])[0]).toBe("Vastuuministeriö");
    expect(texts(cells[1]).slice(0, 4)).toEqual(["LVM", "MK02", "Varsinais-Suomi", "1.1"]);
    const sv = consolidationPlan(c, s, "sv", EMPTY_BOOK, OPTIONS);
    expect(texts(rows(sheetOf(sv, "Nationella frågor"))[1])[0]).toBe("KM");
  });

  test("charts take their data from ranges of the Summary, header row first", () => {
    const summary = sheetOf(plan, "Yhteenveto");
    const cells = rows(summary);
    expect(summary.charts).toHaveLength(2);
    for (const chart of summary.charts ?? []) {
      const range = parseRangeA1(chart.dataRange);
      expect(range).not.toBeNull();
      if (!range) continue;
      expect(range.bottom).toBeLessThan(cells.length);
      expect(range.right - range.left).toBe(1);
      expect(cells[range.top][0].kind).toBe("text");
    }
    const akke = parseRangeA1(summary.charts?.[0].dataRange ?? "");
    if (akke) expect(texts(cells[akke.top + 2])[0]).toBe("Varsinais-Suomi");
    expect(cells[akke ? akke.top + 2 : 0][1]).toEqual({
      kind: "number",
      value: 12500.5,
      format: '#,##0.00 "€"',
    });
  });

  test("registry: every sheet registered as generated with the hash of the values read back", () => {
    expect(plan.registry?.map((r) => [r.sheet, r.role, r.time])).toEqual(
      plan.sheets?.map((x) => [x.name, "generated", OPTIONS.time]),
    );
    const after = applied(plan);
    for (const row of plan.registry ?? []) {
      const sheet = after.sheets.find((x) => x.name === row.sheet);
      expect(row.hash).toBe(hashValues(sheet?.cells ?? []));
    }
    expect(findEditedGeneratedSheets(after)).toEqual([]);
  });
});

describe("consolidationPlan: re-runs", () => {
  const { c, s } = round();
  const first = applied(consolidationPlan(c, s, "fi", EMPTY_BOOK, OPTIONS));

  test("sheets generated before are replaced, nothing else", () => {
    const userSheet: SheetSnapshot = {
      name: "Esitys MK01",
      visibility: "visible",
      isProtected: false,
      cells: [[{ kind: "text", text: "x" }]],
      tables: [],
    };
    const book = { ...first, sheets: [...first.sheets, userSheet] };
    const again = consolidationPlan(c, s, "fi", book, OPTIONS);
    expect(again.sheets?.every((x) => x.mode === "replace")).toBe(true);
    expect(again.sheets?.map((x) => x.name)).not.toContain("Esitys MK01");
    expect(again.deleteSheets ?? []).toEqual([]);
  });

  test("an edited generated sheet is found and not replaced without consent", () => {
    const edited = {
      ...first,
      sheets: first.sheets.map((sh) =>
        sh.name === "Seuranta"
          ? { ...sh, cells: [...sh.cells, [{ kind: "text", text: "oma huomio" } as CellValue]] }
          : sh,
      ),
    };
    expect(findEditedGeneratedSheets(edited)).toEqual(["Seuranta"]);
    expect(() => consolidationPlan(c, s, "fi", edited, OPTIONS)).toThrow(
      EditedGeneratedSheetsError,
    );
    try {
      consolidationPlan(c, s, "fi", edited, OPTIONS);
    } catch (e) {
      expect((e as EditedGeneratedSheetsError).sheets).toEqual(["Seuranta"]);
    }
    const consented = consolidationPlan(c, s, "fi", edited, { ...OPTIONS, replaceEdited: true });
    expect(sheetOf(consented, "Seuranta").mode).toBe("replace");
  });

  test("a user's sheet named like a generated one is untouched: the generated sheet goes beside it", () => {
    const own: SheetSnapshot = {
      name: "yhteenveto",
      visibility: "visible",
      isProtected: false,
      cells: [[{ kind: "text", text: "minun" }]],
      tables: [],
    };
    const book: WorkbookSnapshot = { ...EMPTY_BOOK, sheets: [own] };
    const plan = consolidationPlan(c, s, "fi", book, OPTIONS);
    expect(plan.sheets?.[0]).toMatchObject({ name: "Yhteenveto (2)", mode: "add" });
    expect(plan.sheets?.some((x) => x.name.toLowerCase() === "yhteenveto")).toBe(false);
    expect(plan.registry?.some((r) => r.sheet.toLowerCase() === "yhteenveto")).toBe(false);
    expect(plan.deleteSheets ?? []).toEqual([]);
    // The next run replaces its own "Yhteenveto (2)" and still leaves the user's sheet alone.
    const next = consolidationPlan(c, s, "fi", applied(plan, book), OPTIONS);
    expect(next.sheets?.[0]).toMatchObject({ name: "Yhteenveto (2)", mode: "replace" });
  });

  test("table names do not clash with tables already in the workbook", () => {
    const withTable: SheetSnapshot = {
      name: "Muu",
      visibility: "visible",
      isProtected: false,
      cells: [],
      tables: [
        { name: "RaAllItems", range: { top: 0, left: 0, bottom: 1, right: 1 }, showHeaders: true },
      ],
    };
    const plan = consolidationPlan(c, s, "fi", { ...EMPTY_BOOK, sheets: [withTable] }, OPTIONS);
    expect(sheetOf(plan, "Kaikki kohteet").tables?.[0].name).toBe("RaAllItems2");
  });
});

describe("sheet names", () => {
  test.each(["fi", "sv", "en"] as Lang[])(
    "at most 31 characters and free of forbidden characters in %s, with numbered variants",
    (lang) => {
      const names = [...GENERATED_SHEETS, PREVIOUS_ROUND_SHEET].map((k) =>
        generatedSheetName(k, lang),
      );
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        for (const k of [1, 2, 10, 100])
          expect(numberedSheetName(name, k).length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
        expect(parseA1(name)).toBeNull();
      }
    },
  );

  test("a long name keeps its number within 31 characters", () => {
    expect(numberedSheetName("A".repeat(40), 12)).toBe(`${"A".repeat(26)} (12)`);
  });
});
