/**
 * The vocabulary facts consolidation relies on, read from `src/core/vocabulary/`: order of
 * regions, ministries, themes and funding sources, eligibility, names and theme groups.
 */
import type { Lang } from "../model/lang";
import type { RoundSettings } from "../model/round";
import { compareNames } from "../vocabulary/collation";
import { FUNDING_SOURCE_CODES, FUNDING_SOURCES } from "../vocabulary/fundingSources";
import { VOCABULARIES } from "../vocabulary/all";
import {
  MINISTRIES,
  MINISTRY_CODES,
  ministrySvCode,
  type MinistryCode,
} from "../vocabulary/ministries";
import { REGION_CODES, REGIONS } from "../vocabulary/regions";
import { roundThemes } from "../vocabulary/roundThemes";
import { THEME_GROUPS } from "../vocabulary/themes";
import { isCodeOf, labelOf } from "../vocabulary/vocabulary";
import type { ThemeGroup } from "./types";

const REGION_RANK = new Map<string, number>(REGION_CODES.map((c, i) => [c, i]));
const MINISTRY_RANK = new Map<string, number>(MINISTRY_CODES.map((c, i) => [c, i]));
const SOURCE_RANK = new Map<string, number>(FUNDING_SOURCE_CODES.map((c, i) => [c, i]));
/** Known codes in vocabulary order, then unknown ones with the collator, then null. */
function byRank(rank: ReadonlyMap<string, number>) {
  return (a: string | null, b: string | null): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return compareNames(a, b, "fi");
  };
}

/** Region codes in Statistics Finland's order (MK01 … MK19, MK21). */
export const compareRegions: (a: string, b: string) => number = byRank(REGION_RANK);
/** Ministries in the Government's order (VNK, UM, OM, …); items without a ministry last. */
export const compareMinistries: (a: string | null, b: string | null) => number =
  byRank(MINISTRY_RANK);
/** Funding sources in the vocabulary's order; lines without a source last. */
export const compareSources: (a: string | null, b: string | null) => number = byRank(SOURCE_RANK);

export function compareStatutes(a: string, b: string): number {
  return compareNames(a, b, "fi");
}

export function regionName(code: string, lang: Lang): string {
  return labelOf(REGIONS, code, lang);
}

export function ministryName(code: string, lang: Lang): string {
  return labelOf(MINISTRIES, code, lang);
}

/** The abbreviation a reader of the language knows: `TEM` in Finnish and English, `ANM` in Swedish. */
export function ministryAbbreviation(code: string, lang: Lang): string {
  return lang === "sv" && isCodeOf(MINISTRIES, code) ? ministrySvCode(code as MinistryCode) : code;
}

const ITEM_VALUE_LISTS = {
  crossCutting: VOCABULARIES.crossCutting,
  level: VOCABULARIES.levels,
  discussionStatus: VOCABULARIES.discussionStatus,
  implementationStatus: VOCABULARIES.implementationStatus,
  ministryPosition: VOCABULARIES.ministryPosition,
  nationalFollowUp: VOCABULARIES.nationalFollowUp,
} as const;

export type ItemValueList = keyof typeof ITEM_VALUE_LISTS;

/** The label of an item's vocabulary value in a language (the code itself when unknown). */
export function itemValueName(list: ItemValueList, code: string, lang: Lang): string {
  return labelOf(ITEM_VALUE_LISTS[list], code, lang);
}

export function sourceName(code: string, lang: Lang): string {
  return labelOf(FUNDING_SOURCES, code, lang);
}

export function themeGroupName(group: ThemeGroup, lang: Lang): string {
  return labelOf(THEME_GROUPS, group, lang);
}

export function themeName(settings: RoundSettings, code: string, lang: Lang): string {
  return roundThemes(settings).find((t) => t.code === code)?.labels[lang] ?? code;
}
