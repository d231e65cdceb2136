/**
 * What the self-check view loads, in a chunk of its own: the checks and the `Excel.run` they
 * go through. Nothing else of the pane needs them.
 */
export { excelRun, type ExcelRun } from "./officeHost";
export {
  runSelfCheck,
  SELF_CHECKS,
  selfCheckReportText,
  type SelfCheckEnvironment,
  type SelfCheckId,
  type SelfCheckOptions,
  type SelfCheckReport,
  type SelfCheckResult,
} from "./selfCheck";
