/** @jest-environment jsdom */
import "../jsdomGlobals";
import type { Lang } from "../../../src/core/model/lang";
import { messyProposalFile } from "../../../src/core/templates";
import { useValidateSection } from "../../../src/taskpane/sections/validate/useValidateSection";
import { ValidatePanel } from "../../../src/taskpane/sections/validate/ValidatePanel";
import { textFor } from "../../../src/taskpane/shell/text";
import { HostFailure } from "../../../src/workbook/host";
import { fakeWorkbook, type FakeWorkbook } from "./fakeWorkbook";
import { buttonByText, click, mount, type Mounted } from "../render";

const SHEET = "Esitys MK12";

function Validate({ workbook, lang }: { workbook: FakeWorkbook; lang: Lang }) {
  const state = useValidateSection({ lang, workbook, liveAtStart: true });
  return <ValidatePanel state={state} t={textFor(lang)} />;
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function open(workbook: FakeWorkbook, lang: Lang = "en") {
  mounted = await mount(<Validate workbook={workbook} lang={lang} />);
  return mounted.container;
}

const byTestId = (root: ParentNode, id: string) =>
  root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const noticeText = (root: HTMLElement) =>
  byTestId(byTestId(root, "validate-notice") ?? root, "notice-text")?.textContent ?? "";
const fixButton = (root: HTMLElement, label: string) =>
  buttonByText(root.querySelector('[data-rule="CELL-NUMBER-AS-TEXT"]') as HTMLElement, label);

describe("the Validate section when the workbook changed or refuses the write", () => {
  it("names a sheet deleted since the check, says nothing else changed and that a new check reads again", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan, {
      sheets: [{ name: "Muistiinpanot", mode: "add", blocks: [] }],
    });
    const root = await open(workbook, "fi");
    // The user deletes the proposal sheet while its issues are still listed.
    workbook.edit({ deleteSheets: [SHEET] });
    const before = workbook.browser.current();
    await click(fixButton(root, "Korjaa"));

    expect(noticeText(root)).toBe(
      `Nämä taulukot on poistettu tai nimetty uudelleen sen jälkeen, kun työkirja luettiin: ”${SHEET}”. Muihin taulukoihin ei tehty muutoksia. Yritä uudelleen: työkirja luetaan silloin uudelleen sellaisena kuin se nyt on.`,
    );
    expect(workbook.browser.current()).toEqual(before);
    expect(byTestId(root, "notice-detail")).toBeNull();
  });

  it("names the protected sheet a fix could not write into", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const root = await open(workbook, "sv");
    workbook.failNextApplyWith(
      new HostFailure({ kind: "protected", sheets: [SHEET], structure: false }, null),
    );
    await click(fixButton(root, textFor("sv")("paneSections.validate.fix")));
    expect(noticeText(root)).toMatch(
      new RegExp(`^De här bladen är skyddade, så inget skrevs: ”${SHEET}”\\.`),
    );
  });

  it("says an unexpected error in the UI language, with Excel's words folded away beneath", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const root = await open(workbook, "fi");
    workbook.failNextApplyWith(
      Object.assign(new Error("GeneralException: An internal error has occurred."), {
        code: "GeneralException",
      }),
    );
    await click(fixButton(root, "Korjaa"));
    expect(noticeText(root)).toBe(
      "Toiminto keskeytyi odottamattomaan virheeseen. Tarkista työkirja ja yritä uudelleen.",
    );
    const detail = byTestId(root, "notice-detail") as HTMLDetailsElement;
    expect(detail.tagName).toBe("DETAILS");
    expect(detail.open).toBe(false);
    expect(detail.querySelector("summary")?.textContent).toBe("Tekniset tiedot");
    expect(detail.textContent).toContain("GeneralException: An internal error has occurred.");
  });

  it("says which sheets were not marked because they are protected, and still lists their issues", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const current = workbook.browser.current();
    workbook.browser.replace({
      ...current,
      sheets: current.sheets.map((s) => (s.name === SHEET ? { ...s, isProtected: true } : s)),
    });
    const root = await open(workbook);

    expect(byTestId(root, "validate-unmarked")?.textContent).toBe(
      `These sheets were not marked because they are protected: “${SHEET}”. Their issues are still listed.`,
    );
    expect(
      root.querySelectorAll(`[data-testid="issue-sheet"][data-sheet="${SHEET}"]`),
    ).toHaveLength(1);
    const marked = workbook.applied.flatMap((plan) => plan.markers ?? []).map((m) => m.sheet);
    expect(marked).not.toContain(SHEET);
    // A note, not an error: the check itself went through.
    expect(byTestId(root, "validate-notice")).toBeNull();
  });

  it("has no such note when the sheets with issues can be marked", async () => {
    const workbook = fakeWorkbook(messyProposalFile().plan);
    const root = await open(workbook);
    expect(workbook.applied.flatMap((plan) => plan.markers ?? []).map((m) => m.sheet)).toContain(
      SHEET,
    );
    expect(byTestId(root, "validate-unmarked")).toBeNull();
  });
});
