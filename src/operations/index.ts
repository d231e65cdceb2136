export {
  applyFixes,
  clearMarkers,
  markIssues,
  runValidation,
  validateSnapshot,
  type ValidationRun,
} from "./validation";
export { LiveValidator, mergeSheets, type LiveValidatorOptions } from "./liveValidator";
export { insertTemplate, type TemplateInserted, type TemplateRequest } from "./insertTemplate";
export {
  runConsolidation,
  type ConsolidationOptions,
  type ConsolidationOutcome,
  type ConsolidationPhase,
  type ConsolidationSummary,
} from "./consolidation";
export { writeMemoSheet } from "./memo";
export { readPreviousSummaryFile, type PreviousPick } from "./previousSummary";
export {
  writeMinistryPackages,
  type MinistryPackagesOptions,
  type MinistryPackagesOutcome,
  type PackageFile,
  type PackagesPhase,
} from "./ministryPackages";
