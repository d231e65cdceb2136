import { textFor } from "../../shell/text";
import type { SectionDefinition, SectionProps } from "../types";
import { useSectionWorkbook } from "../validate/sectionWorkbook";
import { MemoPanel } from "./MemoPanel";
import { useMemoSection } from "./useMemoSection";

function MemoSection(props: SectionProps) {
  const workbook = useSectionWorkbook(props);
  const state = useMemoSection({ lang: props.lang, workbook });
  return <MemoPanel state={state} t={textFor(props.lang)} />;
}

export const memoSection: SectionDefinition = { id: "memo", Component: MemoSection };

export { MemoPanel } from "./MemoPanel";
export { useMemoSection, copyNotice, type MemoSectionState } from "./useMemoSection";
