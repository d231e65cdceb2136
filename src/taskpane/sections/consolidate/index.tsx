import { textFor } from "../../shell/text";
import type { SectionDefinition, SectionProps } from "../types";
import { useSectionWorkbook } from "../validate/sectionWorkbook";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { useConsolidateSection } from "./useConsolidateSection";
import { usePackages } from "./usePackages";

function ConsolidateSection(props: SectionProps) {
  const workbook = useSectionWorkbook(props);
  const state = useConsolidateSection({ lang: props.lang, workbook });
  const packages = usePackages({ workbook, outputLang: state.outputLang });
  return (
    <ConsolidatePanel
      state={state}
      lang={props.lang}
      t={textFor(props.lang)}
      packages={packages}
      excel={workbook?.kind === "excel"}
    />
  );
}

export const consolidateSection: SectionDefinition = {
  id: "consolidate",
  Component: ConsolidateSection,
};

export { ConsolidatePanel } from "./ConsolidatePanel";
export { useConsolidateSection, type ConsolidateSectionState } from "./useConsolidateSection";
export { PackagesPanel } from "./PackagesPanel";
export { usePackages, type PackagesState } from "./usePackages";
