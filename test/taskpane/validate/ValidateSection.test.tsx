/** @jest-environment jsdom */
import "../jsdomGlobals";
import { act } from "react";
import type { Lang } from "../../../src/core/model/lang";
import type { WritePlan } from "../../../src/core/model/plan";
import {
  messyProposalFile,
  proposalLayout,
  proposalTemplate,
  sampleSettingsFile,
} from "../../../src/core/templates";
import { toA1 } from "../../../src/core/model/address";
import { PAGE_SIZE } from "../../../src/taskpane/sections/validate/issueGroups";
import { textFor } from "../../../src/taskpane/shell/text";
import { useValidateSection } from "../../../src/taskpane/sections/validate/useValidateSection";
import { ValidatePanel } from "../../../src/taskpane/sections/validate/ValidatePanel";
import type { WorkbookHost } from "../../../src/workbook/host";
import { validateSnapshot } from "../../../src/operations";
import { fakeWorkbook, type FakeWorkbook } from "./fakeWorkbook";
import { buttonByText, click, mount, settle, type Mounted } from "../render";

const SHEET = "Esitys MK12";

function Validate(props: { workbook: WorkbookHost | null; lang?: Lang; live?: boolean }) {
  const lang = props.lang ?? "en";
  const state = useValidateSection({
    lang,
    workbook: props.workbook,
    liveAtStart: props.live ?? true,
  });
  return <ValidatePanel state={state} t={textFor(lang)} />;
}

/** A second amount typed as text, so that one rule offers two fixes. */
const secondTextAmount: WritePlan = {
  edits: [
    { sheet: SHEET, blocks: [{ topLeft: "E36", cells: [[{ kind: "text", text: "50 000" }]] }] },
  ],
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function open(workbook: FakeWorkbook, options: { lang?: Lang; live?: boolean } = {}) {
  mounted = await mount(<Validate workbook={workbook} {...options} />);
  return mounted.container;
}

const issues = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[data-testid="issue"]')].map(
    (li) => `${li.dataset.rule} ${li.dataset.cell}`,
  );

/** What the rules find in the workbook now, counted as the summary shows it. */
function expected(workbook: FakeWorkbook) {
  const run = validateSnapshot(workbook.browser.current(), "en");
  const { error, warning, info } = run.validation.counts;
  return {
    run,
    counts: { error, warning, info },
    summary: [`Error: ${error}`, `Warning: ${warning}`, `Info: ${info}`],
  };
}

const summary = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid="validate-summary"] li')].map((li) => li.textContent);

describe("the Validate section", () => {
  it("checks the workbook as soon as it opens and lists the issues by sheet and severity with counts", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const { run, counts, summary: shown } = expected(workbook);
    expect(counts.error).toBeGreaterThan(0);
    expect(counts.warning).toBeGreaterThan(0);
    const root = await open(workbook);

    expect(summary(root)).toEqual(shown);
    const sheets = [...root.querySelectorAll<HTMLElement>('[data-testid="issue-sheet"]')];
    expect(sheets.map((s) => s.dataset.sheet)).toEqual([SHEET]);
    expect(sheets[0].querySelector("h3")?.textContent).toBe(SHEET);
    const groups = [...root.querySelectorAll<HTMLElement>('[data-testid="issue-group"]')];
    expect(groups.map((g) => g.querySelector("h4")?.textContent)).toEqual([
      `Error (${counts.error})`,
      `Warning (${counts.warning})`,
    ]);
    expect(groups[0].querySelectorAll('[data-testid="issue"]')).toHaveLength(counts.error);
    expect(issues(root)).toHaveLength(run.issues.length);
    const ministry = root.querySelector('[data-rule="ITEM-MINISTRY-UNKNOWN"]');
    expect(ministry?.textContent).toContain("ITEM-MINISTRY-UNKNOWN");
    expect(ministry?.textContent).toContain("Cell J13");
    expect(ministry?.textContent).toContain(
      "The lead ministry “Biotalousministeriö” is not recognised.",
    );
    expect(root.querySelector('[data-testid="validate-status"]')?.textContent).toBe(
      `Validated. Errors: ${counts.error}, warnings: ${counts.warning}, info: ${counts.info}.`,
    );
  });

  it("marks the issue cells in the workbook after the check", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    await open(workbook);
    const marked = workbook.applied.flatMap((plan) => plan.markers ?? []);
    expect(marked.map((m) => m.sheet)).toEqual([SHEET]);
    const areas = marked[0].markers.flatMap((m) => m.areas);
    expect(areas).toEqual(expect.arrayContaining(["J13", "D36"]));
  });

  it("shows only the severities the filter lets through", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const { counts } = expected(workbook);
    const root = await open(workbook);
    const label = (text: string) =>
      [...root.querySelectorAll("label")].find((l) => l.textContent === text);
    await click(label(`Error (${counts.error})`));
    const groups = [...root.querySelectorAll<HTMLElement>('[data-testid="issue-group"]')];
    expect(groups.map((g) => g.dataset.severity)).toEqual(["warning"]);
    expect(issues(root)).toHaveLength(counts.warning);
    const warnings = label(`Warning (${counts.warning})`);
    await click(warnings);
    expect(issues(root)).toEqual([]);
    expect(root.textContent).toContain("The filter hides every issue.");
  });

  it("selects the issue's cell in Excel when the issue is activated", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const root = await open(workbook);
    const button = root.querySelector('[data-rule="ITEM-MINISTRY-UNKNOWN"] button');
    await click(button);
    expect(workbook.selected).toEqual([{ sheet: SHEET, cell: "J13" }]);
    expect(workbook.browser.selection()).toEqual({ sheet: SHEET, cell: "J13" });
  });

  it("fixes one issue, writes only its cell and checks again", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const before = expected(workbook).counts;
    const root = await open(workbook);
    expect(issues(root)).toContain("CELL-NUMBER-AS-TEXT D36");
    await click(
      buttonByText(root.querySelector('[data-rule="CELL-NUMBER-AS-TEXT"]') as HTMLElement, "Fix"),
    );

    const edits = workbook.applied.flatMap((plan) => plan.edits ?? []);
    expect(edits).toEqual([
      { sheet: SHEET, blocks: [{ topLeft: "D36", cells: [[{ kind: "number", value: 100000 }]] }] },
    ]);
    expect(issues(root)).not.toContain("CELL-NUMBER-AS-TEXT D36");
    expect(summary(root)).toEqual(expected(workbook).summary);
    expect(expected(workbook).counts.warning).toBe(before.warning - 1);
    expect(root.querySelector('[data-testid="validate-notice"]')?.textContent).toBe(
      "Cells fixed: 1.",
    );
  });

  it("leaves a total as the region wrote it for this session: not listed, not marked, nothing written", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const before = expected(workbook).counts;
    const root = await open(workbook);
    const row = root.querySelector('[data-rule="FUND-TOTAL-MISMATCH"]') as HTMLElement;
    const cell = row.dataset.cell ?? "";
    expect(buttonByText(row, "Fix")).toBeDefined();
    const markedBefore = workbook.applied.length;
    await click(buttonByText(row, "Leave as is"));

    expect(issues(root)).not.toContain(`FUND-TOTAL-MISMATCH ${cell}`);
    expect(summary(root)).toEqual([
      `Error: ${before.error - 1}`,
      `Warning: ${before.warning}`,
      `Info: ${before.info}`,
    ]);
    expect(workbook.applied.flatMap((plan) => plan.edits ?? [])).toEqual([]);
    const remarked = workbook.applied.slice(markedBefore).flatMap((plan) => plan.markers ?? []);
    expect(remarked.length).toBeGreaterThan(0);
    expect(remarked.flatMap((m) => m.markers.flatMap((marker) => marker.areas))).not.toContain(
      cell,
    );
    // Only the issues whose fix is one of two choices offer it.
    const other = root.querySelector('[data-rule="CELL-NUMBER-AS-TEXT"]') as HTMLElement;
    expect(other.textContent).not.toContain("Leave as is");
  });

  it("names the second choice in Finnish and Swedish", async () => {
    for (const [lang, label] of [
      ["fi", "Jätä ennalleen"],
      ["sv", "Lämna som den är"],
    ] as const) {
      const root = await open(fakeWorkbook(messyProposalFile().plan), { lang });
      const row = root.querySelector('[data-rule="FUND-TOTAL-MISMATCH"]') as HTMLElement;
      expect(buttonByText(row, label)).toBeDefined();
      mounted?.unmount();
      mounted = null;
    }
  });

  it("fixes every issue of one kind at once", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan, secondTextAmount);
    const root = await open(workbook);
    expect(issues(root).filter((i) => i.startsWith("CELL-NUMBER-AS-TEXT"))).toHaveLength(2);
    await click(buttonByText(root, "Fix all CELL-NUMBER-AS-TEXT (2)"));
    expect(issues(root).filter((i) => i.startsWith("CELL-NUMBER-AS-TEXT"))).toEqual([]);
    expect(root.querySelector('[data-testid="validate-notice"]')?.textContent).toBe(
      "Cells fixed: 2.",
    );
  });

  it("says all is well when the workbook has no issues", async () => {
    const root = await open(fakeWorkbook(sampleSettingsFile().plan), { lang: "fi" });
    expect(root.querySelector('[data-testid="validate-all-well"]')?.textContent).toBe(
      "Ei havaintoja: kaikki kunnossa.",
    );
    expect(issues(root)).toEqual([]);
  });

  it("re-checks everything when the pane regains focus, and not once live checking is off", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const root = await open(workbook);
    const fixedByHand: WritePlan = {
      edits: [
        {
          sheet: SHEET,
          blocks: [{ topLeft: "D36", cells: [[{ kind: "number", value: 100000 }]] }],
        },
      ],
    };
    workbook.edit(fixedByHand);
    await act(async () => window.dispatchEvent(new Event("focus")));
    await settle();
    expect(issues(root)).not.toContain("CELL-NUMBER-AS-TEXT D36");

    await click(root.querySelector('input[role="switch"]'));
    workbook.edit(secondTextAmount);
    await act(async () => window.dispatchEvent(new Event("focus")));
    await settle();
    expect(issues(root)).not.toContain("CELL-NUMBER-AS-TEXT E36");
    await click(buttonByText(root, "Validate"));
    expect(issues(root)).toContain("CELL-NUMBER-AS-TEXT E36");
  });

  it("clears the add-in's markers on request", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const root = await open(workbook);
    await click(buttonByText(root, "Clear markers"));
    const last = workbook.applied[workbook.applied.length - 1];
    expect(last.clearMarkers).toContain(SHEET);
    expect(last.markers).toBeUndefined();
    expect(root.querySelector('[data-testid="validate-notice"]')?.textContent).toBe(
      "The markers were removed from the cells.",
    );
  });

  it("renders a long group a page at a time, with Show more for the rest", async () => {
    const period = { start: 2026, end: 2028 };
    const rows = 150;
    const template = proposalTemplate({
      lang: "en",
      region: "MK02",
      period,
      existingSheetNames: [],
      listsSheetExists: false,
      itemRows: rows,
    });
    const layout = proposalLayout(period, rows);
    // Item ids only: every row then lacks its theme, objective and level.
    const ids: WritePlan = {
      edits: [
        {
          sheet: "Proposal MK02",
          blocks: [
            {
              topLeft: toA1({ row: layout.itemsFirstRow, col: layout.itemColumns.itemId }),
              cells: Array.from({ length: rows }, (_, i) => [{ kind: "text", text: `${i + 1}` }]),
            },
          ],
        },
      ],
    };
    const workbook = fakeWorkbook(template, ids);
    const errors = expected(workbook).counts.error;
    expect(errors).toBeGreaterThan(2 * PAGE_SIZE);
    const root = await open(workbook);
    const errorGroup = () =>
      root.querySelector('[data-testid="issue-group"][data-severity="error"]') as HTMLElement;
    expect(errorGroup().querySelectorAll('[data-testid="issue"]')).toHaveLength(PAGE_SIZE);
    await click(buttonByText(errorGroup(), `Show more (${errors - PAGE_SIZE} left)`));
    expect(errorGroup().querySelectorAll('[data-testid="issue"]')).toHaveLength(2 * PAGE_SIZE);
    // A big render in jsdom: the limit is the test's, nothing here is timed.
  }, 60_000);

  it("has nothing to check without a workbook, and says so", async () => {
    mounted = await mount(<Validate workbook={null} />);
    const root = mounted.container;
    expect(root.querySelector('[data-testid="validate-no-workbook"]')).not.toBeNull();
    expect(buttonByText(root, "Validate").disabled).toBe(true);
  });
});
