import { matchKey } from "../text/normalise";

/**
 * The key a vocabulary value is looked up by: `matchKey`, plus typographic apostrophes and
 * dashes folded, since Word and Outlook turn `'` and `-` into them on the way to a cell.
 */
export function vocabularyKey(raw: string): string {
  return matchKey(raw)
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/** Letters and digits only: `liikenne- ja viestintäministeriö` and `Liikenne ja …` meet here. */
export function compactKey(raw: string): string {
  return vocabularyKey(raw).replace(/[^\p{L}\p{N}]/gu, "");
}

/** Words of a value, hyphens and punctuation dropped: `työ- ja elinkeino…` → työ, ja, elinkeino… */
export function wordsOf(raw: string): string[] {
  return vocabularyKey(raw)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}
