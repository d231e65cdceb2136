import { buildSync } from "esbuild";
import path from "node:path";
import type { Page } from "playwright-core";
import { SELF_CHECKS } from "../../src/workbook/office/selfCheckList";
import { Harness, PageSession, requireBuild, ROOT } from "./harness";

jest.setTimeout(120_000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let harness: Harness;
let fakeOfficeJs: string;

beforeAll(async () => {
  requireBuild("taskpane.html");
  harness = await Harness.start();
  const built = buildSync({
    entryPoints: [path.join(ROOT, "test/e2e/fakeOffice.entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  fakeOfficeJs = built.outputFiles[0].text;
});

afterAll(async () => {
  await harness?.close();
});

/** taskpane.html with the fake Excel served in Office.js's place; every other foreign request refused. */
async function openInFakeExcel(query: string, width: number): Promise<PageSession> {
  const context = await harness.browser.newContext({
    viewport: { width, height: 900 },
    locale: "fi-FI",
  });
  const page = await context.newPage();
  const session = new PageSession(page, context);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    session.requests.push(url);
    if (url === OFFICE_JS)
      return route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeJs });
    if (url.startsWith(`${harness.origin}/`) || url.startsWith("data:")) return route.continue();
    session.foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("console", (message) => {
    if (message.type() === "error") session.errors.push(message.text());
  });
  page.on("pageerror", (error) => session.errors.push(String(error)));
  await page.goto(`${harness.origin}/taskpane.html${query}`, { waitUntil: "load" });
  return session;
}

const status = (page: Page) => page.getByTestId("selfcheck-status");

describe("the self-check in taskpane.html over the fake Excel", () => {
  it("runs every check by name, all pass, the report is offered and the workbook is as it was", async () => {
    const session = await openInFakeExcel("?view=selfcheck", 320);
    try {
      const { page } = session;
      const items = page.locator("[data-check]");
      await items.first().waitFor();
      expect(
        await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-check"))),
      ).toEqual(SELF_CHECKS.map((c) => c.id));
      for (const { name } of SELF_CHECKS)
        expect(await page.getByTestId("selfcheck-list").innerText()).toContain(name);
      await page.getByRole("button", { name: "Aloita tarkistus" }).click();
      await page.waitForFunction(
        () =>
          /^Valmis/.test(
            document.querySelector('[data-testid="selfcheck-status"]')?.textContent ?? "",
          ),
        undefined,
        { timeout: 60_000 },
      );
      expect(await status(page).innerText()).toBe(
        `Valmis: ${SELF_CHECKS.length}/${SELF_CHECKS.length} kohtaa onnistui.`,
      );
      expect(
        await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-result"))),
      ).toEqual(SELF_CHECKS.map(() => "pass"));
      const report = await page.getByTestId("selfcheck-report").inputValue();
      expect(report).toMatch(/platform: PC/);
      expect(report).toMatch(/Excel culture: fi-FI/);
      const book = await page.evaluate(() => {
        const fake = (
          window as unknown as { __fakeBook: { sheets(): string[]; names(): string[] } }
        ).__fakeBook;
        return { sheets: fake.sheets(), names: fake.names() };
      });
      expect(book).toEqual({ sheets: ["Esitys MK02", "Muistiinpanot"], names: [] });
      await session.screenshot("selfcheck-done-320");
      expect(await session.seriousAccessibilityViolations()).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("opens from the pane's menu and goes back to the sections", async () => {
    const session = await openInFakeExcel("", 800);
    try {
      const { page } = session;
      await page.getByRole("tab", { name: "Pohjat" }).waitFor();
      await page.getByRole("button", { name: "Lisää toimintoja" }).click();
      await page.getByRole("menuitem", { name: "Tarkista tämä Excel" }).click();
      await page.getByRole("button", { name: "Aloita tarkistus" }).waitFor();
      expect(await page.getByRole("tab").count()).toBe(0);
      await session.screenshot("selfcheck-idle-800");
      expect(await session.seriousAccessibilityViolations()).toEqual([]);
      await page.getByRole("button", { name: "Takaisin apuohjelmaan" }).click();
      await page.getByRole("tab", { name: "Pohjat" }).waitFor();
      expect(session.foreignRequests).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
