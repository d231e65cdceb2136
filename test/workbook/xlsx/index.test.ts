import { checkFileLimits, loadXlsxAdapter } from "../../../src/workbook/xlsx";

describe("the xlsx adapter entry point", () => {
  it("loads the reader and writer on demand, and they round-trip a plan", async () => {
    const adapter = await loadXlsxAdapter();
    const { bytes } = await adapter.writeXlsx({
      sheets: [
        {
          name: "S",
          mode: "add",
          blocks: [{ topLeft: "B2", cells: [[{ kind: "text", text: "x" }]] }],
        },
      ],
    });
    expect((await checkFileLimits(bytes, "s.xlsx")).ok).toBe(true);
    const snapshot = await adapter.readXlsx(bytes, "s.xlsx");
    expect(snapshot.sheets[0].cells).toEqual([
      [],
      [{ kind: "empty" }, { kind: "text", text: "x" }],
    ]);
  });
});

describe("the reader alone", () => {
  it("loads without the writer and reads what the writer wrote", async () => {
    const { loadXlsxReader } = await import("../../../src/workbook/xlsx");
    const readXlsx = await loadXlsxReader();
    const { writeXlsx } = await loadXlsxAdapter();
    const { bytes } = await writeXlsx({
      sheets: [
        {
          name: "S",
          mode: "add",
          blocks: [{ topLeft: "A1", cells: [[{ kind: "number", value: 1 }]] }],
        },
      ],
    });
    expect((await readXlsx(bytes, "s.xlsx")).sheets[0].cells).toEqual([
      [{ kind: "number", value: 1 }],
    ]);
  });
});
