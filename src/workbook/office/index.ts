export { applyPlan, type ApplyOptions } from "./applyPlan";
export { blockMatrices, columnWidthPoints, toCellValue } from "./cells";
export {
  isCellEditMode,
  isPayloadTooLarge,
  PAYLOAD_BUDGET_BYTES,
  SheetTooLargeError,
  utf8Bytes,
  WorkbookChangedError,
  WorkbookProtectedError,
} from "./errors";
export { BYTES_PER_CELL, readWorkbook, type ReadOptions } from "./readWorkbook";
export { selectCell } from "./selectCell";
export { createWorkbook } from "./newWorkbook";
export { createOfficeHost, excelRun, type ExcelRun, type OfficeHostOptions } from "./officeHost";
export { readOutline } from "./readOutline";
export { createAdapterSession, type AdapterSession } from "./session";
