/**
 * The main path, end to end, by keyboard alone: import the sample round, validate,
 * consolidate against last round, download the ministries' packages, import two returned
 * ones, preview and copy the memo, show a region's page, download the workbook and read it
 * back.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { Locator, Page } from "playwright-core";
import { consolidate } from "../../src/core/consolidate";
import { packageContents, packageFileName, readReturnedPackage } from "../../src/core/packages";
import { validateRound } from "../../src/core/rules";
import { MESSY_REGION, SAMPLE_REGIONS } from "../../src/core/templates/sampleData";
import { nodeInflater } from "../../src/workbook/xlsx/nodeInflater";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import {
  PREVIOUS_SUMMARY,
  writeReturnedPackages,
  writeSampleRound,
} from "../../scripts/sample-round";
import { Harness, SCREENSHOTS, type PageSession } from "./harness";
import { shiftTabTo, tabTo } from "./keyboard";

jest.setTimeout(300_000);

// Written afresh for each run: a sample-round/ left by an older version would test old files.
const SAMPLE_DIR = mkdtempSync(path.join(tmpdir(), "ra-flow-sample-"));
let harness: Harness;
let files: string[];
let returned: string[];
/** The package files the round calls for, in Finnish, from the round's files read here. */
let packageFiles: string[];

beforeAll(async () => {
  await writeSampleRound(SAMPLE_DIR);
  files = readdirSync(SAMPLE_DIR)
    .filter((name) => name.endsWith(".xlsx"))
    .sort()
    .map((name) => path.join(SAMPLE_DIR, name));
  returned = await writeReturnedPackages(SAMPLE_DIR, files);
  const round = validateRound(
    await Promise.all(files.map(async (file) => ({ file, snapshot: await readXlsxFile(file) }))),
  );
  packageFiles = packageContents(
    consolidate(round.proposals, round.settings, round.issues, round.files),
  ).map((c) => packageFileName(c.ministry, "fi"));
  harness = await Harness.start();
});

function readXlsxFile(file: string) {
  return readXlsx(new Uint8Array(readFileSync(file)), path.basename(file), {
    inflate: nodeInflater,
  });
}

afterAll(async () => {
  await harness?.close();
  rmSync(SAMPLE_DIR, { recursive: true, force: true });
});

/** Text with no-break spaces as plain spaces, so figures compare as a reader sees them. */
const plainText = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

/** `866 000 €`: Finnish table style, groups of three. */
const finnishEuros = (euros: number): string =>
  `${String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, " ")} €`;

/** Each sample region's code and its AKKE total over the period, from the sample data. */
const REGIONS: ReadonlyArray<{ readonly code: string; readonly akke: number }> = [
  ...SAMPLE_REGIONS,
  MESSY_REGION,
].map((region) => ({
  code: region.region,
  akke: region.funding
    .filter((line) => line.source === "akke")
    .reduce((sum, line) => sum + line.amounts.reduce((a, b) => a + b, 0), 0),
}));

const REGION_NAMES: Readonly<Record<string, string>> = {
  MK04: "Satakunta",
  MK10: "Etelä-Savo",
  MK12: "Pohjois-Karjala",
  MK14: "Etelä-Pohjanmaa",
  MK15: "Pohjanmaa",
  MK19: "Lappi",
};

const panel = (page: Page) => page.locator('[role="tabpanel"]');

/** Moves to a section the keyboard way: back to the selected tab, arrows, Enter. */
async function openSection(page: Page, name: string, heading: string): Promise<void> {
  await shiftTabTo(page, page.locator('[role="tab"][aria-selected="true"]'), 80);
  await page.keyboard.press("Home");
  const target = page.getByRole("tab", { name, exact: true });
  for (let i = 0; i < 6; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 2, name: heading, exact: true }).waitFor();
  expect(await target.getAttribute("aria-selected")).toBe("true");
}

let step = 0;

/** A screenshot of the step and the accessibility scan of the page as it is now. */
async function checkpoint(session: PageSession, name: string): Promise<void> {
  step += 1;
  await session.screenshot(`flow-${String(step).padStart(2, "0")}-${name}`);
  expect(await session.seriousAccessibilityViolations()).toEqual([]);
}

/** Tabs to a button and presses Enter on it. */
async function press(page: Page, control: Locator): Promise<void> {
  await tabTo(page, control, 120);
  await page.keyboard.press("Enter");
}

describe("the main path in app.html, by keyboard alone", () => {
  it("imports, validates, consolidates, makes the packages, merges positions, copies the memo, shows a region page and downloads the workbook", async () => {
    const session = await harness.open("app.html", 800, 900);
    const roundAkke = REGIONS.reduce((sum, region) => sum + region.akke, 0);
    const totalAkke = finnishEuros(roundAkke);
    try {
      const { page } = session;
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
        origin: harness.origin,
      });
      await page.locator('[role="tabpanel"] > h2').waitFor();
      await checkpoint(session, "start");

      // 1. Import: the visible button opens the file chooser; every file of the round.
      await page.keyboard.press("Tab");
      await openSection(page, "Tuonti", "Tuonti");
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        press(page, panel(page).getByRole("button", { name: "Valitse tiedostot…" })),
      ]);
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles(files);
      await page.getByTestId("import-preview").waitFor({ timeout: 120_000 });
      const previews = plainText((await page.getByTestId("import-row").allInnerTexts()).join("\n"));
      expect(await page.getByTestId("import-row").count()).toBe(files.length);
      // The coordinator's settings file is taken as the round's settings; the six regions are previewed.
      expect(previews).toMatch(
        /Kierroksen-asetukset\.xlsx[\s\S]*Kierroksen asetukset \(ALKE 2026\)[^\n]*Tuodaan kierroksen asetuksiksi\./,
      );
      expect(previews).not.toContain("Ei voi tuoda");
      for (const { code, akke } of REGIONS) {
        expect(previews).toContain(`AKKE: ${finnishEuros(akke)}`);
        expect(previews).toContain(code);
      }
      // The messy file's four mistakes are found before anything is written.
      expect(previews).toMatch(/Pohjois-Karjala[^\n]*\n3 virhettä, 1 varoitus\n/);
      // The clean regions and the settings file.
      expect(previews.match(/0 virhettä, 0 varoitusta/g)).toHaveLength(SAMPLE_REGIONS.length + 1);
      await checkpoint(session, "import-preview");

      await press(
        page,
        panel(page).getByRole("button", { name: "Tuo 6 esitystä ja kierroksen asetukset" }),
      );
      const imported = page.getByTestId("import-message");
      await imported.waitFor({ timeout: 60_000 });
      expect(await imported.innerText()).toMatch(
        /^Tuotiin 6 esitystä ja kierroksen asetukset \(taulukko Kierroksen asetukset\)\./,
      );
      await page.getByTestId("workbook-table").waitFor();
      await checkpoint(session, "imported");

      // 2. Validate: the mistakes the import keeps, each with its cell (an amount typed as text
      // is normalised into a number; the total that disagrees with its years is kept as written).
      await openSection(page, "Tarkistus", "Tarkistus");
      await press(page, panel(page).getByRole("button", { name: "Tarkista", exact: true }));
      const status = page.getByTestId("validate-status");
      await page.waitForFunction(
        () =>
          /^Tarkistettu/.test(
            document.querySelector('[data-testid="validate-status"]')?.textContent ?? "",
          ),
        undefined,
        { timeout: 60_000 },
      );
      expect(await status.innerText()).toMatch(/^Tarkistettu\. Virheitä 3,/);
      const messySheet = page.locator('[data-testid="issue-sheet"]', {
        has: page.locator("h3", { hasText: "MK12" }),
      });
      const theme = messySheet.locator('[data-testid="issue"][data-rule="ITEM-THEME-UNKNOWN"]');
      expect(await theme.getAttribute("data-cell")).toMatch(/^B\d+$/);
      expect(await theme.innerText()).toMatch(/Työvoiman saatavuus ja työlisyys/);
      expect(await theme.getByRole("button", { name: /^Korjaa solu/ }).count()).toBe(1);
      const ministry = messySheet.locator(
        '[data-testid="issue"][data-rule="ITEM-MINISTRY-UNKNOWN"]',
      );
      expect(await ministry.getAttribute("data-cell")).toMatch(/^J\d+$/);
      expect(await ministry.innerText()).toMatch(/Biotalousministeriö/);
      const total = messySheet.locator('[data-testid="issue"][data-rule="FUND-TOTAL-MISMATCH"]');
      expect(await total.count()).toBe(1);
      // The clean regions' sheets raise no error.
      const errorSheets = await page
        .locator('[data-testid="issue-sheet"]', {
          has: page.locator('[data-testid="issue-group"][data-severity="error"]'),
        })
        .evaluateAll((sections) => sections.map((s) => s.getAttribute("data-sheet")));
      expect(errorSheets.every((sheet) => sheet?.includes("MK12"))).toBe(true);
      await checkpoint(session, "validate");
      // The view a newcomer sees first, without the workbook below (docs/first-five-minutes.md).
      await page.screenshot({ path: path.join(SCREENSHOTS, "flow-04-validate-view.png") });

      // 3. Consolidate against last round's summary: six of eighteen regions, the AKKE total.
      await openSection(page, "Yhteenveto", "Yhteenveto");
      const [previousChooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        press(page, panel(page).getByRole("button", { name: "Edellinen yhteenveto…" })),
      ]);
      await previousChooser.setFiles(path.join(SAMPLE_DIR, PREVIOUS_SUMMARY));
      await page
        .getByTestId("consolidate-previous-chosen")
        .filter({ hasText: "Yhteenveto-2025.xlsx" })
        .waitFor({ timeout: 60_000 });
      await checkpoint(session, "previous-chosen");
      await press(page, panel(page).getByRole("button", { name: "Tee yhteenveto" }));
      const summary = page.getByTestId("consolidate-summary");
      await summary.waitFor({ timeout: 120_000 });
      expect(await page.getByTestId("consolidate-notice").innerText()).toBe(
        "Yhteenveto on valmis.",
      );
      const lines = (await summary.locator("li").allInnerTexts()).map(plainText);
      expect(lines[0]).toBe("Esityksiä: 6 / 18 maakuntaa");
      expect(lines[1]).toMatch(/^Puuttuu: Uusimaa, Varsinais-Suomi, /);
      expect(lines[1]).not.toMatch(/Satakunta|Lappi/);
      expect(lines[2]).toMatch(
        new RegExp(`^AKKE-rahoitusta esitetään ${totalAkke.replace(" €", " euroa")}`),
      );
      expect(lines[3]).toBe("Esityksiä, joissa on virheitä: Pohjois-Karjala");
      // Last round had 13 items in four regions: 12 continue, 1 was dropped, 11 are new.
      expect(lines).toContain(
        "Edelliseen kierrokseen verrattuna: uusia kohteita 11, pudonneita 1, jatkuvia 12.",
      );
      const made = await page.getByTestId("consolidate-sheets").getByRole("button").allInnerTexts();
      expect(made).toContain("Avoimet kansalliset päätökset");
      expect(made).toContain("Muutos edelliseen kierrokseen");
      await checkpoint(session, "consolidate");

      // 4. The ministries' preparation packages: made in the pane, downloaded as one .zip.
      await press(
        page,
        panel(page).getByRole("button", { name: "Ministeriöiden valmistelupaketit" }),
      );
      const packageLinks = page.getByTestId("packages-links");
      await packageLinks.waitFor({ timeout: 120_000 });
      expect(await packageLinks.getByRole("link").allInnerTexts()).toEqual(packageFiles);
      await checkpoint(session, "packages");
      const [zipDownload] = await Promise.all([
        page.waitForEvent("download"),
        press(page, panel(page).getByRole("button", { name: "Lataa kaikki (.zip)" })),
      ]);
      expect(zipDownload.suggestedFilename()).toBe("Valmistelupaketit.zip");
      const zip = await JSZip.loadAsync(readFileSync(await zipDownload.path()));
      expect(Object.keys(zip.files).sort()).toEqual([...packageFiles].sort());
      for (const name of packageFiles) {
        const snapshot = await readXlsx(await zip.file(name)!.async("uint8array"), name, {
          inflate: nodeInflater,
        });
        // One workbook per ministry, known as that ministry's package of this round.
        expect(name.startsWith(`${readReturnedPackage(snapshot)?.ministry}-`)).toBe(true);
      }

      // 5. Returned positions: TEM's and LVM's packages back, imported into the proposals.
      await openSection(page, "Tuonti", "Tuonti");
      const [returnedChooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        press(page, panel(page).getByRole("button", { name: "Valitse tiedostot…" })),
      ]);
      await returnedChooser.setFiles(returned);
      await page.getByTestId("import-preview").waitFor({ timeout: 120_000 });
      const packageRows = plainText(
        (await page.getByTestId("import-row").allInnerTexts()).join("\n"),
      );
      expect(packageRows).toMatch(/Ministeriön TEM palauttama valmistelupaketti: \d+ \/ \d+/);
      expect(packageRows).toMatch(/Ministeriön LVM palauttama valmistelupaketti: \d+ \/ \d+/);
      await checkpoint(session, "positions-preview");
      await press(
        page,
        panel(page).getByRole("button", { name: "Tuo 0 esitystä ja 2 ministeriön kannat" }),
      );
      const positions = page.getByTestId("import-positions");
      await positions.waitFor({ timeout: 60_000 });
      expect(await positions.innerText()).toMatch(
        /^Kannat yhdistetty esityksiin \(\d+ solua\)\. Vastanneet ministeriöt: LVM, TEM\./,
      );
      await checkpoint(session, "positions-imported");

      // 6. Memo in Finnish: preview, Copy, paste into an editor and find its tables.
      await openSection(page, "Muistio", "Muistio");
      const memoLang = panel(page).getByRole("combobox", { name: "Muistion kieli" });
      expect(await memoLang.inputValue()).toBe("fi");
      const preview = page.getByRole("region", { name: "Muistion esikatselu" });
      await preview
        .locator("h1")
        .filter({ hasText: "aluekehittämiskeskustelu" })
        .waitFor({ timeout: 60_000 });
      expect(await preview.locator("h2").allInnerTexts()).toEqual(
        expect.arrayContaining(["Tausta", "Keskeiset havainnot", "Teemat", "Rahoitus", "Liite"]),
      );
      const memoText = plainText(await preview.innerText());
      expect(memoText).toContain("Esityksen toimitti kuusi maakuntaa 18:sta.");
      // The round's own settings, imported with the proposals: its diary number and author.
      expect(memoText).toContain("VN/1234/2026");
      expect(memoText).toContain("Laatija: Aino Esimerkki");
      expect(memoText).not.toContain("Kierroksen asetuksia ei annettu");
      const previewTables = await preview.locator("table").count();
      expect(previewTables).toBeGreaterThan(1);
      await checkpoint(session, "memo-preview");

      await press(page, panel(page).getByRole("button", { name: "Kopioi muistio" }));
      const notice = page.getByTestId("memo-notice");
      await notice.waitFor();
      expect(await notice.getAttribute("data-outcome")).toBe("clipboard");
      expect(await notice.innerText()).toMatch(/kopioitiin leikepöydälle/);

      await page.evaluate(() => {
        const target = document.createElement("div");
        target.id = "paste-target";
        target.contentEditable = "true";
        target.setAttribute("role", "textbox");
        target.setAttribute("aria-multiline", "true");
        target.setAttribute("aria-label", "Liitä tähän");
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
      const tableText = plainText((await pasted.locator("table").allInnerTexts()).join("\n"));
      // The funding table by region: name, items, AKKE € as the workbook has them.
      for (const { code, akke } of REGIONS) {
        const figure = finnishEuros(akke).replace(" €", "");
        expect(tableText).toMatch(new RegExp(`^${REGION_NAMES[code]}\\t\\d+\\t${figure}\\t`, "m"));
      }
      expect(tableText).toMatch(
        new RegExp(`^Yhteensä\\t23\\t${totalAkke.replace(" €", "")}\\t`, "m"),
      );
      await checkpoint(session, "memo-pasted");

      // 7. A region's page, with the positions just imported: the first region in the list.
      const picker = panel(page).getByRole("combobox", { name: "Maakunnan sivu" });
      await tabTo(page, picker, 120);
      await page.keyboard.press("ArrowDown");
      const regionPreview = page.getByRole("region", { name: "Maakunnan sivun esikatselu" });
      await regionPreview
        .locator("h1")
        .filter({ hasText: "Aluekehittämiskeskustelu" })
        .waitFor({ timeout: 60_000 });
      const regionText = plainText(await regionPreview.innerText());
      expect(regionText).toContain("MUISTIOLUONNOS");
      expect(regionText).toContain("Ministeriöiden kannat ja jatkokäsittely");
      expect(regionText).not.toContain("Ministeriöiden kantoja ei ole vielä kirjattu.");
      await checkpoint(session, "region-page");

      // 8. Download the workbook and read it back.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        press(page, page.getByRole("button", { name: "Lataa työkirja" })),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const back = await readXlsx(
        new Uint8Array(readFileSync(await download.path())),
        download.suggestedFilename(),
        { inflate: nodeInflater },
      );
      const names = back.sheets.map((sheet) => sheet.name);
      for (const code of Object.keys(REGION_NAMES)) expect(names).toContain(`Esitys ${code}`);
      const reread = validateRound([{ file: download.suggestedFilename(), snapshot: back }]);
      expect(reread.proposals.map((proposal) => proposal.region).sort()).toEqual(
        Object.keys(REGION_NAMES),
      );
      const generated = back.registry.filter((row) => row.role === "generated");
      expect(generated.map((row) => row.sheet)).toEqual(made);
      for (const sheet of made) expect(names).toContain(sheet);
      expect(back.registry.some((row) => row.role === "log" && names.includes(row.sheet))).toBe(
        true,
      );
      const summarySheet = back.sheets.find((sheet) => sheet.name === made[0]);
      expect(
        summarySheet?.cells.some((row) =>
          row.some((cell) => cell.kind === "number" && cell.value === roundAkke),
        ),
      ).toBe(true);
      const allItems = back.sheets.find((sheet) => sheet.name === "Kaikki kohteet");
      const table = allItems?.tables[0];
      expect(table).toBeDefined();
      // A header row and one row per item of every region.
      expect(table ? table.range.bottom - table.range.top : 0).toBe(23);
      // The downloaded workbook is itself a summary the next round can compare with.
      const change = back.sheets.find((sheet) => sheet.name === "Muutos edelliseen kierrokseen");
      expect(
        change?.cells.some((row) => row.some((c) => c.kind === "text" && c.text === "Pudonnut")),
      ).toBe(true);
      await checkpoint(session, "downloaded");

      expect(session.foreignRequests).toEqual([]);
      expect(session.failedRequests).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
