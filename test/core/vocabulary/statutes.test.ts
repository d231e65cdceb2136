import { LANGS } from "../../../src/core/model/lang";
import {
  MINISTRY_CODES,
  STATUTES,
  findStatute,
  statuteNumber,
  statuteTitle,
} from "../../../src/core/vocabulary";

describe("the statute table", () => {
  it("has the acts regions name most, each once, owned by a known ministry", () => {
    const numbers = STATUTES.map((s) => s.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of ["756/2021", "757/2021", "380/2023"]) expect(numbers).toContain(n);
    for (const s of STATUTES) {
      expect(MINISTRY_CODES).toContain(s.ministry);
      expect(s.number).toMatch(/^[1-9]\d{0,3}\/(19|20)\d\d$/);
      for (const lang of LANGS) {
        expect(s.title[lang]).not.toBe("");
        expect(s.changesTo[lang]).not.toBe("");
      }
    }
    expect(findStatute("380/2023")?.ministry).toBe("TEM");
    expect(findStatute("756/2021")?.ministry).toBe("TEM");
  });

  it("puts the Finnish title in the illative for 'muutoksia …'", () => {
    expect(findStatute("380/2023")?.changesTo.fi).toBe("lakiin työvoimapalvelujen järjestämisestä");
    expect(findStatute("301/2004")?.changesTo.fi).toBe("ulkomaalaislakiin");
    expect(findStatute("380/2023")?.changesTo.sv).toBe("lagen om ordnande av arbetskraftsservice");
    expect(findStatute("380/2023")?.changesTo.en).toBe(
      "the Act on the Organisation of Employment Services",
    );
  });

  it.each([
    ["380/2023", "380/2023"],
    ["380/2023 5 §", "380/2023"],
    ["L 380/2023", "380/2023"],
    ["Laki työvoimapalvelujen järjestämisestä (380/2023)", "380/2023"],
    ["380 / 2023", "380/2023"],
    ["§ 27, 756/2021", "756/2021"],
    ["0756/2021", "756/2021"],
    ["työvoimapalvelulaki", null],
    ["27 §", null],
    ["", null],
  ])("reads the number of %j", (text, number) => {
    expect(statuteNumber(text)).toBe(number);
  });

  it("titles a known number in each language and leaves an unknown one as it is", () => {
    expect(statuteTitle("380/2023", "fi")).toBe(
      "laki työvoimapalvelujen järjestämisestä (380/2023)",
    );
    expect(statuteTitle("123/2020", "sv")).toBe("123/2020");
  });
});
