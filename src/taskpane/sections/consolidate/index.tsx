import type { Lang } from "../../../core/model/lang";
import type { WorkbookHost } from "../../../workbook/host";
import { textFor } from "../../shell/text";
import type { SectionDefinition, SectionProps } from "../types";
import { useSectionWorkbook } from "../validate/sectionWorkbook";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { useConsolidateSection } from "./useConsolidateSection";
import { usePackages } from "./usePackages";

export interface ConsolidateSectionViewProps {
  readonly lang: Lang;
  readonly workbook: WorkbookHost | null;
  readonly now?: () => Date;
}

/** The Consolidate section, its ministry packages included, over a given workbook. */
export function ConsolidateSectionView({ lang, workbook, now }: ConsolidateSectionViewProps) {
  const clock = now ? { now } : {};
  const state = useConsolidateSection({ lang, workbook, ...clock });
  const packages = usePackages({ workbook, outputLang: state.outputLang, ...clock });
  return (
    <ConsolidatePanel
      state={state}
      lang={lang}
      t={textFor(lang)}
      packages={packages}
      excel={workbook?.kind === "excel"}
    />
  );
}

function ConsolidateSection(props: SectionProps) {
  const workbook = useSectionWorkbook(props);
  return <ConsolidateSectionView lang={props.lang} workbook={workbook} />;
}

export const consolidateSection: SectionDefinition = {
  id: "consolidate",
  Component: ConsolidateSection,
};

export { ConsolidatePanel } from "./ConsolidatePanel";
export { useConsolidateSection, type ConsolidateSectionState } from "./useConsolidateSection";
export { PackagesPanel } from "./PackagesPanel";
export { usePackages, type PackagesState } from "./usePackages";
