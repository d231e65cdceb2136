import type { ComponentType } from "react";
import type { Lang } from "../../core/model/lang";
import type { WorkbookHost } from "../../workbook/host";
import type { HostInfo } from "../host";
import type { SectionId } from "../shell/view";

/** What the shell gives every section. */
export interface SectionProps {
  readonly lang: Lang;
  readonly host: HostInfo;
  /** The workbook the pane works on: the in-browser one in app.html; absent: sections choose Excel's. */
  readonly workbook?: WorkbookHost | null;
}

/**
 * One section of the pane. The shell renders the tab, the panel and its heading; the
 * section renders the panel's body. A heavy section may be `React.lazy(() => import(…))`:
 * the shell wraps sections in Suspense, and webpack puts it in its own chunk.
 */
export interface SectionDefinition {
  readonly id: SectionId;
  readonly Component: ComponentType<SectionProps>;
}
