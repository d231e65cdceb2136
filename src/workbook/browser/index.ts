export {
  createBrowserHost,
  downloadName,
  EMPTY_WORKBOOK,
  type BrowserHost,
  type BrowserSelection,
} from "./browserHost";
