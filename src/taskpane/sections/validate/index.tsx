import { textFor } from "../../shell/text";
import type { SectionDefinition, SectionProps } from "../types";
import { useSectionWorkbook } from "./sectionWorkbook";
import { useValidateSection } from "./useValidateSection";
import { ValidatePanel } from "./ValidatePanel";

function ValidateSection(props: SectionProps) {
  const workbook = useSectionWorkbook(props);
  const state = useValidateSection({ lang: props.lang, workbook });
  return <ValidatePanel state={state} t={textFor(props.lang)} />;
}

export const validateSection: SectionDefinition = { id: "validate", Component: ValidateSection };

export { ValidatePanel } from "./ValidatePanel";
export { useValidateSection, type ValidateSectionState } from "./useValidateSection";
