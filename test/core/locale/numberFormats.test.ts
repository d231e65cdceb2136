import { NUMBER_FORMATS } from "../../../src/core/locale/numberFormats";
import { isDateFormat } from "../../../src/core/model/numberFormat";

describe("number-format codes", () => {
  test("the codes Excel shows in the user's locale", () => {
    expect(NUMBER_FORMATS.euros).toBe('#,##0 "€"');
    expect(NUMBER_FORMATS.eurosCents).toBe('#,##0.00 "€"');
    expect(NUMBER_FORMATS.percent).toBe("0 %");
    expect(NUMBER_FORMATS.percentOneDecimal).toBe("0.0 %");
    expect(NUMBER_FORMATS.text).toBe("@");
    expect(NUMBER_FORMATS.date).toBe("d.m.yyyy");
    expect(NUMBER_FORMATS.year).toBe("0");
  });

  test("no code uses a space as a group separator (a space is a literal in format codes)", () => {
    for (const code of Object.values(NUMBER_FORMATS)) {
      expect(code).not.toMatch(/#[\s\u00a0\u202f]##0/);
      expect(code).not.toContain("# ##0");
    }
  });

  test("isDateFormat tells date formats from number formats", () => {
    expect(isDateFormat(NUMBER_FORMATS.date)).toBe(true);
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("d.m.")).toBe(true);
    expect(isDateFormat("[$-40B]d. mmmm yyyy")).toBe(true);
    for (const code of [
      NUMBER_FORMATS.euros,
      NUMBER_FORMATS.eurosCents,
      NUMBER_FORMATS.percent,
      "General",
      "@",
      "0",
      '0 "mm"',
    ]) {
      expect(isDateFormat(code)).toBe(false);
    }
  });
});
