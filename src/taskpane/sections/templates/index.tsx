import { textFor } from "../../shell/text";
import type { SectionDefinition, SectionProps } from "../types";
import { useSectionWorkbook } from "../validate/sectionWorkbook";
import { TemplatesPanel } from "./TemplatesPanel";
import { useTemplatesSection } from "./useTemplatesSection";

function TemplatesSection(props: SectionProps) {
  const workbook = useSectionWorkbook(props);
  const state = useTemplatesSection({ lang: props.lang, workbook });
  return <TemplatesPanel state={state} lang={props.lang} t={textFor(props.lang)} />;
}

export const templatesSection: SectionDefinition = { id: "templates", Component: TemplatesSection };

export { TemplatesPanel } from "./TemplatesPanel";
export { useTemplatesSection, type TemplatesSectionState } from "./useTemplatesSection";
