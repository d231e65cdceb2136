/**
 * Messy cells end to end: a cell of Excel's maximum 32 767 characters, every Excel error
 * value in items and funding cells, merged cells over the header, hidden rows and columns.
 */
import ExcelJS from "exceljs";
import { toA1 } from "../../src/core/model/address";
import { consolidate } from "../../src/core/consolidate";
import { renderMemo } from "../../src/core/memo";
import { validateRound } from "../../src/core/rules/validateRound";
import { readWorkbook } from "../../src/workbook/office";
import { runConsolidation } from "../../src/operations";
import { fakeContext } from "../fake-excel";
import {
  ALL_ITEM_KEYS,
  buildProposal,
  SAMPLE_ITEMS,
  type Column,
} from "../core/recognise/sheetBuilder";
import { loadXlsxAdapter } from "../../src/workbook/xlsx";
import { xlsxOf } from "../cli/round";
import { cliJson, tempDir, writeFile } from "./cli";
import { EXCEL_ERRORS, fakeBook, fakeSheetOf, itemWithText, NOW, officeHost } from "./workbooks";

jest.setTimeout(60_000);

const files = tempDir("ra-hostile-cells-");
afterAll(() => files.remove());

const LONGEST = `${"Pitkä tavoite, ".repeat(2184)}loppu.`.padEnd(32_767, "x");

function longProposal() {
  return buildProposal({
    region: "Pohjois-Savo",
    name: "Esitys MK11",
    items: [{ ...itemWithText("1.1", "Lyhyt"), objective: LONGEST }, itemWithText("1.2", "Toinen")],
  });
}

describe("a cell of 32 767 characters", () => {
  it("is Excel's maximum and is reported as ITEM-TEXT-TOO-LONG by validate, at its cell", async () => {
    expect(LONGEST).toHaveLength(32_767);
    const p = longProposal();
    const file = writeFile(files.path("long.xlsx"), await xlsxOf([p.sheet]));
    const { report } = await cliJson(["validate", file]);
    expect(report.files[0].error).toBeNull();
    const at = toA1({ row: p.itemRows[0], col: p.colOf.objective ?? -1 });
    const long = report.issues.filter((i) => i.rule === "ITEM-TEXT-TOO-LONG");
    expect(long.map((i) => [i.sheet, i.cell, i.severity])).toEqual([
      ["Esitys MK11", at, "warning"],
    ]);
  });

  it("goes whole into All items through the Office adapter and whole into the memo", async () => {
    const p = longProposal();
    const book = fakeBook([fakeSheetOf(p.sheet)]);
    const outcome = await runConsolidation(officeHost(book), { lang: "fi", now: NOW });
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    const allItems = book.sheet(outcome.summary.sheets[5]);
    const held = [...allItems.cells.values()].filter((c) => c.value === LONGEST);
    expect(held).toHaveLength(1);
    expect(held[0].numberFormat).toBe("@");

    const snapshot = await readWorkbook(fakeContext(book).context);
    const validation = validateRound([{ file: "x", snapshot }]);
    const c = consolidate(validation.proposals, validation.settings, validation.issues);
    const memo = renderMemo(c, validation.settings, { lang: "fi", date: "2026-03-15" });
    expect(memo.text).toContain(LONGEST);
    expect(memo.html).toContain(LONGEST);
  });
});

describe("every Excel error value in items and funding cells", () => {
  // Item i has error i as its objective and as its AKKE amount for 2026; 2027 holds 1 000 €.
  const ids = EXCEL_ERRORS.map((_, i) => `${i + 1}.1`);
  const p = buildProposal({
    region: "Lappi",
    name: "Esitys MK19",
    items: EXCEL_ERRORS.map((code, i) => ({
      ...itemWithText(ids[i], "teksti"),
      objective: { kind: "error", code },
    })),
    funding: {
      years: [2026, 2027],
      withTotal: false,
      rows: EXCEL_ERRORS.map((code, i) => ({
        itemId: ids[i],
        source: "AKKE (sopimuksellinen yhteistyö)",
        amounts: [{ kind: "error", code }, 1_000],
      })),
    },
  });
  const fundingCol = p.colOf.itemId ?? 0; // the funding table starts in the items table's first column
  const expected = EXCEL_ERRORS.flatMap((code, i) => [
    [toA1({ row: p.itemRows[i], col: p.colOf.objective ?? -1 }), code],
    [toA1({ row: p.fundingRows[i], col: fundingCol + 2 }), code],
  ]).sort();

  it("read from Excel: CELL-EXCEL-ERROR at each cell, and left out of the totals", async () => {
    const book = fakeBook([fakeSheetOf(p.sheet)]);
    const snapshot = await readWorkbook(fakeContext(book).context);
    const validation = validateRound([{ file: "Book1.xlsx", snapshot }]);
    const found = validation.issues
      .filter((i) => i.rule === "CELL-EXCEL-ERROR")
      .map((i) => [i.cell, i.value])
      .sort();
    expect(found).toEqual(expected);
    expect(validation.issues.find((i) => i.rule === "CELL-EXCEL-ERROR")?.severity).toBe("error");
    const c = consolidate(validation.proposals, validation.settings, validation.issues);
    const region = c.regions.find((r) => r.region === "MK19");
    expect(region?.akkeCents).toBe(EXCEL_ERRORS.length * 1_000 * 100);
    expect(c.totals.akkeCents).toBe(EXCEL_ERRORS.length * 1_000 * 100);
  });

  it("read from a file by validate: the same cells, and consolidate's totals without them", async () => {
    const file = writeFile(files.path("errors.xlsx"), await xlsxOf([p.sheet]));
    const { code, report } = await cliJson(["validate", file]);
    expect(code).toBe(1);
    const found = report.issues
      .filter((i) => i.rule === "CELL-EXCEL-ERROR")
      .map((i) => [i.cell, i.value])
      .sort();
    expect(found).toEqual(expected);
    const summary = await cliJson(["consolidate", file, "--out", files.path("errors-out.xlsx")]);
    expect(summary.report.regions?.find((r) => r.region === "MK19")?.akke).toBe(
      EXCEL_ERRORS.length * 1_000,
    );
  });
});

describe("merged cells over the header, hidden rows and columns", () => {
  it("recognises a proposal with merged title, region and header cells, reading each value once", async () => {
    const columns: Column[] = [...ALL_ITEM_KEYS];
    columns.splice(columns.indexOf("objective") + 1, 0, { header: "Lisätieto" });
    const p = buildProposal({ region: "Kainuu", name: "Esitys MK18", columns });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxOf([p.sheet])) as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0];
    // A title merged across the items table in the row just above the header.
    ws.getCell(p.headerRow, 1).value = "Kohteet";
    ws.mergeCells(p.headerRow, 1, p.headerRow, columns.length);
    ws.mergeCells(1, 2, 1, 4);
    // The objective header merged over the unlabelled column beside it.
    const objective = (p.colOf.objective ?? 0) + 1;
    ws.mergeCells(p.headerRow + 1, objective, p.headerRow + 1, objective + 1);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = writeFile(files.path("merged.xlsx"), bytes);
    const { report } = await cliJson(["validate", file]);
    expect(report.files[0].sheets).toEqual([
      { sheet: "Esitys MK18", kind: "proposal", region: "MK18" },
    ]);
    expect(
      report.issues.filter((i) => i.rule.startsWith("STRUCT") || i.rule.startsWith("HDR")),
    ).toEqual([]);
    const { readXlsx } = await loadXlsxAdapter();
    const snapshot = await readXlsx(bytes, "merged.xlsx");
    const { proposals } = validateRound([{ file: "merged.xlsx", snapshot }]);
    expect(proposals[0].items.map((i) => i.objective)).toEqual(
      SAMPLE_ITEMS.map((i) => i.objective),
    );
  });

  it("still reads and validates hidden rows and a hidden column", async () => {
    const p = buildProposal({ region: "Kainuu", name: "Esitys MK18" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxOf([p.sheet])) as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0];
    const ministryCol = (p.colOf.leadMinistry ?? 0) + 1;
    const lastItemRow = p.itemRows[p.itemRows.length - 1] + 1;
    ws.getCell(lastItemRow, ministryCol).value = "Tuntematon ministeriö";
    ws.getRow(lastItemRow).hidden = true;
    ws.getColumn(ministryCol).hidden = true;
    const file = writeFile(
      files.path("hidden.xlsx"),
      new Uint8Array(await workbook.xlsx.writeBuffer()),
    );
    const { report } = await cliJson(["validate", file]);
    expect(report.issues.filter((i) => i.rule === "STRUCT-MISSING-COLUMN")).toEqual([]);
    expect(
      report.issues.filter((i) => i.rule === "ITEM-MINISTRY-UNKNOWN").map((i) => i.cell),
    ).toEqual([toA1({ row: lastItemRow - 1, col: ministryCol - 1 })]);
  });
});
