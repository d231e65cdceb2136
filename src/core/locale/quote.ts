import type { Lang } from "../model/lang";

/** Quotation marks as each language writes them: ”…” in Finnish and Swedish, “…” in English. */
const QUOTES: Readonly<Record<Lang, readonly [string, string]>> = {
  fi: ["\u201d", "\u201d"],
  sv: ["\u201d", "\u201d"],
  en: ["\u201c", "\u201d"],
};

/** `”Työvoiman saatavuus”`, `“Biotalousministeriö”`: a value quoted from a cell or a name. */
export function quote(text: string, lang: Lang): string {
  const [open, close] = QUOTES[lang];
  return `${open}${text}${close}`;
}
