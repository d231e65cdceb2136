export { applyPlan, checkProtection, type ApplyOptions } from "./applyPlan";
export { blockMatrices, columnWidthPoints, toCellValue } from "./cells";
export {
  isPayloadTooLarge,
  PAYLOAD_BUDGET_BYTES,
  WorkbookChangedError,
  WorkbookProtectedError,
} from "./errors";
export { readConditionalFormatSignatures } from "./markers";
export { BYTES_PER_CELL, readWorkbook, type ReadOptions } from "./readWorkbook";
export { selectCell } from "./selectCell";
export { createOfficeHost, type ExcelRun, type OfficeHostOptions } from "./officeHost";
export { readOutline } from "./readOutline";
