import type { Page } from "playwright-core";
import { messyProposalFile } from "../../src/core/templates";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { Harness, type PageSession } from "./harness";
import { tabTo } from "./keyboard";

jest.setTimeout(120_000);

let harness: Harness;
let messy: Buffer;

beforeAll(async () => {
  harness = await Harness.start();
  messy = Buffer.from((await writeXlsx(messyProposalFile().plan)).bytes);
});

afterAll(async () => {
  await harness?.close();
});

async function expectClean(session: PageSession, name: string): Promise<void> {
  await session.screenshot(name);
  expect(await session.seriousAccessibilityViolations()).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
  expect(session.errors).toEqual([]);
}

const panel = (page: Page) => page.locator('[role="tabpanel"]');

async function openMessyWorkbook(page: Page): Promise<void> {
  await page.getByTestId("workbook-open-file").setInputFiles({
    name: "MK12-virheita.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: messy,
  });
  await page.getByTestId("workbook-table").waitFor();
}

describe("the Validate section in app.html", () => {
  it("checks at once when the ribbon opens ?view=validate", async () => {
    const session = await harness.open("app.html?view=validate", 320);
    try {
      const { page } = session;
      // The in-browser workbook starts empty: no proposal is itself the finding.
      const issue = page.locator('[data-testid="issue"][data-rule="FILE-NO-PROPOSAL"]');
      await issue.waitFor();
      expect(await page.getByTestId("validate-status").innerText()).toMatch(
        /^Tarkistettu\. Virheitä 1,/,
      );
      expect(await page.getByTestId("validate-status").getAttribute("aria-live")).toBe("polite");
      await expectClean(session, "validate-empty-workbook-320");
    } finally {
      await session.close();
    }
  });

  it("lists a workbook's issues by sheet, and Enter on one selects its cell", async () => {
    const session = await harness.open("app.html?view=templates", 800);
    try {
      const { page } = session;
      await openMessyWorkbook(page);
      // A settings sheet inserted last is the active sheet; selecting an issue moves away from it.
      await panel(page).getByRole("radio", { name: "Kierroksen asetukset" }).check();
      await panel(page).getByRole("button", { name: "Lisää pohja" }).click();
      await page.getByTestId("templates-notice").waitFor();
      const sheetPicker = page.getByTestId("workbook-panel").getByRole("combobox");
      expect(await sheetPicker.inputValue()).toBe("Kierroksen asetukset");

      await page.getByRole("tab", { name: "Tarkistus" }).click();
      const run = panel(page).getByRole("button", { name: "Tarkista", exact: true });
      await tabTo(page, run);
      await page.keyboard.press("Enter");
      const ministry = page.locator('[data-testid="issue"][data-rule="ITEM-MINISTRY-UNKNOWN"]');
      await ministry.waitFor();
      // The new, still empty settings sheet has findings of its own.
      expect(await page.locator('[data-testid="issue-sheet"] h3').allInnerTexts()).toEqual(
        expect.arrayContaining(["Esitys MK12", "Kierroksen asetukset"]),
      );
      expect(await page.getByTestId("validate-summary").innerText()).toMatch(/Virhe: \d+/);
      await expectClean(session, "validate-issues-800");

      await tabTo(page, ministry.getByRole("button").first());
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        () =>
          (
            document.querySelector(
              '[data-testid="workbook-panel"] select',
            ) as HTMLSelectElement | null
          )?.value === "Esitys MK12",
      );

      // Fix with the keyboard: the amount typed as text becomes a number and the issue goes.
      const asText = page.locator('[data-testid="issue"][data-rule="CELL-NUMBER-AS-TEXT"]');
      await tabTo(page, asText.getByRole("button", { name: /^Korjaa solu/ }));
      await page.keyboard.press("Space");
      await page.getByTestId("validate-notice").waitFor();
      expect(await page.getByTestId("validate-notice").innerText()).toBe("Korjattuja soluja: 1.");
      expect(await asText.count()).toBe(0);
      await expectClean(session, "validate-fixed-800");
    } finally {
      await session.close();
    }
  });
});
