/** @jest-environment jsdom */
import "../taskpane/jsdomGlobals";
import { DecompressionStream } from "node:stream/web";
import { act } from "react";
import { consolidationPlan } from "../../src/core/consolidate/plan";
import type { Lang } from "../../src/core/model/lang";
import { sampleRoundFiles } from "../../src/core/templates";
import { ConsolidatePanel } from "../../src/taskpane/sections/consolidate/ConsolidatePanel";
import { useConsolidateSection } from "../../src/taskpane/sections/consolidate/useConsolidateSection";
import { textFor } from "../../src/taskpane/shell/text";
import type { FileLike } from "../../src/workbook/files";
import type { WorkbookHost } from "../../src/workbook/host";
import { consolidateSnapshot } from "../../src/operations/consolidation";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { buttonByText, click, mount, settle, type Mounted } from "../taskpane/render";
import { recordingHost, sampleRoundSnapshot } from "../taskpane/consolidate/workbook";

jest.setTimeout(60_000);
(globalThis as { DecompressionStream?: unknown }).DecompressionStream ??= DecompressionStream;

const now = (): Date => new Date("2026-03-20T09:00:00Z");

function Consolidate(props: { workbook: WorkbookHost; lang: Lang }) {
  const state = useConsolidateSection({ lang: props.lang, workbook: props.workbook, now });
  return <ConsolidatePanel state={state} lang={props.lang} t={textFor(props.lang)} />;
}

const fileOf = (name: string, bytes: Uint8Array): FileLike => {
  const copy = bytes.slice();
  return { name, size: copy.length, arrayBuffer: () => Promise.resolve(copy.buffer) };
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const byTestId = (root: ParentNode, id: string): HTMLElement | null =>
  root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function pick(root: HTMLElement, file: FileLike): Promise<void> {
  const input = byTestId(root, "consolidate-previous-file") as HTMLInputElement;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  for (let i = 0; i < 20; i += 1) await settle();
}

describe("the Consolidate section with a previous summary", () => {
  it("takes the summary chosen, writes the comparison sheet and tells the change", async () => {
    const snapshot = sampleRoundSnapshot();
    // Last round's summary as the product wrote it, in Swedish, from the same proposals.
    const { validation, consolidation } = consolidateSnapshot(snapshot);
    const plan = consolidationPlan(consolidation, validation.settings, "sv", snapshot, {
      time: "2025-03-01T00:00:00Z",
      date: 45717,
    });
    const previous = fileOf("Sammanfattning-2025.xlsx", (await writeXlsx(plan)).bytes);
    const host = recordingHost(snapshot);
    mounted = await mount(<Consolidate workbook={host} lang="en" />);
    const root = mounted.container;
    expect(byTestId(root, "consolidate-previous-chosen")?.textContent).toBe(
      "No comparison with the previous round.",
    );
    await pick(root, previous);
    expect(byTestId(root, "consolidate-previous-chosen")?.textContent).toBe(
      "Compared with the previous summary Sammanfattning-2025.xlsx.",
    );
    await click(buttonByText(root, "Consolidate"));
    for (let i = 0; i < 20 && !byTestId(root, "consolidate-summary"); i += 1) await settle();
    const lines = [...(byTestId(root, "consolidate-summary")?.querySelectorAll("li") ?? [])].map(
      (li) => li.textContent,
    );
    const items = consolidation.items.length;
    expect(lines).toContain(
      `Against the previous round: new items 0, dropped 0, continued ${items}.`,
    );
    const sheets = [...(byTestId(root, "consolidate-sheets")?.querySelectorAll("button") ?? [])];
    expect(sheets.map((b) => b.textContent)).toContain("Change since previous round");

    await click(buttonByText(root, "Remove the comparison"));
    expect(byTestId(root, "consolidate-previous-chosen")?.textContent).toBe(
      "No comparison with the previous round.",
    );
  });

  it.each([
    ["fi", "ei ole tämän ohjelman kirjoittama yhteenveto"],
    ["sv", "är ingen sammanfattning som detta program har skrivit"],
    ["en", "is not a summary this product wrote"],
  ] as const)("refuses a proposal chosen as the previous summary (%s)", async (lang, words) => {
    const proposal = sampleRoundFiles().find((f) => f.kind === "proposal");
    if (!proposal) throw new Error("no sample proposal");
    const file = fileOf(proposal.fileName, (await writeXlsx(proposal.plan)).bytes);
    mounted = await mount(
      <Consolidate workbook={recordingHost(sampleRoundSnapshot())} lang={lang} />,
    );
    const root = mounted.container;
    await pick(root, file);
    expect(byTestId(root, "consolidate-notice")?.textContent).toContain(
      `${proposal.fileName} ${words}`,
    );
    expect(byTestId(root, "consolidate-previous-chosen")?.textContent).not.toContain(
      proposal.fileName,
    );
  });
});
