export { SelfCheckView, type SelfCheckViewProps } from "./SelfCheckView";
export { excelSelfCheck, type SelfCheckRunner } from "./useSelfCheck";
