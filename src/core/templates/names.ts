import type { Lang } from "../model/lang";

/**
 * Workbook names for the dropdown lists: `ra_fi_themes`, one set per language. A name
 * that looks like a cell (`MK02`, `FI2026`) or an R1C1 reference is refused by Excel.
 */

export const LIST_KINDS = [
  "regions",
  "themes",
  "levels",
  "ministries",
  "discussionStatus",
  "ministryPosition",
  "nationalFollowUp",
  "implementationStatus",
  "fundingSources",
  "themeGroups",
  "yesNo",
] as const;

export type ListKind = (typeof LIST_KINDS)[number];

const SHORT: Record<ListKind, string> = {
  regions: "regions",
  themes: "themes",
  levels: "levels",
  ministries: "ministries",
  discussionStatus: "discussion",
  ministryPosition: "position",
  nationalFollowUp: "followup",
  implementationStatus: "implementation",
  fundingSources: "sources",
  themeGroups: "groups",
  yesNo: "yesno",
};

export function listName(lang: Lang, kind: ListKind): string {
  return `ra_${lang}_${SHORT[kind]}`;
}

/** The last column Excel has: XFD (16 384). */
const MAX_COLUMN_LETTERS = "XFD";
const MAX_ROW = 1_048_576;

/** True for `A1`-style cells (up to XFD1048576) and R1C1 forms such as `R`, `C12`, `R2C3`. */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1) {
    const letters = a1[1].toUpperCase();
    const inColumns = letters.length < 3 || letters.localeCompare(MAX_COLUMN_LETTERS, "en") <= 0;
    const row = Number(a1[2]);
    return inColumns && row >= 1 && row <= MAX_ROW;
  }
  return /^(R\d*C?\d*|C\d*)$/i.test(name);
}

/** Excel's rules for a defined name, with the cell-reference check above. */
export function isValidWorkbookName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !looksLikeCellReference(name)
  );
}

/** An Excel table name from any text: ASCII letters, digits and `_`, starting with a letter. */
export function tableName(prefix: string, text: string): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return ascii === "" ? prefix : `${prefix}_${ascii}`;
}
