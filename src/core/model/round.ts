import type { Lang } from "./lang";

/**
 * The interpreted content of a round: what the rules engine reads out of recognised sheets
 * once cells are parsed. Vocabulary fields hold canonical codes (`MK02`, `TEM`,
 * `labour-availability`, `akke`) or null where the cell was empty or not recognised
 * (the rules report those). Money is integer cents.
 */
export interface Period {
  readonly start: number;
  readonly end: number;
}

/** Where a value came from, for links back and for issues. Row is zero-based. */
export interface SourceRow {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

export interface Item {
  readonly source: SourceRow;
  readonly itemId: string;
  readonly theme: string | null;
  readonly crossCutting: readonly string[];
  readonly programmePriority: string;
  readonly objective: string;
  readonly regionalNeed: string;
  readonly nationalMeasure: string;
  readonly regionCommitment: string;
  /** `national` | `regional` | `interregional` | `both` */
  readonly level: string | null;
  readonly leadMinistry: string | null;
  readonly otherMinistries: readonly string[];
  readonly regionalActors: string;
  /** Empty = no legislative change needed. */
  readonly legislation: string;
  readonly statute: string;
  /** Empty = no expert support needed. */
  readonly expertSupport: string;
  readonly investmentNeedCents: number | null;
  readonly indicator: string;
  readonly baseline: string;
  readonly target: string;
  readonly targetYear: number | null;
  /** `proposed` (also when the cell is empty) | `agreed` | `not-agreed` */
  readonly discussionStatus: string;
  readonly ministryPosition: string | null;
  readonly nationalFollowUp: string | null;
  readonly implementationStatus: string | null;
  readonly progress: string;
  readonly notes: string;
}

export interface FundingYear {
  readonly year: number;
  readonly cents: number;
}

export interface FundingLine {
  readonly source: SourceRow;
  readonly itemId: string;
  /** Funding source code (`akke`, `akke-own`, `eu-structural`, …) or null. */
  readonly fundingSource: string | null;
  readonly years: readonly FundingYear[];
  /** The sum of the years, in cents (the sheet's own total is checked by the rules). */
  readonly totalCents: number;
}

export interface RegionProposal {
  readonly file: string;
  readonly sheet: string;
  /** The sheet's header language. */
  readonly lang: Lang;
  readonly region: string | null;
  readonly period: Period | null;
  readonly contact: string;
  /** Excel date serial of the proposal's date, or null. */
  readonly date: number | null;
  readonly round: string;
  readonly items: readonly Item[];
  readonly funding: readonly FundingLine[];
}

export interface Allocation {
  readonly region: string;
  readonly cents: number;
  /** Maximum AKKE share of an item's funding for this region (0..1), overriding the round's. */
  readonly maxShare: number | null;
}

export interface ThemeDefinition {
  readonly code: string;
  readonly group: "priority" | "precondition" | "topic";
  readonly labels: Readonly<Record<Lang, string>>;
  readonly active: boolean;
}

export interface RoundSettings {
  /** False when no settings sheet was found and the defaults apply. */
  readonly fromWorkbook: boolean;
  readonly round: string;
  readonly referenceNumber: string;
  /** Who prepares the round's memo (the settings' optional Laatija / Utarbetad av / Prepared by). */
  readonly author?: string;
  readonly legalBasis: string;
  readonly period: Period | null;
  readonly budgetYear: number | null;
  readonly envelopeCents: number;
  /** 0..1, default 0.8 */
  readonly maxShare: number;
  /** Default 3. */
  readonly maxThemes: number;
  /** Excel date serial, or null. */
  readonly deadline: number | null;
  readonly allocations: readonly Allocation[];
  /** The round's own theme list, or null when the defaults apply. */
  readonly themes: readonly ThemeDefinition[] | null;
}

export const DEFAULT_ENVELOPE_CENTS = 16_000_000_00;
export const DEFAULT_MAX_SHARE = 0.8;
export const DEFAULT_MAX_THEMES = 3;
