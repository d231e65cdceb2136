import { LANGS, type Lang } from "../../../src/core/model/lang";

type I18n = typeof import("../../../src/core/i18n");

interface KeyTexts {
  readonly area: string;
  readonly key: string;
  readonly texts: Readonly<Record<Lang, string>>;
}

/** Runs `load` in a fresh module registry and gives back that registry's i18n entry. */
async function freshI18n(load: () => Promise<unknown>): Promise<I18n> {
  let i18n: I18n | undefined;
  await jest.isolateModulesAsync(async () => {
    await load();
    i18n = await import("../../../src/core/i18n");
  });
  if (!i18n) throw new Error("i18n did not load");
  return i18n;
}

/** Every key of every area with its texts, read in a registry of its own. */
async function everyKey(): Promise<KeyTexts[]> {
  let keys: KeyTexts[] = [];
  await jest.isolateModulesAsync(async () => {
    const { AREAS } = await import("../../../src/core/i18n/areas");
    keys = Object.entries(AREAS).flatMap(([area, messages]) => {
      const texts = messages as Readonly<Record<Lang, Readonly<Record<string, string>>>>;
      return Object.keys(texts.en).map((key) => ({
        area,
        key,
        texts: { fi: texts.fi[key], sv: texts.sv[key], en: texts.en[key] },
      }));
    });
  });
  return keys;
}

/** The keys, among `keys`, that `i18n` does not translate into the area's text in every language. */
function unresolved(i18n: I18n, keys: readonly KeyTexts[]): string[] {
  return keys.flatMap(({ key, texts }) =>
    LANGS.filter((lang) => i18n.translateKey(lang, key) !== texts[lang]).map(
      (lang) => `${lang} ${key}`,
    ),
  );
}

let KEYS: KeyTexts[] = [];
const keysOf = (...areas: string[]) => KEYS.filter(({ area }) => areas.includes(area));

beforeAll(async () => {
  KEYS = await everyKey();
});

describe("the message registry", () => {
  it("holds no area until one is imported", async () => {
    const i18n = await freshI18n(async () => undefined);
    expect(i18n.translateKey("en", "common.app.title")).toBe("common.app.title");
    expect(i18n.isMessageKey("common.app.title")).toBe(false);
  });

  it("has every key of every area in fi, sv and en through the engines' entry", async () => {
    const i18n = await freshI18n(() => import("../../../src/core/i18n/translate"));
    expect(KEYS.length).toBeGreaterThan(100);
    expect(unresolved(i18n, KEYS)).toEqual([]);
  });

  it("has every key of an area once that area's module is imported", async () => {
    const i18n = await freshI18n(() => import("../../../src/core/i18n/messages/memo"));
    expect(unresolved(i18n, keysOf("memo"))).toEqual([]);
    expect(i18n.isMessageKey("common.app.title")).toBe(false);
  });

  it("has the pane shell's texts (common, pane) once the shell is imported", async () => {
    const i18n = await freshI18n(() => import("../../../src/taskpane/App"));
    expect(unresolved(i18n, keysOf("common", "pane"))).toEqual([]);
  });

  it("has every key once a section's messages are loaded", async () => {
    const i18n = await freshI18n(async () => {
      const { loadSectionMessages } = await import("../../../src/taskpane/sections");
      await loadSectionMessages();
    });
    expect(unresolved(i18n, KEYS)).toEqual([]);
  });
});
