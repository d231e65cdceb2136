import { templates, type TemplatesMessageKey } from "../i18n/messages/templates";
import { EMPTY_CELL, type PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";

export function templatesMsg(lang: Lang, key: TemplatesMessageKey): string {
  return templates[lang][key];
}

/** A text cell holding exactly `text`, the empty text included (formatted as text). */
export const exactTextCell = (text: string): PlanCell => ({ kind: "text", text });
export { EMPTY_CELL };
/** An empty cell formatted as text, so that `1.1` typed later stays `1.1`. */
export const EMPTY_TEXT: PlanCell = { kind: "text", text: "" };
