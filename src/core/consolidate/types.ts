import type { Item } from "../model/round";
import type { ThemeGroup } from "../vocabulary/themes";
import type { Issue } from "../rules/issue";

/** Money in integer cents: AKKE, everything else, and their sum. */
export interface Money {
  readonly akkeCents: number;
  /** All funding but `akke` (so `akke-own` and lines without a source are here). */
  readonly otherCents: number;
  readonly totalCents: number;
}

export type { ThemeGroup };

/** Where a proposal was read from. */
export interface ProposalRef {
  readonly file: string;
  readonly sheet: string;
}

export interface RegionSummary extends Money {
  readonly region: string;
  /** False for Åland (MK21): listed apart, not counted in n / 18. */
  readonly eligible: boolean;
  readonly file: string;
  readonly sheet: string;
  /** Excel date serial of the proposal's date, or null. */
  readonly received: number | null;
  /** The proposal's date is after the round's deadline. */
  readonly late: boolean;
  readonly items: number;
  /** Distinct themes among the region's items. */
  readonly themes: number;
  /** The region's AKKE allocation, or null when the round has none for it. */
  readonly allocationCents: number | null;
  /** Allocation minus AKKE proposed (positive: allocation left unused), or null without an allocation. */
  readonly differenceCents: number | null;
  readonly errors: number;
  readonly warnings: number;
  /** The region has error-level issues: "not ready". */
  readonly flagged: boolean;
}

/** Two or more proposals for one region: the first (by file and sheet order) is counted. */
export interface DuplicateProposals {
  readonly region: string;
  readonly kept: ProposalRef;
  readonly leftOut: readonly ProposalRef[];
}

export interface ThemeSummary extends Money {
  /** Theme code; null is the explicit "no theme" bucket. */
  readonly theme: string | null;
  readonly group: ThemeGroup | null;
  readonly regions: number;
  readonly items: number;
  /** Lead ministries of the theme's items, in vocabulary order. */
  readonly leadMinistries: readonly string[];
}

export interface ThemeGroupSummary extends Money {
  /** null: items without a theme or with a theme outside the list. */
  readonly group: ThemeGroup | null;
  readonly regions: number;
  readonly items: number;
}

export interface MatrixCell {
  readonly akkeCents: number;
  readonly items: number;
}

/** Region × theme: `cells[i][j]` is region `regions[i]` and theme `themes[j]`. */
export interface RegionThemeMatrix {
  readonly regions: readonly string[];
  readonly themes: readonly (string | null)[];
  readonly cells: readonly (readonly MatrixCell[])[];
}

export interface InvestmentNeeds {
  readonly byRegion: readonly {
    readonly region: string;
    readonly cents: number;
    readonly items: number;
  }[];
  readonly byTheme: readonly {
    readonly theme: string | null;
    readonly cents: number;
    readonly items: number;
  }[];
  readonly totalCents: number;
}

export interface MinistrySummary {
  readonly ministry: string;
  /** Items where the ministry is the lead. */
  readonly lead: number;
  /** Items where it is among the other ministries (and not the lead). */
  readonly participating: number;
  /** Regions where it leads or takes part. */
  readonly regions: number;
  readonly regionCodes: readonly string[];
}

/** An item together with its region, in the lists of § 7. */
export interface RegionItem {
  readonly region: string;
  readonly item: Item;
}

export interface LegislationGroup {
  /** The statute as first written; "" for a request without a statute (grouped by itself). */
  readonly statute: string;
  readonly regions: readonly string[];
  readonly entries: readonly RegionItem[];
}

export interface YearFunding extends Money {
  readonly year: number;
}

export interface SourceFunding {
  /** Funding source code; null for lines without a recognised source. */
  readonly source: string | null;
  readonly cents: number;
}

export interface Totals extends Money {
  readonly envelopeCents: number;
  /** The sum of the round's allocations. */
  readonly allocatedCents: number;
  /** Envelope minus AKKE proposed. */
  readonly envelopeRemainingCents: number;
  readonly investmentNeedCents: number;
  readonly items: number;
  /** Other funding per AKKE euro; null when no AKKE is proposed. */
  readonly leverage: number | null;
}

export interface Consolidation {
  /** Counted regions (one proposal each), by region code; Åland included with `eligible: false`. */
  readonly regions: readonly RegionSummary[];
  /** Eligible regions with a proposal: the n of "n / 18". */
  readonly submitted: number;
  /** The number of eligible regions: 18. */
  readonly eligibleCount: number;
  /** Eligible regions without a proposal and without a file received from them, by code. */
  readonly missingRegions: readonly string[];
  /** Files received that gave nothing to count: unreadable, or holding no proposal. */
  readonly filesNotRead: readonly FileNotRead[];
  readonly duplicates: readonly DuplicateProposals[];
  /** Proposals whose region was not recognised: not counted. */
  readonly unassigned: readonly ProposalRef[];
  readonly totals: Totals;
  readonly themes: readonly ThemeSummary[];
  readonly themeGroups: readonly ThemeGroupSummary[];
  readonly matrix: RegionThemeMatrix;
  readonly investment: InvestmentNeeds;
  readonly ministries: readonly MinistrySummary[];
  /** Items at level national, interregional or both, by lead ministry then region code. */
  readonly nationalQuestions: readonly RegionItem[];
  readonly legislation: readonly LegislationGroup[];
  /** Items with a need for state expert support, by region code. */
  readonly expertSupport: readonly RegionItem[];
  /** Every item, by region code, for the monitoring view. */
  readonly monitoring: readonly RegionItem[];
  /** Every counted item by region code, with its funding per source. */
  readonly items: readonly ConsolidatedItem[];
  readonly byYear: readonly YearFunding[];
  readonly bySource: readonly SourceFunding[];
}

export interface ConsolidatedItem extends RegionItem {
  /** Funding per source code of this item (lines naming the item id). */
  readonly funding: Readonly<Record<string, number>>;
  readonly totalCents: number;
}

/**
 * A file of the round that was received but gave no proposal: "received, could not be read"
 * is never "not received" (docs/intake.md).
 */
export interface FileNotRead {
  readonly file: string;
  /** The region the file's name names, or null. */
  readonly region: string | null;
  /** FILE-UNREADABLE or FILE-NO-PROPOSAL: its message is the reason shown. */
  readonly reason: Issue;
}

/** A file as received, for the receipt log of the summary workbook. */
export interface FileReceipt {
  readonly file: string;
  readonly bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}
