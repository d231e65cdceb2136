export {
  createBrowserHost,
  EMPTY_WORKBOOK,
  type BrowserHost,
  type BrowserSelection,
} from "./browserHost";
