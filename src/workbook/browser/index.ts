export {
  createBrowserHost,
  EMPTY_WORKBOOK,
  type BrowserHost,
  type BrowserSelection,
  type FileLike,
} from "./browserHost";
