/** @jest-environment jsdom */
import "../jsdomGlobals";
import type { Lang } from "../../../src/core/model/lang";
import { sampleSettingsFile } from "../../../src/core/templates";
import { recogniseWorkbook } from "../../../src/core/recognise/recognise";
import { textFor } from "../../../src/taskpane/shell/text";
import { TemplatesPanel } from "../../../src/taskpane/sections/templates/TemplatesPanel";
import { useTemplatesSection } from "../../../src/taskpane/sections/templates/useTemplatesSection";
import type { WorkbookHost } from "../../../src/workbook/host";
import { fakeWorkbook, protectedWorkbook, type FakeWorkbook } from "../validate/fakeWorkbook";
import { buttonByText, byLabel, change, click, mount, type Mounted } from "../render";

const TODAY = new Date(2025, 10, 28);

function Templates({ workbook, lang = "en" }: { workbook: WorkbookHost | null; lang?: Lang }) {
  const state = useTemplatesSection({ lang, workbook, today: () => TODAY });
  return <TemplatesPanel state={state} lang={lang} t={textFor(lang)} />;
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function open(workbook: FakeWorkbook | null, lang: Lang = "en") {
  mounted = await mount(<Templates workbook={workbook} lang={lang} />);
  return mounted.container;
}

const notice = (root: HTMLElement) =>
  root.querySelector('[data-testid="templates-notice"]')?.textContent ?? "";

const sheetNames = (workbook: FakeWorkbook) => workbook.browser.current().sheets.map((s) => s.name);

describe("the Templates section", () => {
  it("inserts a regional proposal for the chosen region and period, activates it and names it", async () => {
    const workbook = fakeWorkbook();
    const root = await open(workbook);
    await change(byLabel(root, "Region"), "MK02");
    await change(byLabel(root, "First year of the period"), "2026");
    await change(byLabel(root, "Last year of the period"), "2028");
    await click(buttonByText(root, "Insert template"));

    expect(notice(root)).toBe("Inserted the sheet Proposal MK02.");
    expect(sheetNames(workbook)).toContain("Proposal MK02");
    expect(workbook.browser.selection()?.sheet).toBe("Proposal MK02");
    const sheet = workbook.browser.current().sheets.find((s) => s.name === "Proposal MK02");
    const recognised = recogniseWorkbook({
      ...workbook.browser.current(),
      sheets: sheet ? [sheet] : [],
    });
    expect(recognised[0]?.kind).toBe("proposal");
  });

  it("writes the template in the language chosen for it, whatever the UI language", async () => {
    const workbook = fakeWorkbook();
    const root = await open(workbook, "fi");
    await change(byLabel(root, "Pohjan kieli"), "sv");
    await click(buttonByText(root, "Lisää pohja"));
    expect(sheetNames(workbook)).toContain("Förslag");
    expect(notice(root)).toBe("Lisättiin taulukko Förslag.");
  });

  it("refuses a period that ends before it starts, in plain words, and writes nothing", async () => {
    const workbook = fakeWorkbook();
    const root = await open(workbook);
    await change(byLabel(root, "First year of the period"), "2028");
    await change(byLabel(root, "Last year of the period"), "2026");
    await click(buttonByText(root, "Insert template"));

    expect(notice(root)).toBe("The last year of the period is before the first.");
    expect(
      root.querySelector('[role="alert"], [id$="__validationMessage"]')?.textContent,
    ).toContain("The last year of the period is before the first.");
    expect(workbook.applied).toEqual([]);
    expect(sheetNames(workbook)).toEqual([]);
  });

  it("says in plain words that a protected workbook cannot take a new sheet", async () => {
    const workbook = protectedWorkbook();
    const root = await open(workbook);
    await click(buttonByText(root, "Insert template"));
    expect(notice(root)).toMatch(/^The workbook structure is protected, so no sheet can be added/);
    expect(sheetNames(workbook)).toEqual([]);
  });

  it("says an unexpected error in Finnish, Excel's own words only as a folded technical detail", async () => {
    const workbook = fakeWorkbook();
    workbook.failNextApplyWith(new Error("RichApi.Error: The request failed"));
    const root = await open(workbook, "fi");
    await click(buttonByText(root, "Lisää pohja"));
    const bar = root.querySelector('[data-testid="templates-notice"]') as HTMLElement;
    expect(bar.querySelector('[data-testid="notice-text"]')?.textContent).toBe(
      "Toiminto keskeytyi odottamattomaan virheeseen. Tarkista työkirja ja yritä uudelleen.",
    );
    const detail = bar.querySelector<HTMLDetailsElement>('[data-testid="notice-detail"]');
    expect(detail?.open).toBe(false);
    expect(detail?.textContent).toBe("Tekniset tiedotRichApi.Error: The request failed");
    expect(sheetNames(workbook)).toEqual([]);
  });

  it("inserts the round settings sheet", async () => {
    const workbook = fakeWorkbook();
    const root = await open(workbook);
    await click(root.querySelector('input[type="radio"][value="settings"]'));
    expect(root.querySelector("select option[value='all']")).toBeNull();
    await click(buttonByText(root, "Insert template"));
    expect(notice(root)).toBe("Inserted the sheet Round settings.");
    expect(workbook.browser.selection()?.sheet).toBe("Round settings");
  });

  it("makes all 18 proposals from the round settings in the workbook", async () => {
    const workbook = fakeWorkbook(sampleSettingsFile().plan);
    const root = await open(workbook);
    await change(byLabel(root, "Region"), "all");
    expect(() => byLabel(root, "First year of the period")).toThrow();
    await click(buttonByText(root, "Insert template"));

    const proposals = sheetNames(workbook).filter((name) => name.startsWith("Proposal MK"));
    expect(proposals).toHaveLength(18);
    expect(proposals).not.toContain("Proposal MK21");
    expect(notice(root)).toBe("Inserted 18 sheets. The first is Proposal MK01.");
  });

  it("asks for the round settings first when all 18 are wanted and there are none", async () => {
    const workbook = fakeWorkbook();
    const root = await open(workbook);
    await change(byLabel(root, "Region"), "all");
    await click(buttonByText(root, "Insert template"));
    expect(notice(root)).toMatch(/^The workbook has no round settings/);
    expect(sheetNames(workbook)).toEqual([]);
  });

  it("cannot insert without a workbook, and says so", async () => {
    const root = await open(null);
    expect(root.querySelector('[data-testid="templates-no-workbook"]')).not.toBeNull();
    expect(buttonByText(root, "Insert template").disabled).toBe(true);
  });
});
