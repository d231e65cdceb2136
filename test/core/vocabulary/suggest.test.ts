import {
  DEFAULT_THEMES,
  FUNDING_SOURCES,
  MINISTRIES,
  REGIONS,
  suggest,
} from "../../../src/core/vocabulary";

describe("suggest for near misses", () => {
  it.each([
    ["Työvoiman saatavuu", "labour-availability"],
    ["Kestävä elinvoima", "sustainable-vitality"],
    ["Hyvinvoiva väestö", "wellbeing"],
    ["Vihreä siirtymä", "green-transition"],
    ["Saavutetavuus", "accessibility"],
    ["Hållbar livskraft", "sustainable-vitality"],
    ["Grön omställning", "green-transition"],
    ["Tillgänglighet och trafik", null],
    ["Labour availabilty", "labour-availability"],
    ["Research and development", "rdi"],
    ["Green transition", "green-transition"],
  ])("theme %j → %s", (raw, code) => {
    expect(suggest(DEFAULT_THEMES, raw)?.code ?? null).toBe(code);
  });

  it.each([
    ["Työministeriö", "TEM"],
    ["Liikenne ja viestintäministeriö", "LVM"],
    ["Opetusministeriö", "OKM"],
    ["Sosiaaliministeriö", "STM"],
    ["ympäristöministeriä", "YM"],
    ["Arbetsministeriet", "TEM"],
    ["Kommunikationsministeriets", "LVM"],
    ["Ministry of Employment", "TEM"],
    ["Ministry of Education", "OKM"],
    ["Ministry of Transport & Communications", "LVM"],
    ["TEN", "TEM"],
  ])("ministry %j → %s", (raw, code) => {
    expect(suggest(MINISTRIES, raw)?.code ?? null).toBe(code);
  });

  it.each([
    ["Varsinais Suomi", "MK02"],
    ["Pohjois Pohjanmaa", "MK17"],
    ["Uusimaaa", "MK01"],
    ["Lapland region", null],
    ["Södra Savolx", "MK10"],
  ])("region %j → %s", (raw, code) => {
    expect(suggest(REGIONS, raw)?.code ?? null).toBe(code);
  });
});

describe("suggest for far values", () => {
  it.each([
    "Banaani",
    "xyz",
    "Ministry of Magic",
    "123",
    "Ministeriet för magi",
    "Ministry",
    "",
    "  ",
  ])("suggests no ministry for %j", (raw) => {
    expect(suggest(MINISTRIES, raw)).toBeNull();
  });

  it.each(["Banaani", "xyz", "123", "Bananer", "Bananas", "Kissa ja koira"])(
    "suggests no theme for %j",
    (raw) => {
      expect(suggest(DEFAULT_THEMES, raw)).toBeNull();
    },
  );

  it("suggests no region for a code that does not exist", () => {
    expect(suggest(REGIONS, "MK03")).toBeNull();
    expect(suggest(REGIONS, "123")).toBeNull();
  });
});

describe("the suggested label", () => {
  it("is in the language asked for, for a fix written in the sheet's language", () => {
    expect(suggest(MINISTRIES, "Työministeriö", "sv")).toEqual({
      code: "TEM",
      label: "arbets- och näringsministeriet",
    });
    expect(suggest(DEFAULT_THEMES, "Kestävä elinvoima", "en")?.label).toBe(
      "Sustainable vitality and investments",
    );
  });

  it("is otherwise in the language of the closest spelling", () => {
    expect(suggest(MINISTRIES, "Arbetsministeriet")?.label).toBe("arbets- och näringsministeriet");
    expect(suggest(MINISTRIES, "Ministry of Employment")?.label).toBe(
      "Ministry of Economic Affairs and Employment",
    );
    expect(suggest(DEFAULT_THEMES, "Työvoiman saatavuu")?.label).toBe(
      "Työvoiman saatavuus ja työllisyys",
    );
  });

  it("is the exact entry for a value lookup already knows", () => {
    expect(suggest(FUNDING_SOURCES, "akke", "en")).toEqual({
      code: "akke",
      label: "AKKE (contractual cooperation)",
    });
  });

  it("breaks ties the same way every time: the entry listed first", () => {
    const first = suggest(FUNDING_SOURCES, "Muu rahoitus");
    expect(first?.code).toBe("state-other");
    for (let i = 0; i < 3; i++) expect(suggest(FUNDING_SOURCES, "Muu rahoitus")).toEqual(first);
  });
});
