import { consolidate } from "../../../src/core/consolidate";
import { translate } from "../../../src/core/i18n/translate";
import { renderMemo } from "../../../src/core/memo";
import type { Lang } from "../../../src/core/model/lang";
import { DEFAULT_LEGAL_BASIS } from "../../../src/core/rules/round/defaults";
import { item, line, proposal, settings } from "../consolidate/fixtures";
import { FORMULA, NBSP, SCRIPT, smallRound, sumCents } from "./round";

const DATE = "2026-03-20";

function memo(lang: Lang, round = smallRound()) {
  return renderMemo(round.consolidation, round.settings, { lang, date: DATE });
}

/** The cells of the first plain-text table row that starts with `label` (after a heading). */
function textRow(text: string, label: string, heading = ""): string[] {
  const from = heading === "" ? 0 : text.indexOf(`\n${heading}\n`);
  const row = text
    .slice(from)
    .split("\n")
    .find((l) => l.startsWith(`${label}  `));
  if (row === undefined) throw new Error(`no row ${label}`);
  return row.split(/ {2,}/);
}

const HEADINGS: Record<Lang, string[]> = {
  fi: [
    "Tausta",
    "Keskeiset havainnot",
    "Teemat",
    "Kansalliset kysymykset ja säädösmuutostarpeet",
    "Valtion asiantuntijatuki",
    "Rahoitus",
    "Seuranta",
    "Jatkotoimenpiteet",
    "Liite",
  ],
  sv: [
    "Bakgrund",
    "Centrala iakttagelser",
    "Teman",
    "Nationella frågor och behov av författningsändringar",
    "Statens sakkunnigstöd",
    "Finansiering",
    "Uppföljning",
    "Fortsatta åtgärder",
    "Bilaga",
  ],
  en: [
    "Background",
    "Key findings",
    "Themes",
    "National questions and legislative needs",
    "State expert support",
    "Funding",
    "Monitoring",
    "Next steps",
    "Annex",
  ],
};

describe("renderMemo", () => {
  const round = smallRound();
  const lines = round.proposals.flatMap((p) => p.funding);
  const mk04 = round.proposals[0].funding;

  it("adds up the figures the memo states", () => {
    // Independent of the consolidation: straight from the funding lines of the round.
    expect(sumCents(lines, true)).toBe(3_016_000_00);
    expect(sumCents(lines, false)).toBe(421_000_00);
    expect(sumCents(mk04, true)).toBe(866_000_00);
  });

  it.each(["fi", "sv", "en"] as const)("has the headings of § 8 in order in %s", (lang) => {
    const { html, text } = memo(lang);
    const h2 = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual(HEADINGS[lang]);
    const positions = HEADINGS[lang].map((h) => text.indexOf(`\n${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("writes the Finnish figures in house style with no-break spaces", () => {
    const { text } = memo("fi");
    expect(text).toContain("Esityksen toimitti kolme maakuntaa 18:sta.");
    expect(text).toContain(`AKKE-rahoitusta yhteensä 3,0${NBSP}milj.${NBSP}euroa`);
    expect(text).toContain(`määrärahasta (16,0${NBSP}milj.${NBSP}euroa)`);
    expect(text).toContain(
      `AKKE-rahoitusta esitetään 866${NBSP}000${NBSP}euroa (AKKE-jako 900${NBSP}000${NBSP}euroa)`,
    );
    expect(text).toContain(`Muuta rahoitusta esitetään 421${NBSP}000${NBSP}euroa eli 0,14 euroa`);
    expect(text).toContain(`enintään 80${NBSP}% kohteen rahoituksesta`);
    expect(text).not.toMatch(/\d \d{3}\b/);
    expect(text).toContain("Maakuntien esitysten määräaika: 15.3.2026.");
    expect(text).toMatch(
      /^TYÖ- JA ELINKEINOMINISTERIÖ +MUISTIO\n.* +20\.3\.2026\n +VN\/1234\/2026\n/,
    );
  });

  it("writes the Swedish figures in house style", () => {
    const { text } = memo("sv");
    expect(text).toContain("Tre av 18 landskap lämnade förslag.");
    expect(text).toContain(`16,0${NBSP}miljoner${NBSP}euro`);
    expect(text).toContain(`föreslås till 866${NBSP}000${NBSP}euro (AKKE-fördelning`);
    expect(text).toContain(`80${NBSP}%`);
    expect(text).toMatch(/^ARBETS- OCH NÄRINGSMINISTERIET +PROMEMORIA\n.* +20\.3\.2026\n/);
  });

  it("writes the English figures in house style", () => {
    const { text } = memo("en");
    expect(text).toContain("Three of the 18 regions submitted a proposal.");
    expect(text).toContain("of the envelope (EUR 16.0 million)");
    expect(text).toContain("The regions propose EUR 3.0 million of AKKE funding in total");
    expect(text).toContain("It proposes EUR 866,000 of AKKE funding (AKKE allocation EUR 900,000)");
    expect(text).toContain("at most 80% of an item's funding");
    expect(text).toMatch(
      /^MINISTRY OF ECONOMIC AFFAIRS AND EMPLOYMENT +MEMORANDUM\n.* +20 March 2026\n/,
    );
    expect(text).toContain("Deadline for the regions' proposals: 15 March 2026.");
    expect(text).not.toContain(NBSP);
  });

  it("takes the date as an Excel serial as well", () => {
    const round = smallRound();
    const bySerial = renderMemo(round.consolidation, round.settings, { lang: "fi", date: 46101 });
    expect(bySerial.text).toBe(memo("fi", round).text);
    expect(() =>
      renderMemo(round.consolidation, round.settings, { lang: "fi", date: "20.13.2026" }),
    ).toThrow(RangeError);
  });

  it("names the missing regions, the late one, the one with errors and Åland apart", () => {
    const fi = memo("fi").text;
    const missing = /Esitystä ei saatu: ([^\n]*)\./.exec(fi)?.[1] ?? "";
    expect(missing.split(/, | ja /)).toHaveLength(15);
    expect(missing).toContain("Uusimaa");
    expect(missing).not.toContain("Satakunta");
    expect(missing).not.toContain("Ahvenanmaa");
    expect(fi).toContain("Määräajan jälkeen saapuivat: Satakunta.");
    expect(fi).toContain("Lapin esitystä on vielä täydennettävä.");
    expect(fi).toMatch(
      /lain alueiden ulkopuolelta \(ei lasketa 18 maakunnan joukkoon\): Ahvenanmaa\./,
    );
    expect(memo("sv").text).toContain("Förslaget från Lappland behöver ännu kompletteras.");
  });

  it("lists the most common themes with their number of regions", () => {
    expect(memo("fi").text).toContain(
      "Yleisimmät teemat: TKI-toiminta (kolme maakuntaa), Hyvinvoiva väestö ja yhteisöt (yksi maakunta) ja Saavutettavuus (yksi maakunta).",
    );
    expect(memo("en").text).toContain(
      "The most common themes: Research, development and innovation (three regions),",
    );
  });

  it("tabulates themes and regions with sums that match the funding lines", () => {
    const fi = memo("fi").text;
    expect(textRow(fi, "TKI-toiminta")).toEqual([
      "TKI-toiminta",
      "3",
      "3",
      `2${NBSP}016${NBSP}000`,
      `420${NBSP}000`,
      `2${NBSP}436${NBSP}000`,
      "LVM, TEM",
    ]);
    const total = (sumCents(lines, true) + sumCents(lines, false)) / 100;
    expect(total).toBe(3_437_000);
    expect(textRow(fi, "Satakunta", "Rahoitus").slice(0, 8)).toEqual([
      "Satakunta",
      "2",
      `866${NBSP}000`,
      `900${NBSP}000`,
      `34${NBSP}000`,
      `120${NBSP}000`,
      `986${NBSP}000`,
      "myöhässä",
    ]);
    expect(textRow(fi, "Uusimaa", "Rahoitus")).toEqual([
      "Uusimaa",
      "–",
      "–",
      "–",
      "–",
      "–",
      "–",
      "ei esitystä",
    ]);
    const totals = fi.split("\n").filter((l) => l.startsWith("Yhteensä  "));
    expect(totals.some((l) => l.includes(`3${NBSP}437${NBSP}000`))).toBe(true);
    expect(textRow(memo("en").text, "Satakunta", "Funding")[2]).toBe("866,000");
  });

  it("groups national questions under the lead ministry and legislation under the statute's owner", () => {
    const fi = memo("fi").text;
    const lvm = fi.indexOf("LVM – liikenne- ja viestintäministeriö");
    const tem = fi.indexOf("TEM – työ- ja elinkeinoministeriö");
    expect(lvm).toBeGreaterThan(0);
    expect(tem).toBeGreaterThan(lvm);
    const legislation = fi.slice(
      fi.indexOf("Säädösmuutostarpeet säädöksittäin"),
      fi.indexOf("\nValtion asiantuntijatuki\n"),
    );
    expect(legislation).toContain(
      "TEM – työ- ja elinkeinoministeriö\n\nKaksi maakuntaa esittää muutoksia lakiin alueiden kehittämisestä ja Euroopan unionin alue- ja rakennepolitiikan toimeenpanosta (756/2021):\n\n- Satakunta: Muutos lakiin (27 §)\n- Lappi: Toinen muutos (27 §)",
    );
    expect(legislation).not.toContain("LVM");
    expect(memo("sv").text).toContain("KM – kommunikationsministeriet");
  });

  it("uses the stored genitive in Finnish sentences and never another case", () => {
    const fi = memo("fi").text;
    expect(fi).toContain("Satakunnan esityksessä on kaksi kohdetta.");
    expect(fi).toContain("Lapin esityksessä on yksi kohde.");
    expect(fi).toContain("Varsinais-Suomen esityksessä on kaksi kohdetta.");
    expect(fi).toContain("Ahvenanmaan esityksessä on yksi kohde.");
    expect(fi).not.toMatch(/(Satakunta|Lappi|Varsinais-Suomi) esitykse/);
    expect(memo("sv").text).toContain("Förslaget från Satakunta innehåller två objekt.");
  });

  it("uses the terms of § 8 and never calls an item a 'sopimus' in Finnish", () => {
    const fi = memo("fi");
    for (const text of [fi.text, fi.html]) {
      const words = text.toLowerCase().match(/sopimu\p{L}*/gu) ?? [];
      expect(words.filter((w) => !/^sopimuksellinen$/.test(w))).toEqual([]);
      expect(text).toContain("aluekehittämiskeskustelut");
      expect(text).toContain("sopimuksellinen yhteistyö");
      expect(text).toContain("yhteistyöasiakirja");
    }
    expect(memo("sv").text).toContain("avtalsbaserat samarbete");
    expect(memo("sv").text).toContain("regionutvecklingsdiskussioner");
    expect(memo("sv").text).toContain("samarbetsdokument");
    expect(memo("en").text).toContain("regional development discussions");
    expect(memo("en").text).toContain("contractual cooperation");
    expect(memo("en").text).toContain("cooperation document");
  });

  it("writes the legal basis in the memo's language when it is the default", () => {
    const round = smallRound({ legalBasis: DEFAULT_LEGAL_BASIS.fi });
    expect(memo("en", round).text).toContain(
      `Legal basis: ${DEFAULT_LEGAL_BASIS.en} and Act on the Financing of Regional Development and Projects under the European Union's Regional and Structural Policy (757/2021).`,
    );
    const own = smallRound({ legalBasis: "Laki 123/2027 ja laki 757/2021" });
    expect(memo("en", own).text).toContain("Legal basis: Laki 123/2027 ja laki 757/2021.");
  });

  it("escapes workbook values in the HTML and keeps them verbatim in the text", () => {
    const round = smallRound({
      themes: [
        {
          code: "rdi",
          group: "topic",
          labels: { fi: `<b>TKI</b> & "muut"`, sv: "FUI", en: "RDI" },
          active: true,
        },
      ],
    });
    const { html, text } = memo("fi", round);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("=HYPERLINK(&quot;x&quot;)");
    expect(html).toContain("&lt;b&gt;TKI&lt;/b&gt; &amp; &quot;muut&quot;");
    expect(text).toContain(SCRIPT);
    expect(text).toContain(FORMULA);
    expect(text).toContain(`<b>TKI</b> & "muut"`);
  });

  it("styles the HTML inline, with real tables and header rows", () => {
    const { html } = memo("fi");
    expect(html).not.toMatch(/<style|class=/);
    const tables = (html.match(/<table[^>]*>/g) ?? []).filter((t) => !t.includes("presentation"));
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) expect(t).toContain("border-collapse:collapse");
    expect(html.match(/<thead>/g)).toHaveLength(tables.length);
    expect(html).toMatch(/<th style="[^"]*">Maakunta<\/th>/);
  });
});

describe("the rounding footnote", () => {
  /** One item per theme group, each with `cents` of AKKE in whole euros. */
  function groups(cents: number) {
    const themes = ["wellbeing", "accessibility", "rdi"];
    const regions = ["MK04", "MK05", "MK06"];
    const proposals = regions.map((region, i) =>
      proposal(region, [item("1", { theme: themes[i] })], [line("1", "akke", [[2026, cents]])]),
    );
    const s = settings();
    return { consolidation: consolidate(proposals, s, []), settings: s };
  }

  it.each(["fi", "sv", "en"] as const)(
    "appears once in %s when the rounded millions do not add up",
    (lang) => {
      const round = groups(1_040_000_00); // 1,0 + 1,0 + 1,0 shown, total 3,12 shown as 3,1
      const { html, text } = renderMemo(round.consolidation, round.settings, { lang, date: DATE });
      const note = translate(lang, "memo.footnote.rounding");
      expect(html.split(note)).toHaveLength(2);
      expect(text.split(note)).toHaveLength(2);
      const decimal = lang === "en" ? "." : ",";
      expect(textRow(text, `${translate(lang, "memo.total")}*`)).toContain(`3${decimal}1`);
    },
  );

  it("does not appear when the parts add up", () => {
    const round = groups(1_000_000_00);
    const { html, text } = renderMemo(round.consolidation, round.settings, {
      lang: "fi",
      date: DATE,
    });
    const note = translate("fi", "memo.footnote.rounding");
    expect(html).not.toContain(note);
    expect(text).not.toContain(note);
    expect(text).not.toMatch(/Yhteensä\*/);
  });

  it("appears under the euro tables when cents round away", () => {
    const round = groups(50); // 0,50 € each: 1 + 1 + 1 shown against a total of 2
    const { text } = renderMemo(round.consolidation, round.settings, { lang: "fi", date: DATE });
    const note = translate("fi", "memo.footnote.rounding");
    // The theme table and the region table; the million table shows 0,0 throughout.
    expect(text.split(note)).toHaveLength(3);
  });
});
