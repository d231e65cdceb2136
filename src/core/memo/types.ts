import type { RoundComparison } from "../previous/types";
import type { Lang } from "../model/lang";

export interface MemoOptions {
  /** The memo's language, independent of the UI language. */
  readonly lang: Lang;
  /** The memo's date: an Excel date serial or `yyyy-mm-dd`. */
  readonly date: number | string;
  /** The change since a previous round's summary: adds its section (docs/follow-up.md). */
  readonly comparison?: RoundComparison;
}

/** The memo twice: an HTML fragment for Word (inline styles only) and plain text. */
export interface Memo {
  readonly html: string;
  readonly text: string;
  /** The memo's title, e.g. for the `<title>` of an HTML file. */
  readonly title: string;
}

export type Align = "left" | "right";

export interface MemoColumn {
  readonly header: string;
  readonly align: Align;
}

/** A table with its cells already formatted; `total` is shown last, in bold. */
export interface MemoTable {
  readonly columns: readonly MemoColumn[];
  readonly rows: readonly (readonly string[])[];
  readonly total: readonly string[] | null;
  /** Shown under the table, e.g. that rounded parts do not add up to the total. */
  readonly footnote: string | null;
}

/** The memo as blocks of plain strings; the renderers escape and lay them out. */
export type MemoBlock =
  /** The header block: sender (ministry, unit, author) on the left, document (kind, date, number) on the right. */
  | {
      readonly kind: "letterhead";
      readonly left: readonly string[];
      readonly right: readonly string[];
    }
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "subheading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string; readonly strong?: boolean }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly table: MemoTable };
