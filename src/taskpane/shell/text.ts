import { translator, type MessageKey, type MessageParams } from "../../core/i18n";
import type { Lang } from "../../core/model/lang";

/** Looks up a message in one UI language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function textFor(lang: Lang): Translate {
  return translator(lang);
}
