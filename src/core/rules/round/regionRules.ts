import type { CellRef } from "../../model/address";
import type { FundingLine, RegionProposal, RoundSettings } from "../../model/round";
import {
  AKKE_ALLOCATION_SOURCE,
  isAkkeSupport,
  isEligibleRegion,
  isRegionCode,
} from "../../vocabulary";
import { centsToEuros } from "../../locale/money";
import { firstPerRegion } from "../../model/firstPerRegion";
import type { RuleId } from "../catalogue";
import type { Issue } from "../issue";
import { makeIssue } from "./issues";

/** Where a proposal's cells lie, so that region-level findings about a row point at a cell. */
export interface ProposalCells {
  /** The region's value cell in the header block. */
  readonly region: CellRef | null;
  /** Columns: the items table's item id, the funding table's source. */
  readonly itemIdCol: number | null;
  readonly sourceCol: number | null;
  /** Funding year → column. */
  readonly yearCols: ReadonlyMap<number, number>;
}

export interface ProposalInRound {
  readonly proposal: RegionProposal;
  readonly cells?: ProposalCells;
}

export type SkipReason = "noSettings" | "noBudgetYear";

export interface SkippedRule {
  readonly rule: RuleId;
  readonly reason: SkipReason;
}

export interface RegionRulesResult {
  readonly issues: readonly Issue[];
  readonly skipped: readonly SkippedRule[];
}

/** Rules that need the round's allocation table. */
export const ALLOCATION_RULES: readonly RuleId[] = [
  "FUND-AKKE-OVER-ALLOCATION",
  "FUND-AKKE-UNDER-ALLOCATION",
];

function isAkke(line: FundingLine): boolean {
  return isAkkeSupport(line.fundingSource);
}

/**
 * The rules over whole regions and across proposals (docs/design.md § 6): AKKE against the
 * allocation, the maximum share, the budget year and the level; Åland; two proposals for
 * one region. Rules needing settings the round does not have are skipped and listed.
 */
export function regionRules(
  proposals: readonly ProposalInRound[],
  settings: RoundSettings,
): RegionRulesResult {
  const issues: Issue[] = [];
  const skipped: SkippedRule[] = [];
  if (!settings.fromWorkbook)
    for (const rule of ALLOCATION_RULES) skipped.push({ rule, reason: "noSettings" });
  if (settings.budgetYear === null)
    skipped.push({
      rule: "FUND-AKKE-YEAR",
      reason: settings.fromWorkbook ? "noBudgetYear" : "noSettings",
    });

  for (const entry of proposals) issues.push(...akkeRules(entry, settings));
  issues.push(...duplicateRegions(proposals));
  return { issues, skipped };
}

function akkeRules({ proposal, cells }: ProposalInRound, settings: RoundSettings): Issue[] {
  const issues: Issue[] = [];
  const region = proposal.region;
  const place = (at: CellRef | null) => ({
    file: proposal.file,
    sheet: proposal.sheet,
    at,
    region,
  });
  const at = (row: number, col: number | null | undefined): CellRef | null =>
    col === null || col === undefined ? null : { row, col };

  const akkeLines = proposal.funding.filter(isAkke);
  const allocationCents = sum(
    proposal.funding
      .filter((l) => l.fundingSource === AKKE_ALLOCATION_SOURCE)
      .map((l) => l.totalCents),
  );
  const supportCents = sum(akkeLines.map((l) => l.totalCents));

  if (region !== null && isRegionCode(region) && !isEligibleRegion(region)) {
    if (supportCents !== 0)
      issues.push(
        makeIssue("FUND-AKKE-NOT-ELIGIBLE", place(null), {
          value: centsToEuros(supportCents),
          params: { region, akkeEuros: centsToEuros(supportCents) },
        }),
      );
  } else if (region !== null && settings.fromWorkbook) {
    const allocation = settings.allocations.find((a) => a.region === region);
    const allocated = allocation?.cents ?? 0;
    const params = {
      region,
      akkeEuros: centsToEuros(allocationCents),
      allocationEuros: centsToEuros(allocated),
    };
    if (allocationCents > allocated)
      issues.push(
        makeIssue("FUND-AKKE-OVER-ALLOCATION", place(null), {
          value: centsToEuros(allocationCents),
          params: { ...params, excessEuros: centsToEuros(allocationCents - allocated) },
        }),
      );
    else if (allocationCents < allocated)
      issues.push(
        makeIssue("FUND-AKKE-UNDER-ALLOCATION", place(null), {
          value: centsToEuros(allocationCents),
          params: { ...params, remainderEuros: centsToEuros(allocated - allocationCents) },
        }),
      );
  }

  const levels = new Map(proposal.items.map((item) => [item.itemId, item]));
  const maxShare =
    settings.allocations.find((a) => a.region === region)?.maxShare ?? settings.maxShare;
  const linesOf = new Map<string, FundingLine[]>();
  for (const line of proposal.funding) {
    const list = linesOf.get(line.itemId);
    if (list) list.push(line);
    else linesOf.set(line.itemId, [line]);
  }
  for (const item of proposal.items) {
    const lines = linesOf.get(item.itemId) ?? [];
    const total = sum(lines.map((l) => l.totalCents));
    const akke = sum(lines.filter(isAkke).map((l) => l.totalCents));
    if (total > 0 && akke > 0 && akke / total > maxShare + 1e-12)
      issues.push(
        makeIssue("FUND-AKKE-SHARE", place(at(item.source.row, cells?.itemIdCol)), {
          value: item.itemId,
          params: {
            item: item.itemId,
            sharePercent: akke / total,
            maxSharePercent: maxShare,
            akkeEuros: centsToEuros(akke),
            totalEuros: centsToEuros(total),
          },
        }),
      );
  }

  for (const line of akkeLines) {
    const item = levels.get(line.itemId);
    if (item?.level === "national" && line.totalCents !== 0)
      issues.push(
        makeIssue("FUND-AKKE-NATIONAL", place(at(line.source.row, cells?.sourceCol)), {
          value: line.itemId,
          params: { item: line.itemId },
        }),
      );
    if (settings.budgetYear === null) continue;
    const lastYear = settings.budgetYear + 2;
    for (const year of line.years) {
      if (year.year > lastYear && year.cents !== 0)
        issues.push(
          makeIssue("FUND-AKKE-YEAR", place(at(line.source.row, cells?.yearCols.get(year.year))), {
            value: centsToEuros(year.cents),
            params: {
              item: line.itemId,
              year: year.year,
              budgetYear: settings.budgetYear,
              lastYear,
            },
          }),
        );
    }
  }
  return issues;
}

/** HDR-DUPLICATE-REGION: every proposal after the first for its region, across sheets and files. */
function duplicateRegions(proposals: readonly ProposalInRound[]): Issue[] {
  const { later } = firstPerRegion(proposals, (p) => p.proposal.region);
  return later.map(({ entry: { proposal, cells }, region, first: { proposal: earlier } }) =>
    makeIssue(
      "HDR-DUPLICATE-REGION",
      { file: proposal.file, sheet: proposal.sheet, at: cells?.region ?? null, region },
      { value: region, params: { region, otherFile: earlier.file, otherSheet: earlier.sheet } },
    ),
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
