import type { Lang } from "../../../core/model/lang";
import type { WorkbookHost } from "../../../workbook/host";
import type { SectionDefinition, SectionProps } from "../types";
import { useSectionWorkbook } from "../validate/sectionWorkbook";
import { ImportPanel } from "./ImportPanel";
import { useImportSection } from "./useImportSection";

export interface ImportSectionViewProps {
  readonly lang: Lang;
  readonly workbook: WorkbookHost | null;
  readonly now?: () => Date;
}

/** The Import section over a given workbook (null: preview only). */
export function ImportSectionView({ lang, workbook, now }: ImportSectionViewProps) {
  const state = useImportSection({ lang, workbook, ...(now ? { now } : {}) });
  return <ImportPanel state={state} lang={lang} />;
}

function ImportSection(props: SectionProps) {
  const workbook = useSectionWorkbook(props);
  return <ImportSectionView lang={props.lang} workbook={workbook} />;
}

export const importSection: SectionDefinition = { id: "import", Component: ImportSection };

export { ImportPanel } from "./ImportPanel";
export { useImportSection, type ImportSectionState } from "./useImportSection";
