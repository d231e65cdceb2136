import type { Lang } from "../model/lang";
import type { AreaMessages } from "./define";

const loaded: Record<Lang, Record<string, string>> = { fi: {}, sv: {}, en: {} };

/**
 * The messages of every area loaded so far, per language. An area module registers itself
 * when it is first imported (`defineMessages`), so an area's texts travel in the script
 * chunk of the code that imports it and the pane's first scripts carry only the shell's.
 */
export const LOADED: Readonly<Record<Lang, Readonly<Record<string, string>>>> = loaded;

export function registerMessages(area: AreaMessages): void {
  for (const lang of ["fi", "sv", "en"] as const) Object.assign(loaded[lang], area[lang]);
}
