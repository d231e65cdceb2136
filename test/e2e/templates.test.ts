import type { Page } from "playwright-core";
import { Harness, type PageSession } from "./harness";
import { tabTo } from "./keyboard";

jest.setTimeout(120_000);

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start();
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

describe("the Templates section in app.html", () => {
  it("inserts a regional proposal into the in-browser workbook by keyboard alone", async () => {
    const session = await harness.open("app.html?view=templates", 320);
    try {
      const { page } = session;
      const region = panel(page).getByLabel("Maakunta", { exact: true });
      await region.waitFor();
      // Nothing may stick out sideways in a narrow pane.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await expectClean(session, "templates-form-320");

      await tabTo(page, region);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      expect(await region.inputValue()).toBe("MK02");
      await tabTo(page, panel(page).getByRole("button", { name: "Lisää pohja" }));
      await page.keyboard.press("Enter");

      const notice = page.getByTestId("templates-notice");
      await notice.waitFor();
      expect(await notice.innerText()).toBe("Lisättiin taulukko Esitys MK02.");
      // The in-browser workbook now shows the new sheet as its active one.
      const sheetPicker = page.getByTestId("workbook-panel").getByRole("combobox");
      expect(await sheetPicker.inputValue()).toBe("Esitys MK02");
      expect(await page.getByTestId("workbook-table").innerText()).toContain("Varsinais-Suomi");
      await expectClean(session, "templates-inserted-320");
    } finally {
      await session.close();
    }
  });

  it("refuses a period that ends before it starts, in plain words, and writes nothing", async () => {
    const session = await harness.open("app.html?view=templates", 800);
    try {
      const { page } = session;
      const start = panel(page).getByLabel("Kauden alkuvuosi");
      await start.waitFor();
      await tabTo(page, start);
      await page.keyboard.press("Control+A");
      await page.keyboard.type("2030");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Control+A");
      await page.keyboard.type("2028");
      await tabTo(page, panel(page).getByRole("button", { name: "Lisää pohja" }));
      await page.keyboard.press("Space");

      const notice = page.getByTestId("templates-notice");
      await notice.waitFor();
      expect(await notice.innerText()).toBe("Kauden loppuvuosi on ennen alkuvuotta.");
      expect(await start.getAttribute("aria-invalid")).toBe("true");
      expect(await page.getByTestId("workbook-table").count()).toBe(0);
      await expectClean(session, "templates-invalid-period-800");
    } finally {
      await session.close();
    }
  });
});
