import type { Consolidation } from "../consolidate/types";
import type { RoundSettings } from "../model/round";
import { memoDocument } from "./document";
import { memoHtml } from "./html";
import { memoText } from "./text";
import type { Memo, MemoOptions } from "./types";

/**
 * The ministry memo (docs/design.md § 8) in `options.lang`: an HTML fragment for Word and the
 * same as plain text. Throws RangeError when `options.date` is not a date.
 */
export function renderMemo(
  consolidation: Consolidation,
  settings: RoundSettings,
  options: MemoOptions,
): Memo {
  const blocks = memoDocument(consolidation, settings, options);
  const title = blocks.find((block) => block.kind === "title");
  return {
    html: memoHtml(blocks, options.lang),
    text: memoText(blocks),
    title: title?.kind === "title" ? title.text : "",
  };
}
