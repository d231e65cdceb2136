/** The reader's small parts on their own: the XML tokenizer, OPC part names, shared formulas, formula results. */
import { formulaResult, type FormulaCells } from "../../../src/workbook/xlsx/formulaResult";
import { resolveTarget } from "../../../src/workbook/xlsx/opcPackage";
import { partKey } from "../../../src/workbook/xlsx/partKey";
import { shiftFormula } from "../../../src/workbook/xlsx/sharedFormula";
import {
  CLOSE,
  END,
  OPEN,
  TEXT,
  XmlScanner,
  XmlSyntaxError,
  decodeCellEscapes,
  decodeEntities,
} from "../../../src/workbook/xlsx/xmlScanner";

function tokens(xml: string): string[] {
  const scanner = new XmlScanner(xml);
  const out: string[] = [];
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN) out.push(`<${scanner.name}${scanner.selfClosing ? "/" : ""}>`);
    else if (token === CLOSE) out.push(`</${scanner.name}>`);
    else if (token === TEXT) out.push(scanner.text());
  }
  return out;
}

describe("XmlScanner", () => {
  it("gives tags without prefixes, text decoded, CDATA as written; skips declarations and comments", () => {
    expect(
      tokens(
        '\ufeff<?xml version="1.0"?><!-- a > b --><x:a b="1 > 0"><b/>A &amp; B &#228;&#xE4;<![CDATA[<&>]]></x:a>',
      ),
    ).toEqual(["<a>", "<b/>", "A & B ää", "<&>", "</a>"]);
  });

  it("reads attributes by local name, quoted either way, entities decoded", () => {
    const scanner = new XmlScanner(`<c r='A1' x:t="s" s = "2" v="&quot;&lt;&gt;&apos;"/>`);
    expect(scanner.next()).toBe(OPEN);
    expect([scanner.attribute("r"), scanner.attribute("t"), scanner.attribute("s")]).toEqual([
      "A1",
      "s",
      "2",
    ]);
    expect(scanner.attribute("v")).toBe(`"<>'`);
    expect(scanner.attribute("missing")).toBeUndefined();
  });

  it("skips a DOCTYPE with an internal subset and never expands its entities", () => {
    expect(tokens('<!DOCTYPE a [<!ENTITY e "]>x">]><a>&e;&unknown;&#0;&#xFFFFFF;</a>')).toEqual([
      "<a>",
      "&e;&unknown;\ufffd\ufffd",
      "</a>",
    ]);
  });

  it("refuses unterminated tags, comments and attributes", () => {
    for (const bad of ["<a", "<!-- x", '<a b="1>', "<![CDATA[x", "</a"]) {
      expect(() => tokens(bad)).toThrow(XmlSyntaxError);
    }
    const scanner = new XmlScanner("<a b>");
    scanner.next();
    expect(() => scanner.attribute("b")).toThrow(XmlSyntaxError);
  });

  it("walks a million nested elements without recursion", () => {
    const scanner = new XmlScanner(`<a>${"<b>".repeat(1_000_000)}${"</b>".repeat(1_000_000)}</a>`);
    scanner.next();
    expect(() => scanner.skipElement()).not.toThrow();
    expect(scanner.next()).toBe(END);
  });

  it("decodes cell escapes, an escaped underscore staying literal", () => {
    expect(decodeCellEscapes("a_x000D__x000A_b _x005F_x0041_")).toBe("a\r\nb _x0041_");
    expect(decodeEntities("no entities")).toBe("no entities");
  });
});

describe("OPC part names and targets", () => {
  it("compares part names without case, leading slash or dot segments; backslashes are slashes", () => {
    expect(partKey("/XL\\Worksheets/./../worksheets/Sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  });

  it("resolves targets relative to the source part's folder, absolute ones from the root", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml",
    );
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe(
      "xl/tables/table1.xml",
    );
    expect(resolveTarget("xl/worksheets/sheet1.xml", "/xl/tables/table1.xml")).toBe(
      "xl/tables/table1.xml",
    );
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(resolveTarget("xl/workbook.xml", "worksheets\\Sheet%201.xml")).toBe(
      "xl/worksheets/sheet 1.xml",
    );
  });
});

describe("shiftFormula", () => {
  it("moves relative references by the cell's offset, leaving absolute parts, strings and names", () => {
    expect(shiftFormula('SUM(B2:C2)*$D$1+E$3+"A1"&LOG10(2)', 2, 1)).toBe(
      'SUM(C4:D4)*$D$1+F$3+"A1"&LOG10(2)',
    );
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });
});

describe("formulaResult", () => {
  const grid: Record<string, Record<string, number | string | null>> = {
    S: { A1: 100, B1: 250.5, C1: null, D1: "x" },
    "Toinen 'lehti'": { A1: 7 },
  };
  const cells: FormulaCells = {
    hasSheet: (sheet) => sheet in grid,
    cell: (sheet, row, col) => {
      const a1 = `${String.fromCharCode(65 + col)}${row + 1}`;
      if (sheet === "S" && a1 === "E1") return { formula: "=A1*2", sheet: "S" };
      return { value: grid[sheet]?.[a1] ?? null };
    },
  };

  it.each([
    ['=IF(COUNT(A1:C1)=0,"",SUM(A1:C1))', 350.5],
    ['=IF(COUNT(C1:C1)=0,"",SUM(C1:C1))', ""],
    ['=IF(C1="","",A1/B1)', ""],
    ["=A1/C1", { error: "#DIV/0!" }],
    ["=E1+1", 201],
    ["='Toinen ''lehti'''!A1*2", 14],
    ['=HYPERLINK("#S!A1","Lappi")', "Lappi"],
    ["=C1", 0],
    ['=D1&"-"&A1', "x-100"],
    ["=Puuttuva!A1", { error: "#REF!" }],
  ])("%s shows %p", (formula, expected) => {
    expect(formulaResult(formula, "S", cells)).toEqual(expected);
  });

  it("leaves a formula it does not cover uncomputed", () => {
    expect(formulaResult("=TODAY()", "S", cells)).toBeUndefined();
    expect(formulaResult("=SUM(A:A)", "S", cells)).toBeUndefined();
  });
});
