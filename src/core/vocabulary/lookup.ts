import { vocabularyKey } from "./keys";
import type { Vocabulary } from "./vocabulary";

const LEADING_SEPARATOR = /^[-:.,]\s*/;
const TRAILING_SEPARATOR = /\s*[-:.,]$/;

const FOUND_CACHE_LIMIT = 10_000;
const foundByList = new WeakMap<Vocabulary, Map<string, string | null>>();

/**
 * The code a cell's text stands for, or null. Accepts the code, any language's label and
 * the aliases, whatever the case, diacritics or spacing; also a code beside a name of the
 * same entry (`MK02 Varsinais-Suomi`, `Varsinais-Suomi (MK02)`), but not a code beside
 * another entry's name (`MK02 Lappi`).
 */
export function lookup<C extends string>(vocabulary: Vocabulary<C>, raw: string): C | null {
  // A round repeats the same few values in every row: each is worked out once per list.
  let found = foundByList.get(vocabulary);
  if (!found) {
    found = new Map();
    foundByList.set(vocabulary, found);
  }
  const known = found.get(raw);
  if (known !== undefined) return known as C | null;
  const code = lookupKey(vocabulary, raw);
  if (found.size >= FOUND_CACHE_LIMIT) found.clear();
  found.set(raw, code);
  return code;
}

function lookupKey<C extends string>(vocabulary: Vocabulary<C>, raw: string): C | null {
  const key = vocabularyKey(raw);
  if (key === "") return null;
  return vocabulary.index.get(key) ?? lookupCodeWithName(vocabulary, key);
}

function lookupCodeWithName<C extends string>(vocabulary: Vocabulary<C>, key: string): C | null {
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(key);
  if (bracketed !== null) {
    const outer = vocabulary.index.get(bracketed[1]);
    const inner = vocabulary.index.get(bracketed[2].trim());
    return outer !== undefined && outer === inner ? outer : null;
  }
  const first = key.indexOf(" ");
  if (first < 0) return null;
  const codeFirst = agree(vocabulary, key.slice(0, first), key.slice(first + 1));
  if (codeFirst !== null) return codeFirst;
  const last = key.lastIndexOf(" ");
  return agree(vocabulary, key.slice(last + 1), key.slice(0, last));
}

function agree<C extends string>(vocabulary: Vocabulary<C>, code: string, name: string): C | null {
  const byCode = vocabulary.codeIndex.get(code.replace(TRAILING_SEPARATOR, ""));
  if (byCode === undefined) return null;
  const byName = vocabulary.index.get(
    name.replace(TRAILING_SEPARATOR, "").replace(LEADING_SEPARATOR, "").trim(),
  );
  return byName === byCode ? byCode : null;
}

/** What a multi-valued cell holds: the recognised codes (each once, in order) and the rest. */
export interface ListLookup<C extends string> {
  readonly codes: readonly C[];
  /** The parts that match nothing, trimmed, as written. */
  readonly unknown: readonly string[];
}

/** The parts of a multi-valued cell: split on `,`, `;` and line breaks, blanks dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,;\n\r\u2028]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** Looks up each part of a multi-valued cell (cross-cutting perspectives, other ministries). */
export function lookupMany<C extends string>(
  vocabulary: Vocabulary<C>,
  raw: string,
): ListLookup<C> {
  const whole = lookup(vocabulary, raw);
  if (whole !== null) return { codes: [whole], unknown: [] };
  const codes: C[] = [];
  const unknown: string[] = [];
  for (const part of splitList(raw)) {
    const code = lookup(vocabulary, part);
    if (code === null) unknown.push(part);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}
