import type { Money } from "../consolidate/types";
import type { Lang } from "../model/lang";

/**
 * The change since the previous round (docs/design.md § 7.1, docs/follow-up.md): the previous
 * round as read from a summary this product wrote, compared with the current consolidation.
 * Money is integer cents; AKKE is the `akke` source, other is every other source.
 */

/** An item's or a group's funding in one round: consolidation's money without the total. */
export type RoundMoney = Pick<Money, "akkeCents" | "otherCents">;

/** One item of either round, reduced to what the comparison looks at. */
export interface RoundItem extends RoundMoney {
  readonly region: string;
  readonly itemId: string;
  /** Theme code; a theme the vocabulary does not know keeps its text; null: no theme. */
  readonly theme: string | null;
  readonly objective: string;
  readonly implementationStatus: string | null;
  /** The monitoring indicator's latest value (the Outcome column). */
  readonly progress: string;
}

/** A previous round's summary workbook, read. */
export interface PreviousSummary {
  readonly file: string;
  /** The language the summary was written in (its All items header). */
  readonly lang: Lang;
  /** The sheet the items were read from. */
  readonly sheet: string;
  readonly items: readonly RoundItem[];
}

export type PreviousRefusal =
  /** No sheet registered as generated: not a workbook this product wrote. */
  | "no-registry"
  /** Registered sheets, but none with the All items header in fi, sv or en. */
  | "no-items-table";

export type PreviousRead =
  | { readonly ok: true; readonly summary: PreviousSummary }
  | { readonly ok: false; readonly file: string; readonly reason: PreviousRefusal };

/**
 * How a continued item was matched: by region and item id with the objective unchanged or
 * nearly so (`id`), by the same objective under a new id (`objective`), by id alone with the
 * objective rewritten (`id-objective-changed`), or by a nearly identical objective under a
 * new id (`objective-near`).
 */
export type MatchRule = "id" | "objective" | "id-objective-changed" | "objective-near";

export interface ContinuedItem {
  readonly previous: RoundItem;
  readonly current: RoundItem;
  readonly rule: MatchRule;
  /** A status is given now and differs from the previous one. */
  readonly statusChanged: boolean;
  /** An indicator value (Outcome) is given now and differs from the previous one. */
  readonly indicatorChanged: boolean;
}

/** AKKE and other funding now and in the previous round. */
export interface FundingChange extends RoundMoney {
  readonly akkePreviousCents: number;
  readonly otherPreviousCents: number;
}

export interface RegionChange extends FundingChange {
  readonly region: string;
  /** False: the region has no proposal in that round. */
  readonly now: boolean;
  readonly previous: boolean;
  readonly items: number;
  readonly itemsPrevious: number;
  readonly new: number;
  readonly dropped: number;
  readonly continued: number;
  /** Themes of the region's items now but not in the previous round (regions in both rounds). */
  readonly themesAdded: readonly string[];
  readonly themesDropped: readonly string[];
}

export interface ThemeChange extends FundingChange {
  readonly theme: string | null;
}

export interface RoundComparison {
  readonly file: string;
  readonly previousLang: Lang;
  /** Items of regions in both rounds that have no match in the previous round, and every item of a region new to the comparison. */
  readonly new: readonly RoundItem[];
  /** Items of the previous round without a match, in regions with a proposal now. */
  readonly dropped: readonly RoundItem[];
  readonly continued: readonly ContinuedItem[];
  /** Items of regions that have no proposal now: not counted as dropped. */
  readonly notCompared: readonly RoundItem[];
  /** Every region of either round, by region code. */
  readonly regions: readonly RegionChange[];
  readonly themes: readonly ThemeChange[];
  readonly totals: FundingChange;
  /** Objective matching was limited to exact text in these regions (too many unmatched items). */
  readonly nearMatchingSkipped: readonly string[];
}
