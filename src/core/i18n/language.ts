import type { Lang } from "../model/lang";

/**
 * The UI language for Office's display language (`Office.context.displayLanguage`, e.g.
 * `fi-FI`, `sv-SE`, `sv-FI`) or a browser's: Finnish and Swedish as such, all else English.
 */
export function resolveUiLanguage(displayLanguage: string | undefined): Lang {
  const primary = (displayLanguage ?? "").trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "fi") return "fi";
  if (primary === "sv") return "sv";
  return "en";
}
