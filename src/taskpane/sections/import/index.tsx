import { useSectionWorkbook } from "../validate/sectionWorkbook";
import type { SectionDefinition, SectionProps } from "../types";
import { ImportSectionView } from "./ImportSection";

function ImportSection(props: SectionProps) {
  const workbook = useSectionWorkbook(props);
  return <ImportSectionView lang={props.lang} workbook={workbook} />;
}

export const importSection: SectionDefinition = { id: "import", Component: ImportSection };
