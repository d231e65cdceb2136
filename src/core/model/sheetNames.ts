/** Excel's rules for a worksheet name, and a free name that never overwrites a sheet. */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/;
const FORBIDDEN_ALL = /[[\]:*?/\\]/g;
/** Excel keeps this name for its change-tracking sheet. */
const RESERVED = "history";

/** Control characters (below U+0020), which no sheet or file name may hold. */
export function withoutControlCharacters(text: string, replacement = ""): string {
  return Array.from(text, (ch) => (ch.charCodeAt(0) < 0x20 ? replacement : ch)).join("");
}

/**
 * The key under which Excel tells sheet names apart: case makes no difference (`Esitys MK04`
 * is `esitys mk04`, `Ä` is `ä`), in whatever language Excel runs, so the mapping is Unicode's
 * own rather than a locale's. Sets and maps of sheet names are keyed by this.
 */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

/** Table and defined names: Excel tells them apart across the workbook without case, as sheet names. */
export const workbookNameKey = sheetNameKey;

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/**
 * 1–31 characters, none of `[ ] : * ? / \`, no leading or trailing apostrophe, not
 * `History` in any case, and no control characters.
 */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !FORBIDDEN.test(name) &&
    withoutControlCharacters(name) === name &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.trim() !== "" &&
    !sameSheetName(name, RESERVED)
  );
}

/** The base with forbidden characters turned into `-`, outer apostrophes dropped, cut to fit. */
function cleanBase(base: string): string {
  const cleaned = withoutControlCharacters(base, " ")
    .replace(FORBIDDEN_ALL, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return cleaned === "" ? "Sheet" : cleaned;
}

/** `Yhteenveto`, then `Yhteenveto (2)`, `Yhteenveto (3)` …, cut to fit 31 characters. */
export function numberedSheetName(base: string, k: number): string {
  const suffix = k === 1 ? "" : ` (${k})`;
  const head = base
    .slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)
    .trimEnd()
    .replace(/'+$/, "");
  return head + suffix;
}

/**
 * `base` when it is free, else `base (2)`, `base (3)` …, cut to 31 characters, and never
 * a name in `existing` (ignoring case) or one Excel refuses.
 */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const clean = cleanBase(base);
  for (let k = 1; ; k++) {
    const candidate = numberedSheetName(clean, k);
    if (isValidSheetName(candidate) && !existing.some((name) => sameSheetName(name, candidate))) {
      return candidate;
    }
  }
}
