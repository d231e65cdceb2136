import type {
  FundingLine,
  Item,
  RegionProposal,
  RoundSettings,
} from "../../../src/core/model/round";
import type { Issue, Severity } from "../../../src/core/rules/issue";

export function item(itemId: string, fields: Partial<Item> = {}, row = 10): Item {
  return {
    source: { file: "round.xlsx", sheet: "Esitys", row },
    itemId,
    theme: "rdi",
    crossCutting: [],
    programmePriority: "",
    objective: `Objective ${itemId}`,
    regionalNeed: "",
    nationalMeasure: "",
    regionCommitment: "",
    level: "regional",
    leadMinistry: "TEM",
    otherMinistries: [],
    regionalActors: "",
    legislation: "",
    statute: "",
    expertSupport: "",
    investmentNeedCents: null,
    indicator: "",
    baseline: "",
    target: "",
    targetYear: null,
    discussionStatus: "proposed",
    ministryPosition: null,
    nationalFollowUp: null,
    implementationStatus: null,
    progress: "",
    notes: "",
    ...fields,
  };
}

/** A funding line; `years` as [year, cents] pairs. */
export function line(
  itemId: string,
  fundingSource: string | null,
  years: readonly (readonly [number, number])[],
): FundingLine {
  const ys = years.map(([year, cents]) => ({ year, cents }));
  return {
    source: { file: "round.xlsx", sheet: "Esitys", row: 40 },
    itemId,
    fundingSource,
    years: ys,
    totalCents: ys.reduce((s, y) => s + y.cents, 0),
  };
}

export function proposal(
  region: string | null,
  items: readonly Item[],
  funding: readonly FundingLine[],
  more: Partial<RegionProposal> = {},
): RegionProposal {
  const sheet = more.sheet ?? `Esitys ${region ?? "?"}`;
  const withSheet = (i: Item): Item => ({
    ...i,
    source: { ...i.source, file: more.file ?? "round.xlsx", sheet },
  });
  return {
    file: "round.xlsx",
    sheet,
    lang: "fi",
    region,
    period: { start: 2026, end: 2028 },
    contact: "",
    date: null,
    round: "2026",
    ...more,
    items: items.map(withSheet),
    funding,
  };
}

export function settings(more: Partial<RoundSettings> = {}): RoundSettings {
  return {
    fromWorkbook: true,
    round: "ALKE 2026",
    referenceNumber: "VN/1234/2026",
    legalBasis: "",
    period: { start: 2026, end: 2028 },
    budgetYear: 2026,
    envelopeCents: 16_000_000_00,
    maxShare: 0.8,
    maxThemes: 3,
    deadline: null,
    allocations: [],
    themes: null,
    ...more,
  };
}

export function issue(region: string, severity: Severity, rule = "X"): Issue {
  return {
    rule,
    severity,
    file: "round.xlsx",
    sheet: null,
    cell: null,
    value: null,
    region,
    params: {},
    fix: null,
  };
}
