import { firstPerRegion } from "../../../src/core/model/firstPerRegion";

describe("firstPerRegion", () => {
  it("keeps the first entry of each region and pairs every later one with it", () => {
    const entries = [
      { sheet: "A", region: "MK02" },
      { sheet: "B", region: null },
      { sheet: "C", region: "MK04" },
      { sheet: "D", region: "MK02" },
      { sheet: "E", region: "MK02" },
    ];
    const { first, later } = firstPerRegion(entries, (e) => e.region);
    expect([...first.entries()].map(([region, e]) => `${region}:${e.sheet}`)).toEqual([
      "MK02:A",
      "MK04:C",
    ]);
    expect(later.map((l) => `${l.entry.sheet}<${l.first.sheet}`)).toEqual(["D<A", "E<A"]);
  });
});
