import type {
  FundingLine,
  Item,
  RegionProposal,
  RoundSettings,
} from "../../../../src/core/model/round";
import { defaultSettings } from "../../../../src/core/rules/round/defaults";
import { regionRules, type ProposalCells } from "../../../../src/core/rules/round/regionRules";
import { issueMessage } from "../../../../src/core/rules/issueMessage";
import { item as fixtureItem } from "../../consolidate/fixtures";

function item(itemId: string, level: string, row: number): Item {
  return fixtureItem(
    itemId,
    {
      source: { file: "a.xlsx", sheet: "Esitys", row },
      theme: "accessibility",
      objective: "Tavoite",
      nationalMeasure: "Toimenpide",
      level,
      leadMinistry: "LVM",
    },
    row,
  );
}

function line(
  itemId: string,
  source: string,
  euros: Record<number, number>,
  row: number,
): FundingLine {
  const years = Object.entries(euros).map(([year, e]) => ({
    year: Number(year),
    cents: Math.round(e * 100),
  }));
  return {
    source: { file: "a.xlsx", sheet: "Esitys", row },
    itemId,
    fundingSource: source,
    years,
    totalCents: years.reduce((s, y) => s + y.cents, 0),
  };
}

function proposal(over: Partial<RegionProposal> = {}): RegionProposal {
  return {
    file: "a.xlsx",
    sheet: "Esitys",
    lang: "fi",
    region: "MK02",
    period: { start: 2026, end: 2028 },
    contact: "",
    date: null,
    round: "",
    items: [item("1", "regional", 10), item("2", "national", 11)],
    funding: [
      line("1", "akke", { 2026: 400_000, 2027: 200_000 }, 20),
      line("1", "region", { 2026: 150_000 }, 21),
      line("2", "state-other", { 2026: 100_000 }, 22),
    ],
    ...over,
  };
}

const CELLS: ProposalCells = {
  region: { row: 0, col: 1 },
  itemIdCol: 0,
  sourceCol: 1,
  yearCols: new Map([
    [2026, 2],
    [2027, 3],
    [2028, 4],
    [2029, 5],
  ]),
};

function settings(over: Partial<RoundSettings> = {}): RoundSettings {
  return {
    ...defaultSettings(),
    fromWorkbook: true,
    budgetYear: 2026,
    allocations: [{ region: "MK02", cents: 60_000_000, maxShare: null }],
    ...over,
  };
}

const rules = (s: RoundSettings, ...ps: RegionProposal[]) =>
  regionRules(
    ps.map((proposal) => ({ proposal, cells: CELLS })),
    s,
  );

describe("region-level AKKE rules", () => {
  it("finds nothing when AKKE meets the allocation within the share, years and levels", () => {
    expect(rules(settings(), proposal()).issues).toEqual([]);
  });

  it("FUND-AKKE-OVER-ALLOCATION with the excess stated", () => {
    const r = rules(
      settings({ allocations: [{ region: "MK02", cents: 50_000_000, maxShare: null }] }),
      proposal(),
    );
    const issue = r.issues.find((i) => i.rule === "FUND-AKKE-OVER-ALLOCATION");
    expect(issue).toMatchObject({ cell: null, region: "MK02", params: { excessEuros: 100_000 } });
    expect(issueMessage(issue!, "fi")).toBe(
      "Varsinais-Suomen AKKE-rahoitus (600\u00a0000\u00a0euroa) ylittää sen AKKE-jaon 100\u00a0000\u00a0eurolla.",
    );
    expect(issueMessage(issue!, "sv")).toBe(
      "AKKE-finansieringen för Egentliga Finland (600\u00a0000\u00a0euro) överskrider landskapets AKKE-fördelning med 100\u00a0000\u00a0euro.",
    );
    expect(issueMessage(issue!, "en")).toBe(
      "The AKKE funding of Southwest Finland (EUR 600,000) exceeds its AKKE allocation by EUR 100,000.",
    );
  });

  it("FUND-AKKE-UNDER-ALLOCATION with the remainder stated", () => {
    const r = rules(
      settings({ allocations: [{ region: "MK02", cents: 70_000_050, maxShare: null }] }),
      proposal(),
    );
    expect(
      r.issues.find((i) => i.rule === "FUND-AKKE-UNDER-ALLOCATION")?.params.remainderEuros,
    ).toBe(100_000.5);
  });

  it("counts only `akke` against the allocation, not `akke-own`", () => {
    const p = proposal({
      funding: [...proposal().funding, line("2", "akke-own", { 2026: 1 }, 23)],
    });
    expect(rules(settings(), p).issues.map((i) => i.rule)).not.toContain(
      "FUND-AKKE-OVER-ALLOCATION",
    );
  });

  it("FUND-AKKE-SHARE over the round's maximum, at the item", () => {
    const p = proposal({
      funding: [
        line("1", "akke", { 2026: 500_000, 2027: 100_000 }, 20),
        line("1", "own", { 2026: 100_000 }, 21),
      ],
    });
    const issue = rules(settings(), p).issues.find((i) => i.rule === "FUND-AKKE-SHARE");
    expect(issue).toMatchObject({ cell: "A11", value: "1" });
  });

  it("FUND-AKKE-SHARE counts akke-own with akke and uses the region's own maximum", () => {
    const p = proposal({
      funding: [
        line("1", "akke", { 2026: 300_000 }, 20),
        line("1", "akke-own", { 2026: 300_000 }, 21),
        line("1", "region", { 2026: 150_000 }, 22),
      ],
    });
    expect(rules(settings(), p).issues.map((i) => i.rule)).toContain("FUND-AKKE-UNDER-ALLOCATION");
    expect(rules(settings(), p).issues.map((i) => i.rule)).not.toContain("FUND-AKKE-SHARE");
    const strict = settings({
      allocations: [{ region: "MK02", cents: 30_000_000, maxShare: 0.7 }],
    });
    expect(rules(strict, p).issues.map((i) => i.rule)).toContain("FUND-AKKE-SHARE");
  });

  it("FUND-AKKE-YEAR after the budget year + 2, at the year's cell", () => {
    const p = proposal({
      funding: [
        line("1", "akke", { 2026: 300_000, 2029: 300_000 }, 20),
        line("1", "region", { 2026: 150_000 }, 21),
      ],
    });
    const years = rules(settings(), p).issues.filter((i) => i.rule === "FUND-AKKE-YEAR");
    expect(years.map((i) => [i.cell, i.params.year])).toEqual([["F21", 2029]]);
  });

  it("FUND-AKKE-NATIONAL on an item at level national only", () => {
    const p = proposal({ funding: [...proposal().funding, line("2", "akke", { 2026: 0.5 }, 23)] });
    const issue = rules(settings({ allocations: [] }), p).issues.find(
      (i) => i.rule === "FUND-AKKE-NATIONAL",
    );
    expect(issue).toMatchObject({ cell: "B24", value: "2" });
  });

  it("FUND-AKKE-NOT-ELIGIBLE for Åland, whatever the settings", () => {
    const r = rules(defaultSettings(), proposal({ region: "MK21" }));
    expect(r.issues.map((i) => i.rule)).toEqual(["FUND-AKKE-NOT-ELIGIBLE"]);
    expect(issueMessage(r.issues[0], "sv")).toContain("Åland");
  });
});

describe("rules skipped without settings", () => {
  it("skips the allocation rules and says why", () => {
    const r = rules(defaultSettings(), proposal());
    expect(r.issues).toEqual([]);
    expect(r.skipped).toEqual([
      { rule: "FUND-AKKE-OVER-ALLOCATION", reason: "noSettings" },
      { rule: "FUND-AKKE-UNDER-ALLOCATION", reason: "noSettings" },
      { rule: "FUND-AKKE-YEAR", reason: "noSettings" },
    ]);
  });

  it("still checks the maximum share with the default 80 %", () => {
    const p = proposal({
      funding: [line("1", "akke", { 2026: 900_000 }, 20), line("1", "own", { 2026: 100_000 }, 21)],
    });
    expect(rules(defaultSettings(), p).issues.map((i) => i.rule)).toEqual(["FUND-AKKE-SHARE"]);
  });

  it("skips only the year rule when the settings lack a budget year", () => {
    expect(rules(settings({ budgetYear: null }), proposal()).skipped).toEqual([
      { rule: "FUND-AKKE-YEAR", reason: "noBudgetYear" },
    ]);
  });
});

describe("HDR-DUPLICATE-REGION", () => {
  it("reports every proposal after the first for a region, across files", () => {
    const a = proposal();
    const b = proposal({ file: "b.xlsx", sheet: "Förslag" });
    const c = proposal({ file: "c.xlsx", region: "MK19", funding: [] });
    const dups = rules(defaultSettings(), a, b, c).issues.filter(
      (i) => i.rule === "HDR-DUPLICATE-REGION",
    );
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatchObject({
      file: "b.xlsx",
      sheet: "Förslag",
      cell: "B1",
      params: { otherFile: "a.xlsx", otherSheet: "Esitys" },
    });
  });
});
