export { WorkbookPanel, type WorkbookPanelProps } from "./WorkbookPanel";
export { cellText, sheetWindow, VIEW_COLS, VIEW_ROWS } from "./cellText";
