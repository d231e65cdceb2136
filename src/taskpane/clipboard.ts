/**
 * Copying the memo so that Word keeps its tables, with the fallbacks Excel's hosts need:
 * 1. the async clipboard with both `text/html` and `text/plain`;
 * 2. where that is refused (Excel on the web blocks it in the add-in frame), selecting
 *    the rendered memo and `document.execCommand("copy")`;
 * 3. as a last resort, writing the memo to a registered sheet through the workbook host.
 * `copyMemo` holds the order and takes each way as a dependency, so it is tested without
 * a browser; `domCopyWays` gives the real first two ways.
 */

/** Which way the memo reached the user, for the message the pane shows. */
export type CopyOutcome =
  | { readonly kind: "clipboard" }
  | { readonly kind: "selection" }
  | { readonly kind: "sheet"; readonly sheet: string }
  | { readonly kind: "failed"; readonly detail: string };

export interface CopyWays {
  /** Puts both flavours on the clipboard; rejects (or throws) when refused or unavailable. */
  readonly writeClipboard: (html: string, text: string) => Promise<void>;
  /** Selects the rendered memo and copies it; false (or a throw) when the browser refused. */
  readonly copySelection: () => boolean;
  /** Writes the memo as text cells to a registered sheet; resolves with the sheet's name. */
  readonly writeSheet: () => Promise<string>;
}

function detailOf(error: unknown): string {
  if (error instanceof Error && error.message !== "") return error.message;
  return String(error);
}

/** Tries the three ways in order and says which one worked. Never throws. */
export async function copyMemo(
  memo: { readonly html: string; readonly text: string },
  ways: CopyWays,
): Promise<CopyOutcome> {
  try {
    await ways.writeClipboard(memo.html, memo.text);
    return { kind: "clipboard" };
  } catch {
    // Refused or missing: the next way.
  }
  try {
    if (ways.copySelection()) return { kind: "selection" };
  } catch {
    // execCommand may throw in a sandboxed frame: the next way.
  }
  try {
    return { kind: "sheet", sheet: await ways.writeSheet() };
  } catch (error) {
    return { kind: "failed", detail: detailOf(error) };
  }
}

/** What the DOM ways need from the page; `window` and `document` fit. */
export interface CopyEnvironment {
  readonly navigator: Navigator;
  readonly document: Document;
  readonly ClipboardItem?: typeof ClipboardItem;
}

/** The async clipboard: rich and plain text in one item. */
export function clipboardWriter(env: CopyEnvironment): CopyWays["writeClipboard"] {
  return async (html, text) => {
    const clipboard = env.navigator.clipboard as Clipboard | undefined;
    const Item = env.ClipboardItem;
    if (clipboard === undefined || typeof clipboard.write !== "function" || Item === undefined)
      throw new Error("The asynchronous clipboard is not available.");
    await clipboard.write([
      new Item({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      }),
    ]);
  };
}

/**
 * Selects everything in `element` and runs the copy command, then puts the user's
 * selection back. The element must be in the document and rendered.
 */
export function selectionCopier(
  env: CopyEnvironment,
  element: () => HTMLElement | null,
): CopyWays["copySelection"] {
  return () => {
    const target = element();
    const selection = env.document.getSelection();
    if (target === null || selection === null) return false;
    const saved = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
    const range = env.document.createRange();
    range.selectNodeContents(target);
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      return env.document.execCommand("copy");
    } finally {
      selection.removeAllRanges();
      for (const r of saved) selection.addRange(r);
    }
  };
}
