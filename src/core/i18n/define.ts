import { registerMessages } from "./registry";

/** One area's messages: the same keys, each prefixed with the area's name, in every language. */
export interface AreaMessages<K extends string = string> {
  readonly fi: Readonly<Record<K, string>>;
  readonly sv: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/**
 * Declares an area's messages so that the compiler rejects a key missing from one language,
 * and makes them available to `translate` from the moment the area's module is imported.
 * Placeholders are `{name}`; the catalogue test checks that every language has the same ones.
 */
export function defineMessages<K extends string>(messages: AreaMessages<K>): AreaMessages<K> {
  registerMessages(messages);
  return messages;
}
