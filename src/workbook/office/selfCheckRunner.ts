import type { SelfCheckRunner } from "../selfCheck";

/** The checks in Excel, loaded in a chunk of their own when the user runs them. */
export const excelSelfCheck: SelfCheckRunner = async (options) => {
  const { excelRun, runSelfCheck, selfCheckReportText } = await import(
    /* webpackChunkName: "selfcheck-run" */ "./selfCheckEntry"
  );
  const report = await runSelfCheck(excelRun, options);
  return { report, text: selfCheckReportText(report) };
};
