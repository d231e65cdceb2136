export {
  buildWorkbook,
  changedCells,
  cellData,
  dumpSheet,
  dumpWorkbook,
  fakeContext,
  sheetRows,
  type FakeCellSpec,
  type FakeSheetSpec,
  type FakeWorkbookSpec,
} from "./build";
export { dateSerial, convertTypedInput } from "./cellInput";
export { FakeContextCore, MB, type FakeOperation, type SyncRecord } from "./context";
export { FakeOfficeError, PropertyNotLoadedError } from "./errors";
export {
  FakeSheet,
  FakeWorkbook,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeChangeEvent,
  type FakeChangeHandler,
} from "./model";
export { shownCell } from "./formula";
export { FakeRequestContext } from "./proxies";
export { fakeExcel, fakeExcelRun, fakeOffice, installFakeExcel } from "./excel";
export { EN_US, FI_FI, type FakeCulture, type FakePlatform } from "./model";
