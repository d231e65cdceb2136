import { textFor } from "../../shell/text";
import type { SectionDefinition, SectionProps } from "../types";
import { useSectionWorkbook } from "../validate/sectionWorkbook";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { useConsolidateSection } from "./useConsolidateSection";

function ConsolidateSection(props: SectionProps) {
  const workbook = useSectionWorkbook(props);
  const state = useConsolidateSection({ lang: props.lang, workbook });
  return <ConsolidatePanel state={state} lang={props.lang} t={textFor(props.lang)} />;
}

export const consolidateSection: SectionDefinition = {
  id: "consolidate",
  Component: ConsolidateSection,
};

export { ConsolidatePanel } from "./ConsolidatePanel";
export { useConsolidateSection, type ConsolidateSectionState } from "./useConsolidateSection";
