import ExcelJS from "exceljs";
import fc from "fast-check";
import { text, type PlanCell } from "../../../src/core/model/cell";
import { markerFormula, type WritePlan } from "../../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { XlsxWriteError } from "../../../src/workbook/xlsx/errors";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { entryNames, entryText } from "./zipTools";

const t = (text: string): PlanCell => ({ kind: "text", text });
const n = (value: number, format?: string): PlanCell => ({
  kind: "number",
  value,
  ...(format ? { format } : {}),
});

const plan: WritePlan = {
  sheets: [
    {
      name: "Esitys",
      mode: "add",
      blocks: [
        {
          topLeft: "A1",
          cells: [
            [t("Teema"), t("Euroa"), t("Pvm")],
            [
              t("00123"),
              n(1250.5, '#,##0.00 "€"'),
              { kind: "date", serial: 45306, format: "d.m.yyyy" },
            ],
            [t("=SUM(A1)"), n(2000), { kind: "boolean", value: true }],
            [
              t("Yhteensä"),
              { kind: "formula", formula: "=SUM(B2:B3)", format: '#,##0.00 "€"' },
              { kind: "empty" },
            ],
          ],
        },
      ],
      tables: [{ name: "ra_proposal", range: "A1:C3" }],
      validations: [
        {
          range: "A2:A3",
          source: { kind: "name", name: "ra_themes_fi" },
          allowBlank: true,
          prompt: { title: "Teema", message: "Valitse teema" },
          errorStyle: "warning",
        },
        { range: "C2:C3", source: { kind: "values", values: ["kyllä", "ei"] }, allowBlank: false },
      ],
      freeze: { rows: 1, cols: 1 },
      columnWidths: [{ col: 0, width: 40 }],
      charts: [
        { kind: "columnClustered", title: "Euroa teemoittain", dataRange: "A1:B3", anchor: "E2" },
      ],
      tabColor: "#0F6CBD",
    },
    {
      name: "Listat",
      mode: "add",
      visibility: "veryHidden",
      blocks: [{ topLeft: "A1", cells: [[t("Teemat")], [t("TKI")], [t("Liikenne")]] }],
      names: [{ name: "ra_themes_fi", range: "A2:A3" }],
    },
  ],
  markers: [
    {
      sheet: "Esitys",
      markers: [
        {
          severity: "error",
          areas: ["B2", "B3:C3"],
          formula: markerFormula("error"),
          fill: "#FDE7E9",
        },
      ],
    },
  ],
  registry: [
    {
      sheet: "Esitys",
      role: "generated",
      hash: "h1",
      schemaVersion: 1,
      time: "2024-05-01T10:00:00Z",
    },
  ],
  activate: { sheet: "Esitys", select: "B2" },
};

/** The `s` style index of a cell in sheet XML, and the numFmtId of that cellXfs entry. */
async function numFmtIdOf(
  bytes: Uint8Array,
  sheetEntry: string,
  address: string,
): Promise<string | undefined> {
  const sheetXml = await entryText(bytes, sheetEntry);
  const style = new RegExp(`<c r="${address}"[^>]*\\bs="(\\d+)"`).exec(sheetXml)?.[1];
  const styles = await entryText(bytes, "xl/styles.xml");
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const xf = xfs.match(/<xf\b[^>]*>/g)?.[Number(style)];
  return xf ? /numFmtId="(\d+)"/.exec(xf)?.[1] : undefined;
}

describe("writeXlsx", () => {
  let bytes: Uint8Array;
  let skipped: readonly { sheet: string; title: string }[];
  beforeAll(async () => {
    const result = await writeXlsx(plan);
    bytes = result.bytes;
    skipped = result.skippedCharts;
  });

  it("writes text as text, with the @ format, so =, 00123 stay as typed", async () => {
    const read = await readXlsx(bytes, "out.xlsx");
    const esitys = read.sheets[0];
    expect(esitys.cells[1][0]).toEqual({ kind: "text", text: "00123" });
    expect(esitys.cells[2][0]).toEqual({ kind: "text", text: "=SUM(A1)" });
    expect(await numFmtIdOf(bytes, "xl/worksheets/sheet1.xml", "A2")).toBe("49");
    expect(await numFmtIdOf(bytes, "xl/worksheets/sheet1.xml", "A3")).toBe("49");
    expect(await entryText(bytes, "xl/worksheets/sheet1.xml")).not.toContain("<f>SUM(A1)</f>");
  });

  it("writes numbers, dates and booleans typed, with their formats", async () => {
    const esitys = (await readXlsx(bytes, "out.xlsx")).sheets[0];
    expect(esitys.cells[1][1]).toEqual({ kind: "number", value: 1250.5 });
    expect(esitys.numberFormats?.[1][1]).toBe('#,##0.00 "€"');
    expect(esitys.cells[1][2]).toEqual({ kind: "date", serial: 45306 });
    expect(esitys.cells[2][2]).toEqual({ kind: "boolean", value: true });
  });

  it("writes a formula as an <f> element without the leading =, with the result Excel shows", async () => {
    expect(await entryText(bytes, "xl/worksheets/sheet1.xml")).toMatch(
      /<c r="B4"[^>]*><f>SUM\(B2:B3\)<\/f><v>3250.5<\/v>/,
    );
    // Every result is cached, so Excel need not recalculate on open, and a cached 0 is true.
    expect(await entryText(bytes, "xl/workbook.xml")).not.toMatch(/fullCalcOnLoad/);
    expect((await readXlsx(bytes, "out.xlsx")).sheets[0].cells[3][1]).toEqual({
      kind: "number",
      value: 3250.5,
    });
  });

  it("asks Excel to recalculate on open where a formula's result could not be computed", async () => {
    const { bytes: written } = await writeXlsx({
      sheets: [
        {
          name: "S",
          mode: "add",
          blocks: [{ topLeft: "A1", cells: [[{ kind: "formula", formula: "=TODAY()" }]] }],
        },
      ],
    });
    expect(await entryText(written, "xl/workbook.xml")).toMatch(/fullCalcOnLoad="1"/);
    expect((await readXlsx(written, "s.xlsx")).sheets[0].cells[0][0]).toEqual({
      kind: "error",
      code: "=TODAY()",
      unreadable: "formula-without-value",
    });
  });

  it("writes the table as a table part over the same values", async () => {
    const names = await entryNames(bytes);
    expect(names.filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name))).toHaveLength(2); // the plan's and the registry's
    expect(await entryText(bytes, "xl/worksheets/sheet1.xml")).toContain("<tableParts");
    const tableXml = await entryText(bytes, "xl/tables/table1.xml");
    expect(tableXml).toMatch(
      /name="ra_proposal"[^>]*ref="A1:C3"|ref="A1:C3"[^>]*name="ra_proposal"/,
    );
    const esitys = (await readXlsx(bytes, "out.xlsx")).sheets[0];
    expect(esitys.tables).toEqual([
      { name: "ra_proposal", range: { top: 0, left: 0, bottom: 2, right: 2 }, showHeaders: true },
    ]);
    expect(esitys.cells[0]).toEqual([t("Teema"), t("Euroa"), t("Pvm")]);
    expect(await numFmtIdOf(bytes, "xl/worksheets/sheet1.xml", "A2")).toBe("49");
  });

  it("writes list validations that refer to a defined name or list the values", async () => {
    const xml = await entryText(bytes, "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(
      /<dataValidation [^>]*type="list"[^>]*sqref="A2:A3"[^>]*>[\s\S]*?<formula1>ra_themes_fi<\/formula1>/,
    );
    expect(xml).toMatch(/promptTitle="Teema"/);
    expect(xml).toMatch(/errorStyle="warning"/);
    expect(xml).toContain("<formula1>&quot;kyllä,ei&quot;</formula1>");
    expect(await entryText(bytes, "xl/workbook.xml")).toMatch(
      /<definedName name="ra_themes_fi">'?Listat'?!\$A\$2:\$A\$3<\/definedName>/,
    );
  });

  it("writes frozen panes, widths, tab colour and the marker conditional format", async () => {
    const xml = await entryText(bytes, "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<pane xSplit="1" ySplit="1" topLeftCell="B2"[^>]*state="frozen"/);
    expect(xml).toMatch(/<col min="1" max="1" width="40/);
    expect(xml).toMatch(/<tabColor rgb="FF0F6CBD"/);
    expect(xml).toMatch(
      /<conditionalFormatting sqref="B2 B3:C3"><cfRule type="expression"[^>]*><formula>N\(&quot;ra:error&quot;\)=0<\/formula>/,
    );
    expect(xml).not.toContain('stopIfTrue="1"');
  });

  it("hides the lists and registry sheets very hidden and activates the plan's sheet", async () => {
    const workbookXml = await entryText(bytes, "xl/workbook.xml");
    expect(workbookXml).toMatch(/<sheet [^>]*name="Listat" state="veryHidden"/);
    expect(workbookXml).toMatch(/<sheet [^>]*name="_ra" state="veryHidden"/);
    const read = await readXlsx(bytes, "out.xlsx");
    expect(read.activeSheet).toBe("Esitys");
    expect(read.registry).toEqual(plan.registry);
  });

  it("reports the charts it did not write", () => {
    expect(skipped).toEqual([{ sheet: "Esitys", title: "Euroa teemoittain" }]);
  });

  it("opens in ExcelJS with the names a user sees", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Esitys", "Listat", "_ra"]);
  });
});

describe("writeXlsx with an existing workbook", () => {
  const existing: WorkbookSnapshot = {
    file: "kierros.xlsx",
    structureProtected: false,
    activeSheet: "Ohje",
    registry: [
      {
        sheet: "Lappi",
        role: "generated",
        hash: "old",
        schemaVersion: 1,
        time: "2024-01-01T00:00:00Z",
      },
    ],
    sheets: [
      {
        name: "Ohje",
        visibility: "visible",
        isProtected: false,
        tables: [],
        cells: [[text("Lue tämä")]],
      },
      {
        name: "Lappi",
        visibility: "visible",
        isProtected: false,
        tables: [
          { name: "ra_lappi", range: { top: 0, left: 0, bottom: 1, right: 1 }, showHeaders: true },
        ],
        cells: [
          [text("Teema"), text("Euroa")],
          [text("TKI"), { kind: "number", value: 5 }],
          [
            { kind: "error", code: "#REF!" },
            { kind: "date", serial: 45000 },
          ],
        ],
        numberFormats: [
          ["General", "General"],
          ["General", "0.00"],
          ["General", "d.m.yyyy"],
        ],
      },
      { name: "Vanha", visibility: "hidden", isProtected: false, tables: [], cells: [[text("x")]] },
      { name: "_ra", visibility: "veryHidden", isProtected: false, tables: [], cells: [] },
    ],
  };

  it("rebuilds the existing sheets first, then applies renames, replacements, deletions and edits", async () => {
    const { bytes } = await writeXlsx(
      {
        renames: [{ from: "Lappi", to: "Lappi (vanha)", visibility: "hidden" }],
        sheets: [
          { name: "Lappi", mode: "replace", blocks: [{ topLeft: "A1", cells: [[t("uusi")]] }] },
        ],
        deleteSheets: ["Vanha"],
        edits: [{ sheet: "Ohje", blocks: [{ topLeft: "B1", cells: [[n(7)]] }] }],
        registry: [
          {
            sheet: "Lappi",
            role: "generated",
            hash: "new",
            schemaVersion: 1,
            time: "2024-05-01T00:00:00Z",
          },
        ],
        unregister: ["Nothing"],
      },
      existing,
    );
    const read = await readXlsx(bytes, "out.xlsx");
    expect(read.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Ohje", "visible"],
      ["Lappi (vanha)", "hidden"],
      ["Lappi", "visible"],
      ["_ra", "veryHidden"],
    ]);
    expect(read.sheets[0].cells).toEqual([[text("Lue tämä"), { kind: "number", value: 7 }]]);
    const backup = read.sheets[1];
    expect(backup.cells).toEqual(existing.sheets[1].cells);
    expect(backup.numberFormats?.[1][1]).toBe("0.00");
    expect(backup.tables).toEqual(existing.sheets[1].tables);
    // The renamed sheet keeps its registration; the new sheet gets its own.
    expect(read.registry.map((row) => [row.sheet, row.hash])).toEqual([
      ["Lappi (vanha)", "old"],
      ["Lappi", "new"],
    ]);
    expect(read.activeSheet).toBe("Ohje");
  });

  it("refuses an edit to a sheet that does not exist and an add over an existing sheet", async () => {
    await expect(
      writeXlsx({ edits: [{ sheet: "Puuttuu", blocks: [] }] }, existing),
    ).rejects.toMatchObject({
      reason: { code: "missing-sheet", sheet: "Puuttuu" },
    });
    await expect(
      writeXlsx({ sheets: [{ name: "ohje", mode: "add", blocks: [] }] }, existing),
    ).rejects.toMatchObject({
      reason: { code: "sheet-exists" },
    });
  });
});

/** Text Excel can hold: not blank, no control characters, no lone surrogates. */
function isWritableText(value: string): boolean {
  if (value.trim() === "") return false;
  return [...value].every((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    const loneSurrogate = code >= 0xd800 && code <= 0xdfff;
    return !loneSurrogate && (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d);
  });
}

describe("writeXlsx guards", () => {
  it("quotes a sheet name with an apostrophe in a defined name", async () => {
    const { bytes } = await writeXlsx({
      sheets: [
        {
          name: "Lapin liitto's",
          mode: "add",
          blocks: [{ topLeft: "A1", cells: [[t("a")], [t("b")]] }],
          names: [{ name: "ra_x", range: "A1:A2" }],
        },
      ],
    });
    const xml = (await entryText(bytes, "xl/workbook.xml")).replace(/&apos;/g, "'");
    expect(xml).toContain(`<definedName name="ra_x">'Lapin liitto''s'!$A$1:$A$2</definedName>`);
  });

  it("refuses text over Excel's 32 767 characters instead of writing a file Excel repairs", async () => {
    const error = await writeXlsx({
      sheets: [
        { name: "S", mode: "add", blocks: [{ topLeft: "C3", cells: [[t("x".repeat(32_768))]] }] },
      ],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxWriteError);
    expect((error as XlsxWriteError).reason).toEqual({
      code: "text-too-long",
      sheet: "S",
      cell: "C3",
      length: 32_768,
    });
  });

  it("writes a 32 767-character cell whole", async () => {
    const long = "å".repeat(32_767);
    const { bytes } = await writeXlsx({
      sheets: [{ name: "S", mode: "add", blocks: [{ topLeft: "A1", cells: [[t(long)]] }] }],
    });
    expect((await readXlsx(bytes, "s.xlsx")).sheets[0].cells[0][0]).toEqual(t(long));
  });

  it("refuses an explicit list with a comma, which Excel would split", async () => {
    await expect(
      writeXlsx({
        sheets: [
          {
            name: "S",
            mode: "add",
            blocks: [],
            validations: [
              { range: "A1", source: { kind: "values", values: ["a,b"] }, allowBlank: true },
            ],
          },
        ],
      }),
    ).rejects.toMatchObject({ reason: { code: "invalid-list" } });
  });

  it("round-trips any text, number and boolean cell unchanged", async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 40 }).filter(isWritableText).map(t),
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
        .filter((v) => !Object.is(v, -0))
        .map((v) => n(v)),
      fc.boolean().map((value): PlanCell => ({ kind: "boolean", value })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        async (cells) => {
          const { bytes } = await writeXlsx({
            sheets: [{ name: "P", mode: "add", blocks: [{ topLeft: "A1", cells }] }],
          });
          const read = (await readXlsx(bytes, "p.xlsx")).sheets[0].cells;
          cells.forEach((row, r) => row.forEach((value, c) => expect(read[r][c]).toEqual(value)));
        },
      ),
      { numRuns: 25 },
    );
  });
});
