import { buildWorkbook, fakeContext, type FakeChangeEvent } from "./index";

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

    // A write through the API raises a local change after its sync, unless events are off.
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
    expect(events).toHaveLength(2);

    registration.remove();
    await fake.sync();
    await book.fireChange("A", "A1");
    expect(events).toHaveLength(2);
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

  it("finds a conditional format by its id, and fails for an id no format has", async () => {
    const book = buildWorkbook({
      sheets: [
        {
          name: "A",
          conditionalFormats: [{ ranges: ["A1:B2"], formula: "=A1>1", fill: "#00FF00" }],
        },
      ],
    });
    const { fake } = fakeContext(book);
    const id = book.sheet("A").conditionalFormats[0].id;
    const found = fake.workbook.worksheets.getItem("A").getRange().conditionalFormats.getItem(id);
    found.load("id");
    await fake.sync();
    expect(found.id).toBe(id);
    found.delete();
    await fake.sync();
    expect(book.sheet("A").conditionalFormats).toEqual([]);
    fake.workbook.worksheets.getItem("A").getRange().conditionalFormats.getItem(id).delete();
    await expect(fake.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
