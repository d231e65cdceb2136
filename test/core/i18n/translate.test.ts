import {
  interpolate,
  isMessageKey,
  resolveUiLanguage,
  translate,
  translateKey,
  translator,
} from "../../../src/core/i18n";
// Loads every area, as the engines and the command line do.
import "../../../src/core/i18n/translate";

describe("translate", () => {
  it("gives the pane's title and navigation in each language", () => {
    expect(translate("en", "common.app.title")).toBe("Regional Agreements");
    expect(translate("fi", "common.app.title")).toBe("Aluekehittämisen yhteistyö");
    expect(translate("sv", "common.app.title")).toBe("Regionalt utvecklingssamarbete");
    expect(
      (["templates", "validate", "consolidate", "memo", "import"] as const).map((section) =>
        translate("fi", `common.nav.${section}`),
      ),
    ).toEqual(["Pohjat", "Tarkistus", "Yhteenveto", "Muistio", "Tuonti"]);
    expect(translate("sv", "common.nav.consolidate")).toBe("Sammanställning");
    expect(translate("en", "common.outsideExcel.note")).toBe(
      "Outside Excel: working on .xlsx files in this browser",
    );
  });

  it("fills placeholders, numbers included", () => {
    expect(translate("fi", "common.count.regions", { count: 17, total: 18 })).toBe(
      "17 / 18 maakuntaa",
    );
    expect(translate("en", "vocabulary.value.suggestion", { label: "TEM" })).toBe(
      "Did you mean: TEM?",
    );
  });

  it("leaves a placeholder without a value visible and does not throw", () => {
    expect(translate("sv", "common.count.regions", { count: 3 })).toBe("3 / {total} landskap");
    expect(translate("en", "common.error.unexpected")).toBe("Unexpected error: {detail}");
  });

  it("does not read placeholders from the object's prototype", () => {
    expect(interpolate("{toString} {a}", { a: "x" })).toBe("{toString} x");
  });

  it("inserts values literally, even ones that look like placeholders or $ patterns", () => {
    expect(interpolate("{a}-{b}", { a: "{b}", b: "$&" })).toBe("{b}-$&");
  });

  it("shows an unknown key as itself rather than nothing", () => {
    expect(translateKey("fi", "no.such.key")).toBe("no.such.key");
    expect(isMessageKey("no.such.key")).toBe(false);
    expect(isMessageKey("common.nav.memo")).toBe(true);
  });

  it("binds a language", () => {
    expect(translator("sv")("common.nav.memo")).toBe("Promemoria");
  });
});

describe("resolveUiLanguage", () => {
  it.each([
    ["fi-FI", "fi"],
    ["fi", "fi"],
    ["FI-fi", "fi"],
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["sv_FI", "sv"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
    ["fil-PH", "en"],
  ])("%j → %s", (display, lang) => {
    expect(resolveUiLanguage(display)).toBe(lang);
  });
});
