import type { CellRef } from "../../model/address";
import type { CellValue } from "../../model/cell";
import type { Lang } from "../../model/lang";
import { findEntry, lookup, lookupMany, suggest, type Vocabulary } from "../../vocabulary";
import { MINISTRIES, type MinistryEntry } from "../../vocabulary/ministries";
import { rawText, trimmedText } from "./cells";
import type { Reading } from "./context";

/** A vocabulary cell as read: blank, an Excel error (reported elsewhere), or a value and its code. */
export type VocabRead<C extends string = string> =
  | { readonly kind: "blank" }
  | { readonly kind: "error" }
  | { readonly kind: "value"; readonly raw: string; readonly code: C | null };

export type ListRead<C extends string = string> =
  | { readonly kind: "blank" }
  | { readonly kind: "error" }
  | {
      readonly kind: "value";
      readonly raw: string;
      readonly codes: readonly C[];
      readonly unknown: readonly string[];
    };

/** CELL-WHITESPACE: spacing that changes nothing in the lookup, on a recognised value. */
function checkWhitespace(r: Reading, at: CellRef, cell: CellValue): void {
  if (cell.kind !== "text") return;
  const trimmed = trimmedText(cell.text);
  if (trimmed !== null)
    r.sink.add("CELL-WHITESPACE", at, cell.text, {}, { kind: "text", text: trimmed });
}

export function readVocab<C extends string>(
  r: Reading,
  at: CellRef,
  cell: CellValue,
  vocabulary: Vocabulary<C>,
): VocabRead<C> {
  if (cell.kind === "error") return { kind: "error" };
  const raw = rawText(cell);
  if (raw === null) return { kind: "blank" };
  const code = lookup(vocabulary, raw);
  if (code !== null) checkWhitespace(r, at, cell);
  return { kind: "value", raw: raw.trim(), code };
}

export function readVocabList<C extends string>(
  r: Reading,
  at: CellRef,
  cell: CellValue,
  vocabulary: Vocabulary<C>,
): ListRead<C> {
  if (cell.kind === "error") return { kind: "error" };
  const raw = rawText(cell);
  if (raw === null) return { kind: "blank" };
  const found = lookupMany(vocabulary, raw);
  if (found.unknown.length === 0) checkWhitespace(r, at, cell);
  return { kind: "value", raw: raw.trim(), codes: found.codes, unknown: found.unknown };
}

/**
 * What a fix writes for a code, in the sheet's language: the label, except ministries,
 * which sheets name by abbreviation (`TEM`; in Swedish `ANM`).
 */
export function fixLabel(vocabulary: Vocabulary, code: string, lang: Lang): string {
  if (vocabulary === (MINISTRIES as Vocabulary)) {
    const entry = findEntry(MINISTRIES as Vocabulary<string, MinistryEntry>, code);
    return entry ? (lang === "sv" ? entry.svCode : entry.code) : code;
  }
  const labels = findEntry(vocabulary, code)?.labels;
  return labels?.[lang] || labels?.fi || code;
}

/** The closest value's label in the sheet's language, when a near miss has one. */
export function closestLabel(vocabulary: Vocabulary, raw: string, lang: Lang): string | null {
  const found = suggest(vocabulary, raw, lang);
  return found === null ? null : fixLabel(vocabulary, found.code, lang);
}
