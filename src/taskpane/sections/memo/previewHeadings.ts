/**
 * The pane's own outline is h1 (the add-in) and h2 (the section); the memo's title and
 * headings start again at h1. In the preview they are announced below the section's
 * heading by `aria-level`, so the page's outline stays in order. The tags stay h1–h3 and
 * the copied HTML is the memo's own, so Word still gets its headings.
 */
const PREVIEW_HEADING_SHIFT = 2;

/** Sets `aria-level` on every heading inside `root` to its own level plus `shift` (at most 6). */
export function shiftHeadingLevels(root: ParentNode, shift: number = PREVIEW_HEADING_SHIFT): void {
  for (const heading of root.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    const level = Number(heading.tagName.slice(1));
    heading.setAttribute("aria-level", String(Math.min(6, level + shift)));
  }
}
