/** @jest-environment jsdom */
import "../jsdomGlobals";
import type { Lang } from "../../../src/core/model/lang";
import type { CopyEnvironment } from "../../../src/taskpane/clipboard";
import { MemoPanel } from "../../../src/taskpane/sections/memo/MemoPanel";
import { useMemoSection } from "../../../src/taskpane/sections/memo/useMemoSection";
import { textFor } from "../../../src/taskpane/shell/text";
import { HostFailure, type WorkbookHost } from "../../../src/workbook/host";
import { buttonByText, change, click, mount, type Mounted } from "../render";
import { recordingHost, sampleRoundSnapshot, type RecordingHost } from "../consolidate/workbook";

jest.setTimeout(30_000);

const now = (): Date => new Date("2026-03-20T09:00:00Z");
const SCRIPT = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">';

function Memo(props: { workbook: WorkbookHost | null; lang: Lang; env?: CopyEnvironment }) {
  const state = useMemoSection({
    lang: props.lang,
    workbook: props.workbook,
    now,
    ...(props.env ? { environment: props.env } : {}),
  });
  return <MemoPanel state={state} t={textFor(props.lang)} />;
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  delete (window as { __pwned?: number }).__pwned;
});

async function open(host: RecordingHost | null, env?: CopyEnvironment, lang: Lang = "en") {
  mounted = await mount(<Memo workbook={host} lang={lang} env={env} />);
  return mounted.container;
}

const preview = (root: HTMLElement): HTMLElement | null =>
  root.querySelector<HTMLElement>('[data-testid="memo-preview"]');
const notice = (root: HTMLElement): string =>
  root.querySelector('[data-testid="memo-notice"]')?.textContent ?? "";

/** A page whose clipboard and copy command behave as told, recording what they got. */
function environment(options: { clipboard: boolean; command: boolean }) {
  const written: Record<string, Blob>[] = [];
  const selected: string[] = [];
  class Item {
    constructor(readonly items: Record<string, Blob>) {}
  }
  const env: CopyEnvironment = {
    navigator: {
      clipboard: {
        write: async (items: Item[]) => {
          if (!options.clipboard)
            throw new DOMException("Write permission denied.", "NotAllowedError");
          written.push(...items.map((i) => i.items));
        },
      },
    } as unknown as Navigator,
    document: Object.assign(Object.create(document) as Document, {
      getSelection: () => document.getSelection(),
      createRange: () => document.createRange(),
      execCommand: (command: string) => {
        selected.push(`${command}: ${document.getSelection()?.toString() ?? ""}`);
        return options.command;
      },
    }),
    ClipboardItem: Item as unknown as typeof ClipboardItem,
  };
  return { env, written, selected };
}

/** jsdom's Blob has no text(): read it the old way. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

let snapshot: ReturnType<typeof sampleRoundSnapshot>;
beforeAll(() => {
  snapshot = sampleRoundSnapshot([
    {
      edits: [
        {
          sheet: "Kierroksen asetukset",
          blocks: [{ topLeft: "B3", cells: [[{ kind: "text", text: SCRIPT }]] }],
        },
      ],
    },
  ]);
});

describe("the Memo section", () => {
  it("previews the memo with real tables in the memo's own language", async () => {
    const root = await open(recordingHost(snapshot), undefined, "fi");
    const shown = preview(root);
    expect(shown?.querySelector("h1")?.textContent).toMatch(
      /^Aluekehittämiskeskustelut .*: maakuntien esitykset$/,
    );
    expect(shown?.textContent?.trim()).toMatch(/^TYÖ- JA ELINKEINOMINISTERIÖ/);
    const tables = [...(shown?.querySelectorAll("table:not([role=presentation])") ?? [])];
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) expect(table.querySelector("thead th")).not.toBeNull();

    await change(root.querySelector("select"), "sv");
    expect(preview(root)?.querySelector("h1")?.textContent).toMatch(
      /regionutvecklingsdiskussioner/i,
    );
    // The pane stays in Finnish.
    expect(buttonByText(root, "Kopioi muistio")).toBeDefined();
  });

  it("announces the memo's headings below the section's own, and copies them as the memo's h1–h3", async () => {
    const { env, written } = environment({ clipboard: true, command: true });
    const root = await open(recordingHost(snapshot), env);
    const headings = [...(preview(root)?.querySelectorAll("h1, h2, h3, h4, h5, h6") ?? [])];
    expect(headings.map((h) => h.tagName)).toEqual(expect.arrayContaining(["H1", "H2", "H3"]));
    // The pane is h1 (the add-in) and h2 (the section): the memo's title comes at level 3.
    for (const heading of headings)
      expect(heading.getAttribute("aria-level")).toBe(String(Number(heading.tagName[1]) + 2));

    await click(buttonByText(root, "Copy the memo"));
    const html = await blobText(written[0]["text/html"]);
    expect(html).toMatch(/<h1[^>]*>Regional development discussions/);
    expect(html).toMatch(/<h2[^>]*>/);
    expect(html).not.toContain("aria-level");
  });

  it("keeps the headings' levels when the memo is rendered again in another language", async () => {
    const root = await open(recordingHost(snapshot));
    await change(root.querySelector("select"), "fi");
    const title = preview(root)?.querySelector("h1");
    expect(title?.textContent).toMatch(/^Aluekehittämiskeskustelut/);
    expect(title?.getAttribute("aria-level")).toBe("3");
  });

  it("says the memo was not copied and why, when its sheet cannot be written either", async () => {
    const host = recordingHost(snapshot);
    host.failApplyWith(new HostFailure({ kind: "protected", sheets: [], structure: true }, null));
    const { env } = environment({ clipboard: false, command: false });
    const root = await open(host, env, "fi");
    await click(buttonByText(root, "Kopioi muistio"));
    expect(notice(root)).toBe(
      "Muistiota ei voitu kopioida eikä kirjoittaa taulukkoon. Työkirjan rakenne on suojattu, joten taulukoita ei voi lisätä, nimetä uudelleen eikä poistaa. Mitään ei kirjoitettu. Poista työkirjan suojaus (Tarkista › Suojaa työkirja) ja yritä uudelleen.",
    );
    expect(root.querySelector('[data-testid="memo-notice"]')?.getAttribute("data-outcome")).toBe(
      "failed",
    );
  });

  it("shows a script typed into a cell as text, never as markup", async () => {
    const root = await open(recordingHost(snapshot));
    const shown = preview(root) as HTMLElement;
    expect(shown.textContent).toContain(SCRIPT);
    expect(shown.querySelector("script")).toBeNull();
    expect(shown.querySelector("img")).toBeNull();
    expect(shown.querySelector("[onerror]")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("copies rich and plain text through the clipboard and says so", async () => {
    const host = recordingHost(snapshot);
    const { env, written, selected } = environment({ clipboard: true, command: true });
    const root = await open(host, env);
    await click(buttonByText(root, "Copy the memo"));
    expect(written).toHaveLength(1);
    expect(await blobText(written[0]["text/html"])).toMatch(/<table[^>]*><thead><tr><th/);
    expect(await blobText(written[0]["text/plain"])).toMatch(
      /^MINISTRY OF ECONOMIC AFFAIRS AND EMPLOYMENT +MEMORANDUM\n[^]*\nRegional development discussions /,
    );
    expect(selected).toEqual([]);
    expect(host.applied).toEqual([]);
    expect(notice(root)).toMatch(/copied to the clipboard as rich text and plain text/);
  });

  it("falls back to selecting the preview and the copy command when the clipboard is refused", async () => {
    const host = recordingHost(snapshot);
    const { env, selected } = environment({ clipboard: false, command: true });
    const root = await open(host, env);
    await click(buttonByText(root, "Copy the memo"));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toMatch(
      /^copy:\s*MINISTRY OF ECONOMIC AFFAIRS AND EMPLOYMENT[^]*Regional development discussions /,
    );
    expect(host.applied).toEqual([]);
    expect(notice(root)).toMatch(/copied by selecting the preview/);
  });

  it("writes the memo to its sheet when both copies are refused", async () => {
    const host = recordingHost(snapshot);
    const { env } = environment({ clipboard: false, command: false });
    const root = await open(host, env);
    await click(buttonByText(root, "Copy the memo"));
    expect(host.applied).toHaveLength(1);
    const sheet = host.browser.current().sheets.find((s) => s.name === "Memo");
    expect(sheet?.cells[0][0]).toEqual({
      kind: "text",
      text: expect.stringMatching(/^MINISTRY OF ECONOMIC AFFAIRS AND EMPLOYMENT +MEMORANDUM$/),
    });
    expect(host.browser.current().registry).toContainEqual(
      expect.objectContaining({ sheet: "Memo", role: "memo" }),
    );
    expect(notice(root)).toBe(
      "The clipboard was not available, so the memo was written to the sheet Memo. Copy it from there.",
    );
  });

  it("says there is no workbook and offers no copy without one", async () => {
    const root = await open(null);
    expect(root.querySelector('[data-testid="memo-no-workbook"]')).not.toBeNull();
    expect(buttonByText(root, "Copy the memo").disabled).toBe(true);
  });
});
