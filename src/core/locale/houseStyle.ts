import type { Lang } from "../model/lang";
import type { YMD } from "./dates";
import { roundToPlaces } from "./decimal";
import { roundCentsToUnit, type Cents } from "./money";

/**
 * Numbers in the memo's house style (docs/design.md § 8). In fi and sv digit groups and the
 * space before a unit or `%` are no-break spaces (U+00A0) and negatives take the minus
 * sign U+2212; en groups with `,` and writes `EUR 866,000`, `80%`.
 */
export const NBSP = "\u00a0";
const MINUS = "\u2212";

/** `text`: running text; `table`: a table cell; `millions`: running text in millions, one decimal. */
export type EuroStyle = "text" | "table" | "millions";

const GROUP: Readonly<Record<Lang, string>> = { fi: NBSP, sv: NBSP, en: "," };
const DECIMAL: Readonly<Record<Lang, string>> = { fi: ",", sv: ",", en: "." };
const NEGATIVE: Readonly<Record<Lang, string>> = { fi: MINUS, sv: MINUS, en: "-" };

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function groupDigits(digits: string, lang: Lang): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[lang]);
}

function signed(negative: boolean, body: string, lang: Lang): string {
  return negative ? NEGATIVE[lang] + body : body;
}

/** Integer magnitude and sign of a safe integer, as digits. */
function integerParts(n: number): { negative: boolean; digits: string } {
  return { negative: n < 0, digits: String(Math.abs(n)) };
}

/**
 * An amount in house style: fi `866 000 euroa`, `16,0 milj. euroa`, table `866 000 €`;
 * sv `866 000 euro`, `16,0 miljoner euro`, table `866 000 €`; en `EUR 866,000`,
 * `EUR 16.0 million`, table `866,000`. Rounded half away from zero to whole euros
 * (0.1 million for `millions`).
 */
export function formatEuros(cents: Cents, lang: Lang, style: EuroStyle): string {
  if (style === "millions") {
    const tenths = integerParts(roundCentsToUnit(cents, 10_000_000));
    const padded = tenths.digits.padStart(2, "0");
    const number = signed(
      tenths.negative,
      `${groupDigits(padded.slice(0, -1), lang)}${DECIMAL[lang]}${padded.slice(-1)}`,
      lang,
    );
    if (lang === "fi") return `${number}${NBSP}milj.${NBSP}euroa`;
    if (lang === "sv") return `${number}${NBSP}miljoner${NBSP}euro`;
    return `EUR ${number} million`;
  }
  const euros = integerParts(roundCentsToUnit(cents, 100));
  const number = signed(euros.negative, groupDigits(euros.digits, lang), lang);
  if (style === "table") return lang === "en" ? number : `${number}${NBSP}€`;
  if (lang === "fi") return `${number}${NBSP}euroa`;
  if (lang === "sv") return `${number}${NBSP}euro`;
  return `EUR ${number}`;
}

/**
 * An amount as "by how much" takes it: fi adessive `10 000 eurolla`, `1,2 milj. eurolla`
 * ("ylittää … 10 000 eurolla"); sv and en as `formatEuros` (the sentence says "med", "by").
 */
export function formatEurosBy(
  cents: Cents,
  lang: Lang,
  style: Exclude<EuroStyle, "table">,
): string {
  const text = formatEuros(cents, lang, style);
  return lang === "fi" ? text.replace(/euroa$/, "eurolla") : text;
}

/** A decimal number with exactly `decimals` places, rounded half away from zero: fi `1 234,5`. */
export function formatDecimal(value: number, lang: Lang, decimals: number): string {
  return formatShifted(value, lang, decimals, 0);
}

function formatShifted(value: number, lang: Lang, decimals: number, shift: number): string {
  const rounded = roundToPlaces(value, decimals, shift);
  if (!rounded) return String(value);
  const whole = groupDigits(rounded.whole, lang);
  return signed(
    rounded.negative,
    decimals > 0 ? `${whole}${DECIMAL[lang]}${rounded.fraction}` : whole,
    lang,
  );
}

/** A whole number with digit groups: fi `12 500`, en `12,500`. */
export function formatInteger(value: number, lang: Lang): string {
  return formatDecimal(value, lang, 0);
}

/** A fraction as a percentage: 0.8 → fi `80 %` (no-break space), en `80%`. */
export function formatPercent(fraction: number, lang: Lang, decimals = 0): string {
  const number = formatShifted(fraction, lang, decimals, 2);
  return lang === "en" ? `${number}%` : `${number}${NBSP}%`;
}

/** fi, sv `15.3.2026`; en `15 March 2026`. */
export function formatDate(date: YMD, lang: Lang): string {
  return lang === "en"
    ? `${date.d} ${MONTHS_EN[date.m - 1]} ${date.y}`
    : `${date.d}.${date.m}.${date.y}`;
}

/**
 * Cents to the cent, without a unit: fi `12 345 678,90`, en `12,345,678.90`. Reads back
 * with `parseNumberText` in the same language to the same cents.
 */
export function formatCentsExact(cents: Cents, lang: Lang): string {
  const { negative, digits } = integerParts(cents);
  const padded = digits.padStart(3, "0");
  const body = `${groupDigits(padded.slice(0, -2), lang)}${DECIMAL[lang]}${padded.slice(-2)}`;
  return signed(negative, body, lang);
}
