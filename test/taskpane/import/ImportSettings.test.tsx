/** @jest-environment jsdom */
import "../jsdomGlobals";
import { webcrypto } from "node:crypto";
import { DecompressionStream } from "node:stream/web";
import { act } from "react";
import { consolidate } from "../../../src/core/consolidate";
import { renderMemo } from "../../../src/core/memo";
import type { Lang } from "../../../src/core/model/lang";
import { validateRound } from "../../../src/core/rules/validateRound";
import { sampleRoundFiles } from "../../../src/core/templates";
import { ImportSectionView } from "../../../src/taskpane/sections/import";
import { findingsText } from "../../../src/taskpane/sections/import/importText";
import type { FileLike } from "../../../src/workbook/files";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { fakeWorkbook, type FakeWorkbook } from "../validate/fakeWorkbook";
import { buttonByText, click, mount, settle, type Mounted } from "../render";

jest.setTimeout(120_000);

if (!globalThis.crypto?.subtle)
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
(globalThis as { DecompressionStream?: unknown }).DecompressionStream ??= DecompressionStream;

/** The sample round as the files a user picks: the settings and the six proposals. */
let files: FileLike[] = [];
beforeAll(async () => {
  files = [];
  for (const sample of sampleRoundFiles()) {
    const { bytes } = await writeXlsx(sample.plan);
    const copy = bytes.slice();
    files.push({
      name: sample.fileName,
      size: copy.length,
      arrayBuffer: () => Promise.resolve(copy.buffer),
    });
  }
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function dropped(workbook: FakeWorkbook, lang: Lang): Promise<HTMLElement> {
  mounted = await mount(<ImportSectionView lang={lang} workbook={workbook} />);
  const root = mounted.container;
  const drop = root.querySelector('[data-testid="import-drop"]') as HTMLElement;
  const event = new Event("drop", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { files } });
  await act(async () => {
    drop.dispatchEvent(event);
  });
  for (
    let i = 0;
    i < 200 && root.querySelectorAll('[data-testid="import-row"]').length < files.length;
    i += 1
  )
    await settle();
  return root;
}

describe("the round settings file picked with the regions' files", () => {
  it("is shown as the round's settings and written as the settings sheet the memo then uses", async () => {
    const workbook = fakeWorkbook();
    const root = await dropped(workbook, "fi");
    const settings = root.querySelector('[data-testid="import-settings"]')?.textContent ?? "";
    expect(settings).toMatch(/^Kierroksen asetukset \(ALKE 2026\): AKKE-määräraha 16\s000\s000\s€/);
    expect(settings).toContain("AKKE-jako 18 maakunnalle. Tuodaan kierroksen asetuksiksi.");
    expect(root.textContent).not.toContain("tiedostosta ei löytynyt maakunnan esitystä");
    expect(root.textContent).toContain("3 virhettä, 1 varoitus");

    await click(buttonByText(root, /^Tuo 6 esitystä ja kierroksen asetukset$/));
    const snapshot = workbook.browser.current();
    expect(snapshot.sheets.map((s) => s.name)).toContain("Kierroksen asetukset");

    const result = validateRound([{ file: snapshot.file, snapshot }]);
    expect(result.settingsSource?.sheet).toBe("Kierroksen asetukset");
    expect(result.settings.allocations).toHaveLength(18);
    expect(result.settings.author).toBe("Aino Esimerkki");
    expect(result.settings.referenceNumber).toBe("VN/1234/2026");
    const memo = renderMemo(
      consolidate(result.proposals, result.settings, result.issues),
      result.settings,
      { lang: "fi", date: "2026-03-20" },
    ).text;
    expect(memo).toContain("Laatija: Aino Esimerkki");
    expect(memo).not.toContain("Kierroksen asetuksia ei annettu");
  });
});

describe("the findings of a file", () => {
  it.each([
    ["fi", "1 virhe, 2 varoitusta", "0 virhettä, 1 varoitus"],
    ["sv", "1 fel, 2 varningar", "0 fel, 1 varning"],
    ["en", "1 error, 2 warnings", "0 errors, 1 warning"],
  ] as const)("are counted in the plural rules of %s", (lang, one, other) => {
    expect(findingsText(lang, { errors: 1, warnings: 2 })).toBe(one);
    expect(findingsText(lang, { errors: 0, warnings: 1 })).toBe(other);
  });
});
