import { consolidate } from "../../../src/core/consolidate/consolidate";
import { consolidationJson } from "../../../src/core/consolidate/json";
import { issue, item, line, proposal, settings } from "./fixtures";

/** A small round with hand-computed figures: two mainland regions, Åland, a duplicate, a late one, an item without theme. */
function round() {
  const mk02 = proposal(
    "MK02",
    [
      item("1.1", {
        theme: "rdi",
        level: "national",
        leadMinistry: "TEM",
        otherMinistries: ["LVM", "TEM"],
        legislation: "Muutos",
        statute: "756/2021 27 §",
        expertSupport: "Apu",
        investmentNeedCents: 500_000_00,
      }),
      item("1.2", {
        theme: "labour-availability",
        leadMinistry: "OKM",
        legislation: "Viides",
        statute: "  ",
      }),
      item("1.3", { theme: null, level: "both", leadMinistry: "LVM", otherMinistries: ["TEM"] }),
    ],
    [
      line("1.1", "akke", [
        [2026, 100_000_00],
        [2027, 50_000_00],
      ]),
      line("1.1", "eu-structural", [[2026, 30_000_00]]),
      line("1.2", "akke-own", [[2027, 20_000_00]]),
      line("1.3", "akke", [[2028, 10_000_50]]),
    ],
    { date: 46100 },
  );
  const mk01 = proposal(
    "MK01",
    [
      item("A", {
        level: "interregional",
        leadMinistry: "LVM",
        legislation: "Toinen",
        statute: " 756/2021  27 § ",
      }),
      item("B", { legislation: "Kolmas", statute: "" }),
    ],
    [line("A", "akke", [[2026, 40_000_00]]), line("A", "private", [[2026, 5_000_00]])],
    { date: 46080 },
  );
  const aland = proposal(
    "MK21",
    [item("X", { theme: "green-transition", leadMinistry: "YM" })],
    [line("X", "akke", [[2026, 1_000_00]])],
  );
  const duplicate = proposal(
    "MK02",
    [item("9", { theme: "digitalisation" })],
    [line("9", "akke", [[2026, 999_999_00]])],
    {
      file: "b.xlsx",
      sheet: "Kopio",
    },
  );
  const unknown = proposal(null, [item("Z")], [line("Z", "akke", [[2026, 5_00]])]);
  const s = settings({
    deadline: 46090,
    allocations: [
      { region: "MK01", cents: 40_000_00, maxShare: null },
      { region: "MK02", cents: 200_000_00, maxShare: null },
    ],
  });
  const issues = [
    issue("MK02", "error"),
    issue("MK02", "warning"),
    issue("MK02", "warning"),
    issue("MK01", "warning"),
    issue("MK01", "info"),
  ];
  return consolidate([mk02, duplicate, mk01, aland, unknown], s, issues);
}

describe("consolidate: a hand-computed round", () => {
  const c = round();

  test("regions by code, Åland listed but not eligible, the duplicate and the unrecognised left out", () => {
    expect(c.regions.map((r) => [r.region, r.eligible])).toEqual([
      ["MK01", true],
      ["MK02", true],
      ["MK21", false],
    ]);
    expect(c.submitted).toBe(2);
    expect(c.eligibleCount).toBe(18);
    expect(c.missingRegions).toHaveLength(16);
    expect(c.missingRegions).not.toContain("MK21");
    expect(c.missingRegions.slice(0, 3)).toEqual(["MK04", "MK05", "MK06"]);
    expect(c.duplicates).toEqual([
      {
        region: "MK02",
        kept: { file: "round.xlsx", sheet: "Esitys MK02" },
        leftOut: [{ file: "b.xlsx", sheet: "Kopio" }],
      },
    ]);
    expect(c.unassigned).toEqual([{ file: "round.xlsx", sheet: "Esitys ?" }]);
  });

  test("per region: late, AKKE, allocation, difference, other, issues and flag", () => {
    const mk02 = c.regions[1];
    expect(mk02).toMatchObject({
      region: "MK02",
      received: 46100,
      late: true,
      items: 3,
      themes: 2,
      akkeCents: 160_000_50,
      otherCents: 50_000_00,
      totalCents: 210_000_50,
      allocationCents: 200_000_00,
      differenceCents: 39_999_50,
      errors: 1,
      warnings: 2,
      flagged: true,
    });
    expect(c.regions[0]).toMatchObject({
      region: "MK01",
      late: false,
      akkeCents: 40_000_00,
      otherCents: 5_000_00,
      differenceCents: 0,
      errors: 0,
      warnings: 1,
      flagged: false,
    });
    expect(c.regions[2]).toMatchObject({
      region: "MK21",
      allocationCents: null,
      differenceCents: null,
      akkeCents: 1_000_00,
    });
  });

  test("totals against the envelope, and leverage", () => {
    expect(c.totals).toMatchObject({
      akkeCents: 201_000_50,
      otherCents: 55_000_00,
      totalCents: 256_000_50,
      envelopeCents: 16_000_000_00,
      allocatedCents: 240_000_00,
      envelopeRemainingCents: 16_000_000_00 - 201_000_50,
      investmentNeedCents: 500_000_00,
      items: 6,
    });
    expect(c.totals.leverage).toBeCloseTo(55_000_00 / 201_000_50, 12);
  });

  test("by theme in the theme list's order, no-theme bucket last", () => {
    expect(
      c.themes.map((t) => [
        t.theme,
        t.group,
        t.regions,
        t.items,
        t.akkeCents,
        t.otherCents,
        t.totalCents,
      ]),
    ).toEqual([
      ["labour-availability", "precondition", 1, 1, 0, 20_000_00, 20_000_00],
      ["rdi", "topic", 2, 3, 190_000_00, 35_000_00, 225_000_00],
      ["green-transition", "topic", 1, 1, 1_000_00, 0, 1_000_00],
      [null, null, 1, 1, 10_000_50, 0, 10_000_50],
    ]);
    expect(c.themes[1].leadMinistries).toEqual(["LVM", "TEM"]);
  });

  test("by theme group", () => {
    expect(
      c.themeGroups.map((g) => [g.group, g.regions, g.items, g.akkeCents, g.otherCents]),
    ).toEqual([
      ["priority", 0, 0, 0, 0],
      ["precondition", 1, 1, 0, 20_000_00],
      ["topic", 3, 4, 191_000_00, 35_000_00],
      [null, 1, 1, 10_000_50, 0],
    ]);
  });

  test("region × theme matrix", () => {
    expect(c.matrix.regions).toEqual(["MK01", "MK02", "MK21"]);
    expect(c.matrix.themes).toEqual(["labour-availability", "rdi", "green-transition", null]);
    expect(c.matrix.cells[1]).toEqual([
      { akkeCents: 0, items: 1 },
      { akkeCents: 150_000_00, items: 1 },
      { akkeCents: 0, items: 0 },
      { akkeCents: 10_000_50, items: 1 },
    ]);
    expect(c.matrix.cells[0][1]).toEqual({ akkeCents: 40_000_00, items: 2 });
  });

  test("by ministry: led, taken part in (the lead repeated among the others does not count), regions", () => {
    expect(c.ministries.map((m) => [m.ministry, m.lead, m.participating, m.regions])).toEqual([
      ["OKM", 1, 0, 1],
      ["LVM", 2, 1, 2],
      ["TEM", 2, 1, 2],
      ["YM", 1, 0, 1],
    ]);
  });

  test("national questions sorted by lead ministry, then region code", () => {
    expect(c.nationalQuestions.map((q) => [q.item.leadMinistry, q.region, q.item.itemId])).toEqual([
      ["LVM", "MK01", "A"],
      ["LVM", "MK02", "1.3"],
      ["TEM", "MK02", "1.1"],
    ]);
  });

  test("legislation: same statute grouped across regions despite spacing; requests without a statute stand alone", () => {
    expect(
      c.legislation.map((g) => [g.statute, g.regions, g.entries.map((e) => e.item.itemId)]),
    ).toEqual([
      ["756/2021 27 §", ["MK01", "MK02"], ["A", "1.1"]],
      ["", ["MK01"], ["B"]],
      ["", ["MK02"], ["1.2"]],
    ]);
  });

  test("expert support, investment needs, funding by year and by source", () => {
    expect(c.expertSupport.map((e) => e.item.itemId)).toEqual(["1.1"]);
    expect(c.investment.byRegion).toEqual([
      { region: "MK01", cents: 0, items: 0 },
      { region: "MK02", cents: 500_000_00, items: 1 },
      { region: "MK21", cents: 0, items: 0 },
    ]);
    expect(c.investment.byTheme).toEqual([{ theme: "rdi", cents: 500_000_00, items: 1 }]);
    expect(c.byYear).toEqual([
      { year: 2026, akkeCents: 141_000_00, otherCents: 35_000_00, totalCents: 176_000_00 },
      { year: 2027, akkeCents: 50_000_00, otherCents: 20_000_00, totalCents: 70_000_00 },
      { year: 2028, akkeCents: 10_000_50, otherCents: 0, totalCents: 10_000_50 },
    ]);
    expect(c.bySource).toEqual([
      { source: "akke", cents: 201_000_50 },
      { source: "akke-own", cents: 20_000_00 },
      { source: "eu-structural", cents: 30_000_00 },
      { source: "private", cents: 5_000_00 },
    ]);
  });

  test("the JSON of `consolidate --json`: euros as numbers, codes canonical", () => {
    const json = consolidationJson(c);
    expect(json.regions[1]).toEqual({
      region: "MK02",
      items: 3,
      themes: 2,
      akke: 160000.5,
      other: 50000,
      total: 210000.5,
      allocation: 200000,
      errors: 1,
      warnings: 2,
    });
    expect(json.themes[1]).toEqual({
      theme: "rdi",
      regions: 2,
      items: 3,
      akke: 190000,
      other: 35000,
      total: 225000,
    });
    expect(json.ministries[1]).toEqual({ ministry: "LVM", lead: 2, participating: 1, regions: 2 });
    expect(json.totals).toEqual({
      akke: 201000.5,
      envelope: 16000000,
      other: 55000,
      total: 256000.5,
    });
    expect(json.missingRegions).toHaveLength(16);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("consolidate: lateness and order of input", () => {
  test("a proposal dated on the deadline day is not late; one without a date is not late", () => {
    const s = settings({ deadline: 46090 });
    const c = consolidate(
      [proposal("MK04", [], [], { date: 46090.7 }), proposal("MK05", [], [])],
      s,
      [],
    );
    expect(c.regions.map((r) => r.late)).toEqual([false, false]);
  });

  test("the kept duplicate is the first in file and sheet order", () => {
    const first = proposal("MK04", [item("a")], [], { file: "a.xlsx", sheet: "S1" });
    const second = proposal("MK04", [item("b"), item("c")], [], { file: "a.xlsx", sheet: "S2" });
    const c = consolidate([first, second], settings(), []);
    expect(c.regions[0]).toMatchObject({ sheet: "S1", items: 1 });
    expect(c.duplicates[0].leftOut).toEqual([{ file: "a.xlsx", sheet: "S2" }]);
  });
});
