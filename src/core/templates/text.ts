import { templates, type TemplatesMessageKey } from "../i18n/messages/templates";
import type { PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";

export function msg(lang: Lang, key: TemplatesMessageKey): string {
  return templates[lang][key];
}

export const textCell = (text: string): PlanCell => ({ kind: "text", text });
export const EMPTY_CELL: PlanCell = { kind: "empty" };
/** An empty cell formatted as text, so that `1.1` typed later stays `1.1`. */
export const EMPTY_TEXT: PlanCell = { kind: "text", text: "" };
