/** @jest-environment jsdom */
import "../jsdomGlobals";
import JSZip from "jszip";
import type { Lang } from "../../../src/core/model/lang";
import { ConsolidateSectionView } from "../../../src/taskpane/sections/consolidate";
import type { WorkbookHost } from "../../../src/workbook/host";
import { buttonByText, click, mount, settle, type Mounted } from "../render";
import { recordingHost, sampleRoundSnapshot } from "./workbook";

// Writes a workbook per ministry of the sample round; the machine is shared.
jest.setTimeout(60_000);

const now = (): Date => new Date("2026-03-20T09:00:00Z");

function Consolidate(props: { workbook: WorkbookHost; lang: Lang }) {
  return <ConsolidateSectionView {...props} now={now} />;
}

/** What the page hands the browser to save: each object URL's blob, by URL. */
const blobs = new Map<string, Blob>();
const clicked: { href: string; download: string }[] = [];
let mounted: Mounted | null = null;
beforeAll(() => {
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${(n += 1)}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  };
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  clicked.length = 0;
});

const snapshot = sampleRoundSnapshot();

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i += 1) {
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(done()).toBe(true);
}

/** A blob's bytes (jsdom's Blob has no `arrayBuffer`). */
function bytesOf(blob: Blob | undefined): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error("no blob"));
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const notices = (root: HTMLElement): string[] =>
  [...root.querySelectorAll('[data-testid="packages-notice"]')].map((n) => n.textContent ?? "");

function excelHost(answer: boolean): { host: WorkbookHost; opened: string[] } {
  const opened: string[] = [];
  const base = recordingHost(snapshot);
  return {
    opened,
    host: {
      ...base,
      kind: "excel",
      read: (onProgress) => base.read(onProgress),
      createWorkbook: (base64) => {
        if (answer) opened.push(base64);
        return Promise.resolve(answer);
      },
    },
  };
}

describe("the ministry packages in the Consolidate section", () => {
  it("on the browser page: one link per ministry and all of them as one .zip", async () => {
    mounted = await mount(<Consolidate workbook={recordingHost(snapshot)} lang="en" />);
    const root = mounted.container;
    await click(buttonByText(root, "Ministry packages"));
    await until(() => root.querySelector('[data-testid="packages-links"]') !== null);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-testid="packages-links"] a')];
    expect(links.map((a) => a.getAttribute("download"))).toContain("TEM-preparation.xlsx");
    expect(links.every((a) => a.textContent === a.getAttribute("download"))).toBe(true);
    const texts = notices(root);
    expect(texts[0]).toMatch(new RegExp(`^Packages made \\(${links.length}\\): .*TEM`));
    // The sample's messy proposal: made all the same, with a warning.
    expect(texts.some((t) => /^The proposals have errors \(\d+\)/.test(t))).toBe(true);

    await click(buttonByText(root, "Download all (.zip)"));
    await until(() => clicked.length === 1);
    expect(clicked[0].download).toBe("Ministry-packages.zip");
    const zip = await JSZip.loadAsync(await bytesOf(blobs.get(clicked[0].href)));
    expect(Object.keys(zip.files).sort()).toEqual(
      links.map((a) => a.getAttribute("download")).sort(),
    );
    expect(notices(root)).toContain("Downloaded Ministry-packages.zip.");
  });

  it("in Excel: opens each package as a new workbook and names the files to save", async () => {
    const { host, opened } = excelHost(true);
    mounted = await mount(<Consolidate workbook={host} lang="fi" />);
    const root = mounted.container;
    await click(buttonByText(root, "Ministeriöiden valmistelupaketit"));
    await until(() => notices(root).length > 0);
    expect(notices(root)[0]).toMatch(
      new RegExp(
        `^Excel avasi paketit uusina työkirjoina \\(${opened.length}\\)\\. Tallenna kukin nimellä: .*TEM-valmistelu\\.xlsx`,
      ),
    );
    expect(opened.length).toBeGreaterThan(1);
    expect(root.querySelector('[data-testid="packages-links"]')).toBeNull();
  });

  it("in an Excel that cannot open new workbooks: says so and offers the downloads", async () => {
    const { host, opened } = excelHost(false);
    mounted = await mount(<Consolidate workbook={host} lang="sv" />);
    const root = mounted.container;
    await click(buttonByText(root, "Ministeriernas beredningspaket"));
    await until(() => root.querySelector('[data-testid="packages-links"]') !== null);
    expect(opened).toEqual([]);
    expect(notices(root)).toContain(
      "Detta Excel öppnar inte nya arbetsböcker från ett tillägg. Ladda ner paketen nedan.",
    );
  });
});
