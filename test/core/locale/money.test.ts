import {
  addCents,
  centsToEuros,
  hasMoreThanTwoDecimals,
  roundCentsToUnit,
  sumCents,
  toCents,
} from "../../../src/core/locale/money";

describe("toCents rounds half away from zero on the written digits", () => {
  test.each<[number, number]>([
    [0.125, 13],
    [1.005, 101],
    [-2.675, -268],
    [1.115, 112],
    [0.005, 1],
    [-0.005, -1],
    [0.004, 0],
    [12500.5, 1_250_050],
    [0.1 + 0.2, 30],
    [1e12, 1e14],
    [-999_999_999_999.99, -99_999_999_999_999],
    [1e-7, 0],
    [0, 0],
  ])("%d € → %d cents", (euros, cents) => {
    expect(toCents(euros)).toBe(cents);
  });

  test("-0.001 € is zero cents, not minus zero", () => {
    expect(Object.is(toCents(-0.001), 0)).toBe(true);
  });

  test("a scale is applied exactly", () => {
    expect(toCents(1.1, 1_000_000)).toBe(110_000_000);
    expect(toCents(0.07, 1_000_000)).toBe(7_000_000);
    expect(toCents(1.2345, 1_000)).toBe(123_450);
    expect(toCents(1.23456, 1_000)).toBe(123_456);
  });

  test("refuses what is not an exact amount", () => {
    expect(() => toCents(NaN)).toThrow(RangeError);
    expect(() => toCents(Infinity)).toThrow(RangeError);
    expect(() => toCents(1e16)).toThrow(RangeError);
  });
});

describe("hasMoreThanTwoDecimals", () => {
  test.each<[number, boolean]>([
    [1.005, true],
    [1.05, false],
    [1.1, false],
    [12500, false],
    [0.125, true],
    [0.1 + 0.2, true],
    [1e-7, true],
  ])("%d → %s", (euros, expected) => {
    expect(hasMoreThanTwoDecimals(euros)).toBe(expected);
  });
  test("counts after the scale: 1.2345 t€ is 1 234.50 €", () => {
    expect(hasMoreThanTwoDecimals(1.2345, 1_000)).toBe(false);
    expect(hasMoreThanTwoDecimals(1.234567, 1_000)).toBe(true);
  });
});

describe("cents helpers", () => {
  test("centsToEuros gives the cell value", () => {
    expect(centsToEuros(1_250_050)).toBe(12500.5);
    expect(Object.is(centsToEuros(-0), 0)).toBe(true);
  });
  test("sumCents adds exactly and refuses overflow", () => {
    expect(sumCents([10, 20, -5])).toBe(25);
    expect(sumCents([])).toBe(0);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(addCents(10, -25)).toBe(-15);
    expect(() => addCents(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
  });
  test("roundCentsToUnit rounds half away from zero", () => {
    expect(roundCentsToUnit(1_604_999_999, 10_000_000)).toBe(160);
    expect(roundCentsToUnit(1_605_000_000, 10_000_000)).toBe(161);
    expect(roundCentsToUnit(-1_605_000_000, 10_000_000)).toBe(-161);
    expect(roundCentsToUnit(150, 100)).toBe(2);
    expect(roundCentsToUnit(-149, 100)).toBe(-1);
    expect(Object.is(roundCentsToUnit(-49, 100), 0)).toBe(true);
  });
});
