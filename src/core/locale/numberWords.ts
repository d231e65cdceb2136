import type { Lang } from "../model/lang";
import { formatInteger } from "./houseStyle";

/**
 * Whole numbers from zero to ten are written in words in running text (`enintään kolme
 * teemaa`, `three regions`); larger ones, and any number in a table, in digits. Swedish
 * takes the neuter `ett`: the memo's nouns (landskap, objekt, tema, förslag) are neuter.
 */
const WORDS: Readonly<Record<Lang, readonly string[]>> = {
  fi: [
    "nolla",
    "yksi",
    "kaksi",
    "kolme",
    "neljä",
    "viisi",
    "kuusi",
    "seitsemän",
    "kahdeksan",
    "yhdeksän",
    "kymmenen",
  ],
  sv: ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"],
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
};

/** `kolme`, `three`; digits (with groups) from 11 up and for anything not a whole number. */
export function numberInWords(n: number, lang: Lang): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? WORDS[lang][n] : formatInteger(n, lang);
}

/** The text with its first letter in upper case, for a sentence that starts with a number. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
