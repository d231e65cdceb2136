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
