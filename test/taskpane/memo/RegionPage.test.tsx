/** @jest-environment jsdom */
import "../jsdomGlobals";
import type { Lang } from "../../../src/core/model/lang";
import type { CopyEnvironment } from "../../../src/taskpane/clipboard";
import { MemoPanel } from "../../../src/taskpane/sections/memo/MemoPanel";
import { useMemoSection } from "../../../src/taskpane/sections/memo/useMemoSection";
import { textFor } from "../../../src/taskpane/shell/text";
import type { WorkbookHost } from "../../../src/workbook/host";
import { buttonByText, change, click, mount, type Mounted } from "../render";
import { recordingHost, sampleRoundSnapshot } from "../consolidate/workbook";

jest.setTimeout(30_000);

const now = (): Date => new Date("2026-03-20T09:00:00Z");

function Memo(props: { workbook: WorkbookHost; lang: Lang; env: CopyEnvironment }) {
  const state = useMemoSection({
    lang: props.lang,
    workbook: props.workbook,
    now,
    environment: props.env,
  });
  return <MemoPanel state={state} t={textFor(props.lang)} />;
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** A page whose clipboard and copy command behave as told, recording what they got. */
function environment(clipboard: boolean) {
  const written: Record<string, Blob>[] = [];
  const selected: string[] = [];
  class Item {
    constructor(readonly items: Record<string, Blob>) {}
  }
  const env: CopyEnvironment = {
    navigator: {
      clipboard: {
        write: async (items: Item[]) => {
          if (!clipboard) throw new DOMException("Write permission denied.", "NotAllowedError");
          written.push(...items.map((i) => i.items));
        },
      },
    } as unknown as Navigator,
    document: Object.assign(Object.create(document) as Document, {
      getSelection: () => document.getSelection(),
      createRange: () => document.createRange(),
      execCommand: (command: string) => {
        selected.push(`${command}: ${document.getSelection()?.toString() ?? ""}`);
        return true;
      },
    }),
    ClipboardItem: Item as unknown as typeof ClipboardItem,
  };
  return { env, written, selected };
}

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const picker = (root: HTMLElement): HTMLSelectElement | null =>
  root.querySelector<HTMLSelectElement>('[data-testid="memo-region"]');
const preview = (root: HTMLElement): HTMLElement | null =>
  root.querySelector<HTMLElement>('[data-testid="memo-preview"]');

async function open(lang: Lang, clipboard: boolean) {
  const { env, written, selected } = environment(clipboard);
  mounted = await mount(
    <Memo workbook={recordingHost(sampleRoundSnapshot())} lang={lang} env={env} />,
  );
  return { root: mounted.container, written, selected };
}

describe("the region page in the Memo section", () => {
  it("lists the regions with a proposal and previews the chosen one's page", async () => {
    const { root } = await open("fi", true);
    const select = picker(root);
    expect(select).not.toBeNull();
    // Labelled for assistive technology by its field.
    const label = root.querySelector(`label[for="${select?.id ?? ""}"]`);
    expect(label?.textContent).toBe("Maakunnan sivu");
    const options = [...(select?.options ?? [])].map((o) => o.textContent);
    expect(options[0]).toBe("Koko muistio");
    expect(options).toContain("Satakunta");

    await change(select, "MK04");
    const shown = preview(root);
    expect(shown?.getAttribute("aria-label")).toBe("Maakunnan sivun esikatselu");
    expect(shown?.querySelector("h1")?.textContent).toMatch(
      /^Aluekehittämiskeskustelu .*: Satakunta$/,
    );
    expect(shown?.querySelector("h1")?.getAttribute("aria-level")).toBe("3");
    expect(shown?.textContent).toContain("MUISTIOLUONNOS");
    expect(buttonByText(root, "Kopioi maakunnan sivu")).toBeDefined();

    await change(picker(root), "");
    expect(preview(root)?.querySelector("h1")?.textContent).toMatch(/maakuntien esitykset$/);
    expect(buttonByText(root, "Kopioi muistio")).toBeDefined();
  });

  it("copies the region's page as rich text and plain text", async () => {
    const { root, written } = await open("en", true);
    await change(picker(root), "MK04");
    await click(buttonByText(root, "Copy the region page"));
    expect(written).toHaveLength(1);
    const html = await blobText(written[0]["text/html"]);
    expect(html).toMatch(/<h1[^>]*>Regional development discussion .*: Satakunta<\/h1>/);
    expect(html).not.toContain("aria-level");
    expect(await blobText(written[0]["text/plain"])).toMatch(
      /^MINISTRY OF ECONOMIC AFFAIRS AND EMPLOYMENT +DRAFT MEMORANDUM\n/,
    );
  });

  it("falls back to selecting the page's preview when the clipboard is refused", async () => {
    const { root, selected } = await open("sv", false);
    await change(picker(root), "MK04");
    await click(buttonByText(root, "Kopiera landskapets sida"));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toMatch(/^copy:\s*ARBETS- OCH NÄRINGSMINISTERIET[^]*PROMEMORIAUTKAST/);
    expect(selected[0]).toContain("Regionutvecklingsdiskussion");
  });
});
