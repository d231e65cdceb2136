import { consolidate as messages, type ConsolidateMessageKey } from "../i18n/messages/consolidate";
import type { PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";
import type { RoundSettings, SourceRow } from "../model/round";
import { quoteSheetName } from "../model/address";
import { textCell, formulaString } from "./cells";
import { ministryAbbreviation, regionName, themeGroupName, themeName } from "./vocab";
import type { ThemeGroup } from "./types";

export function msg(lang: Lang, key: ConsolidateMessageKey): string {
  return messages[lang][key];
}

/** Header cells in the output language. */
export function headers(lang: Lang, keys: readonly ConsolidateMessageKey[]): PlanCell[] {
  return keys.map((k) => textCell(msg(lang, k)));
}

/** Names of the output language for the codes of a consolidation. */
export interface Namer {
  readonly lang: Lang;
  region(code: string): string;
  theme(code: string | null): string;
  group(group: ThemeGroup | null): string;
  ministry(code: string | null): string;
  /** Where a link to a source row points: inside this workbook, or to the source file beside it. */
  linkTarget(source: SourceRow): string;
}

export function namer(
  settings: RoundSettings,
  lang: Lang,
  sheetInWorkbook: (sheet: string) => boolean = () => true,
): Namer {
  return {
    lang,
    linkTarget: (source) => {
      const cell = `${quoteSheetName(source.sheet)}!A${source.row + 1}`;
      return sheetInWorkbook(source.sheet) ? `#${cell}` : `${source.file}#${cell}`;
    },
    region: (code) => regionName(code, lang),
    theme: (code) =>
      code === null ? msg(lang, "consolidate.label.noTheme") : themeName(settings, code, lang),
    group: (group) =>
      group === null ? msg(lang, "consolidate.label.noGroup") : themeGroupName(group, lang),
    ministry: (code) => (code === null ? "" : ministryAbbreviation(code, lang)),
  };
}

/** `=HYPERLINK("#'Sheet name'!A12","Open")` to a source row (zero-based row, 1-based in A1). */
export function linkFormula(target: string, label: string): PlanCell {
  return {
    kind: "formula",
    formula: `=HYPERLINK(${formulaString(target)},${formulaString(label)})`,
  };
}
