/** The memo's words and numbers in one language: names, amounts, counts, dates, lists. */
import {
  ministryAbbreviation,
  ministryName,
  regionName,
  themeGroupName,
  themeName,
} from "../consolidate/vocab";
import type { ThemeGroup } from "../consolidate/types";
import type { MessageKey } from "../i18n/catalogue";
import { pluralForm } from "../i18n/plural";
import { translate, type MessageParams } from "../i18n/translate";
import { parseDateText, serialToDate, type YMD } from "../locale/dates";
import {
  formatDate,
  formatDecimal,
  formatEuros,
  formatEurosBy,
  formatInteger,
  formatPercent,
} from "../locale/houseStyle";
import { numberInWords } from "../locale/numberWords";
import { roundCentsToUnit } from "../locale/money";
import type { Lang } from "../model/lang";
import type { RoundSettings } from "../model/round";
import { REGIONS, type RegionEntry } from "../vocabulary/regions";
import { findEntry } from "../vocabulary/vocabulary";
import { EURO_UNIT, TENTH_MILLION_UNIT } from "./rounding";

/** Amounts from one million euros up are written in millions in running text. */
const MILLION_CENTS = 100_000_000;

/** The nouns the memo counts in running text. */
export type MemoNoun = "items" | "regions" | "themes";

export interface MemoWriter {
  readonly lang: Lang;
  readonly settings: RoundSettings;
  t(key: MessageKey, params?: MessageParams): string;
  /** Running text: fi `866 000 euroa`, `16,0 milj. euroa`; en `EUR 866,000`, `EUR 16.0 million`. */
  euros(cents: number): string;
  /** Exact euros in running text, never millions: fi `943 053 euroa`, `1 800 000 euroa`. */
  exactEuros(cents: number): string;
  /** "By how much", in exact euros: fi `10 000 eurolla`, sv `10 000 euro`, en `EUR 10,000`. */
  exactEurosBy(cents: number): string;
  /** A table cell under a `(€)` header: fi `866 000`, en `866,000`. */
  euroCell(cents: number): string;
  /** A table cell under a `(milj. €)` header, one decimal: fi `16,0`. */
  millionCell(cents: number): string;
  integer(n: number): string;
  decimal(value: number, decimals: number): string;
  percent(fraction: number, decimals?: number): string;
  date(serial: number): string;
  /** Running text: zero to ten in words (`kolme`, `three`), larger numbers in digits. */
  words(n: number): string;
  /** Running text: `kolme kohdetta`, `one region`, `17 maakuntaa`. */
  count(noun: MemoNoun, n: number): string;
  /** `A, B ja C`. */
  list(parts: readonly string[]): string;
  region(code: string): string;
  /**
   * The region's name as "the proposal of …" needs it: the stored genitive in Finnish
   * (`Satakunnan`), the name in Swedish and English; null in Finnish without a genitive.
   */
  regionOf(code: string): string | null;
  theme(code: string | null): string;
  group(group: ThemeGroup | null): string;
  /** `TEM – työ- ja elinkeinoministeriö`; Swedish abbreviations in Swedish. */
  ministry(code: string | null): string;
  ministryShort(code: string): string;
}

export function memoWriter(lang: Lang, settings: RoundSettings): MemoWriter {
  const t = (key: MessageKey, params?: MessageParams): string => translate(lang, key, params);
  const integer = (n: number): string => formatInteger(n, lang);
  return {
    lang,
    settings,
    t,
    euros: (cents) =>
      formatEuros(cents, lang, Math.abs(cents) >= MILLION_CENTS ? "millions" : "text"),
    exactEuros: (cents) => formatEuros(cents, lang, "text"),
    exactEurosBy: (cents) => formatEurosBy(cents, lang, "text"),
    euroCell: (cents) => integer(roundCentsToUnit(cents, EURO_UNIT)),
    millionCell: (cents) =>
      formatDecimal(roundCentsToUnit(cents, TENTH_MILLION_UNIT) / 10, lang, 1),
    integer,
    decimal: (value, decimals) => formatDecimal(value, lang, decimals),
    percent: (fraction, decimals = 0) => formatPercent(fraction, lang, decimals),
    date: (serial) => {
      const ymd = serialToDate(serial);
      return ymd === null ? String(serial) : formatDate(ymd, lang);
    },
    words: (n) => numberInWords(n, lang),
    count: (noun, n) =>
      t(`memo.count.${noun}.${pluralForm(lang, n)}`, { n: numberInWords(n, lang) }),
    list: (parts) => joinList(parts, t("memo.and")),
    region: (code) => regionName(code, lang),
    regionOf: (code) =>
      lang === "fi"
        ? (findEntry<string, RegionEntry>(REGIONS, code)?.genitive ?? null)
        : regionName(code, lang),
    theme: (code) => (code === null ? t("memo.noTheme") : themeName(settings, code, lang)),
    group: (group) => (group === null ? t("memo.noGroup") : themeGroupName(group, lang)),
    ministry: (code) =>
      code === null
        ? t("memo.noMinistry")
        : `${ministryAbbreviation(code, lang)} – ${ministryName(code, lang)}`,
    ministryShort: (code) => ministryAbbreviation(code, lang),
  };
}

function joinList(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${and} ${parts[parts.length - 1]}`;
}

/** The memo's date as an Excel serial or `yyyy-mm-dd`; throws RangeError for anything else. */
export function memoDate(date: number | string): YMD {
  const ymd = typeof date === "number" ? serialToDate(date) : parseDateText(date);
  if (ymd === null) throw new RangeError(`Not a memo date: ${String(date)}`);
  return ymd;
}
