import { LANGS } from "../../../src/core/model/lang";
import { placeholdersOf, type AreaMessages } from "../../../src/core/i18n";
import { AREAS, CATALOGUE } from "../../../src/core/i18n/areas";
import { VOCABULARIES } from "../../../src/core/vocabulary";

/** Every registered area, including those other engineers add later. */
const areas = Object.entries(AREAS) as [string, AreaMessages][];

describe("the message catalogue", () => {
  it("has areas registered", () => {
    expect(areas.map(([name]) => name)).toEqual(expect.arrayContaining(["common", "vocabulary"]));
  });

  describe.each(areas)("area %s", (name, area) => {
    const keys = Object.keys(area.en).sort();

    it("has the same keys in fi, sv and en", () => {
      expect(Object.keys(area.fi).sort()).toEqual(keys);
      expect(Object.keys(area.sv).sort()).toEqual(keys);
    });

    it("namespaces every key under the area's name", () => {
      for (const key of keys) expect(key.startsWith(`${name}.`)).toBe(true);
    });

    it("has a text for every key in every language", () => {
      for (const lang of LANGS) {
        for (const key of keys)
          expect([lang, key, area[lang][key].trim()]).not.toEqual([lang, key, ""]);
      }
    });

    it("has the same placeholders in every language", () => {
      for (const key of keys) {
        const expected = placeholdersOf(area.en[key]);
        expect({ key, fi: placeholdersOf(area.fi[key]) }).toEqual({ key, fi: expected });
        expect({ key, sv: placeholdersOf(area.sv[key]) }).toEqual({ key, sv: expected });
      }
    });
  });

  it("loses no key when the areas are merged", () => {
    const total = areas.reduce((sum, [, area]) => sum + Object.keys(area.en).length, 0);
    for (const lang of LANGS) expect(Object.keys(CATALOGUE[lang])).toHaveLength(total);
  });

  it("names every built-in vocabulary list", () => {
    for (const name of Object.keys(VOCABULARIES)) {
      expect(Object.keys(CATALOGUE.en)).toContain(`vocabulary.list.${name}`);
    }
  });

  it("never calls the items a 'sopimus' in Finnish", () => {
    // "sopimuksellinen yhteistyö" and the budget's "sopimusperusteinen" are the right terms.
    const allowed = /^sopimu(ksellis|ksellinen|sperustei)/;
    for (const text of Object.values(CATALOGUE.fi)) {
      const words = text.toLowerCase().match(/sopimu\p{L}*/gu) ?? [];
      expect(words.filter((word) => !allowed.test(word))).toEqual([]);
    }
  });
});
