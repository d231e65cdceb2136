import {
  consolidateMessages as messages,
  type ConsolidateMessageKey,
} from "../i18n/messages/consolidate";
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
  /**
   * Where a link to a source row points: inside this workbook, or to the source file by a
   * path relative to the summary's folder; null where that path could leave the round.
   */
  linkTarget(source: SourceRow): string | null;
  /** A source file's path as links use it: relative to the summary's folder outside Excel. */
  filePath(file: string): string;
}

/**
 * A path a link may take (docs/intake.md): relative, with no scheme (`http:`, `file:`, `C:`),
 * no root or UNC start, no `#` (it would cut the path), no control characters.
 */
function isRoundRelativePath(path: string): boolean {
  return (
    path !== "" &&
    !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) &&
    !/^[\\/]/.test(path) &&
    ![...path].some((ch) => ch === "#" || ch.charCodeAt(0) < 0x20 || ch === "\u007f")
  );
}

export function namer(
  settings: RoundSettings,
  lang: Lang,
  sheetInWorkbook: (sheet: string) => boolean = () => true,
  fileLink: (file: string) => string = (file) => file,
): Namer {
  return {
    lang,
    filePath: fileLink,
    linkTarget: (source) => {
      const cell = `${quoteSheetName(source.sheet)}!A${source.row + 1}`;
      if (sheetInWorkbook(source.sheet)) return `#${cell}`;
      const path = fileLink(source.file);
      return isRoundRelativePath(path) ? `${path}#${cell}` : null;
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
