import type { FundingLine, Item, RegionProposal, RoundSettings } from "../model/round";
import type { Issue } from "../rules/issue";
import type { FileReport } from "../rules/validateRound";
import { ELIGIBLE_REGION_CODES, isEligibleRegion, regionInFileName } from "../vocabulary/regions";
import { matchKey } from "../text/normalise";
import { firstPerRegion } from "../model/firstPerRegion";
import { roundThemes } from "../vocabulary/roundThemes";
import { addCents, sumCents } from "../locale/money";
import { AKKE_ALLOCATION_SOURCE } from "../vocabulary/fundingSources";
import { addMoney, lineCents, lineMoney, sourceMoney, sumMoney, ZERO } from "./money";
import type {
  Consolidation,
  ConsolidatedItem,
  DuplicateProposals,
  FileNotRead,
  InvestmentNeeds,
  LegislationGroup,
  MatrixCell,
  MinistrySummary,
  Money,
  ProposalRef,
  RegionItem,
  RegionSummary,
  RegionThemeMatrix,
  SourceFunding,
  ThemeGroup,
  ThemeGroupSummary,
  ThemeSummary,
  YearFunding,
} from "./types";
import { compareMinistries, compareRegions, compareSources, compareStatutes } from "./vocab";

const NATIONAL_LEVELS = new Set(["national", "interregional", "both"]);
const GROUPS: readonly ThemeGroup[] = ["priority", "precondition", "topic"];

/** One counted proposal with its items and funding resolved. */
interface Counted {
  readonly proposal: RegionProposal & { readonly region: string };
  readonly items: readonly Item[];
  /** Each funding line with the theme of the item it names (null when none or unknown). */
  readonly lines: readonly {
    readonly line: FundingLine;
    readonly theme: string | null;
    readonly item: Item | null;
  }[];
}

/**
 * Consolidates the proposals of a round (docs/design.md § 7): pure and deterministic. Every money
 * view is summed in integer cents from the same funding lines, so all of them reconcile with
 * the totals to the cent.
 */
export function consolidate(
  proposals: readonly RegionProposal[],
  settings: RoundSettings,
  issues: readonly Issue[],
  files: readonly FileReport[] = [],
): Consolidation {
  const { counted, duplicates, unassigned } = pickProposals(proposals);
  const themeList = roundThemes(settings);
  const groupOf = new Map(themeList.map((t) => [t.code, t.group]));
  const themeRank = new Map(themeList.map((t, i) => [t.code, i]));
  const compareThemes = (a: string | null, b: string | null): number =>
    compareThemeCodes(a, b, themeRank);

  const regions = counted.map((c) => regionSummary(c, settings, issues));
  const eligible = ELIGIBLE_REGION_CODES;
  const present = new Set(regions.map((r) => r.region));
  const filesNotRead = notRead(files, issues, present);
  const named = new Set(filesNotRead.map((f) => f.region));
  const regionItems: RegionItem[] = counted.flatMap((c) =>
    c.items.map((item) => ({ region: c.proposal.region, item })),
  );
  const allLines = counted.flatMap((c) =>
    c.lines.map((l) => ({ ...l, region: c.proposal.region })),
  );

  const money = sumMoney(regions);
  const allocatedCents = sumCents(settings.allocations.map((a) => a.cents));
  const investmentNeedCents = sumCents(regionItems.map((ri) => ri.item.investmentNeedCents ?? 0));

  return {
    regions,
    submitted: eligible.filter((r) => present.has(r)).length,
    eligibleCount: eligible.length,
    missingRegions: eligible.filter((r) => !present.has(r) && !named.has(r)),
    filesNotRead,
    duplicates,
    unassigned,
    totals: {
      ...money,
      envelopeCents: settings.envelopeCents,
      allocatedCents,
      envelopeRemainingCents: settings.envelopeCents - money.akkeCents,
      investmentNeedCents,
      items: regionItems.length,
      leverage: money.akkeCents === 0 ? null : money.otherCents / money.akkeCents,
    },
    themes: themeSummaries(regionItems, allLines, groupOf, compareThemes),
    themeGroups: groupSummaries(regionItems, allLines, groupOf),
    matrix: regionThemeMatrix(regions, regionItems, allLines, compareThemes),
    investment: investmentNeeds(regions, regionItems, compareThemes),
    ministries: ministrySummaries(regionItems),
    nationalQuestions: regionItems
      .filter((ri) => ri.item.level !== null && NATIONAL_LEVELS.has(ri.item.level))
      .sort(
        (a, b) =>
          compareMinistries(a.item.leadMinistry, b.item.leadMinistry) ||
          compareRegions(a.region, b.region),
      ),
    legislation: legislationGroups(regionItems),
    expertSupport: regionItems.filter((ri) => ri.item.expertSupport.trim() !== ""),
    monitoring: regionItems,
    items: consolidatedItems(counted),
    byYear: fundingByYear(allLines.map((l) => l.line)),
    bySource: fundingBySource(allLines.map((l) => l.line)),
  };
}

/**
 * Files with no proposal (unreadable, or readable with nothing to count), each with its
 * FILE-* issue and the region its name names where no proposal of that region was counted.
 */
function notRead(
  files: readonly FileReport[],
  issues: readonly Issue[],
  present: ReadonlySet<string>,
): FileNotRead[] {
  const found: FileNotRead[] = [];
  for (const f of files) {
    if (f.sheets.length > 0) continue;
    const reason = issues.find(
      (i) => i.file === f.file && (i.rule === "FILE-UNREADABLE" || i.rule === "FILE-NO-PROPOSAL"),
    );
    if (!reason) continue;
    const region = regionInFileName(f.file);
    found.push({
      file: f.file,
      region: region !== null && !present.has(region) ? region : null,
      reason,
    });
  }
  return found;
}

/** Keeps the first proposal of each region (input order is file then sheet order). */
function pickProposals(proposals: readonly RegionProposal[]): {
  counted: Counted[];
  duplicates: DuplicateProposals[];
  unassigned: ProposalRef[];
} {
  const unassigned: ProposalRef[] = proposals
    .filter((p) => p.region === null)
    .map((p) => ({ file: p.file, sheet: p.sheet }));
  const { first, later } = firstPerRegion(proposals, (p) => p.region);
  const leftOut = new Map<string, ProposalRef[]>();
  for (const { entry: p, region } of later)
    leftOut.set(region, [...(leftOut.get(region) ?? []), { file: p.file, sheet: p.sheet }]);
  const kept = [...first.entries()]
    .map(([region, p]) => ({ ...p, region }))
    .sort((a, b) => compareRegions(a.region, b.region));
  const duplicates = [...leftOut.entries()]
    .sort(([a], [b]) => compareRegions(a, b))
    .map(([region, refs]) => {
      const k = first.get(region);
      return { region, kept: { file: k?.file ?? "", sheet: k?.sheet ?? "" }, leftOut: refs };
    });
  return { counted: kept.map(resolve), duplicates, unassigned };
}

function resolve(proposal: RegionProposal & { readonly region: string }): Counted {
  const byId = new Map<string, Item>();
  for (const item of proposal.items) if (!byId.has(item.itemId)) byId.set(item.itemId, item);
  const lines = proposal.funding.map((line) => {
    const item = byId.get(line.itemId) ?? null;
    return { line, item, theme: item?.theme ?? null };
  });
  return { proposal, items: proposal.items, lines };
}

function regionSummary(
  c: Counted,
  settings: RoundSettings,
  issues: readonly Issue[],
): RegionSummary {
  const { proposal } = c;
  const money = sumMoney(c.lines.map((l) => lineMoney(l.line)));
  const allocation = settings.allocations.find((a) => a.region === proposal.region) ?? null;
  const own = issues.filter((i) => i.region === proposal.region);
  const errors = own.filter((i) => i.severity === "error").length;
  const received = proposal.date;
  return {
    region: proposal.region,
    eligible: isEligibleRegion(proposal.region),
    file: proposal.file,
    sheet: proposal.sheet,
    received,
    late:
      received !== null &&
      settings.deadline !== null &&
      Math.floor(received) > Math.floor(settings.deadline),
    items: c.items.length,
    themes: new Set(c.items.map((i) => i.theme).filter((t): t is string => t !== null)).size,
    ...money,
    allocationCents: allocation?.cents ?? null,
    differenceCents: allocation === null ? null : allocation.cents - money.akkeCents,
    errors,
    warnings: own.filter((i) => i.severity === "warning").length,
    flagged: errors > 0,
  };
}

export function compareThemeCodes(
  a: string | null,
  b: string | null,
  rank: ReadonlyMap<string, number>,
): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : 1;
}

type Line = { readonly line: FundingLine; readonly theme: string | null; readonly region: string };

function keyOf(theme: string | null): string {
  return theme ?? "\u0000none";
}

function themeSummaries(
  items: readonly RegionItem[],
  lines: readonly Line[],
  groupOf: ReadonlyMap<string, ThemeGroup>,
  compareThemes: (a: string | null, b: string | null) => number,
): ThemeSummary[] {
  const acc = new Map<
    string,
    { theme: string | null; money: Money; regions: Set<string>; items: number; leads: Set<string> }
  >();
  const entry = (theme: string | null) => {
    const key = keyOf(theme);
    let e = acc.get(key);
    if (!e) {
      e = { theme, money: ZERO, regions: new Set(), items: 0, leads: new Set() };
      acc.set(key, e);
    }
    return e;
  };
  for (const { region, item } of items) {
    const e = entry(item.theme);
    e.items += 1;
    e.regions.add(region);
    if (item.leadMinistry !== null) e.leads.add(item.leadMinistry);
  }
  for (const l of lines) {
    const e = entry(l.theme);
    e.money = addMoney(e.money, lineMoney(l.line));
  }
  return [...acc.values()]
    .sort((a, b) => compareThemes(a.theme, b.theme))
    .map((e) => ({
      theme: e.theme,
      group: e.theme === null ? null : (groupOf.get(e.theme) ?? null),
      regions: e.regions.size,
      items: e.items,
      ...e.money,
      leadMinistries: [...e.leads].sort(compareMinistries),
    }));
}

function groupSummaries(
  items: readonly RegionItem[],
  lines: readonly Line[],
  groupOf: ReadonlyMap<string, ThemeGroup>,
): ThemeGroupSummary[] {
  const groupFor = (theme: string | null): ThemeGroup | null =>
    theme === null ? null : (groupOf.get(theme) ?? null);
  const acc = new Map<ThemeGroup | null, { money: Money; regions: Set<string>; items: number }>();
  for (const g of [...GROUPS, null]) acc.set(g, { money: ZERO, regions: new Set(), items: 0 });
  for (const { region, item } of items) {
    const e = acc.get(groupFor(item.theme));
    if (!e) continue;
    e.items += 1;
    e.regions.add(region);
  }
  for (const l of lines) {
    const e = acc.get(groupFor(l.theme));
    if (e) e.money = addMoney(e.money, lineMoney(l.line));
  }
  return [...acc.entries()]
    .filter(([group, e]) => group !== null || e.items > 0 || e.money.totalCents !== 0)
    .map(([group, e]) => ({ group, regions: e.regions.size, items: e.items, ...e.money }));
}

function regionThemeMatrix(
  regions: readonly RegionSummary[],
  items: readonly RegionItem[],
  lines: readonly Line[],
  compareThemes: (a: string | null, b: string | null) => number,
): RegionThemeMatrix {
  const themeKeys = new Map<string, string | null>();
  for (const { item } of items) themeKeys.set(keyOf(item.theme), item.theme);
  for (const l of lines) themeKeys.set(keyOf(l.theme), l.theme);
  const themes = [...themeKeys.values()].sort(compareThemes);
  const col = new Map(themes.map((t, i) => [keyOf(t), i]));
  const row = new Map(regions.map((r, i) => [r.region, i]));
  const cells: { akkeCents: number; items: number }[][] = regions.map(() =>
    themes.map(() => ({ akkeCents: 0, items: 0 })),
  );
  for (const { region, item } of items) {
    const r = row.get(region);
    const c = col.get(keyOf(item.theme));
    if (r !== undefined && c !== undefined) cells[r][c].items += 1;
  }
  for (const l of lines) {
    const r = row.get(l.region);
    const c = col.get(keyOf(l.theme));
    if (r !== undefined && c !== undefined && l.line.fundingSource === AKKE_ALLOCATION_SOURCE)
      cells[r][c].akkeCents = addCents(cells[r][c].akkeCents, lineCents(l.line));
  }
  return { regions: regions.map((r) => r.region), themes, cells: cells as MatrixCell[][] };
}

function investmentNeeds(
  regions: readonly RegionSummary[],
  items: readonly RegionItem[],
  compareThemes: (a: string | null, b: string | null) => number,
): InvestmentNeeds {
  const byRegion = regions.map((r) => {
    const own = items.filter(
      (ri) => ri.region === r.region && ri.item.investmentNeedCents !== null,
    );
    return {
      region: r.region,
      cents: sumCents(own.map((ri) => ri.item.investmentNeedCents ?? 0)),
      items: own.length,
    };
  });
  const themeAcc = new Map<string, { theme: string | null; cents: number; items: number }>();
  for (const { item } of items) {
    if (item.investmentNeedCents === null) continue;
    const key = keyOf(item.theme);
    const e = themeAcc.get(key) ?? { theme: item.theme, cents: 0, items: 0 };
    e.cents = addCents(e.cents, item.investmentNeedCents);
    e.items += 1;
    themeAcc.set(key, e);
  }
  return {
    byRegion,
    byTheme: [...themeAcc.values()].sort((a, b) => compareThemes(a.theme, b.theme)),
    totalCents: sumCents(byRegion.map((r) => r.cents)),
  };
}

function ministrySummaries(items: readonly RegionItem[]): MinistrySummary[] {
  const acc = new Map<string, { lead: number; participating: number; regions: Set<string> }>();
  const entry = (code: string) => {
    let e = acc.get(code);
    if (!e) {
      e = { lead: 0, participating: 0, regions: new Set() };
      acc.set(code, e);
    }
    return e;
  };
  for (const { region, item } of items) {
    if (item.leadMinistry !== null) {
      const e = entry(item.leadMinistry);
      e.lead += 1;
      e.regions.add(region);
    }
    for (const other of new Set(item.otherMinistries)) {
      if (other === item.leadMinistry) continue;
      const e = entry(other);
      e.participating += 1;
      e.regions.add(region);
    }
  }
  return [...acc.entries()]
    .sort(([a], [b]) => compareMinistries(a, b))
    .map(([ministry, e]) => {
      const regionCodes = [...e.regions].sort(compareRegions);
      return {
        ministry,
        lead: e.lead,
        participating: e.participating,
        regions: regionCodes.length,
        regionCodes,
      };
    });
}

/** Requests with the same statute (whitespace and case aside) form one group; without a statute each stands alone. */
function legislationGroups(items: readonly RegionItem[]): LegislationGroup[] {
  const byStatute = new Map<string, RegionItem[]>();
  const alone: LegislationGroup[] = [];
  for (const ri of items) {
    if (ri.item.legislation.trim() === "") continue;
    const key = matchKey(ri.item.statute);
    if (key === "") {
      alone.push({ statute: "", regions: [ri.region], entries: [ri] });
      continue;
    }
    byStatute.set(key, [...(byStatute.get(key) ?? []), ri]);
  }
  const grouped = [...byStatute.values()]
    .map((entries) => ({
      statute: entries[0].item.statute.trim().replace(/\s+/g, " "),
      regions: [...new Set(entries.map((e) => e.region))].sort(compareRegions),
      entries,
    }))
    .sort((a, b) => compareStatutes(a.statute, b.statute));
  return [...grouped, ...alone];
}

function consolidatedItems(counted: readonly Counted[]): ConsolidatedItem[] {
  return counted.flatMap((c) => {
    const linesOf = new Map<Item, Counted["lines"][number][]>();
    for (const l of c.lines) {
      if (l.item === null) continue;
      const list = linesOf.get(l.item);
      if (list) list.push(l);
      else linesOf.set(l.item, [l]);
    }
    return c.items.map((item) => {
      const funding: Record<string, number> = {};
      let totalCents = 0;
      for (const l of linesOf.get(item) ?? []) {
        const cents = lineCents(l.line);
        const key = l.line.fundingSource ?? "";
        funding[key] = addCents(funding[key] ?? 0, cents);
        totalCents = addCents(totalCents, cents);
      }
      return { region: c.proposal.region, item, funding, totalCents };
    });
  });
}

function fundingByYear(lines: readonly FundingLine[]): YearFunding[] {
  const acc = new Map<number, Money>();
  for (const line of lines) {
    for (const y of line.years) {
      acc.set(y.year, addMoney(acc.get(y.year) ?? ZERO, sourceMoney(line.fundingSource, y.cents)));
    }
  }
  return [...acc.entries()].sort(([a], [b]) => a - b).map(([year, m]) => ({ year, ...m }));
}

function fundingBySource(lines: readonly FundingLine[]): SourceFunding[] {
  const acc = new Map<string | null, number>();
  for (const line of lines)
    acc.set(line.fundingSource, addCents(acc.get(line.fundingSource) ?? 0, lineCents(line)));
  return [...acc.entries()]
    .sort(([a], [b]) => compareSources(a, b))
    .map(([source, cents]) => ({ source, cents }));
}
