import { useMemo } from "react";
import type { WorkbookHost } from "../../../workbook/host";
import { createOfficeHost } from "../../../workbook/office/officeHost";
import type { SectionProps } from "../types";

let officeHost: WorkbookHost | null = null;

/**
 * The workbook a section works on: the one the shell hands down; inside Excel without
 * one, the Excel host (stateless, so one per pane is enough); else none, and the section
 * shows that there is no workbook to work on.
 */
export function useSectionWorkbook(props: SectionProps): WorkbookHost | null {
  const given = props.workbook;
  const kind = props.host.kind;
  return useMemo(() => {
    if (given) return given;
    if (kind !== "excel") return null;
    officeHost ??= createOfficeHost();
    return officeHost;
  }, [given, kind]);
}
