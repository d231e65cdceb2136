export { renderMemo } from "./renderMemo";
export { regionPage, regionPageFileName } from "./regionPage";
export { memoDocument } from "./document";
export { memoHtml, memoHtmlDocument } from "./html";
export { memoText } from "./text";
export { escapeHtml } from "./escape";
export { roundedPartsDiffer } from "./rounding";
export type * from "./types";
