import fc from "fast-check";
import {
  freeSheetName,
  isValidSheetName,
  sameSheetName,
  sheetNameKey,
} from "../../../src/core/model/sheetNames";

describe("sameSheetName", () => {
  it("ignores case, as Excel does, the Finnish and Swedish letters included", () => {
    expect(sameSheetName("Esitys MK04", "esitys mk04")).toBe(true);
    expect(sameSheetName("ESITYS MK04", "Esitys MK04")).toBe(true);
    expect(sameSheetName("Förslag Åland", "FÖRSLAG ÅLAND")).toBe(true);
    expect(sameSheetName("Yhteenveto ÄÖÅ", "yhteenveto äöå")).toBe(true);
    expect(sheetNameKey("Päätökset")).toBe(sheetNameKey("PÄÄTÖKSET"));
  });

  it("tells apart names that differ in more than case", () => {
    expect(sameSheetName("Esitys MK04", "Esitys MK05")).toBe(false);
    expect(sameSheetName("Paatokset", "Päätökset")).toBe(false);
    expect(sameSheetName("Esitys MK04", "Esitys MK04 ")).toBe(false);
    expect(sameSheetName("a", "å")).toBe(false);
  });
});

describe("isValidSheetName", () => {
  it.each(["Esitys MK02", "Förslag MK15 (2)", "a", "x".repeat(31), "It's mine"])(
    "accepts %s",
    (name) => expect(isValidSheetName(name)).toBe(true),
  );
  it.each([
    "",
    "x".repeat(32),
    "a/b",
    "a\\b",
    "a:b",
    "a*b",
    "a?b",
    "[a]",
    "'lead",
    "trail'",
    "History",
    "HISTORY",
    "  ",
  ])("refuses %j", (name) => expect(isValidSheetName(name)).toBe(false));
});

describe("freeSheetName", () => {
  it("takes the base when free, else the first free numbered name, ignoring case", () => {
    expect(freeSheetName("Esitys MK02", [])).toBe("Esitys MK02");
    expect(freeSheetName("Esitys MK02", ["esitys mk02"])).toBe("Esitys MK02 (2)");
    expect(freeSheetName("Esitys MK02", ["Esitys MK02", "Esitys MK02 (2)"])).toBe(
      "Esitys MK02 (3)",
    );
  });

  it("never gives History and cleans characters Excel refuses", () => {
    expect(freeSheetName("History", [])).toBe("History (2)");
    expect(freeSheetName("'a/b:c'", [])).toBe("a-b-c");
  });

  it("cuts long names to 31 characters, suffix included", () => {
    const base = "Förslag Mellersta Österbotten med en lång titel";
    const first = freeSheetName(base, []);
    expect(first).toHaveLength(31);
    const second = freeSheetName(base, [first]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });

  it("always returns a valid name that is not taken", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.string({ maxLength: 35 }), { maxLength: 8 }),
        (base, taken) => {
          const name = freeSheetName(base, taken);
          expect(isValidSheetName(name)).toBe(true);
          expect(taken.some((t) => sameSheetName(t, name))).toBe(false);
        },
      ),
    );
  });
});
