/** @jest-environment jsdom */
import { renderMemo } from "../../../src/core/memo";
import { FORMULA, SCRIPT, smallRound } from "./round";

describe("the memo's HTML as a browser (and Word) parses it", () => {
  const round = smallRound();
  const { html } = renderMemo(round.consolidation, round.settings, {
    lang: "fi",
    date: "2026-03-20",
  });
  const doc = new DOMParser().parseFromString(html, "text/html");

  it("holds workbook values as text, never as markup", () => {
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    const cells = [...doc.querySelectorAll("td")].map((td) => td.textContent);
    expect(cells).toContain(SCRIPT);
    expect(cells).toContain(FORMULA);
  });

  it("gives every table a header row of th cells and styles only inline", () => {
    const tables = [...doc.querySelectorAll("table:not([role=presentation])")];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const head = table.querySelectorAll("thead tr th");
      const firstRow = table.querySelector("tbody tr");
      expect(head.length).toBe(firstRow?.children.length);
    }
    expect(doc.querySelectorAll("[class], style")).toHaveLength(0);
    expect(doc.querySelector("h1")?.textContent).toBe(
      "Aluekehittämiskeskustelut ALKE 2026: maakuntien esitykset",
    );
  });
});
