export { consolidate } from "./consolidate";
export { consolidationJson, type ConsolidationJson } from "./json";
export {
  consolidationPlan,
  findEditedGeneratedSheets,
  EditedGeneratedSheetsError,
  type ConsolidationPlanOptions,
} from "./plan";
export {
  GENERATED_SHEETS,
  PREVIOUS_ROUND_SHEET,
  generatedSheetName,
  type GeneratedSheet,
} from "./sheetNames";
export {
  openNationalDecisions,
  type OpenMinistryGroup,
  type OpenStatuteGroup,
} from "./openDecisions";
export type * from "./types";
