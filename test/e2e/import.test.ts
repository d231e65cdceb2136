import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateRound } from "../../src/core/rules";
import { nodeInflater } from "../../src/workbook/xlsx/nodeInflater";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { writeSampleRound } from "../../scripts/sample-round";
import { Harness, ROOT } from "./harness";

jest.setTimeout(180_000);

const SAMPLE_DIR = path.join(ROOT, "sample-round");
let harness: Harness;
let files: string[];

beforeAll(async () => {
  if (!existsSync(SAMPLE_DIR)) await writeSampleRound(SAMPLE_DIR);
  files = readdirSync(SAMPLE_DIR)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => path.join(SAMPLE_DIR, name));
  harness = await Harness.start();
});

afterAll(async () => {
  await harness?.close();
});

describe("app.html: importing the sample round", () => {
  it("previews every file, imports on confirmation, shows the sheet and downloads a new workbook", async () => {
    const session = await harness.open("app.html?view=import", 800, 900);
    try {
      const { page } = session;
      await page.getByTestId("import-section").waitFor();
      await session.screenshot("import-1-empty");
      expect(await session.seriousAccessibilityViolations()).toEqual([]);

      // A corrupt file among the good ones stops nothing.
      const corrupt = {
        name: "rikki.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from("not a workbook"),
      };
      await page.getByTestId("import-files").setInputFiles([
        ...files.map((file) => ({
          name: path.basename(file),
          mimeType: "application/octet-stream",
          buffer: readFileSync(file),
        })),
        corrupt,
      ]);
      await page.getByTestId("import-preview").waitFor({ timeout: 120_000 });
      const rows = page.getByTestId("import-row");
      expect(await rows.count()).toBe(files.length + 1);
      const texts = await rows.allInnerTexts();
      expect(texts.join("\n")).toMatch(/rikki\.xlsx[\s\S]*Ei voi tuoda/);
      expect(texts.join("\n")).toMatch(/AKKE: \d/);
      await session.screenshot("import-2-preview");
      expect(await session.seriousAccessibilityViolations()).toEqual([]);

      // Nothing was written before confirming.
      expect(await page.getByTestId("workbook-panel").innerText()).toMatch(/Työkirja on tyhjä/);
      const confirm = page.getByRole("button", {
        name: /^Tuo \d+ esitystä ja kierroksen asetukset$/,
      });
      await confirm.click();
      await page.getByTestId("import-message").waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("import-message").innerText()).toMatch(
        /Tuotiin \d+ esitystä ja kierroksen asetukset/,
      );
      await page.getByTestId("workbook-table").waitFor();
      await session.screenshot("import-3-imported");
      expect(await session.seriousAccessibilityViolations()).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Lataa työkirja" }).click(),
      ]);
      const saved = await download.path();
      const bytes = new Uint8Array(readFileSync(saved));
      const back = await readXlsx(bytes, download.suggestedFilename(), { inflate: nodeInflater });
      const round = validateRound([{ file: "download.xlsx", snapshot: back }]);
      // Every proposal file but the coordinator's settings file, each region once; the
      // settings file became the workbook's settings sheet.
      expect(round.proposals).toHaveLength(files.length - 1);
      expect(round.settingsSource?.sheet).toBe("Kierroksen asetukset");
      expect(back.registry.some((row) => row.role === "log")).toBe(true);
      expect(session.foreignRequests).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
