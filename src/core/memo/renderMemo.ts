import type { Consolidation } from "../consolidate/types";
import type { RoundSettings } from "../model/round";
import { memoDocument } from "./document";
import { memoHtml } from "./html";
import { memoText } from "./text";
import type { Lang } from "../model/lang";
import type { Memo, MemoBlock, MemoOptions } from "./types";

/**
 * The ministry memo (docs/design.md § 8) in `options.lang`: an HTML fragment for Word and the
 * same as plain text. Throws RangeError when `options.date` is not a date.
 */
export function renderMemo(
  consolidation: Consolidation,
  settings: RoundSettings,
  options: MemoOptions,
): Memo {
  return renderBlocks(memoDocument(consolidation, settings, options), options.lang);
}

/** Blocks rendered as HTML for Word and as plain text, titled by their title block. */
export function renderBlocks(blocks: readonly MemoBlock[], lang: Lang): Memo {
  const title = blocks.find((block) => block.kind === "title");
  return {
    html: memoHtml(blocks, lang),
    text: memoText(blocks),
    title: title?.kind === "title" ? title.text : "",
  };
}
