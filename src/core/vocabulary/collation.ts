import type { Lang } from "../model/lang";

const collators = new Map<Lang, Intl.Collator>();

function collator(lang: Lang): Intl.Collator {
  let found = collators.get(lang);
  if (found === undefined) {
    found = new Intl.Collator(lang, { numeric: true });
    collators.set(lang, found);
  }
  return found;
}

/**
 * Orders names as a reader of the language expects: in Finnish and Swedish Å, Ä and Ö come
 * after Z; never by raw code points.
 * Without a language, Finnish (whose order Swedish shares for these letters).
 */
export function compareNames(a: string, b: string, lang: Lang = "fi"): number {
  return collator(lang).compare(a, b);
}

function regionNumber(code: string): number | null {
  const match = /^MK(\d{2})$/i.exec(code.trim());
  return match === null ? null : Number(match[1]);
}

/** Orders `MK01` … `MK21` by number; anything else after them, by its text. */
export function compareRegionCodes(a: string, b: string): number {
  const x = regionNumber(a);
  const y = regionNumber(b);
  if (x !== null && y !== null) return x - y;
  if (x !== null) return -1;
  if (y !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
