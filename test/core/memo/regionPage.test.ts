/**
 * The page per region (docs/region-page.md) in fi, sv and en: the figures are computed
 * here from the round's own numbers, not with the product's formatting; every workbook
 * value is escaped in the HTML; a region without a proposal gets a short page.
 */
import { consolidate } from "../../../src/core/consolidate";
import { regionPage, regionPageFileName } from "../../../src/core/memo";
import type { Lang } from "../../../src/core/model/lang";
import type { FundingLine, RegionProposal } from "../../../src/core/model/round";
import { issue, item, line, proposal, settings } from "../consolidate/fixtures";

const DATE = "2026-03-20";
const LANGS = ["fi", "sv", "en"] as const;
const SCRIPT = "<script>alert(1)</script>";
const ENVELOPE = 16_000_000_00;

const SATAKUNTA_LINES: FundingLine[] = [
  line("1", "akke", [
    [2026, 500_000_00],
    [2027, 376_000_00],
  ]),
  line("1", "eu-structural", [[2026, 120_000_00]]),
  line("2", "municipalities", [
    [2026, 30_000_00],
    [2027, 20_000_00],
  ]),
  // Names no item of the proposal: still the region's other funding.
  line("9", "private", [[2026, 5_000_00]]),
];

function round() {
  const s = settings({
    envelopeCents: ENVELOPE,
    deadline: 46096, // 15.3.2026
    author: "Maija Virtanen",
    allocations: [
      { region: "MK04", cents: 866_000_00, maxShare: null },
      { region: "MK02", cents: 1_000_000_00, maxShare: null },
      { region: "MK06", cents: 750_000_00, maxShare: null },
      { region: "MK18", cents: 700_000_00, maxShare: null },
    ],
  });
  const proposals: RegionProposal[] = [
    proposal(
      "MK04",
      [
        item("1", {
          theme: "rdi",
          objective: `${SCRIPT} & TKI`,
          level: "national",
          leadMinistry: "TEM",
          nationalMeasure: "Rahoitus & <b>malli</b>",
          legislation: "Muutos <i>joustoon</i>",
          statute: "380/2023 5 §",
          expertSupport: "Apua 'arviointiin'",
          ministryPosition: "supports",
          indicator: 'TKI-menot "€"',
          baseline: "2 %",
          target: "4 %",
          targetYear: 2028,
        }),
        item("2", {
          theme: "accessibility",
          objective: "Rataverkko",
          level: "interregional",
          leadMinistry: "LVM",
          nationalMeasure: "Väylärahoitus",
          legislation: "Uusi säännös",
          statute: "123/2020",
        }),
      ],
      SATAKUNTA_LINES,
      { date: 46100 }, // 19.3.2026, after the deadline
    ),
    proposal(
      "MK02",
      [item("1", { theme: "wellbeing", objective: "Hyvinvointi" })],
      [line("1", "akke", [[2026, 900_000_00]])],
      { date: 46090 },
    ),
    proposal("MK06", [item("1")], [line("1", "akke", [[2026, 750_000_00]])]),
  ];
  const issues = [issue("MK04", "error")];
  return { settings: s, consolidation: consolidate(proposals, s, issues) };
}

const NBSP = "\u00a0";

/** Whole euros with the language's digit groups (after no-break spaces are made spaces). */
function grouped(cents: number, lang: Lang): string {
  const digits = String(Math.round(cents / 100));
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "en" ? "," : " ");
}

function euros(cents: number, lang: Lang, by = false): string {
  const n = grouped(cents, lang);
  if (lang === "fi") return `${n} ${by ? "eurolla" : "euroa"}`;
  if (lang === "sv") return `${n} euro`;
  return `EUR ${n}`;
}

/** A share in per cent with one decimal, rounded half up, in the language's form. */
function percent(part: number, whole: number, lang: Lang): string {
  const tenths = Math.round((part * 1000) / whole);
  const text = `${Math.floor(tenths / 10)}${lang === "en" ? "." : ","}${tenths % 10}`;
  return lang === "en" ? `${text}%` : `${text} %`;
}

function sum(lines: readonly FundingLine[], akke: boolean): number {
  return lines
    .filter((l) => (l.fundingSource === "akke") === akke)
    .reduce((s, l) => s + l.years.reduce((t, y) => t + y.cents, 0), 0);
}

/** The page's plain text and its HTML read as text, no-break spaces as spaces. */
function page(region: string, lang: Lang) {
  const r = round();
  const rendered = regionPage(r.consolidation, r.settings, region, { lang, date: DATE });
  const html = rendered.html
    .replace(/<br>/g, "\n")
    .replace(/<\/(p|li|h\d|tr)>/g, "\n")
    .replace(/<\/t[dh]>/g, " | ")
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  const plain = (s: string): string => s.split(NBSP).join(" ");
  return { ...rendered, views: [plain(rendered.text), plain(html)] };
}

function expectIn(region: string, lang: Lang, phrases: readonly string[]): void {
  for (const view of page(region, lang).views) for (const p of phrases) expect(view).toContain(p);
}

const AKKE = sum(SATAKUNTA_LINES, true);
const OTHER = sum(SATAKUNTA_LINES, false);
const ALLOCATION = 866_000_00;

describe("the page of a region that sent a proposal", () => {
  const expected: Record<Lang, string[]> = {
    fi: [
      "TYÖ- JA ELINKEINOMINISTERIÖ",
      "MUISTIOLUONNOS",
      "20.3.2026",
      "VN/1234/2026",
      "Laatija: Maija Virtanen",
      "Aluekehittämiskeskustelu ALKE 2026: Satakunta",
      "Satakunnan esityksessä on kaksi kohdetta ja kaksi teemaa.",
      "Esitys saapui 19.3.2026 eli määräajan jälkeen.",
      "Esitystä on vielä täydennettävä.",
      "Teemat ja tavoitteet",
      "Esitetyt kansalliset toimenpiteet",
      "Kohde 1: Rahoitus & <b>malli</b>",
      "Laki työvoimapalvelujen järjestämisestä (380/2023) – TEM",
      "Kohde 1: Muutos <i>joustoon</i> (5 §)",
      "Säädös 123/2020 (ministeriö ei tiedossa)",
      "Kohde 1: Apua 'arviointiin'",
      "Ministeriöiden kannat",
      "Tukee",
      `Satakunnan AKKE-esitys on ${euros(AKKE, "fi")}; AKKE-jako on ${euros(ALLOCATION, "fi")}, joten esitys ylittää jaon ${euros(AKKE - ALLOCATION, "fi", true)}.`,
      `Esitys on ${percent(AKKE, ENVELOPE, "fi")} kierroksen AKKE-määrärahasta (${euros(ENVELOPE, "fi")}), ja AKKE-jako on ${percent(ALLOCATION, ENVELOPE, "fi")} siitä.`,
      "Muu rahoitus lähteittäin:",
      "(ei kohdistettu kohteeseen)",
      'TKI-menot "€"',
      "2028",
    ],
    sv: [
      "ARBETS- OCH NÄRINGSMINISTERIET",
      "PROMEMORIAUTKAST",
      "Regionutvecklingsdiskussion ALKE 2026: Satakunta",
      "Förslaget från Satakunta innehåller två objekt och två teman.",
      "Förslaget inkom 19.3.2026, dvs. efter tidsfristen.",
      "Teman och mål",
      "Objekt 1: Rahoitus & <b>malli</b>",
      "Författning 123/2020 (ministeriet inte identifierat)",
      `AKKE-förslaget från Satakunta är ${euros(AKKE, "sv")}; AKKE-fördelningen är ${euros(ALLOCATION, "sv")}, så förslaget överskrider fördelningen med ${euros(AKKE - ALLOCATION, "sv")}.`,
      `Förslaget utgör ${percent(AKKE, ENVELOPE, "sv")} av omgångens AKKE-anslag (${euros(ENVELOPE, "sv")}), och AKKE-fördelningen ${percent(ALLOCATION, ENVELOPE, "sv")}.`,
      "Stöder",
    ],
    en: [
      "MINISTRY OF ECONOMIC AFFAIRS AND EMPLOYMENT",
      "DRAFT MEMORANDUM",
      "20 March 2026",
      "Regional development discussion ALKE 2026: Satakunta",
      "The proposal from Satakunta contains two items and two themes.",
      "The proposal was received on 19 March 2026, after the deadline.",
      "Themes and objectives",
      "Item 1: Rahoitus & <b>malli</b>",
      "Statute 123/2020 (ministry not identified)",
      `The AKKE proposal of Satakunta is ${euros(AKKE, "en")}; the AKKE allocation is ${euros(ALLOCATION, "en")}, so the proposal exceeds the allocation by ${euros(AKKE - ALLOCATION, "en")}.`,
      `The proposal is ${percent(AKKE, ENVELOPE, "en")} of the round's AKKE envelope (${euros(ENVELOPE, "en")}), and the AKKE allocation ${percent(ALLOCATION, ENVELOPE, "en")}.`,
      "Supports",
    ],
  };
  it.each(LANGS)("says what the region proposes, with its figures, in %s", (lang) => {
    expectIn("MK04", lang, expected[lang]);
  });

  it.each(LANGS)(
    "lists other funding by source, totalling the region's other funding, in %s",
    (lang) => {
      const { text } = page("MK04", lang);
      const plain = text.split(NBSP).join(" ");
      const cell = (cents: number): string => grouped(cents, lang);
      const table = plain.slice(
        plain.indexOf(
          lang === "fi"
            ? "Muu rahoitus lähteittäin:"
            : lang === "sv"
              ? "Annan finansiering per källa:"
              : "Other funding by source:",
        ),
      );
      for (const l of SATAKUNTA_LINES.filter((x) => x.fundingSource !== "akke"))
        expect(table).toContain(cell(l.years.reduce((s, y) => s + y.cents, 0)));
      const totalLine = table.split("\n").find((l) => /^(Yhteensä|Totalt|Total)\s/.test(l));
      expect(totalLine).toBeDefined();
      expect(totalLine?.trim().endsWith(cell(OTHER))).toBe(true);
    },
  );

  it.each(LANGS)("escapes every workbook value in the HTML, in %s", (lang) => {
    const { html, text } = page("MK04", lang);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<i>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; TKI");
    expect(html).toContain("Rahoitus &amp; &lt;b&gt;malli&lt;/b&gt;");
    expect(html).toContain("Apua &#39;arviointiin&#39;");
    expect(html).toContain("TKI-menot &quot;€&quot;");
    // The text is for pasting as it is: the values as the region wrote them.
    expect(text).toContain(`${SCRIPT} & TKI`);
  });

  it("has the title of the page as its title", () => {
    expect(page("MK04", "fi").title).toBe("Aluekehittämiskeskustelu ALKE 2026: Satakunta");
    expect(page("MK04", "en").title).toBe("Regional development discussion ALKE 2026: Satakunta");
  });
});

describe("AKKE against the allocation", () => {
  it("says how much of the allocation is still to be proposed", () => {
    const akke = 900_000_00;
    const allocation = 1_000_000_00;
    expectIn("MK02", "fi", [
      `Varsinais-Suomen AKKE-esitys on ${euros(akke, "fi")}; AKKE-jako on ${euros(allocation, "fi")}, josta on vielä esittämättä kohteisiin ${euros(allocation - akke, "fi")}.`,
      "Esityksessä ei ole muuta rahoitusta.",
      "Esityksessä ei ole kansallisella tai ylimaakunnallisella tasolla käsiteltäviä kohteita.",
      "Esityksessä ei ole säädösmuutostarpeita.",
      "Esityksessä ei pyydetä valtion asiantuntijatukea.",
      "Esityksessä ei ole seurantamittareita.",
    ]);
    expectIn("MK02", "en", [
      `The AKKE proposal of Southwest Finland is ${euros(akke, "en")}; the AKKE allocation is ${euros(allocation, "en")}, of which ${euros(allocation - akke, "en")} has not yet been proposed for items.`,
    ]);
  });

  it.each(LANGS)("says when the proposal equals the allocation, in %s", (lang) => {
    const phrase: Record<Lang, string> = {
      fi: `Pirkanmaan AKKE-esitys on ${euros(750_000_00, "fi")}, mikä vastaa AKKE-jakoa.`,
      sv: `AKKE-förslaget från Birkaland är ${euros(750_000_00, "sv")}, vilket motsvarar AKKE-fördelningen.`,
      en: `The AKKE proposal of Pirkanmaa is ${euros(750_000_00, "en")}, equal to the AKKE allocation.`,
    };
    expectIn("MK06", lang, [phrase[lang]]);
  });
});

describe("a region that sent no proposal", () => {
  const allocation = 700_000_00;
  it.each(LANGS)("gets a short page with its allocation, in %s", (lang) => {
    const phrases: Record<Lang, string[]> = {
      fi: [
        "Aluekehittämiskeskustelu ALKE 2026: Kainuu",
        "Kainuu ei ole toimittanut esitystä.",
        `Maakunnan AKKE-jako on ${euros(allocation, "fi")} eli ${percent(allocation, ENVELOPE, "fi")} kierroksen AKKE-määrärahasta.`,
      ],
      sv: [
        "Regionutvecklingsdiskussion ALKE 2026: Kajanaland",
        "Kajanaland har inte lämnat något förslag.",
        `Landskapets AKKE-fördelning är ${euros(allocation, "sv")}, dvs. ${percent(allocation, ENVELOPE, "sv")} av omgångens AKKE-anslag.`,
      ],
      en: [
        "Regional development discussion ALKE 2026: Kainuu",
        "Kainuu has not submitted a proposal.",
        `The region's AKKE allocation is ${euros(allocation, "en")}, or ${percent(allocation, ENVELOPE, "en")} of the round's AKKE envelope.`,
      ],
    };
    expectIn("MK18", lang, phrases[lang]);
    const { text } = page("MK18", lang);
    expect(text).not.toMatch(/Teemat ja tavoitteet|Teman och mål|Themes and objectives/);
  });

  it("says so when the round gives it no allocation", () => {
    expectIn("MK19", "fi", [
      "Lappi ei ole toimittanut esitystä.",
      "Kierroksen asetuksissa ei ole maakunnalle AKKE-jakoa.",
    ]);
  });
});

describe("regionPageFileName", () => {
  it("names the file by the region in the language, safely", () => {
    expect(regionPageFileName("MK04", "fi")).toBe("Satakunta-alkekeskustelu.html");
    expect(regionPageFileName("MK15", "sv")).toBe("Österbotten-regionutvecklingsdiskussion.html");
    expect(regionPageFileName("MK02", "en")).toBe(
      "Southwest-Finland-regional-development-discussion.html",
    );
    expect(regionPageFileName("../x", "fi")).not.toContain("/");
  });
});
