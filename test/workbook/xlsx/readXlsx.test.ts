import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/model/cell";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { XlsxReadError } from "../../../src/workbook/xlsx/errors";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { smallWorkbook } from "./smallWorkbook";
import { buildZip, editZip } from "./zipTools";

const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
];
const QUOTED_NAME = `Alue "Itä" & Lapin liitto's 31`; // 31 characters, quotes and an apostrophe inside
const LONG_TEXT = "ä".repeat(32_767);

async function richWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Data");
  data.getCell("A1").value = "Teema";
  data.getCell("B1").value = 12.5;
  data.getCell("B1").numFmt = "#,##0.00";
  data.getCell("C1").value = true;
  data.getCell("D1").value = new Date(Date.UTC(2024, 0, 15));
  data.getCell("D1").numFmt = "d.m.yyyy";
  data.getCell("E1").value = new Date(Date.UTC(2024, 0, 15, 18, 0));
  data.getCell("E1").numFmt = "d.m.yyyy h:mm";
  ERRORS.forEach(
    (error, i) => (data.getCell(2, i + 1).value = { error } as ExcelJS.CellErrorValue),
  );
  data.getCell("A3").value = { formula: "B1*2", result: 25 };
  data.getCell("B3").value = { formula: "A1", result: "Teema" };
  data.getCell("C3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  data.getCell("D3").value = { formula: "1=1", result: true };
  data.getCell("A4").value = {
    richText: [{ text: "Vihreä " }, { text: "siirtymä", font: { bold: true } }],
  };
  data.getCell("B4").value = { text: "Ohje", hyperlink: "https://example.org" };
  data.getCell("C5").value = "yhdistetty";
  data.mergeCells("C5:D6");
  data.getCell("A7").value = "piilorivi";
  data.getRow(7).hidden = true;
  data.getCell("F1").value = "piilosarake";
  data.getColumn("F").hidden = true;
  data.getCell("A8").value = LONG_TEXT;
  data.getCell("A9").value = "00123";

  const quoted = workbook.addWorksheet(QUOTED_NAME);
  quoted.addTable({
    name: "ra_items",
    ref: "B2",
    headerRow: true,
    columns: [{ name: "Teema" }, { name: "Euroa" }],
    rows: [
      ["TKI", 100],
      ["Liikenne", 200],
    ],
  });
  await quoted.protect("", { selectLockedCells: true });

  workbook.addWorksheet("Piilo", { state: "hidden" }).getCell("A1").value = 1;
  const registry = workbook.addWorksheet("_ra", { state: "veryHidden" });
  registry.addTable({
    name: "ra_registry",
    ref: "A1",
    columns: ["sheet", "role", "hash", "schemaVersion", "time"].map((name) => ({ name })),
    rows: [
      ["Data", "generated", "abc123", 1, "2024-05-01T10:00:00Z"],
      ["Data (vanha)", "backup", "", 1, "2024-05-01T10:00:00Z"],
      ["", "generated", "", 1, ""],
    ],
  });
  workbook.views = [
    { x: 0, y: 0, width: 10000, height: 10000, firstSheet: 0, activeTab: 1, visibility: "visible" },
  ];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const sheet = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot => {
  const found = snapshot.sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const at = (s: SheetSnapshot, row: number, col: number): CellValue =>
  s.cells[row]?.[col] ?? { kind: "empty" };

describe("readXlsx", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await readXlsx(await richWorkbook(), "kierros.xlsx");
  });

  it("reads numbers, text, booleans and dates, anchored at A1", () => {
    const data = sheet(snapshot, "Data");
    expect(at(data, 0, 0)).toEqual({ kind: "text", text: "Teema" });
    expect(at(data, 0, 1)).toEqual({ kind: "number", value: 12.5 });
    expect(at(data, 0, 2)).toEqual({ kind: "boolean", value: true });
    expect(at(data, 8, 0)).toEqual({ kind: "text", text: "00123" });
  });

  it("turns dates into exact Excel serials of the 1900 system", () => {
    const data = sheet(snapshot, "Data");
    expect(at(data, 0, 3)).toEqual({ kind: "date", serial: 45306 });
    expect(at(data, 0, 4)).toEqual({ kind: "date", serial: 45306.75 });
  });

  it("keeps every Excel error value an error", () => {
    const data = sheet(snapshot, "Data");
    expect(ERRORS.map((_, i) => at(data, 1, i))).toEqual(
      ERRORS.map((code) => ({ kind: "error", code })),
    );
  });

  it("reads formulas as their cached results, typed", () => {
    const data = sheet(snapshot, "Data");
    expect([0, 1, 2, 3].map((c) => at(data, 2, c))).toEqual([
      { kind: "number", value: 25 },
      { kind: "text", text: "Teema" },
      { kind: "error", code: "#DIV/0!" },
      { kind: "boolean", value: true },
    ]);
  });

  it("reads rich text and hyperlinks as their text", () => {
    const data = sheet(snapshot, "Data");
    expect(at(data, 3, 0)).toEqual({ kind: "text", text: "Vihreä siirtymä" });
    expect(at(data, 3, 1)).toEqual({ kind: "text", text: "Ohje" });
  });

  it("puts a merged value in the top-left cell only", () => {
    const data = sheet(snapshot, "Data");
    expect(at(data, 4, 2)).toEqual({ kind: "text", text: "yhdistetty" });
    expect([at(data, 4, 3), at(data, 5, 2), at(data, 5, 3)]).toEqual([
      { kind: "empty" },
      { kind: "empty" },
      { kind: "empty" },
    ]);
  });

  it("reads hidden rows and columns and a 32 767-character cell whole", () => {
    const data = sheet(snapshot, "Data");
    expect(at(data, 6, 0)).toEqual({ kind: "text", text: "piilorivi" });
    expect(at(data, 0, 5)).toEqual({ kind: "text", text: "piilosarake" });
    expect(at(data, 7, 0)).toEqual({ kind: "text", text: LONG_TEXT });
  });

  it("reads number formats where they are not General", () => {
    const data = sheet(snapshot, "Data");
    expect(data.numberFormats?.[0]?.[1]).toBe("#,##0.00");
    expect(data.numberFormats?.[0]?.[3]).toBe("d.m.yyyy");
    expect(data.numberFormats?.[0]?.[0]).toBe("General");
  });

  it("reads sheet names with quotes and apostrophes, tables, protection and visibility", () => {
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Data", "visible"],
      [QUOTED_NAME, "visible"],
      ["Piilo", "hidden"],
      ["_ra", "veryHidden"],
    ]);
    const quoted = sheet(snapshot, QUOTED_NAME);
    expect(quoted.isProtected).toBe(true);
    expect(sheet(snapshot, "Data").isProtected).toBe(false);
    expect(quoted.tables).toEqual([
      { name: "ra_items", range: { top: 1, left: 1, bottom: 3, right: 2 }, showHeaders: true },
    ]);
    expect(at(quoted, 3, 2)).toEqual({ kind: "number", value: 200 });
  });

  it("reads the _ra registry and the active sheet", () => {
    expect(snapshot.registry).toEqual([
      {
        sheet: "Data",
        role: "generated",
        hash: "abc123",
        schemaVersion: 1,
        time: "2024-05-01T10:00:00Z",
      },
      {
        sheet: "Data (vanha)",
        role: "backup",
        hash: "",
        schemaVersion: 1,
        time: "2024-05-01T10:00:00Z",
      },
    ]);
    expect(snapshot.activeSheet).toBe(QUOTED_NAME);
    expect(snapshot.file).toBe("kierros.xlsx");
    expect(snapshot.structureProtected).toBe(false);
  });

  it("gives 1900-system serials for a workbook in the 1904 date system", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const ws = workbook.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), "1904.xlsx");
    expect(at(read.sheets[0], 0, 0)).toEqual({ kind: "date", serial: 45306 });
  });

  it("reads workbook structure protection, which ExcelJS itself ignores", async () => {
    const bytes = await editZip(await smallWorkbook(), {
      "xl/workbook.xml": (xml) =>
        xml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'),
    });
    expect((await readXlsx(bytes, "locked.xlsx")).structureProtected).toBe(true);
  });
});

describe("readXlsx on hostile files", () => {
  const validation = (sqref: string) =>
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"a,b"</formula1></dataValidation></dataValidations>`;
  const withValidation = async (sqref: string) =>
    editZip(await smallWorkbook(), {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace("<pageMargins", `${validation(sqref)}<pageMargins`),
    });

  it("reads a sheet with a whole-column data validation without expanding it", async () => {
    const read = await readXlsx(await withValidation("C:C"), "v.xlsx");
    expect(at(read.sheets[0], 0, 0)).toEqual({ kind: "text", text: "Teema" });
  });

  it("reads a sheet with a validation over the whole sheet and keeps its values", async () => {
    const read = await readXlsx(await withValidation("A1:XFD1048576"), "v.xlsx");
    expect(at(read.sheets[0], 0, 0)).toEqual({ kind: "text", text: "Teema" });
    expect(at(read.sheets[0], 1, 1)).toEqual({ kind: "number", value: 12 });
  });

  it("throws XlsxReadError with the limit's reason, never anything else", async () => {
    const csv = new TextEncoder().encode("a;b\n1;2\n");
    await expect(readXlsx(csv, "x.xlsx")).rejects.toMatchObject({
      name: "XlsxReadError",
      reason: { code: "not-zip" },
    });
  });

  it("calls a workbook part that is not well-formed XML damaged (corrupt)", async () => {
    const bytes = buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<workbook><sheets><sheet name=" },
    ]);
    const error = await readXlsx(bytes, "broken.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).reason.code).toBe("corrupt");
  });
});
