import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { sampleRoundPlan } from "../taskpane/consolidate/workbook";
import { Harness, type PageSession } from "./harness";

jest.setTimeout(180_000);

let harness: Harness;
let roundFile: string;

beforeAll(async () => {
  harness = await Harness.start();
  const { bytes } = await writeXlsx(sampleRoundPlan());
  roundFile = path.join(mkdtempSync(path.join(tmpdir(), "ra-e2e-")), "Kierros.xlsx");
  writeFileSync(roundFile, bytes);
});

afterAll(async () => {
  await harness?.close();
});

/** Opens the demo round (settings, six proposals) as the page's in-browser workbook. */
async function openRound(session: PageSession): Promise<void> {
  const { page } = session;
  await page.locator('[data-testid="workbook-open-file"]').setInputFiles(roundFile);
  await page.locator('[data-testid="workbook-table"]').waitFor();
}

describe("the Consolidate section in the browser page", () => {
  it("consolidates the opened round, reports n / 18 and links to the sheets it made", async () => {
    const session = await harness.open("app.html?view=consolidate", 360, 900);
    try {
      const { page } = session;
      await page.getByTestId("consolidate-section").waitFor();
      await openRound(session);
      await page.getByRole("combobox", { name: "Yhteenvetotaulukoiden kieli" }).selectOption("en");
      await page.getByRole("button", { name: "Tee yhteenveto" }).click();
      const summary = page.getByTestId("consolidate-summary");
      await summary.waitFor();
      const lines = await summary.locator("li").allInnerTexts();
      expect(lines[0]).toBe("Esityksiä: 6 / 18 maakuntaa");
      expect(lines[1]).toMatch(/^Puuttuu: Uusimaa, Varsinais-Suomi, /);
      expect(lines[3]).toBe("Esityksiä, joissa on virheitä: Pohjois-Karjala");
      const sheets = page.getByTestId("consolidate-sheets").getByRole("button");
      expect(await sheets.allInnerTexts()).toEqual([
        "Summary",
        "National questions",
        "Open national decisions",
        "Legislation",
        "Expert support",
        "Monitoring",
        "All items",
      ]);
      // A link selects its sheet: the workbook view below shows it.
      await sheets.filter({ hasText: "All items" }).click();
      await page.waitForFunction(() => {
        const select = document.querySelector<HTMLSelectElement>(
          '[data-testid="workbook-panel"] select',
        );
        return select?.value === "All items";
      });

      await session.screenshot("consolidate-result-360");
      expect(await session.seriousAccessibilityViolations()).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
