export { consolidate } from "./consolidate";
export { consolidationJson, type ConsolidationJson } from "./json";
export {
  consolidationPlan,
  findEditedGeneratedSheets,
  EditedGeneratedSheetsError,
  type ConsolidationPlanOptions,
} from "./plan";
export { GENERATED_SHEETS, generatedSheetName, type GeneratedSheet } from "./sheetNames";
export type * from "./types";
