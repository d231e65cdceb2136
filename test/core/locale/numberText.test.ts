import { parseNumberText, type NumberTextResult } from "../../../src/core/locale/numberText";
import type { Lang } from "../../../src/core/model/lang";

const value = (text: string, lang: Lang): number | string => {
  const r = parseNumberText(text, lang);
  return r.kind === "number" ? r.value : r.kind;
};

describe("parseNumberText: locale forms", () => {
  test.each<[string, Lang, number]>([
    ["12 500,50", "fi", 12500.5],
    ["12\u00a0500,50", "fi", 12500.5],
    ["12\u202f500,50", "sv", 12500.5],
    ["12\u2009500", "sv", 12500],
    ["1 234 567", "fi", 1234567],
    ["12,500.50", "en", 12500.5],
    ["1,234,567", "en", 1234567],
    ["12 500.50", "en", 12500.5],
    ["0,5", "fi", 0.5],
    [",5", "fi", 0.5],
    ["42", "fi", 42],
    ["  42  ", "en", 42],
  ])("%j in %s is %d", (text, lang, expected) => {
    expect(value(text, lang)).toBe(expected);
  });
});

describe("parseNumberText: unambiguous foreign forms", () => {
  test.each<[string, Lang, number]>([
    ["12500.50", "fi", 12500.5],
    ["12.500,50", "en", 12500.5],
    ["12.500,50", "fi", 12500.5],
    ["12,500.50", "fi", 12500.5],
    ["1.5", "fi", 1.5],
    ["1,5", "en", 1.5],
    ["1,500,000", "fi", 1500000],
    ["1.500.000", "en", 1500000],
    ["0,500", "en", 0.5],
    ["0.500", "fi", 0.5],
    ["12500,000", "en", 12500],
  ])("%j in %s is %d", (text, lang, expected) => {
    expect(value(text, lang)).toBe(expected);
  });
});

describe("parseNumberText: ambiguity is reported, never guessed", () => {
  test.each<[string, Lang, number[]]>([
    ["1,500", "fi", [1.5, 1500]],
    ["1,500", "sv", [1.5, 1500]],
    ["1.500", "fi", [1.5, 1500]],
    ["1.500", "en", [1.5, 1500]],
    ["123,456", "sv", [123.456, 123456]],
    ["1,500 €", "fi", [1.5, 1500]],
    ["1,500 milj.", "fi", [1_500_000, 1_500_000_000]],
  ])("%j in %s → %j", (text, lang, candidates) => {
    const r = parseNumberText(text, lang);
    expect(r.kind).toBe("ambiguous");
    expect(r.kind === "ambiguous" && r.candidates).toEqual(candidates);
  });

  test("`1,500` in en uses the English group separator: 1500", () => {
    expect(value("1,500", "en")).toBe(1500);
  });
  test("a 4-digit first group cannot be grouped: 1234,567 in fi is a decimal", () => {
    expect(value("1234,567", "fi")).toBe(1234.567);
  });
});

describe("parseNumberText: units and scale", () => {
  test.each<[string, Lang, number, boolean]>([
    ["12 500 €", "fi", 12500, true],
    ["12 500€", "fi", 12500, true],
    ["€12,500", "en", 12500, true],
    ["EUR 866,000", "en", 866000, true],
    ["866 000 euroa", "fi", 866000, true],
    ["866 000 euro", "sv", 866000, true],
    ["500 e", "fi", 500, true],
    ["1,5 milj.", "fi", 1_500_000, false],
    ["1,5 milj", "fi", 1_500_000, false],
    ["1,1 milj. €", "fi", 1_100_000, true],
    ["16,0 milj. euroa", "fi", 16_000_000, true],
    ["2 miljoonaa euroa", "fi", 2_000_000, true],
    ["1,2 mn euro", "sv", 1_200_000, true],
    ["16,0 miljoner euro", "sv", 16_000_000, true],
    ["EUR 16.0 million", "en", 16_000_000, true],
    ["3.3 M€", "en", 3_300_000, true],
    ["3,3 M€", "fi", 3_300_000, true],
    ["250 t€", "fi", 250_000, true],
    ["250 tuhatta euroa", "fi", 250_000, true],
    ["1,5 k€", "fi", 1_500, true],
    ["€1.5m", "en", 1_500_000, true],
    ["0,07 milj.", "fi", 70_000, false],
  ])("%j in %s is %d", (text, lang, expected, currency) => {
    const r = parseNumberText(text, lang);
    expect(r).toMatchObject({ kind: "number", value: expected, currency });
  });

  test("the scale is reported with the value", () => {
    expect(parseNumberText("250 t€", "fi")).toMatchObject({ scale: 1000 });
    expect(parseNumberText("1,5 milj.", "fi")).toMatchObject({ scale: 1_000_000 });
    expect(parseNumberText("1 500", "fi")).toMatchObject({
      scale: 1,
      currency: false,
      percent: false,
    });
  });

  test("percentages read as Excel reads them", () => {
    expect(parseNumberText("80 %", "fi")).toMatchObject({
      kind: "number",
      value: 0.8,
      percent: true,
    });
    expect(parseNumberText("80\u00a0%", "sv")).toMatchObject({ value: 0.8 });
    expect(parseNumberText("12,5 %", "fi")).toMatchObject({ value: 0.125 });
    expect(parseNumberText("57%", "en")).toMatchObject({ value: 0.57 });
  });
});

describe("parseNumberText: negatives", () => {
  test.each<[string, Lang, number]>([
    ["-1 500", "fi", -1500],
    ["\u22121 500", "fi", -1500],
    ["\u2212 1 500 €", "fi", -1500],
    ["(1 500)", "fi", -1500],
    ["(1 500 €)", "fi", -1500],
    ["(€1,500.25)", "en", -1500.25],
    ["-€1,500", "en", -1500],
    ["EUR -1,500", "en", -1500],
    ["-0", "fi", 0],
  ])("%j in %s is %d", (text, lang, expected) => {
    expect(value(text, lang)).toBe(expected);
  });
  test("-0 reads as plain zero", () => {
    expect(Object.is(value("-0", "fi"), 0)).toBe(true);
  });
});

describe("parseNumberText: not numbers", () => {
  test.each<[string, Lang]>([
    ["", "fi"],
    ["   ", "fi"],
    ["€", "fi"],
    ["-", "fi"],
    ["abc", "fi"],
    ["1.1.2026", "fi"],
    ["2026–2028", "fi"],
    ["1 5", "fi"],
    ["12 50", "fi"],
    ["1,2,3", "en"],
    ["1..5", "en"],
    ["1, 500", "en"],
    ["1 500,000.5", "fi"],
    ["1.500.50", "fi"],
    ["0,500,000", "en"],
    ["--5", "fi"],
    ["-(5)", "fi"],
    ["(-5)", "fi"],
    ["1e5", "en"],
    ["12 kpl", "fi"],
    ["€ 100 €", "fi"],
    ["100 € %", "fi"],
    ["n. 1500", "fi"],
    ["1500 m", "fi"],
    ["9".repeat(400), "en"],
  ])("%j in %s is invalid", (text, lang) => {
    expect(parseNumberText(text, lang)).toEqual<NumberTextResult>({ kind: "invalid" });
  });
});
