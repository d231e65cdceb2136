import { parsePeriod, parseYear, periodFromCells, years } from "../../../src/core/locale/periods";
import { EMPTY, num, text } from "../../../src/core/model/cell";

describe("parseYear", () => {
  test("numbers and text", () => {
    expect(parseYear(num(2026))).toEqual({ ok: true, year: 2026 });
    expect(parseYear(text(" 2026 "))).toEqual({ ok: true, year: 2026 });
  });
  test("missing and unreadable", () => {
    expect(parseYear(EMPTY)).toEqual({ ok: false, reason: "missing" });
    expect(parseYear(undefined)).toEqual({ ok: false, reason: "missing" });
    expect(parseYear(num(2026.5))).toEqual({ ok: false, reason: "unreadable" });
    expect(parseYear(num(26))).toEqual({ ok: false, reason: "unreadable" });
    expect(parseYear(text("2 026"))).toEqual({ ok: false, reason: "unreadable" });
    expect(parseYear({ kind: "boolean", value: true })).toEqual({
      ok: false,
      reason: "unreadable",
    });
  });
});

describe("parsePeriod", () => {
  test.each([
    ["2026–2028"],
    ["2026-2028"],
    ["2026 - 2028"],
    ["2026—2028"],
    ["2026\u00a0–\u00a02028"],
    ["2026–28"],
  ])("%j is 2026–2028", (s) => {
    expect(parsePeriod(s)).toEqual({ ok: true, period: { start: 2026, end: 2028 } });
  });
  test("a single year is a one-year period", () => {
    expect(parsePeriod("2026")).toEqual({ ok: true, period: { start: 2026, end: 2026 } });
  });
  test.each<[string, string]>([
    ["", "missing"],
    ["ensi vuonna", "unreadable"],
    ["2026/2028", "unreadable"],
    ["2028–2026", "endBeforeStart"],
    ["2026–2036", "tooLong"],
  ])("%j → %s", (s, reason) => {
    expect(parsePeriod(s)).toEqual({ ok: false, reason });
  });
  test("ten years is the longest period", () => {
    expect(parsePeriod("2026–2035")).toMatchObject({ ok: true });
  });
});

describe("periodFromCells", () => {
  test("split into two number cells or two texts", () => {
    expect(periodFromCells(num(2026), num(2028))).toEqual({
      ok: true,
      period: { start: 2026, end: 2028 },
    });
    expect(periodFromCells(text("2026"), text("2028"))).toEqual({
      ok: true,
      period: { start: 2026, end: 2028 },
    });
  });
  test("one cell holding the whole period", () => {
    expect(periodFromCells(text("2026–2028"))).toEqual({
      ok: true,
      period: { start: 2026, end: 2028 },
    });
    expect(periodFromCells(num(2027))).toEqual({ ok: true, period: { start: 2027, end: 2027 } });
    expect(periodFromCells(EMPTY)).toEqual({ ok: false, reason: "missing" });
  });
  test("reasons", () => {
    expect(periodFromCells(num(2026), EMPTY)).toEqual({ ok: false, reason: "missing" });
    expect(periodFromCells(EMPTY, EMPTY)).toEqual({ ok: false, reason: "missing" });
    expect(periodFromCells(num(2026), text("pian"))).toEqual({ ok: false, reason: "unreadable" });
    expect(periodFromCells(num(2028), num(2026))).toEqual({ ok: false, reason: "endBeforeStart" });
    expect(periodFromCells(num(2026), num(2040))).toEqual({ ok: false, reason: "tooLong" });
  });
});

test("years lists every year of the period", () => {
  expect(years({ start: 2026, end: 2028 })).toEqual([2026, 2027, 2028]);
  expect(years({ start: 2026, end: 2026 })).toEqual([2026]);
});
