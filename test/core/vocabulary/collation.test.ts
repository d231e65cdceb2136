import { LANGS } from "../../../src/core/model/lang";
import { REGION_CODES, REGIONS, compareNames, labelOf } from "../../../src/core/vocabulary";

describe("compareNames", () => {
  it.each(["fi", "sv"] as const)("puts Å, Ä and Ö after Z in %s, in that order", (lang) => {
    const sorted = ["Öljy", "Åland", "Zeta", "Äiti", "Aalto", "Oulu"].sort((a, b) =>
      compareNames(a, b, lang),
    );
    expect(sorted).toEqual(["Aalto", "Oulu", "Zeta", "Åland", "Äiti", "Öljy"]);
  });

  it("sorts the Finnish region names the Finnish way, not by code points", () => {
    const names = REGION_CODES.map((code) => labelOf(REGIONS, code, "fi")).sort((a, b) =>
      compareNames(a, b, "fi"),
    );
    expect(names.indexOf("Uusimaa")).toBeLessThan(names.indexOf("Varsinais-Suomi"));
    expect(names[names.length - 1]).toBe("Varsinais-Suomi");
    expect(names.indexOf("Päijät-Häme")).toBeGreaterThan(names.indexOf("Pohjois-Savo"));
  });

  it("puts Österbotten after the other Swedish region names", () => {
    const names = REGION_CODES.map((code) => labelOf(REGIONS, code, "sv")).sort((a, b) =>
      compareNames(a, b, "sv"),
    );
    expect(names.slice(-2)).toEqual(["Åland", "Österbotten"]);
  });

  it("ignores case for ordering and reads numbers as numbers", () => {
    for (const lang of LANGS) {
      expect(compareNames("alpha", "Beta", lang)).toBeLessThan(0);
      expect(compareNames("Kohde 2", "Kohde 10", lang)).toBeLessThan(0);
      expect(compareNames("same", "same", lang)).toBe(0);
    }
  });

  it("uses Finnish order when no language is given", () => {
    expect(compareNames("Ä", "Z")).toBeGreaterThan(0);
  });
});
