import { centsToEuros } from "../locale/money";
import type { Lang } from "../model/lang";
import type { FundingChange, MatchRule, RegionChange, RoundComparison, RoundItem } from "./types";

export type ItemChange = "new" | "dropped" | "continued" | "not-compared";

/** `consolidate --previous … --json` adds `previous` (README, docs/follow-up.md); euros as numbers. */
export interface PreviousJson {
  readonly file: string;
  /** The language the previous summary was written in. */
  readonly lang: Lang;
  readonly new: number;
  readonly dropped: number;
  readonly continued: number;
  /** Items of regions without a proposal now: neither dropped nor continued. */
  readonly notCompared: number;
  /** Continued items matched by region + item id (`id`, `id-objective-changed`). */
  readonly matchedById: number;
  /** Continued items matched by their objective under a new id (`objective`, `objective-near`). */
  readonly matchedByObjective: number;
  readonly statusChanges: number;
  readonly indicatorChanges: number;
  readonly regions: readonly (FundingJson &
    Omit<RegionChange, keyof FundingChange | "now" | "previous">)[];
  readonly themes: readonly (FundingJson & { readonly theme: string | null })[];
  readonly totals: FundingJson;
  readonly themesAdded: readonly { readonly region: string; readonly theme: string }[];
  readonly themesDropped: readonly { readonly region: string; readonly theme: string }[];
  readonly items: readonly {
    readonly region: string;
    /** The id now; null for a dropped item. */
    readonly itemId: string | null;
    /** The id in the previous round; null for a new item. */
    readonly previousItemId: string | null;
    readonly change: ItemChange;
    readonly match: MatchRule | null;
    readonly status: string | null;
    readonly statusPrevious: string | null;
    readonly indicator: string | null;
    readonly indicatorPrevious: string | null;
  }[];
}

interface FundingJson {
  readonly akke: number;
  readonly akkePrevious: number;
  readonly other: number;
  readonly otherPrevious: number;
}

function fundingJson(f: FundingChange): FundingJson {
  return {
    akke: centsToEuros(f.akkeCents),
    akkePrevious: centsToEuros(f.akkePreviousCents),
    other: centsToEuros(f.otherCents),
    otherPrevious: centsToEuros(f.otherPreviousCents),
  };
}

function one(item: RoundItem, change: "new" | "dropped" | "not-compared") {
  const now = change === "new";
  return {
    region: item.region,
    itemId: now ? item.itemId : null,
    previousItemId: now ? null : item.itemId,
    change,
    match: null,
    status: now ? item.implementationStatus : null,
    statusPrevious: now ? null : item.implementationStatus,
    indicator: now ? item.progress : null,
    indicatorPrevious: now ? null : item.progress,
  };
}

export function previousJson(c: RoundComparison): PreviousJson {
  const byId = c.continued.filter((x) => x.rule === "id" || x.rule === "id-objective-changed");
  return {
    file: c.file,
    lang: c.previousLang,
    new: c.new.length,
    dropped: c.dropped.length,
    continued: c.continued.length,
    notCompared: c.notCompared.length,
    matchedById: byId.length,
    matchedByObjective: c.continued.length - byId.length,
    statusChanges: c.continued.filter((x) => x.statusChanged).length,
    indicatorChanges: c.continued.filter((x) => x.indicatorChanged).length,
    regions: c.regions.map((r) => ({
      region: r.region,
      items: r.items,
      itemsPrevious: r.itemsPrevious,
      new: r.new,
      dropped: r.dropped,
      continued: r.continued,
      ...fundingJson(r),
      themesAdded: r.themesAdded,
      themesDropped: r.themesDropped,
    })),
    themes: c.themes.map((t) => ({ theme: t.theme, ...fundingJson(t) })),
    totals: fundingJson(c.totals),
    themesAdded: c.regions.flatMap((r) =>
      r.themesAdded.map((theme) => ({ region: r.region, theme })),
    ),
    themesDropped: c.regions.flatMap((r) =>
      r.themesDropped.map((theme) => ({ region: r.region, theme })),
    ),
    items: [
      ...c.continued.map((x) => ({
        region: x.current.region,
        itemId: x.current.itemId,
        previousItemId: x.previous.itemId,
        change: "continued" as const,
        match: x.rule,
        status: x.current.implementationStatus,
        statusPrevious: x.previous.implementationStatus,
        indicator: x.current.progress,
        indicatorPrevious: x.previous.progress,
      })),
      ...c.new.map((i) => one(i, "new")),
      ...c.dropped.map((i) => one(i, "dropped")),
      ...c.notCompared.map((i) => one(i, "not-compared")),
    ],
  };
}
