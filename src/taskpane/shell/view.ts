/** The sections of the pane, in navigation order; also the values of `?view=`. */
export const SECTION_IDS = ["templates", "validate", "consolidate", "memo", "import"] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export const DEFAULT_SECTION: SectionId = "templates";

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === "string" && (SECTION_IDS as readonly string[]).includes(value);
}

/**
 * The section asked for by a page's query string (`?view=validate`), as the ribbon buttons
 * open it. Case and surrounding spaces are forgiven; anything unknown opens the default.
 */
export function sectionFromSearch(search: string): SectionId {
  const view = new URLSearchParams(search).get("view")?.trim().toLowerCase();
  return isSectionId(view) ? view : DEFAULT_SECTION;
}

/** The self-check view: not a section (no tab), opened by `?view=selfcheck` or the pane's menu. */
const SELF_CHECK_VIEW = "selfcheck";

/** Whether the page's query string asks for the self-check view. */
export function isSelfCheckSearch(search: string): boolean {
  return new URLSearchParams(search).get("view")?.trim().toLowerCase() === SELF_CHECK_VIEW;
}
