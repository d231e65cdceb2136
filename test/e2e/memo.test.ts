import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { sampleRoundPlan } from "../taskpane/consolidate/workbook";
import { Harness } from "./harness";
import { tabTo } from "./keyboard";

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

/** Nodes axe's heading-order rule flags; axe is already loaded by the serious scan. */
async function headingOrderViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Result = { violations: { nodes: { target: string[] }[] }[] };
    type Axe = { run: (options: { runOnly: string[] }) => Promise<Result> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const results = await axe.run({ runOnly: ["heading-order"] });
    return results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")));
  });
}

describe("the Memo section in the browser page", () => {
  it("previews the memo of the opened round, copies it, and the paste keeps its tables", async () => {
    const session = await harness.open("app.html?view=memo", 360, 900);
    try {
      const { page } = session;
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
        origin: harness.origin,
      });
      await page.getByTestId("memo-section").waitFor();
      await page.locator('[data-testid="workbook-open-file"]').setInputFiles(roundFile);
      await page.locator('[data-testid="workbook-table"]').waitFor();
      await page.getByRole("combobox", { name: "Muistion kieli" }).selectOption("sv");
      await page.getByRole("button", { name: "Päivitä esikatselu" }).click();
      const preview = page.getByRole("region", { name: "Muistion esikatselu" });
      await preview.locator("h1").filter({ hasText: "regionutvecklingsdiskussioner" }).waitFor();
      expect(await preview.locator("h2").allInnerTexts()).toEqual(
        expect.arrayContaining(["Bakgrund", "Centrala iakttagelser", "Finansiering", "Bilaga"]),
      );
      const previewTables = await preview.locator("table").count();
      expect(previewTables).toBeGreaterThan(1);

      await session.screenshot("memo-preview-360");
      expect(await session.seriousAccessibilityViolations()).toEqual([]);
      // heading-order is a moderate finding, which the scan above leaves out: the memo's own
      // h1/h2 must not break the pane's outline (h1 add-in, h2 section).
      expect(await headingOrderViolations(page)).toEqual([]);
      expect(await preview.locator("h1").first().getAttribute("aria-level")).toBe("3");

      await page.getByRole("button", { name: "Kopioi muistio" }).click();
      const notice = page.getByTestId("memo-notice");
      await notice.waitFor();
      expect(await notice.getAttribute("data-outcome")).toBe("clipboard");
      expect(await notice.innerText()).toMatch(/kopioitiin leikepöydälle/);

      // Paste into an editor the way a user pastes into Word.
      await page.evaluate(() => {
        const target = document.createElement("div");
        target.id = "paste-target";
        target.contentEditable = "true";
        target.setAttribute("aria-label", "paste target");
        document.body.append(target);
        target.focus();
      });
      await page.keyboard.press("Control+V");
      const pasted = page.locator("#paste-target");
      await pasted.locator("table").first().waitFor();
      expect(await pasted.locator("table").count()).toBe(previewTables);
      const withHeaders = await pasted
        .locator("table")
        .evaluateAll((tables) => tables.filter((t) => t.querySelector("thead th, tr th")).length);
      // Every table but the header block (laid out as a table without headers) has header cells.
      expect(withHeaders).toBe(previewTables - 1);
      expect(await pasted.locator("h1").innerText()).toMatch(/Regionutvecklingsdiskussionerna/);
      const plain = await page.evaluate(() => navigator.clipboard.readText());
      expect(plain).toMatch(
        /^ARBETS- OCH NÄRINGSMINISTERIET +PROMEMORIA\n[^]*\nRegionutvecklingsdiskussionerna /,
      );

      await session.screenshot("memo-copied-360");
      expect(session.foreignRequests).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("shows and copies a region's page by keyboard alone", async () => {
    const session = await harness.open("app.html?view=memo", 360, 900);
    try {
      const { page } = session;
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
        origin: harness.origin,
      });
      await page.getByTestId("memo-section").waitFor();
      await page.locator('[data-testid="workbook-open-file"]').setInputFiles(roundFile);
      await page.locator('[data-testid="workbook-table"]').waitFor();
      const refresh = page.getByRole("button", { name: "Päivitä esikatselu" });
      await tabTo(page, refresh);
      await page.keyboard.press("Enter");
      // Enabled once the workbook's regions are known.
      await page.locator('[data-testid="memo-region"]:not([disabled])').waitFor();
      const picker = page.getByRole("combobox", { name: "Maakunnan sivu" });
      await tabTo(page, picker);
      // A closed native select takes the arrow keys: the first region after "Koko muistio".
      await page.keyboard.press("ArrowDown");
      const preview = page.getByRole("region", { name: "Maakunnan sivun esikatselu" });
      await preview.locator("h1").filter({ hasText: "Aluekehittämiskeskustelu" }).waitFor();
      expect(await preview.innerText()).toContain("MUISTIOLUONNOS");
      expect(await session.seriousAccessibilityViolations()).toEqual([]);
      expect(await headingOrderViolations(page)).toEqual([]);

      const copy = page.getByRole("button", { name: "Kopioi maakunnan sivu" });
      await tabTo(page, copy);
      await page.keyboard.press("Enter");
      const notice = page.getByTestId("memo-notice");
      await notice.waitFor();
      expect(await notice.getAttribute("data-outcome")).toBe("clipboard");
      const plain = await page.evaluate(() => navigator.clipboard.readText());
      expect(plain).toMatch(
        /^TYÖ- JA ELINKEINOMINISTERIÖ +MUISTIOLUONNOS\n[^]*\nAluekehittämiskeskustelu /,
      );

      await session.screenshot("region-page-360");
      expect(session.foreignRequests).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
