/**
 * Files from writers other than the add-in's own: openpyxl (through python3), hand-built
 * minimal packages as LibreOffice, XlsxWriter and Google Sheets write them, and the parts
 * Excel itself leaves out. Each must read whole; a value the file does not hold must reach
 * the core as an unreadable cell, never as empty or 0.
 */
import type { CellValue } from "../../../src/core/model/cell";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { nodeInflater } from "../../../src/workbook/xlsx/nodeInflater";
import { openpyxlWorkbook } from "./python";
import { rawPackage, REL_NS } from "./rawPackage";

const at = (s: SheetSnapshot, a1Row: number, col: number): CellValue =>
  s.cells[a1Row]?.[col] ?? { kind: "empty" };
const sheet = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot => {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

const OPENPYXL_PROPOSAL = String.raw`
import sys, datetime, openpyxl
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Esitys"
ws.append(["Teema", "Euroa", "Päivämäärä", "Kansallinen"])
ws.append(["TKI & osaaminen", 125000, datetime.date(2026, 3, 10), False])
ws.append(["Liikenne <tiet>", 200000.5, datetime.datetime(2026, 3, 10, 12, 0), True])
ws["B2"].number_format = '#,##0 "€"'
ws["B3"].number_format = '#,##0 "€"'
ws["B5"] = "=SUM(B2:B3)"
ws["A7"] = "Rivi\r\nkaksi"
ws.add_table(Table(displayName="Kohteet", ref="A1:D3"))
hidden = wb.create_sheet("Piilo")
hidden.sheet_state = "hidden"
hidden["A1"] = "piilossa"
very = wb.create_sheet("Hyvin piilossa")
very.sheet_state = "veryHidden"
very["A1"] = 1
wb.save(sys.argv[1])
`;

describe("a proposal written by openpyxl", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await readXlsx(openpyxlWorkbook(OPENPYXL_PROPOSAL), "openpyxl.xlsx", {
      inflate: nodeInflater,
    });
  });

  it("reads every sheet with its visibility from workbook.xml", () => {
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Esitys", "visible"],
      ["Piilo", "hidden"],
      ["Hyvin piilossa", "veryHidden"],
    ]);
    expect(snapshot.activeSheet).toBe("Esitys");
  });

  it("reads the table through its absolute part target", () => {
    expect(sheet(snapshot, "Esitys").tables).toEqual([
      { name: "Kohteet", range: { top: 0, left: 0, bottom: 2, right: 3 }, showHeaders: true },
    ]);
  });

  it("reads text, numbers with their formats, dates and booleans", () => {
    const esitys = sheet(snapshot, "Esitys");
    expect(at(esitys, 1, 0)).toEqual({ kind: "text", text: "TKI & osaaminen" });
    expect(at(esitys, 2, 0)).toEqual({ kind: "text", text: "Liikenne <tiet>" });
    expect(at(esitys, 1, 1)).toEqual({ kind: "number", value: 125000 });
    expect(at(esitys, 2, 1)).toEqual({ kind: "number", value: 200000.5 });
    expect(esitys.numberFormats?.[1][1]).toBe('#,##0 "€"');
    expect(at(esitys, 1, 2)).toEqual({ kind: "date", serial: 46091 });
    expect(at(esitys, 2, 2)).toEqual({ kind: "date", serial: 46091.5 });
    expect(at(esitys, 1, 3)).toEqual({ kind: "boolean", value: false });
    expect(at(esitys, 2, 3)).toEqual({ kind: "boolean", value: true });
    expect(at(esitys, 6, 0)).toEqual({ kind: "text", text: "Rivi\r\nkaksi" });
    expect(at(sheet(snapshot, "Piilo"), 0, 0)).toEqual({ kind: "text", text: "piilossa" });
  });

  it("reads a formula openpyxl saved without a value as unreadable, never as empty or 0", () => {
    expect(at(sheet(snapshot, "Esitys"), 4, 1)).toEqual({
      kind: "error",
      code: "=SUM(B2:B3)",
      unreadable: "formula-without-value",
    });
  });
});

describe("a proposal with shared strings written by openpyxl's write-only mode", () => {
  it("reads the shared string table and a formula cell's stale value", async () => {
    const bytes = openpyxlWorkbook(String.raw`
import sys, openpyxl
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Esitys")
ws.append(["Teema", "Euroa"])
ws.append(["TKI", 100])
ws.append(["Yhteensä", "=SUM(B2:B2)"])
wb.save(sys.argv[1])
`);
    const read = await readXlsx(bytes, "w.xlsx", { inflate: nodeInflater });
    const esitys = sheet(read, "Esitys");
    expect(at(esitys, 1, 0)).toEqual({ kind: "text", text: "TKI" });
    expect(at(esitys, 1, 1)).toEqual({ kind: "number", value: 100 });
    expect(at(esitys, 2, 1)).toMatchObject({ kind: "error", unreadable: "formula-without-value" });
  });
});

describe("a minimal hand-built package", () => {
  const body =
    "<sheetData>" +
    // A row and cells without r: A1, B1, C1 …
    '<row><c t="inlineStr"><is><t>Teema</t></is></c><c t="inlineStr"><is><r><t>Vihreä </t></r><r><rPr><b/></rPr><t>siirtymä</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></is></c><c t="b"><v>1</v></c></row>' +
    '<row r="3"><c r="A3" t="d"><v>2026-03-10</v></c><c r="B3" t="d"><v>2026-03-10T18:00:00</v></c><c r="C3" t="e"><v>#DIV/0!</v></c></row>' +
    '<row r="4"><c r="A4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B4"><v>1.5E3</v></c><c r="C4" t="inlineStr"><is><t>Rivi_x000D_vaihto _x005F_x0041_</t></is></c></row>' +
    '<row r="5"><c r="A5"><f t="shared" ref="A5:A7" si="0">B5*2</f><v>2</v></c><c r="B5"><v>1</v></c></row>' +
    '<row r="6"><c r="A6"><f t="shared" si="0"/><v>4</v></c><c r="B6"><v>2</v></c></row>' +
    '<row r="7"><c r="A7"><f t="shared" si="0"/></c><c r="B7"><v>3</v></c></row>' +
    "</sheetData>";

  const expectMinimal = (read: WorkbookSnapshot) => {
    const s = read.sheets[0];
    expect(s.name).toBe("Tiedot");
    expect(s.cells[0]).toEqual([
      { kind: "text", text: "Teema" },
      { kind: "text", text: "Vihreä siirtymä" },
      { kind: "boolean", value: true },
    ]);
    expect(s.cells[1]).toEqual([]);
    expect(s.cells[2]).toEqual([
      { kind: "date", serial: 46091 },
      { kind: "date", serial: 46091.75 },
      { kind: "error", code: "#DIV/0!" },
    ]);
    expect(s.cells[3]).toEqual([
      { kind: "text", text: "ab" },
      { kind: "number", value: 1500 },
      { kind: "text", text: "Rivi\rvaihto _x0041_" },
    ]);
    expect(at(s, 4, 0)).toEqual({ kind: "number", value: 2 });
    expect(at(s, 5, 0)).toEqual({ kind: "number", value: 4 });
    // The shared formula's text, moved to the cell's row, names the missing value.
    expect(at(s, 6, 0)).toEqual({
      kind: "error",
      code: "=B7*2",
      unreadable: "formula-without-value",
    });
    expect(s.numberFormats).toBeUndefined();
    expect(s.tables).toEqual([]);
  };

  it("reads without styles or shared strings: inline strings, t=d, t=str, shared formulas", async () => {
    expectMinimal(await readXlsx(rawPackage([{ name: "Tiedot", body }]), "min.xlsx"));
  });

  it("reads absolute part targets", async () => {
    expectMinimal(
      await readXlsx(rawPackage([{ name: "Tiedot", body }], { absoluteTargets: true }), "a.xlsx"),
    );
  });

  it("reads upper-case part names, a workbook part elsewhere and backslashes in targets", async () => {
    const bytes = rawPackage([{ name: "Tiedot", body }], {
      workbookPart: "Book/Main.xml",
      entryName: (name) => name.toUpperCase(),
      extra: [
        {
          name: "Book/_rels/Main.xml.rels",
          data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets\\sheet1.xml"/><Relationship Id="rIdX" Type="${REL_NS}/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`,
        },
      ],
    });
    expectMinimal(await readXlsx(bytes, "upper.xlsx"));
  });

  it("reads shared strings with entities and rich runs, and styles for dates and formats", async () => {
    const bytes = rawPackage(
      [
        {
          name: "S",
          body:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>46091</v></c><c r="C1" s="2"><v>1234.5</v></c><c r="D1" s="3"><v>0.25</v></c><c r="E1" s="4"><v>46091.5</v></c></row></sheetData>' +
            '<sheetProtection sheet="1" objects="1"/>',
        },
      ],
      {
        sharedStrings: ['Tekijä & "lainaus" &#228;'],
        styles:
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="d\\.m\\.yyyy"/><numFmt numFmtId="165" formatCode="#,##0\\ &quot;€&quot;"/></numFmts>' +
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="9"/><xf numFmtId="22"/></cellXfs>' +
          '<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs>',
        workbookExtra: '<workbookProtection lockStructure="1"/>',
      },
    );
    const read = await readXlsx(bytes, "styled.xlsx");
    const s = read.sheets[0];
    expect(s.cells[0]).toEqual([
      { kind: "text", text: 'Tekijä & "lainaus" &#228;' },
      { kind: "date", serial: 46091 },
      { kind: "number", value: 1234.5 },
      { kind: "number", value: 0.25 },
      { kind: "date", serial: 46091.5 },
    ]);
    expect(s.numberFormats?.[0]).toEqual(["General", "d.m.yyyy", '#,##0 "€"', "0%", "m/d/yy h:mm"]);
    expect(s.isProtected).toBe(true);
    expect(read.structureProtected).toBe(true);
  });
});

describe("a cell whose type attribute is missing or unknown", () => {
  it("keeps an inline string without t=inlineStr, and reads an unknown type as a number", async () => {
    const read = await readXlsx(
      rawPackage([
        {
          name: "S",
          body: '<sheetData><row r="1"><c r="A1"><is><t>ilman tyyppiä</t></is></c><c r="B1" t="x"><v>12</v></c></row></sheetData>',
        },
      ]),
      "t.xlsx",
    );
    expect(read.sheets[0].cells[0]).toEqual([
      { kind: "text", text: "ilman tyyppiä" },
      { kind: "number", value: 12 },
    ]);
  });
});

describe("formulas saved with a stale result", () => {
  const body =
    '<sheetData><row r="1"><c r="A1"><v>5</v></c><c r="B1"><f>A1*0</f><v>0</v></c><c r="C1"><f>A1*2</f><v>10</v></c><c r="D1" t="str"><f>""</f><v></v></c></row></sheetData>';

  it("takes a cached 0 for a value never computed where the writer asks for a recalculation", async () => {
    // What XlsxWriter writes: every formula with <v>0</v>, and calcPr fullCalcOnLoad="1".
    const read = await readXlsx(
      rawPackage([{ name: "S", body }], {
        workbookExtra: '<calcPr calcId="124519" fullCalcOnLoad="1"/>',
      }),
      "xlsxwriter.xlsx",
    );
    expect(read.sheets[0].cells[0]).toEqual([
      { kind: "number", value: 5 },
      { kind: "error", code: "=A1*0", unreadable: "formula-without-value" },
      { kind: "number", value: 10 },
    ]);
  });

  it("trusts a cached 0 in a file Excel saved (no fullCalcOnLoad)", async () => {
    const read = await readXlsx(
      rawPackage([{ name: "S", body }], { workbookExtra: '<calcPr calcId="191029"/>' }),
      "excel.xlsx",
    );
    expect(read.sheets[0].cells[0][1]).toEqual({ kind: "number", value: 0 });
  });
});
