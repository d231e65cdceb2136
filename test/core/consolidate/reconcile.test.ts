import fc from "fast-check";
import { consolidate } from "../../../src/core/consolidate/consolidate";
import type { Money } from "../../../src/core/consolidate/types";
import type { RegionProposal } from "../../../src/core/model/round";
import { item, line, proposal, settings } from "./fixtures";

const REGIONS = ["MK01", "MK02", "MK09", "MK19", "MK21"];
const THEMES = ["rdi", "wellbeing", "accessibility", "not-a-theme", null];
const SOURCES = ["akke", "akke-own", "eu-structural", "private", null];
const MINISTRIES = ["TEM", "LVM", "OKM", null];
const ITEM_IDS = ["1", "2", "3", "4"];

const regionProposal: fc.Arbitrary<RegionProposal> = fc
  .record({
    region: fc.option(fc.constantFrom(...REGIONS), { nil: null, freq: 8 }),
    items: fc.array(
      fc.record({
        id: fc.constantFrom(...ITEM_IDS),
        theme: fc.constantFrom(...THEMES),
        lead: fc.constantFrom(...MINISTRIES),
        others: fc.subarray(["TEM", "LVM", "YM"]),
        level: fc.constantFrom("national", "regional", "interregional", "both", null),
        investment: fc.option(fc.integer({ min: 0, max: 10_000_000_00 }), { nil: null }),
      }),
      { maxLength: 5 },
    ),
    lines: fc.array(
      fc.record({
        // "9" names no item: its money must still be counted (in the no-theme bucket).
        id: fc.constantFrom(...ITEM_IDS, "9"),
        source: fc.constantFrom(...SOURCES),
        years: fc.array(
          fc.tuple(fc.integer({ min: 2025, max: 2031 }), fc.integer({ min: 0, max: 5_000_000_99 })),
          { maxLength: 4 },
        ),
      }),
      { maxLength: 8 },
    ),
    sheet: fc.constantFrom("A", "B", "C"),
  })
  .map(({ region, items, lines, sheet }) =>
    proposal(
      region,
      items.map((i) =>
        item(i.id, {
          theme: i.theme,
          leadMinistry: i.lead,
          otherMinistries: i.others,
          level: i.level,
          investmentNeedCents: i.investment,
        }),
      ),
      lines.map((l) => line(l.id, l.source, l.years)),
      { sheet },
    ),
  );

function sum(parts: readonly Money[]): Money {
  return parts.reduce(
    (a, m) => ({
      akkeCents: a.akkeCents + m.akkeCents,
      otherCents: a.otherCents + m.otherCents,
      totalCents: a.totalCents + m.totalCents,
    }),
    { akkeCents: 0, otherCents: 0, totalCents: 0 },
  );
}

const money = (m: Money): Money => ({
  akkeCents: m.akkeCents,
  otherCents: m.otherCents,
  totalCents: m.totalCents,
});

describe("consolidate: every view reconciles to the cent", () => {
  test("by region, theme, theme group, year, source and the matrix all sum to the totals", () => {
    fc.assert(
      fc.property(fc.array(regionProposal, { maxLength: 8 }), (proposals) => {
        const c = consolidate(proposals, settings(), []);
        const totals = money(c.totals);
        expect(totals.akkeCents + totals.otherCents).toBe(totals.totalCents);
        expect(sum(c.regions)).toEqual(totals);
        expect(sum(c.themes)).toEqual(totals);
        expect(sum(c.themeGroups)).toEqual(totals);
        expect(sum(c.byYear)).toEqual(totals);
        expect(c.bySource.reduce((s, x) => s + x.cents, 0)).toBe(totals.totalCents);
        expect(c.bySource.find((x) => x.source === "akke")?.cents ?? 0).toBe(totals.akkeCents);
        const cells = c.matrix.cells.flat();
        expect(cells.reduce((s, x) => s + x.akkeCents, 0)).toBe(totals.akkeCents);
        expect(cells.reduce((s, x) => s + x.items, 0)).toBe(c.totals.items);
        expect(c.themes.reduce((s, t) => s + t.items, 0)).toBe(c.totals.items);
        expect(c.regions.reduce((s, r) => s + r.items, 0)).toBe(c.totals.items);
        expect(c.investment.byRegion.reduce((s, r) => s + r.cents, 0)).toBe(
          c.totals.investmentNeedCents,
        );
        expect(c.investment.byTheme.reduce((s, r) => s + r.cents, 0)).toBe(
          c.totals.investmentNeedCents,
        );
        for (const value of [totals.akkeCents, totals.otherCents, totals.totalCents])
          expect(Number.isInteger(value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("one region counted once however many proposals it has; the same input gives the same output", () => {
    fc.assert(
      fc.property(fc.array(regionProposal, { maxLength: 8 }), (proposals) => {
        const c = consolidate(proposals, settings(), []);
        const codes = c.regions.map((r) => r.region);
        expect(new Set(codes).size).toBe(codes.length);
        const named = proposals.filter((p) => p.region !== null);
        expect(codes.length + c.duplicates.reduce((s, d) => s + d.leftOut.length, 0)).toBe(
          named.length,
        );
        expect(c.submitted + c.missingRegions.length).toBe(18);
        expect(consolidate(proposals, settings(), [])).toEqual(c);
      }),
      { numRuns: 200 },
    );
  });
});
