export { WorkbookPanel, type WorkbookPanelProps } from "./WorkbookPanel";
