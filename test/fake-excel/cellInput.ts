import type { FakeCell } from "./model";

/** Days since 1899-12-30 (Excel's serial for dates after February 1900). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const EN_US_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/;
const EN_US_DECIMAL_ONLY = /^[+-]?\.\d+$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * What Excel stores when a string is written to `range.values`. The setter parses en-US
 * whatever the user's locale (office-js #1559; docs/excel-decisions.md § 10), so a Finnish
 * `1.1` is the number 1.1, not the first of January. A leading apostrophe is a hidden
 * prefix, in any number format: `'abc` stores `abc`. In a cell formatted `@` (text) the
 * rest is kept as written; otherwise: a leading `=` makes a formula (so do `+`/`-`/`@`
 * followed by something that is not a plain number), `m/d/yyyy` makes a date, numbers follow
 * en-US rules (`,` groups thousands in threes, `.` is the decimal point: `1,000` and `00123`
 * are numbers, `12,5` and `1 000` stay text), `TRUE`/`FALSE` become booleans, `50%` a
 * percentage.
 */
export function convertTypedInput(input: string, numberFormat: string, year: number): FakeCell {
  // en-US typed dates (`1/2/2025`) carry their year; kept for callers that pass the current one.
  void year;
  const keep = { numberFormat };
  if (input === "") return { ...keep, value: "", type: "Empty" };
  if (input.startsWith("'")) {
    const rest = input.slice(1);
    return { ...keep, value: rest, type: rest === "" ? "Empty" : "String" };
  }
  if (numberFormat === "@") return { ...keep, value: input, type: "String" };
  if (input.startsWith("=") && input.length > 1) return { ...keep, ...formulaCell(input) };
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE")
    return { ...keep, value: upper === "TRUE", type: "Boolean" };
  const slash = SLASH_DATE.exec(input);
  if (slash && validDay(Number(slash[2]), Number(slash[1]))) {
    const format = numberFormat === "General" ? "m/d/yyyy" : numberFormat;
    return {
      numberFormat: format,
      value: dateSerial(Number(slash[3]), Number(slash[1]), Number(slash[2])),
      type: "Double",
    };
  }
  if (EN_US_NUMBER.test(input) || EN_US_DECIMAL_ONLY.test(input)) {
    return { ...keep, value: Number(input.replace(/,/g, "")), type: "Double" };
  }
  if (/^[+-]?\d+(\.\d+)?%$/.test(input)) {
    const format = numberFormat === "General" ? "0%" : numberFormat;
    return { numberFormat: format, value: Number(input.slice(0, -1)) / 100, type: "Double" };
  }
  if (/^[+\-@]./.test(input)) {
    const body = input.startsWith("@") ? input.slice(1) : input;
    return { ...keep, ...formulaCell(`=${body}`) };
  }
  return { ...keep, value: input, type: "String" };
}

/** A formula cell. Plain arithmetic on numbers is evaluated; anything else reads as 0. */
export function formulaCell(formula: string): Pick<FakeCell, "value" | "type" | "formula"> {
  const body = formula.slice(1);
  if (/^[\d+\-*/(). ]+$/.test(body)) {
    const result = evaluateArithmetic(body);
    if (result !== null) return { formula, value: result, type: "Double" };
  }
  return { formula, value: 0, type: "Double" };
}

function evaluateArithmetic(source: string): number | null {
  const tokens = source.replace(/\s+/g, "").match(/\d+(\.\d+)?|[+\-*/()]/g) ?? [];
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const expr = (): number => {
    let value = term();
    while (peek() === "+" || peek() === "-")
      value = tokens[pos++] === "+" ? value + term() : value - term();
    return value;
  };
  const term = (): number => {
    let value = factor();
    while (peek() === "*" || peek() === "/")
      value = tokens[pos++] === "*" ? value * factor() : value / factor();
    return value;
  };
  const factor = (): number => {
    const token = tokens[pos++];
    if (token === "-") return -factor();
    if (token === "+") return factor();
    if (token === "(") {
      const value = expr();
      pos++;
      return value;
    }
    const value = Number(token);
    if (Number.isNaN(value)) throw new Error("not arithmetic");
    return value;
  };
  try {
    const value = expr();
    return pos === tokens.length && Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}
