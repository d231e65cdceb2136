/** @jest-environment jsdom */
import "../jsdomGlobals";
import { webcrypto } from "node:crypto";
import { DecompressionStream } from "node:stream/web";
import { act } from "react";
import type { Lang } from "../../../src/core/model/lang";
import { sampleRoundFiles } from "../../../src/core/templates";
import { ImportSectionView } from "../../../src/taskpane/sections/import";
import type { FileLike } from "../../../src/workbook/files";
import { HostFailure } from "../../../src/workbook/host";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { fakeWorkbook, type FakeWorkbook } from "../validate/fakeWorkbook";
import { buttonByText, click, mount, settle, type Mounted } from "../render";

jest.setTimeout(60_000);

// jsdom lacks what browsers give the import: Web Crypto's `subtle` (each file is hashed)
// and DecompressionStream (the file limits are read from the zip before ExcelJS).
if (!globalThis.crypto?.subtle)
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
(globalThis as { DecompressionStream?: unknown }).DecompressionStream ??= DecompressionStream;

let file: FileLike;
beforeAll(async () => {
  const proposal = sampleRoundFiles().find((f) => f.kind === "proposal");
  if (!proposal) throw new Error("no sample proposal");
  const { bytes } = await writeXlsx(proposal.plan);
  const copy = bytes.slice();
  file = {
    name: proposal.fileName,
    size: copy.length,
    arrayBuffer: () => Promise.resolve(copy.buffer),
  };
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** Opens the section, drops the file on it and waits for its preview. */
async function dropped(workbook: FakeWorkbook, lang: Lang): Promise<HTMLElement> {
  mounted = await mount(<ImportSectionView lang={lang} workbook={workbook} />);
  const root = mounted.container;
  const drop = root.querySelector('[data-testid="import-drop"]') as HTMLElement;
  const event = new Event("drop", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { files: [file] } });
  await act(async () => {
    drop.dispatchEvent(event);
  });
  for (let i = 0; i < 20 && !root.querySelector('[data-testid="import-row"]'); i += 1)
    await settle();
  return root;
}

const message = (root: HTMLElement) =>
  root.querySelector('[data-testid="import-message"] [data-testid="notice-text"]')?.textContent;

describe("the Import section when the workbook refuses the write", () => {
  it("names the protected structure in plain words, nothing written", async () => {
    const workbook = fakeWorkbook();
    const root = await dropped(workbook, "en");
    workbook.failNextApplyWith(
      new HostFailure({ kind: "protected", sheets: [], structure: true }, null),
    );
    await click(buttonByText(root, /^Import 1 proposal$/));
    expect(message(root)).toMatch(/^The workbook structure is protected, so no sheet can be added/);
    expect(workbook.browser.current().sheets).toEqual([]);
  });

  it("names a sheet deleted since the preview", async () => {
    const workbook = fakeWorkbook();
    const root = await dropped(workbook, "fi");
    workbook.failNextApplyWith(new HostFailure({ kind: "changed", sheets: ["Esitys MK02"] }, null));
    await click(buttonByText(root, /^Tuo 1 esitys$/));
    expect(message(root)).toMatch(
      /^Nämä taulukot on poistettu tai nimetty uudelleen sen jälkeen, kun työkirja luettiin: ”Esitys MK02”\. Muihin taulukoihin ei tehty muutoksia\./,
    );
  });

  it("says the import failed in the UI language, Excel's words as a folded detail", async () => {
    const workbook = fakeWorkbook();
    const root = await dropped(workbook, "sv");
    workbook.failNextApplyWith(new Error("GeneralException"));
    await click(buttonByText(root, /^Importera 1 förslag$/));
    expect(message(root)).toBe("Importen misslyckades och inget skrevs.");
    const detail = root.querySelector<HTMLDetailsElement>('[data-testid="notice-detail"]');
    expect(detail?.open).toBe(false);
    expect(detail?.textContent).toBe("Tekniska detaljerGeneralException");
  });
});
