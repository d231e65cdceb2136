import { readReturnedPackage } from "../../../src/core/packages";
import { createOfficeHost } from "../../../src/workbook/office";
import { writeMinistryPackages } from "../../../src/workbook/operations";
import { readXlsx } from "../../../src/workbook/xlsx/readXlsx";
import { buildWorkbook, fakeExcelRun, installFakeExcel, type FakeWorkbook } from "../../fake-excel";
import { roundBook } from "../operations/round";
import { smallWorkbook } from "../xlsx/smallWorkbook";

// Writes whole workbooks; the machine is shared.
jest.setTimeout(60_000);

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function officeHostOver(book: FakeWorkbook) {
  uninstall = installFakeExcel(book);
  return createOfficeHost({ run: (batch) => fakeExcelRun(book)(batch) });
}

async function smallXlsx(): Promise<string> {
  return Buffer.from(await smallWorkbook()).toString("base64");
}

describe("createWorkbook in the Office adapter", () => {
  it("opens the file as a new workbook through Excel.createWorkbook, once per call", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Notes", rows: [["x"]] }] });
    const host = officeHostOver(book);
    const file = await smallXlsx();
    expect(await host.createWorkbook?.(file)).toBe(true);
    expect(book.createdWorkbooks).toEqual([file]);
    // The open workbook is left as it was.
    expect(book.sheets.map((s) => s.name)).toEqual(["Notes"]);
  });

  it("answers false, and calls nothing, in an Excel without ExcelApi 1.8", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Notes", rows: [["x"]] }] });
    book.excelApi = "1.7";
    const host = officeHostOver(book);
    expect(await host.createWorkbook?.(await smallXlsx())).toBe(false);
    expect(book.createdWorkbooks).toEqual([]);
  });

  it("passes Excel's refusal on", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Notes", rows: [["x"]] }] });
    const host = officeHostOver(book);
    await expect(host.createWorkbook?.("bm90IGEgemlw")).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(book.createdWorkbooks).toEqual([]);
  });

  it("opens each ministry's package of a round read from Excel as a new workbook", async () => {
    const book = await roundBook(1);
    const host = officeHostOver(book);
    const outcome = await writeMinistryPackages(host, { lang: "fi" });
    if (outcome.kind !== "opened") throw new Error(outcome.kind);
    expect(book.createdWorkbooks).toHaveLength(outcome.files.length);
    expect(outcome.files.length).toBeGreaterThan(1);
    for (const [i, base64] of book.createdWorkbooks.entries()) {
      const back = readReturnedPackage(
        await readXlsx(new Uint8Array(Buffer.from(base64, "base64")), "new.xlsx"),
      );
      expect(back?.ministry).toBe(outcome.files[i].ministry);
    }
  });
});
