/**
 * An independent reader: Debian's python3-openpyxl opens the written files and reports what
 * it finds, so the files are checked by something other than ExcelJS, which wrote them.
 * CI needs `apt-get install python3-openpyxl`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  proposalLayout,
  proposalTemplate,
  settingsTemplate,
  sampleRoundFiles,
} from "../../src/core/templates";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import type { WritePlan } from "../../src/core/model/plan";

const PYTHON = "/usr/bin/python3";

const READER = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "names": {}}
def rgb(color):
    return color.rgb if color is not None and isinstance(color.rgb, str) else None
dn = wb.defined_names
entries = list(dn.definedName) if hasattr(dn, "definedName") else list(dn.values())
for d in entries:
    out["names"][d.name] = [[s, r] for s, r in d.destinations]
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            fill = rgb(c.fill.fgColor) if c.fill is not None and c.fill.fill_type == "solid" else None
            font = rgb(c.font.color) if c.font is not None else None
            if c.value is not None or c.number_format != "General" or fill:
                cells[c.coordinate] = {"value": c.value if not hasattr(c.value, "isoformat") else c.value.isoformat(), "format": c.number_format, "type": c.data_type, "fill": fill, "font": font}
    out["sheets"].append({
        "name": ws.title,
        "state": ws.sheet_state,
        "tables": {t.name: t.ref for t in ws.tables.values()},
        "validations": [{"type": v.type, "formula1": v.formula1, "formula2": v.formula2, "allowBlank": v.allow_blank, "sqref": str(v.sqref), "promptTitle": v.promptTitle, "prompt": v.prompt, "showInputMessage": v.showInputMessage, "errorStyle": v.errorStyle} for v in ws.data_validations.dataValidation],
        "freeze": ws.freeze_panes,
        "cells": cells,
    })
print(json.dumps(out))
`;

interface Seen {
  sheets: {
    name: string;
    state: string;
    tables: Record<string, string>;
    validations: {
      type: string;
      formula1: string | null;
      formula2: string | null;
      allowBlank: boolean;
      sqref: string;
      promptTitle: string | null;
      prompt: string | null;
      showInputMessage: boolean;
      errorStyle: string | null;
    }[];
    freeze: string | null;
    cells: Record<
      string,
      { value: unknown; format: string; type: string; fill: string | null; font: string | null }
    >;
  }[];
  names: Record<string, [string, string][]>;
}

let dir: string;
beforeAll(() => {
  execFileSync(PYTHON, ["-c", "import openpyxl"]);
  dir = mkdtempSync(join(tmpdir(), "ra-openpyxl-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seen(plan: WritePlan, file: string): Promise<Seen> {
  const path = join(dir, file);
  writeFileSync(path, (await writeXlsx(plan)).bytes);
  return JSON.parse(execFileSync(PYTHON, ["-c", READER, path], { encoding: "utf8" })) as Seen;
}

describe("a proposal template as openpyxl reads it", () => {
  let book: Seen;
  const layout = proposalLayout({ start: 2026, end: 2028 });
  beforeAll(async () => {
    book = await seen(
      proposalTemplate({
        lang: "fi",
        region: "MK02",
        period: { start: 2026, end: 2028 },
        existingSheetNames: [],
        listsSheetExists: false,
      }),
      "proposal.xlsx",
    );
  });

  it("has the proposal, the hidden lists sheet and the very hidden registry", () => {
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Esitys MK02", "visible"],
      ["_ra_lists", "hidden"],
      ["_ra", "veryHidden"],
    ]);
  });

  it("has both tables at the right refs", () => {
    expect(book.sheets[0].tables).toEqual({
      ra_items_Esitys_MK02: `A${layout.itemsHeaderRow + 1}:Z${layout.itemsFirstRow + 20}`,
      ra_funding_Esitys_MK02: `A${layout.fundingHeaderRow + 1}:F${layout.fundingFirstRow + 30}`,
    });
  });

  it("has list validations whose formula is a defined name that resolves to the lists sheet", () => {
    const validations = book.sheets[0].validations.filter((v) => v.type === "list");
    expect(validations).toHaveLength(9);
    const lists = book.sheets[1];
    for (const v of validations) {
      expect(v.type).toBe("list");
      expect(v.formula1).toMatch(/^ra_fi_[a-z]+$/);
      if (v.formula1 === null) continue;
      expect(v.showInputMessage).toBe(true);
      expect(v.promptTitle).toBeTruthy();
      expect(v.errorStyle).toBe("warning");
      const destinations = book.names[v.formula1];
      expect(destinations).toHaveLength(1);
      const [sheet, ref] = destinations[0];
      expect(sheet).toBe("_ra_lists");
      const first = ref.split(":")[0].replace(/\$/g, "");
      expect(typeof lists.cells[first]?.value).toBe("string");
    }
    const region = validations.find((v) => v.sqref === "B3");
    expect(region?.formula1).toBe("ra_fi_regions");
    expect(book.names.ra_fi_regions).toEqual([["_ra_lists", "$A$2:$A$19"]]);
    expect(Object.keys(book.names).filter((n) => n.startsWith("ra_sv_"))).toHaveLength(11);
  });

  it("keeps the id column as text, the year headers as text and the totals as SUM formulas in euros", () => {
    const cells = book.sheets[0].cells;
    expect(cells[`A${layout.itemsFirstRow + 1}`].format).toBe("@");
    const header = layout.fundingHeaderRow + 1;
    expect(
      [cells[`C${header}`], cells[`D${header}`], cells[`E${header}`]].map((c) => [c.value, c.type]),
    ).toEqual([
      ["2026", "s"],
      ["2027", "s"],
      ["2028", "s"],
    ]);
    const row = layout.fundingFirstRow + 1;
    expect(cells[`F${row}`].value).toBe(`=IF(COUNT(C${row}:E${row})=0,"",SUM(C${row}:E${row}))`);
    expect(cells[`F${row}`].format).toBe('#,##0 "€"');
    expect(book.sheets[0].freeze).toBe(`B${layout.itemsHeaderRow + 2}`);
  });

  it("formats the empty date, investment-need and year-amount cells, and validates the date", () => {
    const cells = book.sheets[0].cells;
    const date = `B${layout.fieldRows.date + 1}`;
    expect(cells[date]).toMatchObject({ value: null, format: "d.m.yyyy" });
    const investment = String.fromCharCode(65 + layout.itemColumns.investmentNeed);
    for (const row of [layout.itemsFirstRow + 1, layout.itemsFirstRow + 20])
      expect(cells[`${investment}${row}`]).toMatchObject({ value: null, format: '#,##0 "€"' });
    for (const col of ["C", "D", "E"])
      for (const row of [layout.fundingFirstRow + 1, layout.fundingFirstRow + 30])
        expect(cells[`${col}${row}`]).toMatchObject({ value: null, format: '#,##0 "€"' });
    expect(book.sheets[0].validations.find((v) => v.sqref === date)).toMatchObject({
      type: "date",
      formula1: "36526",
      formula2: "73415",
      allowBlank: true,
      errorStyle: "warning",
      showInputMessage: true,
      promptTitle: "Päivämäärä",
      prompt: "Päivämäärä muodossa 15.3.2026",
    });
  });

  it("gives the statute column an input prompt over any value", () => {
    const statute = String.fromCharCode(65 + layout.itemColumns.statute);
    const sqref = `${statute}${layout.itemsFirstRow + 1}:${statute}${layout.itemsFirstRow + 20}`;
    const found = book.sheets[0].validations.find((v) => v.sqref === sqref);
    expect(found).toMatchObject({ type: null, formula1: null, showInputMessage: true });
    expect(found?.prompt).toContain("380/2023");
  });

  it("shades the ministry's header cells apart from the region's", () => {
    const cells = book.sheets[0].cells;
    const header = layout.itemsHeaderRow + 1;
    const at = (key: "ministryPosition" | "nationalFollowUp" | "theme") =>
      cells[`${String.fromCharCode(65 + layout.itemColumns[key])}${header}`];
    for (const key of ["ministryPosition", "nationalFollowUp"] as const)
      expect(at(key)).toMatchObject({ fill: "FFE2EFDA", font: "FF375623" });
    expect(at("theme").fill).toBeNull();
  });
});

describe("a settings template as openpyxl reads it", () => {
  it("has the allocation and themes tables, euro and percent formats and share formulas", async () => {
    const book = await seen(
      settingsTemplate({ lang: "en", withThemes: true, budgetYear: 2026 }),
      "settings.xlsx",
    );
    const sheet = book.sheets[0];
    expect(sheet.name).toBe("Round settings");
    expect(Object.values(sheet.tables)).toEqual(["A15:D33", "A36:F47"]);
    expect(sheet.cells.B8).toMatchObject({ value: 16000000, format: '#,##0 "€"' });
    expect(sheet.cells.B9).toMatchObject({ value: 0.8, format: "0 %" });
    expect(sheet.cells.C16).toMatchObject({ value: '=IF(B16="","",B16/$B$8)', format: "0.0 %" });
    expect(sheet.validations.map((v) => [v.type, v.formula1])).toEqual([
      ["list", '"Priorities,Preconditions,Other topics"'],
      ["list", '"Yes,No"'],
    ]);
  });
});

describe("a filled demo file as openpyxl reads it", () => {
  it("holds the data in the template's tables with the template's formats", async () => {
    const file = sampleRoundFiles().find((f) => f.region === "MK04")!;
    const book = await seen(file.plan, "satakunta.xlsx");
    const cells = book.sheets[0].cells;
    const layout = proposalLayout({ start: 2026, end: 2028 });
    expect(cells[`A${layout.itemsFirstRow + 1}`]).toMatchObject({ value: "1.1", format: "@" });
    expect(cells[`C${layout.fundingFirstRow + 1}`]).toMatchObject({
      value: 120000,
      format: '#,##0 "€"',
    });
    expect(Object.keys(book.sheets[0].tables)).toHaveLength(2);
  });
});
