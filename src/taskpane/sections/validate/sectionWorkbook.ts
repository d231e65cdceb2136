import type { WorkbookHost } from "../../../workbook/host";
import type { SectionProps } from "../types";

/**
 * The workbook a section works on: the one the page's entry hands down (Excel's, or the
 * in-browser workbook of app.html); none, and the section shows that there is no workbook
 * to work on.
 */
export function useSectionWorkbook(props: SectionProps): WorkbookHost | null {
  return props.workbook ?? null;
}
