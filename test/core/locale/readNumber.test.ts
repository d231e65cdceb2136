import { readNumber } from "../../../src/core/locale/readNumber";
import { EMPTY, num, text, type CellValue } from "../../../src/core/model/cell";

describe("readNumber", () => {
  test("a number cell is read as is", () => {
    expect(readNumber(num(12500.5), "fi")).toEqual({ ok: true, value: 12500.5, fromText: false });
  });
  test("text is read in the sheet's locale and flagged", () => {
    expect(readNumber(text("12 500,50 €"), "fi")).toMatchObject({
      ok: true,
      value: 12500.5,
      fromText: true,
    });
    expect(readNumber(text("12,500.50"), "en")).toMatchObject({
      ok: true,
      value: 12500.5,
      fromText: true,
    });
    expect(readNumber(text("1,5 milj."), "fi")).toMatchObject({
      ok: true,
      value: 1_500_000,
      reading: { scale: 1_000_000 },
    });
  });
  test("ambiguous text carries its candidates", () => {
    expect(readNumber(text("1,500"), "fi")).toEqual({
      ok: false,
      reason: "ambiguous",
      candidates: [1.5, 1500],
    });
  });
  test.each<[CellValue | undefined, string]>([
    [EMPTY, "empty"],
    [undefined, "empty"],
    [text("  "), "empty"],
    [text("ei tiedossa"), "notNumber"],
    [{ kind: "boolean", value: true }, "boolean"],
    [{ kind: "error", code: "#REF!" }, "error"],
    [{ kind: "date", serial: 46096 }, "date"],
    [num(NaN), "notNumber"],
  ])("%j is not a number: %s", (cell, reason) => {
    expect(readNumber(cell, "fi")).toMatchObject({ ok: false, reason });
  });
});
