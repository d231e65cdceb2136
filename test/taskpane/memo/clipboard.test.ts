import "../../../src/core/i18n/messages/paneConsolidate";
import { noticeText } from "../../../src/taskpane/hostErrors";
import {
  clipboardWriter,
  copyMemo,
  type CopyEnvironment,
  type CopyWays,
} from "../../../src/taskpane/clipboard";
import { copyNotice } from "../../../src/taskpane/sections/memo/useMemoSection";

const memo = { html: "<table><tr><th>A</th></tr></table>", text: "A\n" };

/** Ways that record what was tried; each succeeds unless told otherwise. */
function ways(fail: { clipboard?: boolean; selection?: "false" | "throw"; sheet?: boolean } = {}) {
  const tried: string[] = [];
  const result: CopyWays = {
    async writeClipboard(html, text) {
      tried.push(`clipboard ${html} ${JSON.stringify(text)}`);
      if (fail.clipboard) throw new DOMException("Write permission denied.", "NotAllowedError");
    },
    copySelection() {
      tried.push("selection");
      if (fail.selection === "throw") throw new Error("execCommand is not allowed");
      return fail.selection !== "false";
    },
    async writeSheet() {
      tried.push("sheet");
      if (fail.sheet) throw new Error("The workbook structure is protected");
      return "Memo (2)";
    },
  };
  return { tried, ways: result };
}

const message = (outcome: Awaited<ReturnType<typeof copyMemo>>): string =>
  noticeText("en", copyNotice(outcome));

describe("copyMemo, the copy fallback chain", () => {
  it("uses the clipboard with both flavours when it is allowed, and nothing else", async () => {
    const { tried, ways: w } = ways();
    const outcome = await copyMemo(memo, w);
    expect(outcome).toEqual({ kind: "clipboard" });
    expect(tried).toEqual([`clipboard ${memo.html} "A\\n"`]);
    expect(message(outcome)).toMatch(/copied to the clipboard as rich text and plain text/);
  });

  it("selects the preview and copies it when the clipboard is refused", async () => {
    const { tried, ways: w } = ways({ clipboard: true });
    const outcome = await copyMemo(memo, w);
    expect(outcome).toEqual({ kind: "selection" });
    expect(tried).toHaveLength(2);
    expect(tried[1]).toBe("selection");
    expect(message(outcome)).toMatch(/copied by selecting the preview/);
  });

  it.each(["false", "throw"] as const)(
    "writes the memo sheet when the copy command also fails (%s)",
    async (selection) => {
      const { tried, ways: w } = ways({ clipboard: true, selection });
      const outcome = await copyMemo(memo, w);
      expect(outcome).toEqual({ kind: "sheet", sheet: "Memo (2)" });
      expect(tried.slice(1)).toEqual(["selection", "sheet"]);
      expect(message(outcome)).toBe(
        "The clipboard was not available, so the memo was written to the sheet Memo (2). Copy it from there.",
      );
    },
  );

  it("says why when even the sheet cannot be written", async () => {
    const { ways: w } = ways({ clipboard: true, selection: "false", sheet: true });
    const outcome = await copyMemo(memo, w);
    expect(outcome).toEqual({ kind: "failed", detail: "The workbook structure is protected" });
    expect(message(outcome)).toBe("The memo could neither be copied nor written to a sheet.");
    // What went wrong stays available, apart from the message.
    expect(copyNotice(outcome).detail).toBe("The workbook structure is protected");
  });
});

describe("clipboardWriter", () => {
  class FakeItem {
    constructor(readonly items: Record<string, Blob>) {}
  }

  it("writes one item with text/html and text/plain", async () => {
    const written: FakeItem[][] = [];
    const env = {
      navigator: { clipboard: { write: async (items: FakeItem[]) => void written.push(items) } },
      document: {},
      ClipboardItem: FakeItem,
    } as unknown as CopyEnvironment;
    await clipboardWriter(env)(memo.html, memo.text);
    expect(written).toHaveLength(1);
    const [item] = written[0];
    expect(Object.keys(item.items).sort()).toEqual(["text/html", "text/plain"]);
    expect(await item.items["text/html"].text()).toBe(memo.html);
    expect(await item.items["text/plain"].text()).toBe(memo.text);
  });

  it("refuses when the browser has no ClipboardItem, so that the next way is tried", async () => {
    const env = {
      navigator: { clipboard: { write: async () => undefined } },
      document: {},
    } as unknown as CopyEnvironment;
    await expect(clipboardWriter(env)(memo.html, memo.text)).rejects.toThrow(/not available/);
  });
});
