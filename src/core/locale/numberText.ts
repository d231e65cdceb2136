import type { Lang } from "../model/lang";
import { decimalToNumber, normaliseDecimal, shiftDecimal, type Decimal } from "./decimal";
import type { MoneyScale } from "./money";

/**
 * Reading a number typed as text (docs/design.md § 5.4).
 *
 * Separators: groups of three digits may be separated by a space (any width, no-break
 * included), `.` or `,`; the decimal separator is `,` or `.`. A form is read when only one
 * reading is possible (`12500.50` in fi, `12.500,50` in en). The one form with two
 * readings is a single `.` or `,` followed by exactly three digits (`1,500`, `12.345`,
 * first group 1–3 digits not starting with 0): it is **ambiguous**, except where the
 * separator is the locale's own group separator (`,` in en: `1,500` is 1500). In fi and
 * sv both `1,500` and `1.500` are ambiguous; in en `1.500` is.
 *
 * Units: `€`, `EUR`, `euro(a)`, `e`; scale words `milj.`, `miljoonaa`, `mn`, `miljoner`,
 * `million`, `M€` (×1 000 000), `tuhatta`, `tusen`, `t€`, `k€` (×1 000); a trailing `%`
 * divides by 100 (`80 %` is 0.8, as Excel reads it). Negative: leading `-` or `−`, or
 * parentheses. Scaling is exact on the decimal digits (`1,1 milj.` is 1100000).
 */
export interface NumberReading {
  /** The text named a currency (`€`, `EUR`, `euroa`, `M€` …). */
  readonly currency: boolean;
  /** The text ended in `%`; the value is already divided by 100. */
  readonly percent: boolean;
  /** The scale word the text carried; the value is already multiplied by it. */
  readonly scale: MoneyScale;
}

export type NumberTextResult =
  | ({ readonly kind: "number"; readonly value: number } & NumberReading)
  | ({ readonly kind: "ambiguous"; readonly candidates: readonly number[] } & NumberReading)
  | { readonly kind: "invalid" };

const INVALID: NumberTextResult = Object.freeze({ kind: "invalid" });
const MAX_LENGTH = 200;

type Separator = " " | "." | ",";

const NATIVE_GROUP: Readonly<Record<Lang, Separator | null>> = { fi: null, sv: null, en: "," };

const SCALE_WORDS: Readonly<Record<string, MoneyScale>> = {
  "": 1,
  "milj.": 1_000_000,
  milj: 1_000_000,
  miljoonaa: 1_000_000,
  mn: 1_000_000,
  miljoner: 1_000_000,
  million: 1_000_000,
  tuhatta: 1_000,
  tusen: 1_000,
  thousand: 1_000,
};
const CURRENCY_WORDS = ["", "€", "eur", "euroa", "euro", "euros", "e"];
const COMPACT_UNITS: Readonly<Record<string, MoneyScale>> = {
  "m€": 1_000_000,
  meur: 1_000_000,
  "t€": 1_000,
  teur: 1_000,
  "k€": 1_000,
  keur: 1_000,
};
/** After a leading `€`/`EUR`: `€1.5m`, `EUR 500k`. */
const SCALE_AFTER_PREFIX: Readonly<Record<string, MoneyScale>> = { m: 1_000_000, k: 1_000 };

interface Suffix {
  readonly currency: boolean;
  readonly percent: boolean;
  readonly scale: MoneyScale;
}

/** Suffixes keyed with spaces removed and lower-cased: `milj. euroa` → `milj.euroa`. */
const SUFFIXES: ReadonlyMap<string, Suffix> = buildSuffixes();

function buildSuffixes(): Map<string, Suffix> {
  const map = new Map<string, Suffix>();
  for (const [word, scale] of Object.entries(SCALE_WORDS)) {
    for (const currency of CURRENCY_WORDS) {
      map.set(word + currency, { currency: currency !== "", percent: false, scale });
    }
  }
  for (const [unit, scale] of Object.entries(COMPACT_UNITS)) {
    map.set(unit, { currency: true, percent: false, scale });
  }
  map.set("%", { currency: false, percent: true, scale: 1 });
  return map;
}

const PREFIX = /^([-+]?)(€|eur)?([-+]?)$/;

/** Reads `text` as a number in `locale`; never throws. */
export function parseNumberText(text: string, locale: Lang): NumberTextResult {
  if (typeof text !== "string" || text.length > MAX_LENGTH) return INVALID;
  let s = text
    .replace(/\u2212/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }

  const firstDigit = s.search(/\d/);
  if (firstDigit < 0) return INVALID;
  let lastDigit = s.length - 1;
  while (!isDigit(s.charAt(lastDigit))) lastDigit -= 1;
  const coreStart =
    firstDigit > 0 && ".,".includes(s.charAt(firstDigit - 1)) ? firstDigit - 1 : firstDigit;

  const prefix = PREFIX.exec(s.slice(0, coreStart).replace(/ /g, "").toLowerCase());
  if (!prefix) return INVALID;
  const [, signBefore, prefixCurrency, signAfter] = prefix;
  const sign = signBefore || signAfter;
  if (signBefore && signAfter) return INVALID;
  if (sign && negative) return INVALID;
  if (sign === "-") negative = true;

  const suffixKey = s
    .slice(lastDigit + 1)
    .replace(/ /g, "")
    .toLowerCase();
  const suffix = readSuffix(suffixKey, prefixCurrency !== undefined);
  if (!suffix) return INVALID;

  const readings = readCore(s.slice(coreStart, lastDigit + 1), locale);
  if (readings.length === 0) return INVALID;

  const shift =
    (suffix.percent ? -2 : 0) + (suffix.scale === 1 ? 0 : suffix.scale === 1_000 ? 3 : 6);
  const values = readings.map((d) => decimalToNumber(shiftDecimal({ ...d, negative }, shift)));
  if (!values.every(Number.isFinite)) return INVALID;
  const reading: NumberReading = {
    currency: suffix.currency || prefixCurrency !== undefined,
    percent: suffix.percent,
    scale: suffix.scale,
  };
  return values.length === 1
    ? { kind: "number", value: values[0], ...reading }
    : { kind: "ambiguous", candidates: values, ...reading };
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

function readSuffix(key: string, prefixCurrency: boolean): Suffix | null {
  if (prefixCurrency) {
    if (key in SCALE_AFTER_PREFIX)
      return { currency: true, percent: false, scale: SCALE_AFTER_PREFIX[key] };
    const scale = SCALE_WORDS[key];
    return scale === undefined ? null : { currency: true, percent: false, scale };
  }
  return SUFFIXES.get(key) ?? null;
}

/**
 * The possible readings of the digits-and-separators core, decimal-separator readings
 * first; more than one only in the ambiguous case described above.
 */
function readCore(core: string, locale: Lang): Decimal[] {
  const groups: string[] = [];
  const separators: Separator[] = [];
  let current = "";
  for (let i = 0; i < core.length; i += 1) {
    const ch = core.charAt(i);
    if (isDigit(ch)) {
      current += ch;
    } else if (ch === " " || ch === "." || ch === ",") {
      if (current === "" && i > 0) return [];
      groups.push(current);
      separators.push(ch);
      current = "";
    } else {
      return [];
    }
  }
  groups.push(current);

  const readings: Decimal[] = [];
  for (const decimalSeparator of [".", ","] as const) {
    const reading = readWith(groups, separators, decimalSeparator);
    if (reading) readings.push(reading);
  }
  const grouped = readWith(groups, separators, null);
  if (grouped) readings.push(grouped);

  if (readings.length > 1 && separators.length === 1 && separators[0] === NATIVE_GROUP[locale]) {
    return grouped ? [grouped] : readings;
  }
  return readings;
}

function readWith(
  groups: readonly string[],
  separators: readonly Separator[],
  decimal: "." | "," | null,
): Decimal | null {
  let groupSeparators = separators;
  let fraction = "";
  let integerGroups = groups;
  if (decimal !== null) {
    if (separators.length === 0 || separators[separators.length - 1] !== decimal) return null;
    groupSeparators = separators.slice(0, -1);
    integerGroups = groups.slice(0, -1);
    fraction = groups[groups.length - 1];
  }
  if (groupSeparators.some((sep) => sep !== groupSeparators[0] || sep === decimal)) return null;
  if (groupSeparators.length > 0) {
    const [first, ...rest] = integerGroups;
    if (first.length < 1 || first.length > 3 || first.startsWith("0")) return null;
    if (rest.some((group) => group.length !== 3)) return null;
  }
  const whole = integerGroups.join("");
  if (whole === "" && fraction === "") return null;
  return normaliseDecimal({
    negative: false,
    digits: whole + fraction || "0",
    exponent: -fraction.length,
  });
}
