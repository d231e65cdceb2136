import {
  buildWorkbook,
  dateSerial,
  fakeContext,
  FakeOfficeError,
  FI_FI,
  MB,
  sheetRows,
} from "./index";

describe("fake Excel", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const { fake } = fakeContext(buildWorkbook({ sheets: [{ name: "A", rows: [["x"]] }] }));
    const range = fake.workbook.worksheets.getItem("A").getRange("A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await fake.sync();
    expect(range.values).toEqual([["x"]]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("refuses a fill colour or a date rule Office.js would not take", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const tries: ((range: Excel.Range) => void)[] = [
      (range) => void (range.format.fill.color = "#12345"),
      (range) => void (range.format.font.color = "rgb(0,0,0)"),
      (range) =>
        void (range.dataValidation.rule = {
          date: { formula1: "1.1.2000", formula2: "2100-12-31", operator: "Between" },
        }),
      (range) =>
        void (range.dataValidation.rule = {
          date: { formula1: "2000-01-01", operator: "Between" } as Excel.DateTimeDataValidation,
        }),
    ];
    for (const write of tries) {
      const { fake } = fakeContext(book);
      write(fake.workbook.worksheets.getItem("A").getRange("A1") as unknown as Excel.Range);
      await expect(fake.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    const { fake } = fakeContext(book);
    const range = fake.workbook.worksheets.getItem("A").getRange("A1:B2");
    range.format.fill.color = "#E2EFDA";
    range.values = [
      ["x", 1],
      ["", ""],
    ];
    await fake.sync();
    expect(book.sheet("A").cell(1, 1)).toMatchObject({ fill: "#E2EFDA", type: "Empty" });
    expect(book.sheet("A").cell(0, 0)).toMatchObject({ fill: "#E2EFDA", value: "x" });
  });

  it("applies queued writes only on sync, in queue order", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const { fake } = fakeContext(book);
    const range = fake.workbook.worksheets.getItem("A").getRange("A1:B1");
    range.numberFormat = [["@", "General"]];
    range.values = [["=1+1", "=1+1"]];
    expect(sheetRows(book, "A")).toEqual([]);
    await fake.sync();
    expect(sheetRows(book, "A")).toEqual([["=1+1", "=1+1"]]);
    expect(book.sheet("A").cell(0, 0)).toMatchObject({ type: "String", value: "=1+1" });
    expect(book.sheet("A").cell(0, 1)).toMatchObject({ formula: "=1+1", value: 2 });
  });

  it("parses written strings en-US whatever the locale, unless the format is @ (office-js #1559)", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }], currentYear: 2025 });
    book.culture = FI_FI;
    const { fake } = fakeContext(book);
    fake.workbook.worksheets.getItem("A").getRange("A1:I1").values = [
      ["1.1", "00123", "TRUE", "1,000", "12,5", "-2+3", "plain", "1/2/2025", "'007"],
    ];
    await fake.sync();
    const sheet = book.sheet("A");
    expect(sheet.cell(0, 0)).toMatchObject({ value: 1.1, type: "Double", numberFormat: "General" });
    expect(sheet.cell(0, 1)).toMatchObject({ value: 123, type: "Double" });
    expect(sheet.cell(0, 2)).toMatchObject({ value: true, type: "Boolean" });
    expect(sheet.cell(0, 3)).toMatchObject({ value: 1000 });
    expect(sheet.cell(0, 4)).toMatchObject({ value: "12,5", type: "String" });
    expect(sheet.cell(0, 5)).toMatchObject({ formula: "=-2+3", value: 1 });
    expect(sheet.cell(0, 6)).toMatchObject({ value: "plain", type: "String" });
    expect(sheet.cell(0, 7)).toMatchObject({
      value: dateSerial(2025, 1, 2),
      numberFormat: "m/d/yyyy",
    });
    // A leading apostrophe is a hidden prefix, not part of the text.
    expect(sheet.cell(0, 8)).toMatchObject({ value: "007", type: "String" });
  });

  it("refuses a response over 5 MB and counts syncs and payloads", async () => {
    const long = "x".repeat(1000);
    const rows = Array.from({ length: 6000 }, () => [long]);
    const { fake, core } = fakeContext(buildWorkbook({ sheets: [{ name: "A", rows }] }));
    const range = fake.workbook.worksheets.getItem("A").getRange("A1:A6000").load("values");
    await expect(fake.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => range.values).toThrow(FakeOfficeError);
    expect(core.syncCount).toBe(1);
    expect(core.syncs[0].responseBytes).toBeGreaterThan(5 * MB);
  });

  it("enforces Excel's sheet-name rules", async () => {
    const { fake } = fakeContext(buildWorkbook({ sheets: [{ name: "Data" }] }));
    for (const bad of ["data", "a/b", "x".repeat(32), "a[1]"]) {
      fake.workbook.worksheets.add(bad);
      await expect(fake.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    }
  });

  it("gives null objects past the last sheet, and refuses calls through one before a sync", async () => {
    const { fake } = fakeContext(
      buildWorkbook({ sheets: [{ name: "A" }, { name: "B", visibility: "VeryHidden" }] }),
    );
    const first = fake.workbook.worksheets.getFirst().load("name");
    const second = first.getNextOrNullObject().load("name,visibility");
    expect(() => second.getNextOrNullObject()).toThrow(
      expect.objectContaining({ code: "InvalidOperation" }),
    );
    const missing = fake.workbook.worksheets.getItemOrNullObject("_ra").load("name");
    expect(() => missing.tables.load("items/name")).toThrow(
      expect.objectContaining({ code: "InvalidOperation" }),
    );
    await fake.sync();
    const third = second.getNextOrNullObject().load("name");
    await fake.sync();
    expect([first.name, second.name, second.visibility, third.isNullObject]).toEqual([
      "A",
      "B",
      "VeryHidden",
      true,
    ]);
    expect(missing.isNullObject).toBe(true);
  });
});
