/** @jest-environment jsdom */
import "../jsdomGlobals";
import { act } from "react";
import type { Lang } from "../../../src/core/model/lang";
import { ConsolidatePanel } from "../../../src/taskpane/sections/consolidate/ConsolidatePanel";
import { useConsolidateSection } from "../../../src/taskpane/sections/consolidate/useConsolidateSection";
import { textFor } from "../../../src/taskpane/shell/text";
import { HostFailure, type WorkbookHost } from "../../../src/workbook/host";
import { buttonByText, change, click, mount, settle, type Mounted } from "../render";
import { recordingHost, sampleRoundSnapshot, type RecordingHost } from "./workbook";

jest.setTimeout(30_000);

const now = (): Date => new Date("2026-03-20T09:00:00Z");

function Consolidate(props: { workbook: WorkbookHost | null; lang: Lang }) {
  const state = useConsolidateSection({ lang: props.lang, workbook: props.workbook, now });
  return <ConsolidatePanel state={state} lang={props.lang} t={textFor(props.lang)} />;
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function open(host: RecordingHost | null, lang: Lang = "en"): Promise<HTMLElement> {
  mounted = await mount(<Consolidate workbook={host} lang={lang} />);
  return mounted.container;
}

const byTestId = (root: ParentNode, id: string): HTMLElement | null =>
  root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const statusText = (root: HTMLElement): string =>
  byTestId(root, "consolidate-status")?.textContent ?? "";
const summaryLines = (root: HTMLElement): string[] =>
  [...(byTestId(root, "consolidate-summary")?.querySelectorAll("li") ?? [])].map(
    (li) => li.textContent ?? "",
  );
const sheetButtons = (root: HTMLElement): string[] =>
  [...(byTestId(root, "consolidate-sheets")?.querySelectorAll("button") ?? [])].map(
    (b) => b.textContent ?? "",
  );
const nbsp = (text: string): string => text.replace(/ /g, "\u00a0");

let snapshot: ReturnType<typeof sampleRoundSnapshot>;
beforeAll(() => {
  snapshot = sampleRoundSnapshot();
});

describe("the Consolidate section", () => {
  it("says there is no workbook and offers no run without one", async () => {
    const root = await open(null);
    expect(byTestId(root, "consolidate-no-workbook")).not.toBeNull();
    expect(buttonByText(root, "Consolidate").disabled).toBe(true);
  });

  it("shows each phase with a progress bar, then the result with links to the sheets", async () => {
    const host = recordingHost(snapshot);
    const root = await open(host);
    const read = host.holdNextRead();
    await click(buttonByText(root, "Consolidate"));
    expect(statusText(root)).toBe("Reading the workbook…");
    expect(root.querySelector('[role="progressbar"]')).not.toBeNull();
    expect(buttonByText(root, "Cancel").disabled).toBe(false);

    const write = host.holdNextApply();
    read.open();
    await settle();
    expect(statusText(root)).toBe("Writing the summary sheets…");
    const cancel = byTestId(root, "consolidate-cancel") as HTMLButtonElement;
    expect(cancel.textContent).toBe("Writing cannot be cancelled");
    expect(cancel.disabled).toBe(true);

    write.open();
    await settle();
    expect(statusText(root)).toBe("");
    expect(root.querySelector('[role="progressbar"]')).toBeNull();
    expect(host.applied).toHaveLength(1);
    const lines = summaryLines(root);
    expect(lines[0]).toBe("Proposals: 6 / 18 regions");
    expect(lines[1]).toMatch(/^Missing: Uusimaa, Southwest Finland, .*Kainuu$/);
    expect(lines[2]).toBe("AKKE funding proposed: EUR 5,255,000; the envelope is EUR 16,000,000.");
    expect(lines[3]).toBe("Proposals with errors: North Karelia");
    expect(sheetButtons(root)).toEqual([
      "Summary",
      "National questions",
      "Open national decisions",
      "Legislation",
      "Expert support",
      "Monitoring",
      "All items",
    ]);

    await click(buttonByText(root, "All items"));
    expect(host.selected).toEqual([{ sheet: "All items", cell: "A1" }]);
  });

  it("writes nothing when cancelled before writing", async () => {
    const host = recordingHost(snapshot);
    const root = await open(host);
    const read = host.holdNextRead();
    await click(buttonByText(root, "Consolidate"));
    await click(buttonByText(root, "Cancel"));
    read.open();
    await settle();
    expect(host.applied).toEqual([]);
    expect(byTestId(root, "consolidate-notice")?.textContent).toBe(
      "Consolidation cancelled. Nothing was written.",
    );
    expect(byTestId(root, "consolidate-result")).toBeNull();
    expect(host.browser.current().sheets.map((s) => s.name)).toEqual(
      snapshot.sheets.map((s) => s.name),
    );
  });

  it("writes the sheets in the chosen language and shows the result in the UI language", async () => {
    const host = recordingHost(snapshot);
    const root = await open(host, "fi");
    await change(root.querySelector("select"), "sv");
    await click(buttonByText(root, "Tee yhteenveto"));
    expect(sheetButtons(root)[0]).toBe("Sammanfattning");
    expect(host.browser.current().sheets.some((s) => s.name === "Sammanfattning")).toBe(true);
    const lines = summaryLines(root);
    expect(lines[0]).toBe("Esityksiä: 6 / 18 maakuntaa");
    expect(lines[2]).toBe(
      `AKKE-rahoitusta esitetään ${nbsp("5 255 000 euroa")}; määräraha on ${nbsp("16 000 000 euroa")}.`,
    );
    expect(lines[3]).toBe("Esityksiä, joissa on virheitä: Pohjois-Karjala");
  });

  describe("after a generated sheet was edited", () => {
    async function editedWorkbook(): Promise<{ host: RecordingHost; root: HTMLElement }> {
      const host = recordingHost(snapshot);
      const root = await open(host);
      await click(buttonByText(root, "Consolidate"));
      expect(host.applied).toHaveLength(1);
      host.browser.replace({
        ...host.browser.current(),
        sheets: host.browser.current().sheets.map((sheet) =>
          sheet.name === "Summary"
            ? {
                ...sheet,
                cells: [[{ kind: "text", text: "my own note" }], ...sheet.cells.slice(1)],
              }
            : sheet,
        ),
      });
      await click(buttonByText(root, "Consolidate"));
      return { host, root };
    }

    const dialog = (): HTMLElement | null => byTestId(document, "consolidate-consent");

    it("asks, naming the edited sheets, and keeps them when told to", async () => {
      const { host, root } = await editedWorkbook();
      expect(dialog()).not.toBeNull();
      // The in-browser workbook reads link formulas back empty, so there every generated
      // sheet counts as edited; the one the user edited must be named in any case.
      expect(
        [...(byTestId(document, "consolidate-edited")?.querySelectorAll("li") ?? [])].map(
          (li) => li.textContent,
        ),
      ).toContain("Summary");
      await click(buttonByText(document.body, "Keep them and stop"));
      await settle();
      expect(dialog()).toBeNull();
      expect(host.applied).toHaveLength(1);
      const summary = host.browser.current().sheets.find((s) => s.name === "Summary");
      expect(summary?.cells[0][0]).toEqual({ kind: "text", text: "my own note" });
      expect(byTestId(root, "consolidate-notice")?.textContent).toBe(
        "The edited summary sheets were kept. Nothing was written.",
      );
    });

    it("replaces them once the user agrees", async () => {
      const { host } = await editedWorkbook();
      await click(buttonByText(document.body, "Replace the sheets"));
      await settle();
      expect(dialog()).toBeNull();
      expect(host.applied).toHaveLength(2);
      const summary = host.browser.current().sheets.find((s) => s.name === "Summary");
      expect(summary?.cells[0][0]).not.toEqual({ kind: "text", text: "my own note" });
    });
  });

  it("explains a protected workbook in plain words, naming the protected sheet", async () => {
    const host = recordingHost(snapshot);
    host.failApplyWith(
      new HostFailure({ kind: "protected", sheets: ["Summary"], structure: false }, null),
    );
    const root = await open(host);
    await act(async () => buttonByText(root, "Consolidate").click());
    await settle();
    expect(byTestId(root, "consolidate-notice")?.textContent).toBe(
      "These sheets are protected, so nothing was written: “Summary”. Remove the protection (Review › Unprotect Sheet) and try again.",
    );
    expect(byTestId(root, "consolidate-result")).toBeNull();
  });

  it("names the sheets deleted while it ran, in the UI language, and says a new run reads again", async () => {
    const host = recordingHost(snapshot);
    host.failApplyWith(new HostFailure({ kind: "changed", sheets: ["Sammandrag"] }, null));
    const root = await open(host, "sv");
    await act(async () => buttonByText(root, textFor("sv")("paneConsolidate.run")).click());
    await settle();
    expect(byTestId(root, "consolidate-notice")?.textContent).toBe(
      "De här bladen har tagits bort eller bytt namn efter att arbetsboken lästes: ”Sammandrag”. Inget ändrades på de andra bladen. Försök igen: arbetsboken läses då på nytt sådan den är nu.",
    );
    expect(byTestId(root, "consolidate-result")).toBeNull();
  });
});
