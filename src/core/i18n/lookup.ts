import type { Lang } from "../model/lang";
import type { MessageKey } from "./catalogue";
import { LOADED } from "./registry";

export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** Fills `{name}` placeholders; one without a value stays visible as `{name}`. */
export function interpolate(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names of a message, sorted, each once. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]))].sort();
}

/** Whether `key` is the key of a message of a loaded area. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(LOADED.en, key);
}

/** The message in a language, placeholders filled. Never throws. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return translateKey(lang, key, params);
}

/**
 * For keys held as data (a rule's message key): the message in the language, else in
 * English, else the key itself so that a missing text shows instead of vanishing.
 */
export function translateKey(lang: Lang, key: string, params?: MessageParams): string {
  const own = LOADED[lang] ?? LOADED.en;
  const template = Object.prototype.hasOwnProperty.call(own, key)
    ? own[key]
    : Object.prototype.hasOwnProperty.call(LOADED.en, key)
      ? LOADED.en[key]
      : key;
  return interpolate(template, params);
}

/** `translate` bound to one language, for a component or a report. */
export function translator(lang: Lang): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => translate(lang, key, params);
}
