import { rangeToA1 } from "../model/address";
import type { PlanCell } from "../model/cell";
import { LANGS, type Lang } from "../model/lang";
import type { NameSpec, SheetSpec } from "../model/plan";
import { hashValues } from "../model/registry";
import { REGISTRY_SCHEMA_VERSION, type RegistryRow } from "../model/snapshot";
import { translate } from "../i18n/translate";
import { FUNDING_SOURCES } from "../vocabulary/fundingSources";
import {
  DISCUSSION_STATUS,
  IMPLEMENTATION_STATUS,
  LEVELS,
  MINISTRY_POSITION,
  NATIONAL_FOLLOW_UP,
  YES_NO,
} from "../vocabulary/itemValues";
import { MINISTRIES, type MinistryEntry } from "../vocabulary/ministries";
import { REGIONS } from "../vocabulary/regions";
import { DEFAULT_THEME_ENTRIES, THEME_GROUPS, type ThemeEntry } from "../vocabulary/themes";
import type { Vocabulary } from "../vocabulary/vocabulary";
import { LIST_KINDS, listName, type ListKind } from "./names";
import { exactTextCell } from "./text";

/** The hidden sheet the dropdowns read, registered with role `lists`. */
export const LISTS_SHEET_NAME = "_ra_lists";

/** A theme as a template offers it: code, group and labels. */
export type TemplateTheme = Pick<ThemeEntry, "code" | "group" | "labels">;

export const DEFAULT_TEMPLATE_THEMES: readonly TemplateTheme[] = DEFAULT_THEME_ENTRIES;

const labels = (vocabulary: Vocabulary, lang: Lang): string[] =>
  vocabulary.entries.map((entry) => entry.labels[lang]);

/** `MK02 Varsinais-Suomi`: code and name, which lookup reads back as the region. */
export function regionEntryLabel(code: string, lang: Lang): string {
  const entry = REGIONS.entries.find((e) => e.code === code);
  return entry ? `${entry.code} ${entry.labels[lang]}` : code;
}

/** `TEM työ- ja elinkeinoministeriö`, `ANM arbets- och näringsministeriet`; English names alone. */
export function ministryEntryLabel(entry: MinistryEntry, lang: Lang): string {
  if (lang === "en") return entry.labels.en;
  return `${lang === "sv" ? entry.svCode : entry.code} ${entry.labels[lang]}`;
}

/** The values of one dropdown list in one language. */
function listValues(kind: ListKind, lang: Lang, themes: readonly TemplateTheme[]): string[] {
  switch (kind) {
    case "regions":
      return REGIONS.entries.filter((e) => e.eligible).map((e) => regionEntryLabel(e.code, lang));
    case "themes":
      return themes.map((theme) => theme.labels[lang]);
    case "levels":
      return labels(LEVELS, lang);
    case "ministries":
      return MINISTRIES.entries.map((entry) => ministryEntryLabel(entry, lang));
    case "discussionStatus":
      return labels(DISCUSSION_STATUS, lang);
    case "ministryPosition":
      return labels(MINISTRY_POSITION, lang);
    case "nationalFollowUp":
      return labels(NATIONAL_FOLLOW_UP, lang);
    case "implementationStatus":
      return labels(IMPLEMENTATION_STATUS, lang);
    case "fundingSources":
      return labels(FUNDING_SOURCES, lang);
    case "themeGroups":
      return labels(THEME_GROUPS, lang);
    case "yesNo":
      return labels(YES_NO, lang);
  }
}

const LIST_TITLE_KEYS = {
  regions: "vocabulary.list.regions",
  themes: "vocabulary.list.themes",
  levels: "vocabulary.list.levels",
  ministries: "vocabulary.list.ministries",
  discussionStatus: "vocabulary.list.discussionStatus",
  ministryPosition: "vocabulary.list.ministryPosition",
  nationalFollowUp: "vocabulary.list.nationalFollowUp",
  implementationStatus: "vocabulary.list.implementationStatus",
  fundingSources: "vocabulary.list.fundingSources",
  themeGroups: "vocabulary.list.themeGroups",
  yesNo: "vocabulary.list.yesNo",
} as const satisfies Record<ListKind, string>;

export interface ListsSheet {
  readonly sheet: SheetSpec;
  readonly registry: RegistryRow;
}

/**
 * Every language's lists side by side, one column each under a `fi: Teemat` style header,
 * each column's values under a workbook name (`ra_fi_themes`), and the registry row.
 */
export function listsSheet(
  themes: readonly TemplateTheme[],
  options: { readonly mode?: "add" | "replace"; readonly time?: string } = {},
): ListsSheet {
  const columns: { name: string; header: string; values: string[] }[] = [];
  for (const lang of LANGS) {
    for (const kind of LIST_KINDS) {
      columns.push({
        name: listName(lang, kind),
        header: `${lang}: ${translate(lang, LIST_TITLE_KEYS[kind])}`,
        values: listValues(kind, lang, themes),
      });
    }
  }
  const height = 1 + Math.max(...columns.map((c) => c.values.length));
  const cells: PlanCell[][] = Array.from({ length: height }, (_, row) =>
    columns.map((column) => {
      if (row === 0) return exactTextCell(column.header);
      const value = column.values[row - 1];
      return value === undefined ? { kind: "empty" } : exactTextCell(value);
    }),
  );
  const names: NameSpec[] = columns.map((column, col) => ({
    name: column.name,
    range: rangeToA1({ top: 1, left: col, bottom: Math.max(1, column.values.length), right: col }),
  }));
  return {
    sheet: {
      name: LISTS_SHEET_NAME,
      mode: options.mode ?? "add",
      visibility: "hidden",
      blocks: [{ topLeft: "A1", cells }],
      names,
      columnWidths: columns.map((_, col) => ({ col, width: 30 })),
    },
    registry: {
      sheet: LISTS_SHEET_NAME,
      role: "lists",
      hash: hashValues(cells),
      schemaVersion: REGISTRY_SCHEMA_VERSION,
      time: options.time ?? "",
    },
  };
}
