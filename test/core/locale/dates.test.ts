import {
  dateFromCell,
  dateToSerial,
  isValidDate,
  looksLikeDateFromId,
  parseDateText,
  serialToDate,
} from "../../../src/core/locale/dates";
import { EMPTY, num, text } from "../../../src/core/model/cell";

describe("Excel serials (1900 system)", () => {
  test.each<[number, number, number, number]>([
    [1, 1900, 1, 1],
    [59, 1900, 2, 28],
    [60, 1900, 2, 29],
    [61, 1900, 3, 1],
    [36526, 2000, 1, 1],
    [46096, 2026, 3, 15],
    [2958465, 9999, 12, 31],
  ])("serial %d is %d-%d-%d and back", (serial, y, m, d) => {
    expect(serialToDate(serial)).toEqual({ y, m, d });
    expect(dateToSerial({ y, m, d })).toBe(serial);
  });
  test("the time of day is ignored", () => {
    expect(serialToDate(46096.75)).toEqual({ y: 2026, m: 3, d: 15 });
  });
  test("out of range", () => {
    expect(serialToDate(0)).toBeNull();
    expect(serialToDate(-5)).toBeNull();
    expect(serialToDate(2958466)).toBeNull();
    expect(serialToDate(NaN)).toBeNull();
    expect(dateToSerial({ y: 2026, m: 2, d: 29 })).toBeNull();
    expect(dateToSerial({ y: 1899, m: 12, d: 31 })).toBeNull();
  });
  test("every day of 1900–2100 round-trips", () => {
    const start = dateToSerial({ y: 1900, m: 1, d: 1 }) ?? 0;
    const end = dateToSerial({ y: 2100, m: 12, d: 31 }) ?? 0;
    const seen = new Set<string>();
    const failures: number[] = [];
    for (let serial = start; serial <= end; serial += 1) {
      const date = serialToDate(serial);
      const key = date ? `${date.y}-${date.m}-${date.d}` : "";
      if (!date || dateToSerial(date) !== serial || seen.has(key)) failures.push(serial);
      seen.add(key);
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBe(end - start + 1);
  });
});

describe("isValidDate", () => {
  test("leap years", () => {
    expect(isValidDate({ y: 2024, m: 2, d: 29 })).toBe(true);
    expect(isValidDate({ y: 2100, m: 2, d: 29 })).toBe(false);
    expect(isValidDate({ y: 2000, m: 2, d: 29 })).toBe(true);
    expect(isValidDate({ y: 2026, m: 4, d: 31 })).toBe(false);
    expect(isValidDate({ y: 2026, m: 13, d: 1 })).toBe(false);
  });
});

describe("parseDateText", () => {
  test.each([["15.3.2026"], ["15.03.2026"], ["2026-03-15"], [" 15. 3. 2026 "]])(
    "%j is 15 March 2026",
    (s) => {
      expect(parseDateText(s)).toEqual({ y: 2026, m: 3, d: 15 });
    },
  );
  test.each([["31.4.2026"], ["15/3/2026"], ["2026-3-15"], ["15.3.26"], ["maaliskuu"], [""]])(
    "%j is not a date",
    (s) => {
      expect(parseDateText(s)).toBeNull();
    },
  );
});

describe("dateFromCell", () => {
  test("a date cell, a number serial and text", () => {
    const expected = { ok: true, date: { y: 2026, m: 3, d: 15 }, serial: 46096 };
    expect(dateFromCell({ kind: "date", serial: 46096 })).toEqual(expected);
    expect(dateFromCell(num(46096))).toEqual(expected);
    expect(dateFromCell(text("15.3.2026"))).toEqual(expected);
  });
  test("missing and unreadable", () => {
    expect(dateFromCell(EMPTY)).toEqual({ ok: false, reason: "missing" });
    expect(dateFromCell(undefined)).toEqual({ ok: false, reason: "missing" });
    expect(dateFromCell(text(" "))).toEqual({ ok: false, reason: "missing" });
    expect(dateFromCell(text("pian"))).toEqual({ ok: false, reason: "unreadable" });
    expect(dateFromCell(num(-1))).toEqual({ ok: false, reason: "unreadable" });
    expect(dateFromCell({ kind: "error", code: "#N/A" })).toEqual({
      ok: false,
      reason: "unreadable",
    });
  });
});

describe("looksLikeDateFromId", () => {
  test("an id Excel turned into a date is given back as d.m", () => {
    const serial = (y: number, m: number, d: number) => dateToSerial({ y, m, d }) ?? 0;
    expect(looksLikeDateFromId({ kind: "date", serial: serial(2026, 1, 1) })).toBe("1.1");
    expect(looksLikeDateFromId({ kind: "date", serial: serial(2025, 12, 3) })).toBe("3.12");
    expect(looksLikeDateFromId({ kind: "date", serial: serial(2026, 10, 2) })).toBe("2.10");
  });
  test("other cells are not ids turned into dates", () => {
    expect(looksLikeDateFromId(num(46023))).toBeNull();
    expect(looksLikeDateFromId(text("1.1"))).toBeNull();
    expect(looksLikeDateFromId({ kind: "date", serial: 46023.5 })).toBeNull();
    expect(looksLikeDateFromId(undefined)).toBeNull();
  });
});
