import { readFileSync } from "node:fs";
import path from "node:path";
import { DIST, Harness, requireBuild, type PageSession } from "./harness";

jest.setTimeout(120_000);

const SECTIONS = [
  { id: "templates", fi: "Pohjat", en: "Templates" },
  { id: "validate", fi: "Tarkistus", en: "Validate" },
  { id: "consolidate", fi: "Yhteenveto", en: "Consolidate" },
  { id: "memo", fi: "Muistio", en: "Memo" },
  { id: "import", fi: "Tuonti", en: "Import" },
] as const;

const WIDTHS = [320, 800] as const;

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start();
});

afterAll(async () => {
  await harness?.close();
});

async function expectCleanPage(session: PageSession, name: string): Promise<void> {
  await session.screenshot(name);
  expect(await session.seriousAccessibilityViolations()).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
  expect(session.errors).toEqual([]);
}

async function activeTabText(session: PageSession): Promise<string> {
  return session.page.locator('[role="tab"][aria-selected="true"]').innerText();
}

describe("app.html, the pane outside Excel", () => {
  for (const width of WIDTHS) {
    for (const section of SECTIONS) {
      it(`opens ?view=${section.id} at ${width} px with its heading, tab and content`, async () => {
        const session = await harness.open(`app.html?view=${section.id}`, width);
        try {
          const { page } = session;
          await page.locator('[role="tabpanel"] > h2').waitFor();
          // The Chromium context runs in fi-FI, so the UI starts in Finnish.
          expect(await page.locator("header h1").innerText()).toBe("Aluekehittämisen yhteistyö");
          expect(await page.locator('[role="tabpanel"] > h2').innerText()).toBe(section.fi);
          expect(await activeTabText(session)).toBe(section.fi);
          expect(await page.locator('[role="tab"]').count()).toBe(SECTIONS.length);
          // The panel says something beyond its heading (a section's UI or its honest empty state).
          // Sections load on demand: wait for the body below the heading.
          await page.waitForFunction(
            (heading) => {
              const panel = document.querySelector('[role="tabpanel"]') as HTMLElement | null;
              return (panel?.innerText ?? "").replace(heading, "").trim().length > 20;
            },
            section.fi,
            { timeout: 10_000 },
          );
          expect(await page.getByTestId("outside-excel").isVisible()).toBe(true);
          // Nothing may stick out sideways in a narrow pane.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          // Every request the page made was answered by the add-in's own files.
          expect(session.failedRequests).toEqual([]);
          await expectCleanPage(session, `app-${section.id}-${width}`);
        } finally {
          await session.close();
        }
      });
    }
  }

  it("switches the UI language with the keyboard and relabels everything", async () => {
    const session = await harness.open("app.html?view=validate", 320);
    try {
      const { page } = session;
      const language = page.getByRole("combobox", { name: "Kieli" });
      await language.waitFor();
      await language.focus();
      // fi → sv → en, one arrow press at a time, as a keyboard user would.
      await page.keyboard.press("ArrowDown");
      await page.getByRole("combobox", { name: "Språk" }).waitFor();
      expect(await page.locator("header h1").innerText()).toBe("Regionalt utvecklingssamarbete");
      expect(await activeTabText(session)).toBe("Granskning");
      await page.keyboard.press("ArrowDown");
      await page.getByRole("combobox", { name: "Language" }).waitFor();
      expect(await page.locator("header h1").innerText()).toBe("Regional Agreements");
      expect(await page.locator('[role="tabpanel"] > h2').innerText()).toBe("Validate");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.title()).toBe("Regional Agreements");
      await expectCleanPage(session, "app-language-en-320");
    } finally {
      await session.close();
    }
  });

  it("moves between sections with the arrow keys", async () => {
    const session = await harness.open("app.html?view=templates", 800);
    try {
      const { page } = session;
      await page.getByRole("tab", { name: "Pohjat" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: "Tarkistus" }).waitFor();
      expect(await activeTabText(session)).toBe("Tarkistus");
      await page.keyboard.press("End");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: "Tuonti" }).waitFor();
      expect(await activeTabText(session)).toBe("Tuonti");
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("opens the templates section for an unknown view", async () => {
    const session = await harness.open("app.html?view=nonsense", 800);
    try {
      await session.page.locator('[role="tabpanel"] > h2').waitFor();
      expect(await activeTabText(session)).toBe("Pohjat");
    } finally {
      await session.close();
    }
  });
});

describe("the two pages as built", () => {
  const scriptSources = (html: string): string[] =>
    Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi), (m) => m[1]);

  it("taskpane.html loads Office.js in <head>, blocking, before the bundle, under a CSP", () => {
    const html = readFileSync(requireBuild("taskpane.html"), "utf8");
    const head = html.slice(0, html.search(/<\/head>/i));
    const sources = scriptSources(head);
    expect(sources[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(sources.length).toBeGreaterThan(1);
    const officeTag = head.match(/<script\b[^>]*office\.js[^>]*>/i)?.[0] ?? "";
    expect(officeTag).not.toMatch(/\b(async|defer)\b/);
    const csp =
      head.match(/http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i)?.[1] ?? "";
    expect(head.indexOf("Content-Security-Policy")).toBeLessThan(head.indexOf("<script"));
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("app.html never loads Office.js and allows only its own scripts", () => {
    const html = readFileSync(path.join(DIST, "app.html"), "utf8");
    expect(html).not.toMatch(/office\.js/i);
    expect(html).not.toMatch(/appsforoffice/i);
    for (const src of scriptSources(html)) expect(src).not.toMatch(/^(https?:)?\/\//);
    expect(html).toMatch(/script-src 'self';/);
  });
});
