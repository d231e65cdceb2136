import { buildWorkbook, fakeContext, fakeExcelRun, FI_FI, type FakeChangeEvent } from "./index";

describe("fake Excel: what the adapter relies on", () => {
  it("shows HYPERLINK's label, SUM over a range, IF/COUNT and cross-sheet shares as values", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }, { name: "My Sheet", rows: [[200]] }] });
    const { fake } = fakeContext(book);
    const a = fake.workbook.worksheets.getItem("A");
    a.getRange("A1:C1").values = [[10, 20, ""]];
    a.getRange("D1:H1").formulas = [
      [
        "=SUM(A1:C1)",
        '=IF(COUNT(A1:C1)=0,"",SUM(A1:C1))',
        '=IF(COUNT(C1)=0,"",SUM(C1))',
        '=HYPERLINK("#\'My Sheet\'!A1","Open ""it""")',
        '=IF(A1="","",A1/\'My Sheet\'!$A$1)',
      ],
    ];
    await fake.sync();
    const range = a.getRange("D1:H1").load("values,valueTypes,formulas");
    await fake.sync();
    expect(range.values).toEqual([[30, 30, "", 'Open "it"', 0.05]]);
    expect(range.valueTypes).toEqual([["Double", "Double", "String", "String", "Double"]]);
    expect(range.formulas[0][3]).toBe('=HYPERLINK("#\'My Sheet\'!A1","Open ""it""")');

    // Excel recalculates: a later edit shows in the next read.
    book.sheet("A").setCell(0, 2, { value: 5, type: "Double", numberFormat: "General" });
    const again = a.getRange("D1:E1").load("values");
    await fake.sync();
    expect(again.values).toEqual([[35, 35]]);
  });

  it("loads a worksheet's id and tells onChanged handlers which sheet changed, and from where", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }, { name: "B" }] });
    const { fake } = fakeContext(book);
    const events: FakeChangeEvent[] = [];
    const sheet = fake.workbook.worksheets.getItem("B").load("id");
    const registration = fake.workbook.worksheets.onChanged.add((e) => void events.push(e));
    await book.fireChange("B", "A1");
    expect(events).toEqual([]); // not registered before the sync
    await fake.sync();
    expect(sheet.id).toBe(book.sheet("B").id);
    await book.fireChange("B", "C3", "Remote");
    expect(events).toEqual([
      expect.objectContaining({ worksheetId: sheet.id, address: "C3", source: "Remote" }),
    ]);

    // A write through the API raises a local change after its sync, and still does with
    // events off: `enableEvents = false` is no reliable filter (office-js #1786).
    fake.workbook.worksheets.getItem("A").getRange("B2").values = [["x"]];
    await fake.sync();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events[1]).toMatchObject({
      worksheetId: book.sheet("A").id,
      source: "Local",
      address: "B2",
    });
    fake.runtime.enableEvents = false;
    fake.workbook.worksheets.getItem("A").getRange("B3").values = [["y"]];
    await fake.sync();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toHaveLength(3);

    registration.remove();
    await fake.sync();
    await book.fireChange("A", "A1");
    expect(events).toHaveLength(3);
  });

  it("refuses a list validation naming a name that does not exist, and lets a name follow a rename", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }, { name: "~tmp", rows: [["x"], ["y"]] }] });
    const { fake } = fakeContext(book);
    const dv = fake.workbook.worksheets.getItem("A").getRange("B2:B5").dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: "=ra_list" } };
    await expect(fake.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(book.sheet("A").validations).toEqual([]);

    const tmp = fake.workbook.worksheets.getItem("~tmp");
    fake.workbook.names.add("ra_list", tmp.getRange("A1:A2"));
    fake.workbook.worksheets.getItem("A").getRange("B2:B5").dataValidation.rule = {
      list: { inCellDropDown: true, source: "=ra_list" },
    };
    tmp.name = "Lists";
    const names = fake.workbook.names.load("items/name,items/formula");
    await fake.sync();
    expect(book.sheet("A").validations).toHaveLength(1);
    expect(names.items.map((n) => [n.name, n.formula])).toEqual([["ra_list", "=Lists!$A$1:$A$2"]]);
  });

  it("gives a conditional format its priority as id, which changes when a format is added before it", async () => {
    const book = buildWorkbook({
      sheets: [
        {
          name: "A",
          conditionalFormats: [{ ranges: ["A1:B2"], formula: "=A1>1", fill: "#00FF00" }],
        },
      ],
    });
    const { fake } = fakeContext(book);
    const formats = fake.workbook.worksheets.getItem("A").getRange().conditionalFormats;
    formats.load("items/id");
    await fake.sync();
    expect(formats.items.map((cf) => cf.id)).toEqual(["0"]);
    const added = formats.add("Custom");
    added.custom.rule.formula = "=TRUE";
    formats.load("items/id");
    await fake.sync();
    // The user's format now has id "1"; "0" names the new one.
    expect(formats.items.map((cf) => cf.id)).toEqual(["0", "1"]);
    formats.getItem("0").delete();
    await fake.sync();
    expect(book.sheet("A").conditionalFormats.map((cf) => cf.formula)).toEqual(["=A1>1"]);
    formats.getItem("1").delete();
    await expect(fake.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses a multi-area address with commas on Windows with a ; list separator (office-js #1167)", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    book.culture = FI_FI;
    const { fake } = fakeContext(book);
    fake.workbook.worksheets.getItem("A").getRanges("A1:B2,C3").load("areaCount");
    await expect(fake.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const areas = fake.workbook.worksheets.getItem("A").getRanges("A1:B2;C3").load("areaCount");
    await fake.sync();
    expect(areas.areaCount).toBe(2);
    book.platform = "OfficeOnline";
    const web = fake.workbook.worksheets.getItem("A").getRanges("A1:B2,C3").load("areaCount");
    await fake.sync();
    expect(web.areaCount).toBe(2);
  });

  it("runs no call while the user edits a cell, unless the run waits for the edit to end", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A", rows: [["x"]] }] });
    const run = fakeExcelRun(book);
    book.startCellEdit();
    await expect(
      run(async (context) => {
        context.workbook.load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const waited = run({ delayForCellEdit: true }, async (context) => {
      const range = context.workbook.worksheets.getItem("A").getRange("A1").load("values");
      await context.sync();
      return range.values;
    });
    setTimeout(() => book.endCellEdit(), 5);
    await expect(waited).resolves.toEqual([["x"]]);
  });

  it("keeps tables and names in one namespace, and a name whose sheet is deleted points at #REF!", async () => {
    const book = buildWorkbook({
      sheets: [{ name: "A", tables: [{ name: "ra_x", range: "A1:B2" }] }, { name: "B" }],
    });
    const { fake } = fakeContext(book);
    fake.workbook.names.add("ra_x", "=B!$A$1");
    await expect(fake.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    fake.workbook.names.add("ra_y", "=B!$A$1");
    fake.workbook.worksheets.getItem("B").delete();
    const names = fake.workbook.names.load("items/name,items/formula");
    await fake.sync();
    expect(names.items.map((n) => [n.name, n.formula])).toEqual([["ra_y", "=#REF!"]]);
  });

  it("measures requests in UTF-8 bytes", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const { fake, core } = fakeContext(book);
    fake.workbook.worksheets.getItem("A").getRange("A1").values = [["ä".repeat(1000)]];
    await fake.sync();
    expect(core.syncs[0].requestBytes).toBeGreaterThan(2000);
  });
});
