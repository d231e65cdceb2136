import { compareThemeCodes } from "../consolidate/consolidate";
import { akkeCentsOf } from "../consolidate/money";
import type { Consolidation } from "../consolidate/types";
import { compareRegions } from "../consolidate/vocab";
import { roundThemes } from "../vocabulary/roundThemes";
import { sumCents } from "../locale/money";
import type { RoundSettings } from "../model/round";
import { matchKey } from "../text/normalise";
import type {
  ContinuedItem,
  FundingChange,
  MatchRule,
  PreviousSummary,
  RegionChange,
  RoundComparison,
  RoundItem,
  ThemeChange,
} from "./types";

/** Objectives sharing at least this share of their words (Dice coefficient) are "near". */
const NEAR_OBJECTIVE = 0.8;
/**
 * Near matching compares every unmatched pair of a region; beyond this many pairs (a round
 * renumbered and rewritten wholesale) only exact objectives are matched there.
 */
const MAX_NEAR_PAIRS = 250_000;

/** The items of the current round as the comparison sees them. */
function currentItems(c: Consolidation): RoundItem[] {
  return c.items.map((ci) => {
    const akkeCents = akkeCentsOf(ci);
    return {
      region: ci.region,
      itemId: ci.item.itemId.trim(),
      theme: ci.item.theme,
      objective: ci.item.objective.trim(),
      implementationStatus: ci.item.implementationStatus,
      progress: ci.item.progress.trim(),
      akkeCents,
      otherCents: ci.totalCents - akkeCents,
    };
  });
}

/** An objective's words: case, accents, punctuation and spacing make no difference. */
function words(objective: string): string[] {
  return matchKey(objective)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

interface Side {
  readonly item: RoundItem;
  readonly key: string;
  readonly words: ReadonlySet<string>;
  matched: boolean;
}

function side(item: RoundItem): Side {
  const w = words(item.objective);
  return { item, key: w.join(" "), words: new Set(w), matched: false };
}

/**
 * Pairs the items of one region (docs/follow-up.md): (1) same id and the same or a nearly
 * identical objective; (2) the same objective under another id (ids renumbered); (3) the
 * same id with the objective rewritten; (4) a nearly identical objective under another id.
 * Each pass only looks at what the passes before left unmatched.
 */
function matchRegion(
  previous: readonly RoundItem[],
  current: readonly RoundItem[],
): { pairs: { p: RoundItem; c: RoundItem; rule: MatchRule }[]; nearSkipped: boolean } {
  const ps = previous.map(side);
  const cs = current.map(side);
  const pairs: { p: RoundItem; c: RoundItem; rule: MatchRule }[] = [];
  const take = (p: Side, c: Side, rule: MatchRule): void => {
    p.matched = true;
    c.matched = true;
    pairs.push({ p: p.item, c: c.item, rule });
  };
  const same = (p: Side, c: Side): boolean => p.key !== "" && p.key === c.key;
  const near = (p: Side, c: Side): boolean => dice(p.words, c.words) >= NEAR_OBJECTIVE;
  const byId = (accept: (p: Side, c: Side) => boolean, rule: MatchRule): void => {
    const open = new Map<string, Side>();
    for (const p of ps)
      if (!p.matched && p.item.itemId !== "" && !open.has(p.item.itemId))
        open.set(p.item.itemId, p);
    for (const c of cs) {
      const p = c.matched ? undefined : open.get(c.item.itemId);
      if (p !== undefined && !p.matched && accept(p, c)) take(p, c, rule);
    }
  };
  byId((p, c) => same(p, c) || near(p, c), "id");
  const open = new Map<string, Side>();
  for (const p of ps) if (!p.matched && p.key !== "" && !open.has(p.key)) open.set(p.key, p);
  for (const c of cs) {
    const p = c.matched ? undefined : open.get(c.key);
    if (p !== undefined && !p.matched) take(p, c, "objective");
  }
  byId(() => true, "id-objective-changed");

  const restP = ps.filter((p) => !p.matched);
  const restC = cs.filter((c) => !c.matched);
  if (restP.length * restC.length > MAX_NEAR_PAIRS) return { pairs, nearSkipped: true };
  const candidates: { p: Side; c: Side; score: number; order: number }[] = [];
  restP.forEach((p, i) =>
    restC.forEach((c, j) => {
      const score = dice(p.words, c.words);
      if (score >= NEAR_OBJECTIVE) candidates.push({ p, c, score, order: i * restC.length + j });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  for (const { p, c } of candidates) if (!p.matched && !c.matched) take(p, c, "objective-near");
  return { pairs, nearSkipped: false };
}

/** A status reported now that differs from before; an empty status now tells nothing new. */
function statusChanged(before: RoundItem, now: RoundItem): boolean {
  return (
    now.implementationStatus !== null && now.implementationStatus !== before.implementationStatus
  );
}

function groupByRegion(items: readonly RoundItem[]): Map<string, RoundItem[]> {
  const map = new Map<string, RoundItem[]>();
  for (const item of items) map.set(item.region, [...(map.get(item.region) ?? []), item]);
  return map;
}

function funding(now: readonly RoundItem[], before: readonly RoundItem[]): FundingChange {
  return {
    akkeCents: sumCents(now.map((i) => i.akkeCents)),
    akkePreviousCents: sumCents(before.map((i) => i.akkeCents)),
    otherCents: sumCents(now.map((i) => i.otherCents)),
    otherPreviousCents: sumCents(before.map((i) => i.otherCents)),
  };
}

function themesOf(items: readonly RoundItem[]): Set<string> {
  return new Set(items.map((i) => i.theme).filter((t): t is string => t !== null));
}

/**
 * The change since the previous round (docs/design.md § 7.1): items new, dropped and continued
 * (with the rule that matched them), status and indicator changes, themes added and dropped
 * per region, AKKE and other funding by region and theme against the previous round.
 * Regions that have no proposal now are listed, their items not counted as dropped.
 */
export function compareRounds(
  previous: PreviousSummary,
  consolidation: Consolidation,
  settings: RoundSettings,
): RoundComparison {
  const now = currentItems(consolidation);
  const nowBy = groupByRegion(now);
  const beforeBy = groupByRegion(previous.items);
  const regions = [...new Set([...nowBy.keys(), ...beforeBy.keys()])].sort(compareRegions);

  const added: RoundItem[] = [];
  const dropped: RoundItem[] = [];
  const continued: ContinuedItem[] = [];
  const notCompared: RoundItem[] = [];
  const nearMatchingSkipped: string[] = [];
  const regionChanges: RegionChange[] = [];
  for (const region of regions) {
    const c = nowBy.get(region) ?? [];
    const p = beforeBy.get(region) ?? [];
    const inBoth = nowBy.has(region) && beforeBy.has(region);
    let own = {
      pairs: [] as { p: RoundItem; c: RoundItem; rule: MatchRule }[],
      nearSkipped: false,
    };
    if (inBoth) own = matchRegion(p, c);
    if (own.nearSkipped) nearMatchingSkipped.push(region);
    const matchedNow = new Set(own.pairs.map((x) => x.c));
    const matchedBefore = new Set(own.pairs.map((x) => x.p));
    const regionNew = c.filter((i) => !matchedNow.has(i));
    const regionDropped = nowBy.has(region) ? p.filter((i) => !matchedBefore.has(i)) : [];
    if (!nowBy.has(region)) notCompared.push(...p);
    added.push(...regionNew);
    dropped.push(...regionDropped);
    const order = new Map(c.map((item, i) => [item, i]));
    for (const pair of [...own.pairs].sort((a, b) => (order.get(a.c) ?? 0) - (order.get(b.c) ?? 0)))
      continued.push({
        previous: pair.p,
        current: pair.c,
        rule: pair.rule,
        statusChanged: statusChanged(pair.p, pair.c),
        indicatorChanged: pair.c.progress !== "" && pair.c.progress !== pair.p.progress,
      });
    const themesNow = themesOf(c);
    const themesBefore = themesOf(p);
    regionChanges.push({
      region,
      now: nowBy.has(region),
      previous: beforeBy.has(region),
      items: c.length,
      itemsPrevious: p.length,
      new: regionNew.length,
      dropped: regionDropped.length,
      continued: own.pairs.length,
      themesAdded: inBoth ? [...themesNow].filter((t) => !themesBefore.has(t)) : [],
      themesDropped: inBoth ? [...themesBefore].filter((t) => !themesNow.has(t)) : [],
      ...funding(c, p),
    });
  }

  const rank = new Map(roundThemes(settings).map((t, i) => [t.code, i]));
  const themeKey = (t: string | null): string => t ?? "";
  const themeCodes = new Map<string, string | null>();
  for (const i of [...now, ...previous.items]) themeCodes.set(themeKey(i.theme), i.theme);
  const themes: ThemeChange[] = [...themeCodes.values()]
    .sort((a, b) => compareThemeCodes(a, b, rank))
    .map((theme) => ({
      theme,
      ...funding(
        now.filter((i) => i.theme === theme),
        previous.items.filter((i) => i.theme === theme),
      ),
    }));
  const sortThemes = (list: readonly string[]): string[] =>
    [...list].sort((a, b) => compareThemeCodes(a, b, rank));

  return {
    file: previous.file,
    previousLang: previous.lang,
    new: added,
    dropped,
    continued,
    notCompared,
    regions: regionChanges.map((r) => ({
      ...r,
      themesAdded: sortThemes(r.themesAdded),
      themesDropped: sortThemes(r.themesDropped),
    })),
    themes,
    totals: funding(now, previous.items),
    nearMatchingSkipped,
  };
}
