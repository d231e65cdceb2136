import type { MessageKey } from "../../../core/i18n";
import { text } from "../../../core/model/cell";
import type { Lang } from "../../../core/model/lang";
import type { Period } from "../../../core/model/round";
import { periodFromCells } from "../../../core/locale/periods";
import { defaultPeriod } from "../../../core/templates/defaultPeriod";
import { isRegionCode, REGIONS, type RegionCode } from "../../../core/vocabulary/regions";

export type TemplateKind = "proposal" | "settings";

/** `""`: chosen later on the sheet; `"all"`: the 18 eligible regions from the round settings. */
export type RegionChoice = "" | "all" | RegionCode;

export interface TemplateForm {
  readonly kind: TemplateKind;
  readonly region: RegionChoice;
  /** The years as typed. */
  readonly start: string;
  readonly end: string;
  readonly lang: Lang;
}

export function defaultForm(lang: Lang, today: Date): TemplateForm {
  const period = defaultPeriod(today);
  return {
    kind: "proposal",
    region: "",
    start: String(period.start),
    end: String(period.end),
    lang,
  };
}

export interface RegionOption {
  readonly value: RegionChoice;
  readonly code: RegionCode;
  readonly label: string;
}

/** The 19 regions by code, named in `lang`: `MK02 Varsinais-Suomi`. */
export function regionOptions(lang: Lang): RegionOption[] {
  return REGIONS.entries.map((entry) => ({
    value: entry.code,
    code: entry.code,
    label: `${entry.code} ${entry.labels[lang]}`,
  }));
}

export function isRegionChoice(value: string): value is RegionChoice {
  return value === "" || value === "all" || isRegionCode(value);
}

/** "All 18 regions" takes the period from the round settings, so the form's period is not asked. */
export function usesFormPeriod(form: TemplateForm): boolean {
  return !(form.kind === "proposal" && form.region === "all");
}

const PERIOD_PROBLEMS = {
  missing: "paneSections.templates.period.missing",
  unreadable: "paneSections.templates.period.unreadable",
  endBeforeStart: "paneSections.templates.period.endBeforeStart",
  tooLong: "paneSections.templates.period.tooLong",
} as const satisfies Record<string, MessageKey>;

export type PeriodCheck =
  | { readonly ok: true; readonly period: Period }
  | { readonly ok: false; readonly problem: MessageKey };

/** The form's period, read as the sheets' period cells are read (1990–2100, at most 10 years). */
export function checkPeriod(form: Pick<TemplateForm, "start" | "end">): PeriodCheck {
  const read = periodFromCells(text(form.start), text(form.end));
  return read.ok ? read : { ok: false, problem: PERIOD_PROBLEMS[read.reason] };
}
