import type { Lang, Labels } from "../model/lang";
import { vocabularyKey } from "./keys";

/** One value of a closed list: its canonical code, its label in each language, other spellings. */
export interface VocabularyEntry<C extends string = string> {
  readonly code: C;
  readonly labels: Labels;
  /** Further accepted spellings (abbreviations, older wordings, bare numbers). */
  readonly aliases?: readonly string[];
}

/** A closed list with its lookup index. Build one with `defineVocabulary`. */
export interface Vocabulary<
  C extends string = string,
  E extends VocabularyEntry<C> = VocabularyEntry<C>,
> {
  /** A stable name for the list, e.g. `regions`. */
  readonly id: string;
  readonly entries: readonly E[];
  /** `vocabularyKey` of every code, label and alias → code. */
  readonly index: ReadonlyMap<string, C>;
  /** Codes and aliases only (not labels): what may stand before a name, as in `MK02 Varsinais-Suomi`. */
  readonly codeIndex: ReadonlyMap<string, C>;
  /** Keys that two entries both claim; the first entry keeps them. A data error: tests keep it empty. */
  readonly conflicts: readonly string[];
}

/** Every spelling of an entry that lookup accepts: code, labels in every language, aliases. */
export function spellingsOf(entry: VocabularyEntry): string[] {
  return [entry.code, entry.labels.fi, entry.labels.sv, entry.labels.en, ...(entry.aliases ?? [])];
}

export function defineVocabulary<C extends string, E extends VocabularyEntry<C>>(
  id: string,
  entries: readonly E[],
): Vocabulary<C, E> {
  const index = new Map<string, C>();
  const codeIndex = new Map<string, C>();
  const conflicts: string[] = [];
  const claim = (map: Map<string, C>, spelling: string, code: C): void => {
    const key = vocabularyKey(spelling);
    if (key === "") return;
    const owner = map.get(key);
    if (owner === undefined) map.set(key, code);
    else if (owner !== code && map === index) conflicts.push(key);
  };
  for (const entry of entries) {
    for (const spelling of spellingsOf(entry)) claim(index, spelling, entry.code);
    for (const spelling of [entry.code, ...(entry.aliases ?? [])]) {
      claim(codeIndex, spelling, entry.code);
    }
  }
  return { id, entries, index, codeIndex, conflicts };
}

export function findEntry<C extends string, E extends VocabularyEntry<C>>(
  vocabulary: Vocabulary<C, E>,
  code: string,
): E | undefined {
  return vocabulary.entries.find((entry) => entry.code === code);
}

/** The label of a code in a language; the code itself when the list lacks it. */
export function labelOf(vocabulary: Vocabulary, code: string, lang: Lang): string {
  return findEntry(vocabulary, code)?.labels[lang] ?? code;
}

export function codesOf<C extends string>(vocabulary: Vocabulary<C>): C[] {
  return vocabulary.entries.map((entry) => entry.code);
}

export function isCodeOf<C extends string>(vocabulary: Vocabulary<C>, value: string): value is C {
  return vocabulary.entries.some((entry) => entry.code === value);
}
