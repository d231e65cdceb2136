/** @jest-environment jsdom */
import "../taskpane/jsdomGlobals";
import { webcrypto } from "node:crypto";
import { DecompressionStream } from "node:stream/web";
import { act } from "react";
import { toA1 } from "../../src/core/model/address";
import type { CellBlock } from "../../src/core/model/plan";
import { packagePlans } from "../../src/core/packages";
import { validateRound } from "../../src/core/rules/validateRound";
import { sampleRoundFiles } from "../../src/core/templates";
import { ImportSectionView } from "../../src/taskpane/sections/import";
import type { FileLike } from "../../src/workbook/files";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { fakeWorkbook } from "../taskpane/validate/fakeWorkbook";
import { buttonByText, click, mount, settle, type Mounted } from "../taskpane/render";
import { roundOf, sampleRound } from "./round";

jest.setTimeout(60_000);

if (!globalThis.crypto?.subtle)
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
(globalThis as { DecompressionStream?: unknown }).DecompressionStream ??= DecompressionStream;

function fileOf(name: string, bytes: Uint8Array): FileLike {
  const copy = bytes.slice();
  return { name, size: copy.length, arrayBuffer: () => Promise.resolve(copy.buffer) };
}

let files: FileLike[];
let temLead: number;
beforeAll(async () => {
  const round = roundOf(await sampleRound());
  const tem = packagePlans(round.consolidation, round.validation.settings, {
    lang: "fi",
    time: "2026-04-02T09:00:00.000Z",
    date: 46114,
  }).find((p) => p.ministry === "TEM");
  if (!tem) throw new Error("TEM");
  temLead = tem.rows.lead;
  const lead = tem.plan.sheets?.find((s) => s.name === "Vastuulla");
  const header = (lead?.blocks[0].cells[0] ?? []).map((c) => (c.kind === "text" ? c.text : ""));
  const col = header.indexOf("Ministeriön kanta");
  const blocks: CellBlock[] = Array.from({ length: temLead }, (_, i) => ({
    topLeft: toA1({ row: i + 1, col }),
    cells: [[{ kind: "text", text: "Tukee" }]],
  }));
  const filled = await writeXlsx({ ...tem.plan, edits: [{ sheet: "Vastuulla", blocks }] });
  // The settings too: imported with the proposals, they let the package's round be checked.
  const proposals = await Promise.all(
    sampleRoundFiles().map(async (f) => fileOf(f.fileName, (await writeXlsx(f.plan)).bytes)),
  );
  files = [...proposals, fileOf("vastaus TEM.xlsx", filled.bytes)];
});

/** Settles until `done`, for up to half a minute: reading files takes its time on a busy machine. */
async function until(done: () => boolean): Promise<void> {
  const end = Date.now() + 30_000;
  while (!done() && Date.now() < end) await settle();
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe("the pane's Import with a returned ministry package", () => {
  it("previews the package, imports the proposals and merges TEM's positions into them", async () => {
    const workbook = fakeWorkbook();
    mounted = await mount(<ImportSectionView lang="fi" workbook={workbook} />);
    const root = mounted.container;
    const drop = root.querySelector('[data-testid="import-drop"]') as HTMLElement;
    const event = new Event("drop", { bubbles: true, cancelable: true });
    Object.defineProperty(event, "dataTransfer", { value: { files } });
    await act(async () => {
      drop.dispatchEvent(event);
    });
    await until(() => root.querySelectorAll('[data-testid="import-row"]').length >= files.length);
    expect(root.textContent).toContain(
      `Ministeriön TEM palauttama valmistelupaketti: ${temLead} / `,
    );
    await click(buttonByText(root, /^Tuo 6 esitystä ja 1 ministeriön kannat$/));
    await until(() => root.querySelector('[data-testid="import-positions"]') !== null);
    const report = root.querySelector('[data-testid="import-positions"]')?.textContent ?? "";
    expect(report).toContain("Vastanneet ministeriöt: TEM.");
    expect(report).not.toContain("Paketeista löytyi");
    const snapshot = workbook.browser.current();
    const read = validateRound([{ file: snapshot.file, snapshot }]);
    // The round's settings were imported too, so the package's round was checked against them.
    expect(read.settingsSource).not.toBeNull();
    const temItems = read.proposals.flatMap((p) =>
      p.items.filter((item) => item.leadMinistry === "TEM"),
    );
    expect(temItems).toHaveLength(temLead);
    expect(temItems.map((item) => item.ministryPosition)).toEqual(temItems.map(() => "supports"));
  });
});
