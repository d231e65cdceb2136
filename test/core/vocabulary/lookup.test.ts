import {
  CROSS_CUTTING,
  DEFAULT_THEMES,
  DISCUSSION_STATUS,
  FUNDING_SOURCES,
  LEVELS,
  MINISTRIES,
  REGIONS,
  YES_NO,
  lookup,
  lookupMany,
  splitList,
} from "../../../src/core/vocabulary";

describe("lookup of a region", () => {
  it.each([
    ["MK02"],
    ["mk02"],
    ["02"],
    ["2"],
    ["Varsinais-Suomi"],
    ["VARSINAIS-SUOMI"],
    ["Egentliga Finland"],
    ["Southwest Finland"],
    ["MK02 Varsinais-Suomi"],
    ["02 Varsinais-Suomi"],
    ["MK02 - Varsinais-Suomi"],
    ["MK02: Egentliga Finland"],
    ["Varsinais-Suomi (MK02)"],
    [" Varsinais\u2013Suomi\u00a0"],
  ])("reads %j as MK02", (raw) => {
    expect(lookup(REGIONS, raw)).toBe("MK02");
  });

  it("does not accept a code beside another region's name", () => {
    expect(lookup(REGIONS, "MK02 Lappi")).toBeNull();
    expect(lookup(REGIONS, "Lappi (MK02)")).toBeNull();
    expect(lookup(REGIONS, "02 Nyland")).toBeNull();
  });

  it("knows no MK03 or MK20", () => {
    expect(lookup(REGIONS, "MK03")).toBeNull();
    expect(lookup(REGIONS, "20")).toBeNull();
  });

  it("reads Åland in every spelling, with or without its ring", () => {
    expect(lookup(REGIONS, "Åland")).toBe("MK21");
    expect(lookup(REGIONS, "Aland")).toBe("MK21");
    expect(lookup(REGIONS, "ahvenanmaa")).toBe("MK21");
    expect(lookup(REGIONS, "21")).toBe("MK21");
  });

  it("reads single-digit codes with or without the leading zero", () => {
    expect(lookup(REGIONS, "1")).toBe("MK01");
    expect(lookup(REGIONS, "01")).toBe("MK01");
    expect(lookup(REGIONS, "MK1")).toBe("MK01");
    expect(lookup(REGIONS, "19")).toBe("MK19");
  });
});

describe("lookup of a ministry", () => {
  it.each([
    ["TEM", "TEM"],
    ["ANM", "TEM"],
    ["työ- ja elinkeinoministeriö", "TEM"],
    ["Työ- ja elinkeinoministeriö", "TEM"],
    ["arbets- och näringsministeriet", "TEM"],
    ["Ministry of Economic Affairs and Employment", "TEM"],
    ["KM", "LVM"],
    ["SRK", "VNK"],
    ["Prime Minister\u2019s Office", "VNK"],
    ["um", "UM"],
    ["TEM työ- ja elinkeinoministeriö", "TEM"],
  ])("reads %j as %s", (raw, code) => {
    expect(lookup(MINISTRIES, raw)).toBe(code);
  });

  it("does not guess: near misses are for suggest", () => {
    expect(lookup(MINISTRIES, "Työministeriö")).toBeNull();
    expect(lookup(MINISTRIES, "TEM LVM")).toBeNull();
  });
});

describe("lookup of the other lists", () => {
  it("reads themes in every language", () => {
    expect(lookup(DEFAULT_THEMES, "Työvoiman saatavuus ja työllisyys")).toBe("labour-availability");
    expect(lookup(DEFAULT_THEMES, "FUI-verksamhet")).toBe("rdi");
    expect(lookup(DEFAULT_THEMES, "research, development and innovation")).toBe("rdi");
    expect(lookup(DEFAULT_THEMES, "labour-availability")).toBe("labour-availability");
  });

  it("reads every AKKE spelling of the budget as akke, and the own-development one apart", () => {
    for (const raw of [
      "AKKE",
      "akke",
      "AKKE (sopimuksellinen yhteistyö)",
      "AKKE (sopimusperusteinen yhteistyö)",
      "sopimusperusteinen yhteistyö",
      "AKKE (avtalsbaserat samarbete)",
      "AKKE (contractual cooperation)",
    ]) {
      expect(lookup(FUNDING_SOURCES, raw)).toBe("akke");
    }
    expect(lookup(FUNDING_SOURCES, "AKKE (omaehtoinen kehittäminen)")).toBe("akke-own");
    expect(lookup(FUNDING_SOURCES, "AKKE (jotain muuta)")).toBeNull();
  });

  it("reads levels, statuses and yes/no", () => {
    expect(lookup(LEVELS, "Regional")).toBe("regional");
    expect(lookup(LEVELS, "kansallinen ja alueellinen")).toBe("both");
    expect(lookup(DISCUSSION_STATUS, "Inte överenskommen")).toBe("not-agreed");
    expect(lookup(YES_NO, "Kyllä")).toBe("yes");
    expect(lookup(YES_NO, "nej")).toBe("no");
    expect(lookup(YES_NO, "TOSI")).toBe("yes");
  });

  it("finds nothing in an empty or blank cell", () => {
    expect(lookup(LEVELS, "")).toBeNull();
    expect(lookup(LEVELS, " \u00a0 ")).toBeNull();
  });
});

describe("multi-valued cells", () => {
  it("splits on commas, semicolons and line breaks", () => {
    expect(splitList("a, b;c\nd\r\n e ;;")).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("returns the recognised codes once each and the parts it does not know", () => {
    expect(
      lookupMany(CROSS_CUTTING, "Kokonaisturvallisuus; Internationality\nfoo, kansainvälisyys"),
    ).toEqual({
      codes: ["security", "internationality"],
      unknown: ["foo"],
    });
    expect(lookupMany(MINISTRIES, "LVM, ANM; Ministry of Magic")).toEqual({
      codes: ["LVM", "TEM"],
      unknown: ["Ministry of Magic"],
    });
  });

  it("reads a single value that itself holds a comma", () => {
    expect(lookupMany(DEFAULT_THEMES, "Research, development and innovation")).toEqual({
      codes: ["rdi"],
      unknown: [],
    });
  });

  it("gives nothing for an empty cell", () => {
    expect(lookupMany(MINISTRIES, "  ")).toEqual({ codes: [], unknown: [] });
  });
});
