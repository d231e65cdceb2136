import fc from "fast-check";
import {
  freeSheetName,
  isValidSheetName,
  sameSheetName,
} from "../../../src/core/templates/sheetNames";
import {
  isValidWorkbookName,
  LIST_KINDS,
  listName,
  looksLikeCellReference,
} from "../../../src/core/templates/names";
import { LANGS } from "../../../src/core/model/lang";

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

describe("workbook names", () => {
  it.each(["MK02", "FI2026", "A1", "XFD1048576", "R", "C", "R1C1", "r2c3", "C12"])(
    "%s looks like a cell reference",
    (name) => expect(looksLikeCellReference(name)).toBe(true),
  );
  it.each(["ra_fi_themes", "XFE1", "Teemat", "ra_sv_levels"])("%s does not", (name) =>
    expect(looksLikeCellReference(name)).toBe(false),
  );

  it("every list name is a valid Excel name, unique across languages", () => {
    const names = LANGS.flatMap((lang) => LIST_KINDS.map((kind) => listName(lang, kind)));
    for (const name of names) expect(isValidWorkbookName(name)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});
