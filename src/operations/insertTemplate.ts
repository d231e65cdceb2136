import type { Lang } from "../core/model/lang";
import type { WritePlan } from "../core/model/plan";
import type { Period, RoundSettings } from "../core/model/round";
import {
  allProposalTemplates,
  LISTS_SHEET_NAME,
  proposalTemplate,
  settingsTemplate,
  type TemplateTheme,
} from "../core/templates";
import type { RegionCode } from "../core/vocabulary/regions";
import type { WorkbookHost } from "../workbook/host";
import { sameSheetName } from "../core/model/sheetNames";

export type TemplateRequest =
  | {
      readonly kind: "proposal";
      readonly lang: Lang;
      readonly region?: RegionCode;
      readonly period: Period;
      readonly round?: string;
      /** The round's themes (rewrites the add-in's lists sheet); the defaults when absent. */
      readonly themes?: readonly TemplateTheme[];
    }
  | {
      readonly kind: "settings";
      readonly lang: Lang;
      readonly withThemes: boolean;
      readonly period?: Period;
      readonly budgetYear?: number;
      readonly round?: string;
    }
  /** The coordinator's 18 proposal sheets at once, from the round's settings. */
  | { readonly kind: "allProposals"; readonly lang: Lang; readonly settings: RoundSettings };

export interface TemplateInserted {
  /** The sheet activated: the new template (the first of the 18). */
  readonly sheet: string;
  /** Every sheet the plan added or rewrote. */
  readonly sheets: readonly string[];
}

/**
 * Inserts a template: one outline read (free names, whether the lists sheet exists), one
 * write that adds the sheets under names no sheet has, and activates the new one.
 */
export async function insertTemplate(
  host: WorkbookHost,
  request: TemplateRequest,
  now: () => Date = () => new Date(),
): Promise<TemplateInserted> {
  const outline = await host.readOutline();
  const sheetNames = outline.sheets.map((s) => s.name);
  const listsSheetExists = sheetNames.some((name) => sameSheetName(name, LISTS_SHEET_NAME));
  const time = now().toISOString();
  let plan: WritePlan;
  switch (request.kind) {
    case "proposal":
      plan = proposalTemplate({
        lang: request.lang,
        period: request.period,
        existingSheetNames: sheetNames,
        listsSheetExists,
        time,
        ...(request.region ? { region: request.region } : {}),
        ...(request.round !== undefined ? { round: request.round } : {}),
        ...(request.themes ? { themes: request.themes } : {}),
      });
      break;
    case "settings":
      plan = settingsTemplate({
        lang: request.lang,
        withThemes: request.withThemes,
        existingSheetNames: sheetNames,
        ...(request.period ? { period: request.period } : {}),
        ...(request.budgetYear !== undefined ? { budgetYear: request.budgetYear } : {}),
        ...(request.round !== undefined ? { round: request.round } : {}),
      });
      break;
    case "allProposals":
      plan = allProposalTemplates(
        request.settings,
        request.lang,
        { sheetNames, listsSheetExists },
        time,
      );
      break;
  }
  await host.apply(plan, outline);
  const sheets = (plan.sheets ?? []).map((s) => s.name);
  return { sheet: plan.activate?.sheet ?? sheets[0] ?? "", sheets };
}
