import { renderMemo } from "../../src/core/memo";
import type { Lang } from "../../src/core/model/lang";
import { compareRounds, readPreviousSummary } from "../../src/core/previous";
import type { RoundComparison } from "../../src/core/previous";
import { consolidated, CURRENT, PREVIOUS, SETTINGS, writtenSummary, type Spec } from "./rounds";

const NBSP = "\u00a0";

function akke(specs: readonly Spec[], region?: string): number {
  let cents = 0;
  for (const s of specs)
    if (region === undefined || s.region === region)
      for (const [source, c] of s.funding) if (source === "akke") cents += c;
  return cents;
}

/** Whole euros grouped in the language's house style (the test's own formatting). */
function grouped(cents: number, lang: Lang): string {
  const digits = String(Math.round(cents / 100));
  const sep = lang === "en" ? "," : NBSP;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

let cmp: RoundComparison;
beforeAll(async () => {
  const read = readPreviousSummary((await writtenSummary(PREVIOUS, "en")).snapshot, SETTINGS);
  if (!read.ok) throw new Error(read.reason);
  cmp = compareRounds(read.summary, consolidated(CURRENT), SETTINGS);
});

const WORDS: Record<
  Lang,
  {
    heading: string;
    intro: string;
    byObjective: string;
    changes: string;
    akke: (now: string, before: string) => string;
    notNow: string;
    added: string;
  }
> = {
  fi: {
    heading: "Muutos edelliseen kierrokseen",
    intro: "jatkuvia kohteita 4, uusia 2, pudonneita 1.",
    byObjective: "tunnistettiin tavoitteen perusteella, koska niiden numero oli muuttunut: 2.",
    changes:
      "Kohteita, joiden toteutumisen tila muuttui: 1; kohteita, joiden seurantamittarin arvo muuttui: 2.",
    akke: (now, before) =>
      `AKKE-rahoitusta esitetään ${now}${NBSP}euroa (edellisellä kierroksella ${before}${NBSP}euroa)`,
    notNow: "ei ole tällä kierroksella esitystä: Lappi.",
    added: "Uudet teemat: Varsinais-Suomi: Hyvinvoiva väestö ja yhteisöt.",
  },
  sv: {
    heading: "Förändring sedan föregående omgång",
    intro: "fortsatta objekt 4, nya 2, bortfallna 1.",
    byObjective: "identifierades genom målet eftersom numret hade ändrats: 2.",
    changes:
      "Objekt med ändrad genomförandestatus: 1; objekt med ändrat värde för uppföljningsindikatorn: 2.",
    akke: (now, before) =>
      `AKKE-finansiering föreslås till ${now}${NBSP}euro (i föregående omgång ${before}${NBSP}euro)`,
    notNow: "inget förslag i denna omgång: Lappland.",
    added: "Nya teman: Egentliga Finland: Välmående befolkning och samhällen.",
  },
  en: {
    heading: "Change since the previous round",
    intro: "continued items 4, new 2, dropped 1.",
    byObjective: "matched by their objective because their number had changed: 2.",
    changes:
      "Items whose implementation status changed: 1; items whose monitoring indicator's value changed: 2.",
    akke: (now, before) =>
      `AKKE funding proposed is EUR ${now} (EUR ${before} in the previous round)`,
    notNow: "without a proposal in this round: Lapland.",
    added: "Themes added: Southwest Finland: Healthy population and communities.",
  },
};

describe.each(["fi", "sv", "en"] as Lang[])(
  "the memo's change since the previous round in %s",
  (lang) => {
    const w = WORDS[lang];
    let text: string;
    let html: string;
    beforeAll(() => {
      ({ text, html } = renderMemo(consolidated(CURRENT), SETTINGS, {
        lang,
        date: "2026-03-20",
        comparison: cmp,
      }));
    });

    test("has its heading and the sentences with the test's own figures", () => {
      expect(html).toContain(`>${w.heading}</h2>`);
      expect(text).toContain(w.intro);
      expect(text).toContain(w.byObjective);
      expect(text).toContain(w.changes);
      expect(text).toContain(w.akke(grouped(akke(CURRENT), lang), grouped(akke(PREVIOUS), lang)));
      expect(text).toContain(w.notNow);
      expect(text).toContain(w.added);
    });

    test("has a table by region: items before and now, new, dropped, AKKE before and now", () => {
      const regionName = {
        fi: "Varsinais-Suomi",
        sv: "Egentliga Finland",
        en: "Southwest Finland",
      }[lang];
      const section = text.slice(text.indexOf(`\n${w.heading}\n`));
      const line = section.split("\n").find((l) => l.startsWith(regionName) && /\d/.test(l));
      if (!line) throw new Error("no row");
      const cells = line.slice(regionName.length).trim().split(/ {2,}/);
      expect(cells).toEqual([
        "4",
        "4",
        "1",
        "1",
        grouped(akke(PREVIOUS, "MK02"), lang),
        grouped(akke(CURRENT, "MK02"), lang),
        expect.any(String),
        expect.any(String),
      ]);
    });

    test("is left out without a previous summary", () => {
      const plain = renderMemo(consolidated(CURRENT), SETTINGS, { lang, date: "2026-03-20" });
      expect(plain.html).not.toContain(w.heading);
    });
  },
);
