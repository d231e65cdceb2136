import { LANGS } from "../../../src/core/model/lang";
import {
  AKKE_SUPPORT_SOURCES,
  DEFAULT_THEMES,
  ELIGIBLE_REGION_CODES,
  FUNDING_SOURCES,
  MINISTRIES,
  REGION_CODES,
  REGIONS,
  TERMS,
  THEME_GROUPS,
  VOCABULARIES,
  isEligibleRegion,
  labelOf,
  ministrySvCode,
  spellingsOf,
  themeVocabulary,
  lookup,
} from "../../../src/core/vocabulary";

describe("the built-in vocabularies", () => {
  it.each(Object.entries(VOCABULARIES))(
    "%s has a label in every language and no shared spelling",
    (_, vocabulary) => {
      expect(vocabulary.entries.length).toBeGreaterThan(1);
      for (const entry of vocabulary.entries) {
        for (const lang of LANGS) expect(entry.labels[lang].trim()).not.toBe("");
      }
      expect(vocabulary.conflicts).toEqual([]);
      expect(new Set(vocabulary.entries.map((entry) => entry.code)).size).toBe(
        vocabulary.entries.length,
      );
    },
  );

  it("has the 19 region codes of Statistics Finland, without MK03 and MK20", () => {
    expect(REGION_CODES).toHaveLength(19);
    expect(REGION_CODES).not.toContain("MK03");
    expect(REGION_CODES).not.toContain("MK20");
    expect(REGION_CODES[0]).toBe("MK01");
    expect(REGION_CODES[REGION_CODES.length - 1]).toBe("MK21");
  });

  it("counts 18 eligible regions: Åland is recognised but outside the act", () => {
    expect(ELIGIBLE_REGION_CODES).toHaveLength(18);
    expect(isEligibleRegion("MK21")).toBe(false);
    expect(isEligibleRegion("MK19")).toBe(true);
    expect(labelOf(REGIONS, "MK21", "sv")).toBe("Åland");
  });

  it("names the regions in three languages", () => {
    expect(labelOf(REGIONS, "MK02", "fi")).toBe("Varsinais-Suomi");
    expect(labelOf(REGIONS, "MK02", "sv")).toBe("Egentliga Finland");
    expect(labelOf(REGIONS, "MK02", "en")).toBe("Southwest Finland");
    expect(labelOf(REGIONS, "MK15", "sv")).toBe("Österbotten");
  });

  it("has the twelve ministries with their Swedish abbreviations", () => {
    expect(MINISTRIES.entries.map((entry) => entry.code)).toEqual([
      "VNK",
      "UM",
      "OM",
      "SM",
      "PLM",
      "VM",
      "OKM",
      "MMM",
      "LVM",
      "TEM",
      "STM",
      "YM",
    ]);
    expect(ministrySvCode("TEM")).toBe("ANM");
    expect(ministrySvCode("LVM")).toBe("KM");
    expect(labelOf(MINISTRIES, "TEM", "en")).toBe("Ministry of Economic Affairs and Employment");
  });

  it("groups the default themes as the Government's decision does", () => {
    const byGroup = (group: string) =>
      DEFAULT_THEMES.entries.filter((entry) => entry.group === group).map((entry) => entry.code);
    expect(byGroup("priority")).toEqual([
      "sustainable-vitality",
      "wellbeing",
      "attractive-environment",
    ]);
    expect(byGroup("precondition")).toEqual([
      "accessibility",
      "labour-availability",
      "skills-education",
    ]);
    expect(byGroup("topic")).toHaveLength(5);
    expect(labelOf(THEME_GROUPS, "priority", "fi")).toBe("Painopisteet");
    expect(labelOf(THEME_GROUPS, "precondition", "sv")).toBe("Förutsättningar");
    expect(labelOf(THEME_GROUPS, "topic", "en")).toBe("Other topics");
  });

  it("reads a theme group column in singular too", () => {
    expect(lookup(THEME_GROUPS, "Painopiste")).toBe("priority");
    expect(lookup(THEME_GROUPS, "precondition")).toBe("precondition");
  });

  it("builds a round's own theme list that lookup reads like the defaults", () => {
    const round = themeVocabulary([
      ...DEFAULT_THEMES.entries,
      {
        code: "defence",
        group: "topic",
        labels: { fi: "Maanpuolustus", sv: "Försvar", en: "Defence" },
      },
    ]);
    expect(lookup(round, "maanpuolustus")).toBe("defence");
    expect(lookup(round, "Saavutettavuus")).toBe("accessibility");
    expect(lookup(DEFAULT_THEMES, "maanpuolustus")).toBeNull();
  });

  it("counts akke and akke-own as AKKE support, only akke against the allocation", () => {
    expect(AKKE_SUPPORT_SOURCES).toEqual(["akke", "akke-own"]);
    expect(labelOf(FUNDING_SOURCES, "akke", "fi")).toBe("AKKE (sopimuksellinen yhteistyö)");
  });

  it("never calls the cooperation a 'sopimus' in Finnish", () => {
    expect(TERMS.contractualCooperation.fi).toBe("sopimuksellinen yhteistyö");
    expect(TERMS.cooperationDocument.fi).toBe("yhteistyöasiakirja");
    for (const entry of DEFAULT_THEMES.entries)
      expect(entry.labels.fi.toLowerCase()).not.toMatch(/sopimus\b/);
  });

  it("lists the code first among an entry's spellings", () => {
    expect(spellingsOf(MINISTRIES.entries[9])).toEqual(
      expect.arrayContaining(["TEM", "ANM", "työ- ja elinkeinoministeriö"]),
    );
  });
});
