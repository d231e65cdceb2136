import { issueMessage } from "../../../src/core/rules";

const NB = "\u00a0";

describe("issue messages in the ministry's own terms", () => {
  it.each([
    ["fi", "Teemaa ”Työvoiman saatavuus ja työlisyys” ei ole kierroksen teemaluettelossa."],
    ["sv", "Temat ”Työvoiman saatavuus ja työlisyys” finns inte i omgångens temalista."],
    ["en", "The theme “Työvoiman saatavuus ja työlisyys” is not in the round's theme list."],
  ] as const)("quote the cell's value in %s", (lang, text) => {
    const message = issueMessage(
      {
        rule: "ITEM-THEME-UNKNOWN",
        params: { value: "Työvoiman saatavuus ja työlisyys" },
      },
      lang,
    );
    expect(message).toBe(text);
  });

  it.each([
    ["fi", "Vastuuministeriö TEM on mainittu myös Muut ministeriöt -sarakkeessa."],
    ["sv", "Det ansvariga ministeriet TEM nämns också i kolumnen Övriga ministerier."],
    ["en", "The lead ministry TEM is also listed in the Other ministries column."],
  ] as const)("name the Other ministries column as the sheet does in %s", (lang, text) => {
    expect(
      issueMessage({ rule: "ITEM-OTHER-MINISTRY-DUPLICATE", params: { ministry: "TEM" } }, lang),
    ).toBe(text);
  });

  it.each([
    [
      "fi",
      `Satakunnan AKKE-rahoitus (876${NB}000${NB}euroa) ylittää sen AKKE-jaon 10${NB}000${NB}eurolla.`,
    ],
    [
      "sv",
      `AKKE-finansieringen för Satakunta (876${NB}000${NB}euro) överskrider landskapets AKKE-fördelning med 10${NB}000${NB}euro.`,
    ],
    [
      "en",
      "The AKKE funding of Satakunta (EUR 876,000) exceeds its AKKE allocation by EUR 10,000.",
    ],
  ] as const)("use the stored genitive and say by how much in %s", (lang, text) => {
    const issue = {
      rule: "FUND-AKKE-OVER-ALLOCATION",
      params: { region: "MK04", akkeEuros: 876_000, allocationEuros: 866_000, excessEuros: 10_000 },
    };
    expect(issueMessage(issue, lang)).toBe(text);
  });

  it("says by how much a region stays under its allocation, in the genitive", () => {
    const issue = {
      rule: "FUND-AKKE-UNDER-ALLOCATION",
      params: {
        region: "MK18",
        akkeEuros: 666_000,
        allocationEuros: 700_000,
        remainderEuros: 34_000,
      },
    };
    expect(issueMessage(issue, "fi")).toBe(
      `Kainuun AKKE-rahoitus (666${NB}000${NB}euroa) jää 34${NB}000${NB}eurolla alle sen AKKE-jaon (700${NB}000${NB}euroa).`,
    );
    expect(issueMessage({ rule: "ALLOC-REGION-MISSING", params: { region: "MK18" } }, "fi")).toBe(
      "Kainuun AKKE-jaolle ei ole riviä.",
    );
  });
});

describe("the statute hint", () => {
  it.each([
    ["fi", "Säädöstä ”työvoimapalvelulaki” ei voi yhdistää", "muodossa 380/2023"],
    ["sv", "Författningen ”työvoimapalvelulaki” kan inte", "i formen 380/2023"],
    ["en", "The statute “työvoimapalvelulaki” cannot be grouped", "as 380/2023"],
  ] as const)("asks for the form 380/2023 in %s", (lang, start, form) => {
    const message = issueMessage(
      { rule: "ITEM-STATUTE-FORM", params: { value: "työvoimapalvelulaki" } },
      lang,
    );
    expect(message.startsWith(start)).toBe(true);
    expect(message).toContain(form);
  });
});
