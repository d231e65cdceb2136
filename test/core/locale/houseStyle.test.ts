import {
  formatCentsExact,
  formatDate,
  formatDecimal,
  formatEuros,
  formatInteger,
  formatPercent,
} from "../../../src/core/locale/houseStyle";

const NB = "\u00a0";

describe("formatEuros in the memo's house style", () => {
  test.each<[string, "fi" | "sv" | "en", "text" | "table" | "millions", number, string]>([
    ["fi text", "fi", "text", 86_600_000, `866${NB}000${NB}euroa`],
    ["fi millions", "fi", "millions", 1_600_000_000, `16,0${NB}milj.${NB}euroa`],
    ["fi table", "fi", "table", 86_600_000, `866${NB}000${NB}€`],
    ["sv text", "sv", "text", 86_600_000, `866${NB}000${NB}euro`],
    ["sv millions", "sv", "millions", 1_600_000_000, `16,0${NB}miljoner${NB}euro`],
    ["sv table", "sv", "table", 86_600_000, `866${NB}000${NB}€`],
    ["en text", "en", "text", 86_600_000, "EUR 866,000"],
    ["en millions", "en", "millions", 1_600_000_000, "EUR 16.0 million"],
    ["en table", "en", "table", 86_600_000, "866,000"],
  ])("%s", (_name, lang, style, cents, expected) => {
    expect(formatEuros(cents, lang, style)).toBe(expected);
  });

  test("rounds half away from zero to whole euros or tenths of a million", () => {
    expect(formatEuros(50, "fi", "table")).toBe(`1${NB}€`);
    expect(formatEuros(-50, "en", "table")).toBe("-1");
    expect(formatEuros(49, "fi", "table")).toBe(`0${NB}€`);
    expect(formatEuros(1_604_999_999, "fi", "millions")).toBe(`16,0${NB}milj.${NB}euroa`);
    expect(formatEuros(1_605_000_000, "en", "millions")).toBe("EUR 16.1 million");
    expect(formatEuros(4_000_000, "fi", "millions")).toBe(`0,0${NB}milj.${NB}euroa`);
    expect(formatEuros(5_000_000, "fi", "millions")).toBe(`0,1${NB}milj.${NB}euroa`);
    expect(formatEuros(123_456_700_000_000, "en", "millions")).toBe("EUR 1,234,567.0 million");
  });

  test("negatives take the minus sign in fi and sv", () => {
    expect(formatEuros(-86_600_000, "fi", "text")).toBe(`\u2212866${NB}000${NB}euroa`);
    expect(formatEuros(-86_600_000, "en", "text")).toBe("EUR -866,000");
  });
});

describe("numbers, percentages and dates", () => {
  test("formatInteger groups digits", () => {
    expect(formatInteger(1_234_567, "fi")).toBe(`1${NB}234${NB}567`);
    expect(formatInteger(1_234_567, "en")).toBe("1,234,567");
    expect(formatInteger(999, "sv")).toBe("999");
    expect(formatInteger(2.5, "fi")).toBe("3");
    expect(formatInteger(-2.5, "en")).toBe("-3");
  });
  test("formatDecimal rounds on the written digits", () => {
    expect(formatDecimal(1.005, "en", 2)).toBe("1.01");
    expect(formatDecimal(1234.5, "fi", 1)).toBe(`1${NB}234,5`);
    expect(formatDecimal(0.04, "fi", 1)).toBe("0,0");
    expect(formatDecimal(-0.04, "fi", 1)).toBe("0,0");
    expect(formatDecimal(3, "sv", 2)).toBe("3,00");
  });
  test("formatPercent takes a fraction", () => {
    expect(formatPercent(0.8, "fi")).toBe(`80${NB}%`);
    expect(formatPercent(0.8, "sv")).toBe(`80${NB}%`);
    expect(formatPercent(0.8, "en")).toBe("80%");
    expect(formatPercent(0.285, "fi")).toBe(`29${NB}%`);
    expect(formatPercent(0.1234, "en", 1)).toBe("12.3%");
  });
  test("formatDate", () => {
    const date = { y: 2026, m: 3, d: 15 };
    expect(formatDate(date, "fi")).toBe("15.3.2026");
    expect(formatDate(date, "sv")).toBe("15.3.2026");
    expect(formatDate(date, "en")).toBe("15 March 2026");
  });
  test("formatCentsExact prints every cent", () => {
    expect(formatCentsExact(1_234_567_890, "fi")).toBe(`12${NB}345${NB}678,90`);
    expect(formatCentsExact(1_234_567_890, "en")).toBe("12,345,678.90");
    expect(formatCentsExact(5, "sv")).toBe("0,05");
    expect(formatCentsExact(-100, "fi")).toBe("\u22121,00");
    expect(formatCentsExact(0, "en")).toBe("0.00");
  });
});
