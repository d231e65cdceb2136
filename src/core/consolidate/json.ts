import { centsToEuros } from "../locale/money";
import type { Consolidation } from "./types";

/** `consolidate --json` (docs/design.md § 9): amounts in euros, codes canonical. */
export interface ConsolidationJson {
  readonly regions: readonly {
    readonly region: string;
    readonly items: number;
    readonly themes: number;
    readonly akke: number;
    readonly other: number;
    readonly total: number;
    readonly allocation: number | null;
    readonly errors: number;
    readonly warnings: number;
  }[];
  readonly themes: readonly {
    /** null: items without a theme. */
    readonly theme: string | null;
    readonly regions: number;
    readonly items: number;
    readonly akke: number;
    readonly other: number;
    readonly total: number;
  }[];
  readonly ministries: readonly {
    readonly ministry: string;
    readonly lead: number;
    readonly participating: number;
    readonly regions: number;
  }[];
  readonly totals: {
    readonly akke: number;
    readonly envelope: number;
    readonly other: number;
    readonly total: number;
  };
  readonly missingRegions: readonly string[];
  /** Files received that gave nothing to count, with the region their name names. */
  readonly filesNotRead: readonly {
    readonly file: string;
    readonly region: string | null;
    readonly rule: string;
    /** The unreadable reason's code, e.g. `encrypted`; null for FILE-NO-PROPOSAL. */
    readonly reason: string | null;
  }[];
}

export function consolidationJson(c: Consolidation): ConsolidationJson {
  return {
    regions: c.regions.map((r) => ({
      region: r.region,
      items: r.items,
      themes: r.themes,
      akke: centsToEuros(r.akkeCents),
      other: centsToEuros(r.otherCents),
      total: centsToEuros(r.totalCents),
      allocation: r.allocationCents === null ? null : centsToEuros(r.allocationCents),
      errors: r.errors,
      warnings: r.warnings,
    })),
    themes: c.themes.map((t) => ({
      theme: t.theme,
      regions: t.regions,
      items: t.items,
      akke: centsToEuros(t.akkeCents),
      other: centsToEuros(t.otherCents),
      total: centsToEuros(t.totalCents),
    })),
    ministries: c.ministries.map((m) => ({
      ministry: m.ministry,
      lead: m.lead,
      participating: m.participating,
      regions: m.regions,
    })),
    totals: {
      akke: centsToEuros(c.totals.akkeCents),
      envelope: centsToEuros(c.totals.envelopeCents),
      other: centsToEuros(c.totals.otherCents),
      total: centsToEuros(c.totals.totalCents),
    },
    missingRegions: [...c.missingRegions],
    filesNotRead: c.filesNotRead.map((f) => ({
      file: f.file,
      region: f.region,
      rule: f.reason.rule,
      reason: typeof f.reason.params.variant === "string" ? f.reason.params.variant : null,
    })),
  };
}
