import { consolidationPlan } from "../../src/core/consolidate/plan";
import { generatedSheetName } from "../../src/core/consolidate/sheetNames";
import type { CellValue } from "../../src/core/model/cell";
import type { Lang } from "../../src/core/model/lang";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { compareRounds, previousJson, readPreviousSummary } from "../../src/core/previous";
import type { RoundComparison } from "../../src/core/previous";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { consolidated, CURRENT, PREVIOUS, SETTINGS, writtenSummary, type Spec } from "./rounds";

const LANGS: readonly Lang[] = ["fi", "sv", "en"];

/** The test's own sums, in cents: AKKE is the `akke` source, other every other one. */
function sums(specs: readonly Spec[], keep: (s: Spec) => boolean) {
  let akke = 0;
  let other = 0;
  for (const s of specs.filter(keep))
    for (const [source, cents] of s.funding) {
      if (source === "akke") akke += cents;
      else other += cents;
    }
  return { akke, other };
}

async function comparison(previousLang: Lang): Promise<RoundComparison> {
  const { snapshot } = await writtenSummary(PREVIOUS, previousLang);
  const read = readPreviousSummary(snapshot, SETTINGS);
  if (!read.ok) throw new Error(`refused: ${read.reason}`);
  return compareRounds(read.summary, consolidated(CURRENT), SETTINGS);
}

const key = (region: string, id: string) => `${region}/${id}`;

describe.each(LANGS)("a previous summary written in %s", (previousLang) => {
  let cmp: RoundComparison;
  beforeAll(async () => {
    cmp = await comparison(previousLang);
  });

  test("is read back with its language and every item", () => {
    expect(cmp.previousLang).toBe(previousLang);
    const json = previousJson(cmp);
    expect(json.continued + json.dropped + json.notCompared).toBe(PREVIOUS.length);
    expect(json.continued + json.new).toBe(CURRENT.length);
  });

  test("items new, dropped, continued, and which rule matched each", () => {
    expect(cmp.new.map((i) => key(i.region, i.itemId))).toEqual(["MK02/5", "MK04/1"]);
    expect(cmp.dropped.map((i) => key(i.region, i.itemId))).toEqual(["MK02/4"]);
    expect(cmp.notCompared.map((i) => key(i.region, i.itemId))).toEqual(["MK19/1"]);
    expect(
      cmp.continued.map((x) => [
        key(x.current.region, x.current.itemId),
        x.previous.itemId,
        x.rule,
      ]),
    ).toEqual([
      ["MK02/1", "1", "id"],
      ["MK02/2", "3", "objective"],
      ["MK02/3", "2", "objective-near"],
      ["MK11/A1", "A1", "id-objective-changed"],
    ]);
    const json = previousJson(cmp);
    expect([json.matchedById, json.matchedByObjective]).toEqual([2, 2]);
  });

  test("changes in implementation status and in the indicator's value", () => {
    const changed = cmp.continued.filter((x) => x.statusChanged);
    expect(
      changed.map((x) => [
        x.current.itemId,
        x.previous.implementationStatus,
        x.current.implementationStatus,
      ]),
    ).toEqual([["1", "in-progress", "completed"]]);
    const indicator = cmp.continued.filter((x) => x.indicatorChanged);
    expect(
      indicator.map((x) => [x.current.region, x.previous.progress, x.current.progress]),
    ).toEqual([
      ["MK02", "12 hanketta", "15 hanketta"],
      ["MK11", "40 %", "45 %"],
    ]);
  });

  test("themes added and dropped per region in both rounds", () => {
    const mk02 = cmp.regions.find((r) => r.region === "MK02");
    expect(mk02?.themesAdded).toEqual(["wellbeing"]);
    expect(mk02?.themesDropped).toEqual(["green-transition"]);
    const mk11 = cmp.regions.find((r) => r.region === "MK11");
    expect([mk11?.themesAdded, mk11?.themesDropped]).toEqual([[], []]);
    // A region in one round only has no themes added or dropped: it was not compared.
    expect(cmp.regions.find((r) => r.region === "MK04")?.themesAdded).toEqual([]);
  });

  test("AKKE and other funding by region, theme and in total, to the cent", () => {
    expect(cmp.regions.map((r) => r.region)).toEqual(["MK02", "MK04", "MK11", "MK19"]);
    for (const r of cmp.regions) {
      const now = sums(CURRENT, (s) => s.region === r.region);
      const before = sums(PREVIOUS, (s) => s.region === r.region);
      expect([r.akkeCents, r.otherCents, r.akkePreviousCents, r.otherPreviousCents]).toEqual([
        now.akke,
        now.other,
        before.akke,
        before.other,
      ]);
    }
    const themes = new Set([...CURRENT, ...PREVIOUS].map((s) => s.theme));
    expect(new Set(cmp.themes.map((t) => t.theme))).toEqual(themes);
    for (const t of cmp.themes) {
      const now = sums(CURRENT, (s) => s.theme === t.theme);
      const before = sums(PREVIOUS, (s) => s.theme === t.theme);
      expect([t.akkeCents, t.otherCents, t.akkePreviousCents, t.otherPreviousCents]).toEqual([
        now.akke,
        now.other,
        before.akke,
        before.other,
      ]);
    }
    const all = sums(CURRENT, () => true);
    const allBefore = sums(PREVIOUS, () => true);
    expect(cmp.totals).toEqual({
      akkeCents: all.akke,
      otherCents: all.other,
      akkePreviousCents: allBefore.akke,
      otherPreviousCents: allBefore.other,
    });
    // The figures the test expects, written out: 435 000 € AKKE now against 315 000 € before.
    expect([all.akke, allBefore.akke]).toEqual([435_000_00, 315_000_00]);
  });
});

function texts(cells: readonly (readonly CellValue[])[]): string[][] {
  return cells.map((row) =>
    row.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? String(c.value) : "")),
  );
}

const SHEET_WORDS: Record<Lang, { name: string; region: string; added: string; dropped: string }> =
  {
    fi: {
      name: "Muutos edelliseen kierrokseen",
      region: "Varsinais-Suomi",
      added: "Hyvinvoiva väestö ja yhteisöt",
      dropped: "Pudonnut",
    },
    sv: {
      name: "Ändring sedan förra omgången",
      region: "Egentliga Finland",
      added: "Välmående befolkning och samhällen",
      dropped: "Bortfallen",
    },
    en: {
      name: "Change since previous round",
      region: "Southwest Finland",
      added: "Healthy population and communities",
      dropped: "Dropped",
    },
  };

describe.each(LANGS)("the Change since previous round sheet in %s", (lang) => {
  let sheet: readonly (readonly string[])[];
  let names: string[];
  beforeAll(async () => {
    const cmp = await comparison(lang === "fi" ? "sv" : "fi");
    const empty: WorkbookSnapshot = {
      file: "",
      sheets: [],
      registry: [],
      structureProtected: false,
    };
    const plan = consolidationPlan(consolidated(CURRENT), SETTINGS, lang, empty, {
      time: "2026-03-01T10:00:00.000Z",
      date: 46082,
      comparison: cmp,
    });
    const book = await readXlsx((await writeXlsx(plan)).bytes, "summary.xlsx");
    names = book.sheets.map((s) => s.name);
    const found = book.sheets.find((s) => s.name === SHEET_WORDS[lang].name);
    if (!found) throw new Error("no comparison sheet");
    sheet = texts(found.cells);
    // The summary written with a comparison is itself a previous summary for the next round.
    expect(readPreviousSummary(book, SETTINGS).ok).toBe(true);
  });

  test("is written under its name in the language", () => {
    expect(generatedSheetName("previous", lang)).toBe(SHEET_WORDS[lang].name);
    expect(names.filter((n) => !n.startsWith("_"))).toContain(SHEET_WORDS[lang].name);
  });

  test("shows the region row with its counts, money and theme changes", () => {
    const w = SHEET_WORDS[lang];
    const row = sheet.find((r) => r[0] === "MK02" && r[1] === w.region);
    if (!row) throw new Error("no MK02 row");
    // items before, now, new, dropped, continued; AKKE before, now, change
    expect(row.slice(2, 10)).toEqual(["4", "4", "1", "1", "3", "220000", "265000", "45000"]);
    expect(row[13]).toBe(w.added);
    const dropped = sheet.find((r) => r[0] === w.dropped && r[1] === "MK02");
    expect(dropped?.[3]).toBe("4");
  });
});

describe("a workbook that is not a summary this product wrote", () => {
  test("without generated sheets: refused as no-registry", async () => {
    const plain: WorkbookSnapshot = {
      file: "esitys.xlsx",
      sheets: [
        { name: "Esitys", visibility: "visible", isProtected: false, cells: [], tables: [] },
      ],
      registry: [],
      structureProtected: false,
    };
    expect(readPreviousSummary(plain, SETTINGS)).toEqual({
      ok: false,
      file: "esitys.xlsx",
      reason: "no-registry",
    });
  });

  test("with generated sheets but no All items table: refused as no-items-table", async () => {
    const { snapshot } = await writtenSummary(PREVIOUS, "en");
    const withoutItems: WorkbookSnapshot = {
      ...snapshot,
      sheets: snapshot.sheets.filter((s) => s.name !== "All items"),
    };
    expect(readPreviousSummary(withoutItems, SETTINGS)).toMatchObject({
      ok: false,
      reason: "no-items-table",
    });
  });
});
