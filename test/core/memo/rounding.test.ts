import { roundedPartsDiffer } from "../../../src/core/memo";

describe("roundedPartsDiffer", () => {
  it("compares the sum of the rounded parts with the rounded total", () => {
    const tenthMillion = 10_000_000;
    expect(
      roundedPartsDiffer([104_000_000, 104_000_000, 104_000_000], 312_000_000, tenthMillion),
    ).toBe(true);
    expect(roundedPartsDiffer([100_000_000, 100_000_000], 200_000_000, tenthMillion)).toBe(false);
    expect(roundedPartsDiffer([50, 50, 50], 150, 100)).toBe(true);
    expect(roundedPartsDiffer([40, 60], 100, 100)).toBe(false);
    expect(roundedPartsDiffer([], 0, 100)).toBe(false);
  });
});
