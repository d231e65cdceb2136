import type { Lang } from "../model/lang";
import { compactKey, wordsOf } from "./keys";
import { lookup } from "./lookup";
import { editDistance } from "./editDistance";
import { spellingsOf, type Vocabulary } from "./vocabulary";

/** The closest value of a list to a near miss, with the label a fix would write. */
export interface Suggestion<C extends string> {
  readonly code: C;
  readonly label: string;
}

/** Words that carry no meaning of their own in a label. */
const FILLER_WORDS = new Set(["ja", "och", "and", "of", "the", "for", "i", "av", "on", "en"]);

const MIN_PREFIX = 5;

/**
 * The closest entry to a value that `lookup` does not know, or null when nothing is close.
 * Near misses are typos (a few edits), truncated labels, labels with words missing, and
 * Finnish and Swedish contractions of a compound (`Työministeriö` for `työ- ja
 * elinkeinoministeriö`). The label is in `lang`, else in the language of the spelling that
 * came closest. Ties go to the entry listed first.
 */
export function suggest<C extends string>(
  vocabulary: Vocabulary<C>,
  raw: string,
  lang?: Lang,
): Suggestion<C> | null {
  // The same misspelling recurs row after row: its suggestion is worked out once per list.
  let known = suggestions.get(vocabulary);
  if (!known) suggestions.set(vocabulary, (known = new Map()));
  const cacheKey = `${lang ?? ""}\u0000${raw}`;
  const cached = known.get(cacheKey);
  if (cached !== undefined) return cached as Suggestion<C> | null;
  const found = suggestAnew(vocabulary, raw, lang);
  if (known.size >= SUGGESTION_CACHE_LIMIT) known.clear();
  known.set(cacheKey, found);
  return found;
}

const SUGGESTION_CACHE_LIMIT = 10_000;
/** Per vocabulary object: a round's own theme list is a list of its own. */
const suggestions = new WeakMap<Vocabulary, Map<string, Suggestion<string> | null>>();

function suggestAnew<C extends string>(
  vocabulary: Vocabulary<C>,
  raw: string,
  lang?: Lang,
): Suggestion<C> | null {
  const known = lookup(vocabulary, raw);
  if (known !== null) return suggestion(vocabulary, known, lang, lang ?? "fi");
  const compact = compactKey(raw);
  if (!/\p{L}/u.test(compact)) return null;
  const words = meaningfulWords(raw);
  const truncates = truncatedEntries(vocabulary, compact);
  let best: { code: C; lang: Lang; score: number } | null = null;
  for (const entry of vocabulary.entries) {
    for (const [position, spelling] of spellingsOf(entry).entries()) {
      const truncation = truncates.size === 1 && truncates.has(entry.code);
      const score = distanceScore(compact, words, spelling, truncation);
      if (score !== null && (best === null || score < best.score)) {
        best = { code: entry.code, lang: languageOfSpelling(position), score };
      }
    }
  }
  return best === null ? null : suggestion(vocabulary, best.code, lang, best.lang);
}

function suggestion<C extends string>(
  vocabulary: Vocabulary<C>,
  code: C,
  lang: Lang | undefined,
  fallback: Lang,
): Suggestion<C> {
  const entry = vocabulary.entries.find((candidate) => candidate.code === code);
  return { code, label: entry?.labels[lang ?? fallback] ?? code };
}

/** `spellingsOf` lists code, fi, sv, en, aliases: an alias or code is shown in Finnish. */
function languageOfSpelling(position: number): Lang {
  return position === 2 ? "sv" : position === 3 ? "en" : "fi";
}

function meaningfulWords(value: string): string[] {
  return wordsOf(value).filter((word) => !FILLER_WORDS.has(word));
}

/**
 * How far a value is from one spelling, in [0, 1), or null when it is not a near miss.
 * Lower is closer: typos beat contractions, which beat truncations and missing words.
 */
function distanceScore(
  compact: string,
  words: readonly string[],
  spelling: string,
  truncationOfThisEntryOnly: boolean,
): number | null {
  const target = compactKey(spelling);
  if (target === "" || digitsOf(compact) !== digitsOf(target)) return null;
  const length = Math.max(Array.from(compact).length, Array.from(target).length);
  const allowed = typoAllowance(Array.from(compact).length);
  const distance = editDistance(compact, target, allowed);
  if (distance <= allowed) return (0.25 * distance) / length;
  if (isContraction(compact, target, wordEnds(spelling))) return 0.3;
  if (truncationOfThisEntryOnly && isTruncation(compact, target))
    return 0.35 + 0.1 * (1 - compact.length / target.length);
  const coverage = wordCoverage(words, meaningfulWords(spelling));
  return coverage === null ? null : 0.5 + 0.1 * (1 - coverage);
}

function typoAllowance(length: number): number {
  if (length <= 2) return 0;
  return Math.min(3, Math.max(1, Math.floor(length / 8)));
}

/** Entries that the value is a cut-off of; `Ministry` cuts off every ministry, so none. */
function truncatedEntries<C extends string>(vocabulary: Vocabulary<C>, compact: string): Set<C> {
  const found = new Set<C>();
  for (const entry of vocabulary.entries) {
    if (spellingsOf(entry).some((spelling) => isTruncation(compact, compactKey(spelling)))) {
      found.add(entry.code);
    }
  }
  return found;
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

/**
 * `työministeriö` is the first word of `työ- ja elinkeinoministeriö` joined to the tail of
 * its last: a compound's shared part written once. The head must end at a word's end, so
 * that `ministry` is not `mini…` + `…stry` of `Ministry of … Forestry`.
 */
function isContraction(value: string, target: string, ends: readonly number[]): boolean {
  if (value.length >= target.length || value.length < 6) return false;
  const head = commonPrefix(value, target);
  const tail = commonPrefix(reverse(value), reverse(target));
  return ends.some(
    (end) => end >= 3 && end <= head && value.length - end >= 3 && value.length - end <= tail,
  );
}

/** Where each word of a spelling ends, counted in its `compactKey`. */
function wordEnds(spelling: string): number[] {
  let end = 0;
  return wordsOf(spelling).map((word) => (end += word.length));
}

/** A label cut short, as a too-narrow cell or a copy from a truncated list leaves it. */
function isTruncation(value: string, target: string): boolean {
  return (
    value.length >= MIN_PREFIX && value.length * 5 >= target.length * 2 && target.startsWith(value)
  );
}

/**
 * Share of the spelling's words found among the value's, when every word of the value is
 * one of the spelling's (allowing a typo in longer words) and more than half are covered.
 */
function wordCoverage(words: readonly string[], targetWords: readonly string[]): number | null {
  if (words.length === 0 || targetWords.length === 0) return null;
  const matched = new Set<number>();
  for (const word of words) {
    const index = targetWords.findIndex(
      (target, i) => !matched.has(i) && editDistance(word, target, 1) <= (word.length >= 5 ? 1 : 0),
    );
    if (index < 0) return null;
    matched.add(index);
  }
  const coverage = matched.size / targetWords.length;
  return coverage > 0.5 ? coverage : null;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function reverse(value: string): string {
  return Array.from(value).reverse().join("");
}
