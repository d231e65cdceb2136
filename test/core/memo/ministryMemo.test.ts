/**
 * The memo as the TEM official who signs it reads it (docs/memo.md): each point of the
 * ministry's review, in fi, sv and en, on the plain text and on the HTML alike.
 */
import { renderMemo } from "../../../src/core/memo";
import type { Lang } from "../../../src/core/model/lang";
import { ELIGIBLE_REGION_CODES } from "../../../src/core/vocabulary/regions";
import { ministryRound } from "./ministryRound";

const DATE = "2026-03-20";
const LANGS = ["fi", "sv", "en"] as const;

/** The memo's text and its HTML as text (tags dropped, entities read), no-break spaces as spaces. */
function both(lang: Lang): { text: string; html: string; raw: string } {
  const round = ministryRound();
  const memo = renderMemo(round.consolidation, round.settings, { lang, date: DATE });
  const html = memo.html
    .replace(/<br>/g, "\n")
    .replace(/<\/(p|li|h\d|tr)>/g, "\n")
    .replace(/<\/t[dh]>/g, " | ")
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  const plain = (s: string): string => s.replace(/\u00a0/g, " ");
  return { text: plain(memo.text), html: plain(html), raw: memo.text };
}

/** Asserts that text and HTML both contain (or both lack) every phrase. */
function expectIn(
  lang: Lang,
  phrases: readonly string[],
  absent: readonly (string | RegExp)[] = [],
) {
  const { text, html } = both(lang);
  for (const view of [text, html]) {
    for (const p of phrases) expect(view).toContain(p);
    for (const a of absent) {
      if (typeof a === "string") expect(view).not.toContain(a);
      else expect(view).not.toMatch(a);
    }
  }
}

/** The plain text between a heading and the next heading. */
function section(text: string, heading: string): string {
  const from = text.indexOf(`\n${heading}\n`);
  if (from < 0) throw new Error(`no section ${heading}`);
  const rest = text.slice(from + heading.length + 2);
  const next = rest.search(/\n[^\n]+\n-{3,}\n/);
  return next < 0 ? rest : rest.slice(0, next);
}

describe("1. the header block of a ministry memo", () => {
  const expected: Record<Lang, string[]> = {
    fi: [
      "TYÖ- JA ELINKEINOMINISTERIÖ",
      "MUISTIO",
      "20.3.2026",
      "VN/1234/2026",
      "Laatija: Maija Virtanen",
    ],
    sv: [
      "ARBETS- OCH NÄRINGSMINISTERIET",
      "PROMEMORIA",
      "20.3.2026",
      "VN/1234/2026",
      "Utarbetad av: Maija Virtanen",
    ],
    en: [
      "MINISTRY OF ECONOMIC AFFAIRS AND EMPLOYMENT",
      "MEMORANDUM",
      "20 March 2026",
      "VN/1234/2026",
      "Prepared by: Maija Virtanen",
    ],
  };
  it.each(LANGS)("names the ministry, unit, kind, date, diary number and author in %s", (lang) => {
    expectIn(lang, expected[lang], ["Muistio:", "Promemoria:", "Memorandum:"]);
    const { text } = both(lang);
    // The header block comes before the title, the ministry on the first line.
    expect(text.split("\n")[0]).toMatch(new RegExp(`^${expected[lang][0]} +${expected[lang][1]}$`));
    expect(text.indexOf(expected[lang][4])).toBeLessThan(text.indexOf("ALKE 2026"));
  });

  it("leaves the author out when the settings have none", () => {
    const round = ministryRound();
    const { text } = renderMemo(
      round.consolidation,
      { ...round.settings, author: undefined },
      { lang: "fi", date: DATE },
    );
    expect(text).not.toContain("Laatija");
  });
});

describe("2. counts in words a person writes", () => {
  it.each([
    ["fi", ["Esityksen toimitti 17 maakuntaa 18:sta.", "enintään kolme teemaa"]],
    ["sv", ["17 av 18 landskap lämnade förslag.", "högst tre teman"]],
    ["en", ["17 of the 18 regions submitted a proposal.", "at most three themes"]],
  ] as const)("in %s", (lang, phrases) => {
    expectIn(lang, phrases, [/\d+ \/ 18/]);
  });
});

describe("3. no false money statements", () => {
  it.each([
    ["fi", "Kainuun AKKE-jakoa (700 000 euroa) ei ole vielä esitetty kohteisiin."],
    ["sv", "AKKE-fördelningen för Kajanaland (700 000 euro) har ännu inte föreslagits för objekt."],
    ["en", "The AKKE allocation of Kainuu (EUR 700,000) has not yet been proposed for items."],
  ] as const)(
    "says an allocation not proposed is not yet proposed, never unused, in %s",
    (lang, phrase) => {
      expectIn(lang, [phrase], ["käyttämättä", "återstår", "unused"]);
    },
  );

  it.each(LANGS)("tabulates all 18 regions, the total the sum of the rows, in %s", (lang) => {
    const { text } = both(lang);
    const heading = { fi: "Rahoitus", sv: "Finansiering", en: "Funding" }[lang];
    const rows = section(text, heading)
      .split("\n")
      .filter((l) => /^\S/.test(l) && / {2}/.test(l) && !/^-/.test(l));
    // Header, 18 regions, total.
    expect(rows).toHaveLength(20);
    const money = (cell: string): number => Number(cell.replace(/[ ,]/g, ""));
    const cells = rows.slice(1).map((r) => r.split(/ {2,}/));
    const allocations = cells.slice(0, 18).map((c) => money(c[3]));
    expect(cells[18][3]).toBe(lang === "en" ? "15,422,000" : "15 422 000");
    expect(allocations.reduce((s, v) => s + v, 0)).toBe(15_422_000);
    const kainuu = cells.find((c) => c[0] === (lang === "sv" ? "Kajanaland" : "Kainuu"));
    expect(kainuu?.slice(1, 5)).toEqual([
      "–",
      "–",
      lang === "en" ? "700,000" : "700 000",
      lang === "en" ? "700,000" : "700 000",
    ]);
  });

  it.each([
    ["fi", "AKKE-määräraha on 16 000 000 euroa, josta maakunnille on jaettu 15 422 000 euroa."],
    ["sv", "AKKE-anslaget är 16 000 000 euro, varav 15 422 000 euro har fördelats på landskapen."],
    [
      "en",
      "The AKKE envelope is EUR 16,000,000, of which EUR 15,422,000 has been allocated to the regions.",
    ],
  ] as const)("states the envelope apart from the table in %s", (lang, phrase) => {
    expectIn(lang, [phrase]);
  });

  it.each(LANGS)("writes the annex's amounts in exact euros in %s", (lang) => {
    const { text } = both(lang);
    const annex = section(text, { fi: "Liite", sv: "Bilaga", en: "Annex" }[lang]);
    expect(annex).not.toMatch(/milj\.|miljoner|million/);
    expect(annex).toContain(lang === "en" ? "EUR 943,053" : "943 053 euro");
    expect(annex).toContain(lang === "en" ? "EUR 866,000" : "866 000 euro");
  });
});

describe("4. AKKE and the legal basis spelt out", () => {
  it.each([
    [
      "fi",
      "alueiden kestävän kasvun ja elinvoiman tukeminen (AKKE, momentti 32.30.40)",
      "(756/2021) ja laki alueiden kehittämisen ja Euroopan unionin alue- ja rakennepolitiikan hankkeiden rahoittamisesta (757/2021)",
    ],
    [
      "sv",
      "stödjande av hållbar tillväxt och livskraft i regionerna (AKKE, moment 32.30.40)",
      "(756/2021) och lag om finansiering av regionutveckling och av projekt inom Europeiska unionens regional- och strukturpolitik (757/2021)",
    ],
    [
      "en",
      "supporting sustainable growth and vitality of the regions (AKKE, budget item 32.30.40)",
      "(756/2021) and Act on the Financing of Regional Development and Projects under the European Union's Regional and Structural Policy (757/2021)",
    ],
  ] as const)("at the first mention, in %s", (lang, akke, acts) => {
    expectIn(lang, [akke, acts]);
    for (const view of Object.values(both(lang)).slice(0, 2)) {
      expect(view.indexOf("AKKE")).toBe(view.indexOf(akke) + akke.indexOf("AKKE"));
    }
  });
});

describe("5. legislation by statute and the ministry that owns it", () => {
  it.each([
    [
      "fi",
      "TEM – työ- ja elinkeinoministeriö",
      "14 maakuntaa esittää muutoksia lakiin työvoimapalvelujen järjestämisestä (380/2023):",
      "Ministeriö ei tiedossa",
      "Pirkanmaa esittää muutoksia säädökseen 123/2020:",
    ],
    [
      "sv",
      "ANM – arbets- och näringsministeriet",
      "14 landskap föreslår ändringar i lagen om ordnande av arbetskraftsservice (380/2023):",
      "Ministeriet inte identifierat",
      "Birkaland föreslår ändringar i författning 123/2020:",
    ],
    [
      "en",
      "TEM – Ministry of Economic Affairs and Employment",
      "14 regions propose changes to the Act on the Organisation of Employment Services (380/2023):",
      "Ministry not identified",
      "Pirkanmaa proposes changes to statute 123/2020:",
    ],
  ] as const)(
    "groups the 14 requests on 380/2023 once, under TEM, whoever leads the items, in %s",
    (lang, tem, statute, unknown, unknownStatute) => {
      expectIn(lang, [statute, unknown, unknownStatute]);
      const { text } = both(lang);
      const at = text.indexOf(statute);
      expect(text.slice(at - tem.length - 2, at)).toBe(`${tem}\n\n`);
      expect(text.split("(380/2023)")).toHaveLength(2);
      const requests = text.slice(at + statute.length).split("\n\n")[1];
      expect(requests.split("\n")).toHaveLength(14);
      // Unknown statutes come after the known ministries.
      expect(text.indexOf(unknown)).toBeGreaterThan(text.indexOf(statute));
    },
  );
});

describe("6. no tool language", () => {
  it.each([
    ["fi", "Pohjois-Karjalan esitystä on vielä täydennettävä."],
    ["sv", "Förslaget från Norra Karelen behöver ännu kompletteras."],
    ["en", "The proposal from North Karelia still needs to be completed."],
  ] as const)("one readiness sentence, only for the region not ready, in %s", (lang, phrase) => {
    expectIn(
      lang,
      [phrase],
      [/virhe/i, /varoitu/i, /\bfel\b/i, /varning/i, /\berrors?\b/i, /warnings?/i],
    );
    const { text } = both(lang);
    expect(text.split(phrase)).toHaveLength(2);
  });

  it("says nothing about readiness when every region is ready", () => {
    const round = ministryRound();
    const ready = round.consolidation.regions.map((r) => ({ ...r, flagged: false, errors: 0 }));
    const { text } = renderMemo({ ...round.consolidation, regions: ready }, round.settings, {
      lang: "fi",
      date: DATE,
    });
    expect(text).not.toContain("täydennettävä");
    expect(text).not.toContain("ei ole virheitä");
  });
});

describe("7. levels", () => {
  it.each([
    [
      "fi",
      "Kansallisella tai ylimaakunnallisella tasolla käsiteltäviä kohteita on 34",
      /molemmilla/,
    ],
    ["sv", "på nationell eller landskapsöverskridande nivå: 34", /eller båda/],
    ["en", "at national or interregional level: 34", /or both/],
  ] as const)("in %s", (lang, phrase, absent) => {
    expectIn(lang, [phrase], [absent]);
  });
});

describe("8. the sections the official needs", () => {
  const headings = {
    fi: ["Valtion asiantuntijatuki", "Ministeriöiden kannat", "Jatkotoimenpiteet"],
    sv: ["Statens sakkunnigstöd", "Ministeriernas ståndpunkter", "Fortsatta åtgärder"],
    en: ["State expert support", "Ministry positions", "Next steps"],
  } as const;

  it.each(LANGS)("has expert support, positions and next steps in %s", (lang) => {
    const { text, html } = both(lang);
    for (const h of headings[lang]) {
      expect(text).toContain(`\n${h}\n`);
      expect(html).toContain(`${h}\n`);
    }
  });

  it.each(LANGS)("lists the expert support requests by ministry in %s", (lang) => {
    const { text } = both(lang);
    const support = section(text, headings[lang][0]);
    const lvm = support.indexOf(lang === "sv" ? "KM – " : "LVM – ");
    const tem = support.indexOf(lang === "sv" ? "ANM – " : "TEM – ");
    expect(lvm).toBeGreaterThanOrEqual(0);
    expect(tem).toBeGreaterThan(lvm);
    expect(support.slice(lvm, tem)).toContain("Liikenneviraston asiantuntija");
    expect(support.slice(tem)).toContain("Väyläviraston suunnitteluapu");
  });

  it.each([
    [
      "fi",
      "(34) ministeriön kanta on kirjattu: kaksi.",
      "TEM – työ- ja elinkeinoministeriö: tukee 1; kanta puuttuu: Satakunta (1)",
    ],
    [
      "sv",
      "(34) har ministeriets ståndpunkt antecknats för: två.",
      "ANM – arbets- och näringsministeriet: stöder 1; ståndpunkt saknas: Satakunta (1)",
    ],
    [
      "en",
      "(34), a ministry position has been recorded for: two.",
      "TEM – Ministry of Economic Affairs and Employment: supports 1; no position yet: Satakunta (1)",
    ],
  ] as const)("summarises the positions by ministry in %s", (lang, intro, tem) => {
    expectIn(lang, [intro, tem]);
  });

  it.each(LANGS)("lists the items without a follow-up decision by ministry in %s", (lang) => {
    const { text } = both(lang);
    const next = section(text, headings[lang][2]);
    const items = next.split("\n").filter((l) => l.startsWith("- "));
    // 34 national or interregional items, one (Varsinais-Suomi 1) decided.
    expect(items).toHaveLength(33);
    expect(next).not.toContain(
      `${lang === "sv" ? "Egentliga Finland" : lang === "en" ? "Southwest Finland" : "Varsinais-Suomi"} (1)`,
    );
  });

  it("leaves the positions out when none is recorded", () => {
    const round = ministryRound();
    const questions = round.consolidation.nationalQuestions.map((q) => ({
      ...q,
      item: { ...q.item, ministryPosition: null },
    }));
    const { text } = renderMemo(
      { ...round.consolidation, nationalQuestions: questions },
      round.settings,
      { lang: "fi", date: DATE },
    );
    expect(text).not.toContain("Ministeriöiden kannat");
  });
});

describe("9. overruns", () => {
  it.each([
    [
      "fi",
      "Satakunnan AKKE-rahoitus (876 000 euroa) ylittää sen AKKE-jaon 10 000 eurolla.",
      "ylittää AKKE-jaon 10 000 eurolla",
    ],
    [
      "sv",
      "AKKE-finansieringen för Satakunta (876 000 euro) överskrider landskapets AKKE-fördelning med 10 000 euro.",
      "överskrider AKKE-fördelningen med 10 000 euro",
    ],
    [
      "en",
      "The AKKE funding of Satakunta (EUR 876,000) exceeds its AKKE allocation by EUR 10,000.",
      "over the AKKE allocation by EUR 10,000",
    ],
  ] as const)("say by how much, never a negative difference, in %s", (lang, finding, note) => {
    expectIn(lang, [finding, note], [/[−-]\s?10[ ,]000/, "Erotus", "Differens", "Difference"]);
  });
});

it("counts the round's regions from the vocabulary", () => {
  expect(ELIGIBLE_REGION_CODES).toHaveLength(18);
});
