import type { Lang } from "../model/lang";
import type { SheetSpec, WritePlan } from "../model/plan";
import type { RoundSettings } from "../model/round";
import { REGIONS, type RegionCode } from "../vocabulary/regions";
import { roundThemes } from "../vocabulary/roundThemes";
import type { TemplateTheme } from "./listsSheet";
import { listsSheetFor, proposalSheet, proposalSheetBase, proposalTemplate } from "./proposal";
import { ELIGIBLE_REGIONS } from "./settings";
import { fileNameStem } from "../text/fileName";
import { freeSheetName } from "../model/sheetNames";

/** What a workbook already holds, for templates added to it. */
export interface TemplateTarget {
  readonly sheetNames: readonly string[];
  readonly listsSheetExists: boolean;
}

export class TemplateError extends Error {}

/** The themes a new template offers: the round's active ones; undefined: the defaults apply. */
export function templateThemes(settings: RoundSettings): readonly TemplateTheme[] | undefined {
  return settings.themes === null ? undefined : roundThemes(settings, "active");
}

/** What a region's template shows of the round: its AKKE allocation and the deadline. */
function roundFacts(
  settings: RoundSettings,
  region: RegionCode,
): { allocationCents: number | null; deadline: number | null } {
  return {
    allocationCents: settings.allocations.find((a) => a.region === region)?.cents ?? null,
    deadline: settings.deadline,
  };
}

function roundPeriod(settings: RoundSettings) {
  if (settings.period === null) throw new TemplateError("the round has no period");
  return settings.period;
}

/**
 * The 18 proposal sheets of a round in one workbook (the coordinator's pane), each with
 * region, period, round and the round's themes, plus the lists sheet where needed.
 */
export function allProposalTemplates(
  settings: RoundSettings,
  lang: Lang,
  existing: TemplateTarget,
  time?: string,
): WritePlan {
  const period = roundPeriod(settings);
  const themes = templateThemes(settings);
  const taken = [...existing.sheetNames];
  const sheets: SheetSpec[] = ELIGIBLE_REGIONS.map((region) => {
    const name = freeSheetName(proposalSheetBase(lang, region), taken);
    taken.push(name);
    return proposalSheet(name, {
      lang,
      region,
      period,
      round: settings.round,
      ...roundFacts(settings, region),
    });
  });
  const lists = listsSheetFor({ themes, listsSheetExists: existing.listsSheetExists, time });
  return {
    sheets: lists ? [...sheets, lists.sheet] : sheets,
    ...(lists ? { registry: [lists.registry] } : {}),
    activate: { sheet: sheets[0].name },
  };
}

/** `MK02-Varsinais-Suomi.xlsx`: code and the region's name in the language, spaces as `-`. */
export function proposalFileName(region: RegionCode, lang: Lang): string {
  const entry = REGIONS.entries.find((e) => e.code === region);
  const name = fileNameStem(entry?.labels[lang] ?? "");
  return name === "" ? `${region}.xlsx` : `${region}-${name}.xlsx`;
}

export interface TemplateFile {
  readonly fileName: string;
  readonly region: RegionCode;
  readonly plan: WritePlan;
}

/** One plan per eligible region, each a workbook of its own (`template --all-regions`). */
export function proposalTemplateFiles(
  settings: RoundSettings,
  lang: Lang,
  time?: string,
): TemplateFile[] {
  const period = roundPeriod(settings);
  const themes = templateThemes(settings);
  return ELIGIBLE_REGIONS.map((region) => ({
    fileName: proposalFileName(region, lang),
    region,
    plan: proposalTemplate({
      lang,
      region,
      period,
      round: settings.round,
      ...roundFacts(settings, region),
      ...(themes ? { themes } : {}),
      existingSheetNames: [],
      listsSheetExists: false,
      ...(time ? { time } : {}),
    }),
  }));
}
