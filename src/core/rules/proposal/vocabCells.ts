import type { CellRef } from "../../model/address";
import type { CellValue } from "../../model/cell";
import type { Lang } from "../../model/lang";
import { findEntry, lookup, lookupMany, suggest, type Vocabulary } from "../../vocabulary";
import { formerMinistry, MINISTRIES, type MinistryEntry } from "../../vocabulary/ministries";
import { REGIONS, regionOfCouncil } from "../../vocabulary/regions";
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

/**
 * CELL-WHITESPACE: spacing that changes nothing in the lookup, on a recognised value. The
 * fix writes the list's label in the sheet's language (`  tem ` → `TEM`), not just the text
 * trimmed.
 */
function checkWhitespace(r: Reading, at: CellRef, cell: CellValue, label: () => string): void {
  if (cell.kind !== "text") return;
  if (trimmedText(cell.text) !== null)
    r.sink.add("CELL-WHITESPACE", at, cell.text, {}, { kind: "text", text: label() });
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
  if (code !== null) checkWhitespace(r, at, cell, () => fixLabel(vocabulary, code, r.sheetLang));
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
  if (found.unknown.length === 0)
    checkWhitespace(r, at, cell, () =>
      found.codes.map((code) => fixLabel(vocabulary, code, r.sheetLang)).join(", "),
    );
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

/**
 * The label a fix writes for a value the list does not know, in the sheet's language: a
 * ministry's former name becomes today's (`OPM` → `OKM`, `KTM` → `TEM`), a regional
 * council the region (`Satakuntaliitto` → `Satakunta`), else the closest value of a near
 * miss; null when nothing fits.
 */
export function closestLabel(vocabulary: Vocabulary, raw: string, lang: Lang): string | null {
  const renamed =
    vocabulary === (MINISTRIES as Vocabulary)
      ? formerMinistry(raw)
      : vocabulary === (REGIONS as Vocabulary)
        ? regionOfCouncil(raw)
        : null;
  if (renamed !== null) return fixLabel(vocabulary, renamed, lang);
  const found = suggest(vocabulary, raw, lang);
  return found === null ? null : fixLabel(vocabulary, found.code, lang);
}
