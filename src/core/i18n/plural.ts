import type { Lang } from "../model/lang";

/** The plural forms the catalogue has: Finnish, Swedish and English each need only two. */
export type PluralForm = "one" | "other";

const RULES = new Map<Lang, Intl.PluralRules>();

/**
 * Which form a count takes in a language (`1 varoitus`, `2 varoitusta`; `1 warning`, `2
 * warnings`), by the language's plural rules; messages hold a `.one` and an `.other` key.
 */
export function pluralForm(lang: Lang, n: number): PluralForm {
  let rules = RULES.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    RULES.set(lang, rules);
  }
  return rules.select(n) === "one" ? "one" : "other";
}
