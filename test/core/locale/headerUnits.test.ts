import { parseYearHeader, splitHeaderUnit, unitScale } from "../../../src/core/locale/headerUnits";

describe("splitHeaderUnit", () => {
  it("splits the label from a thousands unit", () => {
    expect(splitHeaderUnit("AKKE-jako (1 000 €)")).toEqual({
      label: "AKKE-jako",
      unit: "1 000 €",
      scale: 1000,
    });
  });

  it.each([
    ["€", 1],
    ["EUR", 1],
    ["euroa", 1],
    ["1 000 €", 1000],
    ["t€", 1000],
    ["1 000 EUR", 1000],
    ["tuhatta euroa", 1000],
    ["milj. €", 1_000_000],
    ["M€", 1_000_000],
    ["mn euro", 1_000_000],
    ["miljoonaa euroa", 1_000_000],
  ])("reads (%s) as ×%d", (unit, scale) => {
    expect(splitHeaderUnit(`Investointitarve (${unit})`)).toEqual({
      label: "Investointitarve",
      unit,
      scale,
    });
  });

  it("ignores case, spacing and no-break spaces in the unit", () => {
    expect(splitHeaderUnit("Yhteensä (1\u00a0000\u00a0€)").scale).toBe(1000);
    expect(splitHeaderUnit("Yhteensä (1000 €)").scale).toBe(1000);
    expect(splitHeaderUnit("Total ( MILJ.  € )").scale).toBe(1_000_000);
    expect(splitHeaderUnit("Total (eur)").scale).toBe(1);
    expect(splitHeaderUnit("Total\u00a0(T€)")).toEqual({ label: "Total", unit: "T€", scale: 1000 });
  });

  it("reports any other bracketed unit as unknown", () => {
    expect(splitHeaderUnit("AKKE-jako (kpl)")).toEqual({
      label: "AKKE-jako",
      unit: "kpl",
      scale: null,
    });
    expect(splitHeaderUnit("AKKE-jako ($)").scale).toBeNull();
    expect(splitHeaderUnit("AKKE-jako (100 €)").scale).toBeNull();
  });

  it("gives a header without brackets scale 1 and no unit", () => {
    expect(splitHeaderUnit("  Yhteensä ")).toEqual({ label: "Yhteensä", unit: null, scale: 1 });
  });

  it("only takes a bracket at the end of the header", () => {
    expect(splitHeaderUnit("AKKE (sopimuksellinen yhteistyö) määrä")).toEqual({
      label: "AKKE (sopimuksellinen yhteistyö) määrä",
      unit: null,
      scale: 1,
    });
  });
});

describe("unitScale", () => {
  it("knows the money units and nothing else", () => {
    expect(unitScale("1 000 €")).toBe(1000);
    expect(unitScale("%")).toBeNull();
  });
});

describe("parseYearHeader", () => {
  it("reads a year written as text or as a number", () => {
    expect(parseYearHeader("2026")).toEqual({ year: 2026, unit: null, scale: 1 });
    expect(parseYearHeader({ kind: "number", value: 2027 })).toEqual({
      year: 2027,
      unit: null,
      scale: 1,
    });
    expect(parseYearHeader({ kind: "text", text: " 2028 " })).toEqual({
      year: 2028,
      unit: null,
      scale: 1,
    });
  });

  it("reads a year with a unit", () => {
    expect(parseYearHeader("2026 (€)")).toEqual({ year: 2026, unit: "€", scale: 1 });
    expect(parseYearHeader("2026 (1 000 €)")).toEqual({ year: 2026, unit: "1 000 €", scale: 1000 });
    expect(parseYearHeader("2026 (kpl)")).toEqual({ year: 2026, unit: "kpl", scale: null });
  });

  it("rejects what is not a year", () => {
    expect(parseYearHeader("Yhteensä")).toBeNull();
    expect(parseYearHeader("2026–2028")).toBeNull();
    expect(parseYearHeader("26")).toBeNull();
    expect(parseYearHeader({ kind: "number", value: 2026.5 })).toBeNull();
    expect(parseYearHeader({ kind: "number", value: 866000 })).toBeNull();
    expect(parseYearHeader({ kind: "date", serial: 46000 })).toBeNull();
  });
});
