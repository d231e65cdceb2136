import { useCallback, useEffect, useRef, useState } from "react";
import type {
  SelfCheckOptions,
  SelfCheckReport,
  SelfCheckResult,
} from "../../workbook/office/selfCheck";

/** Runs the checks; the view gets the real one (Excel's), tests a fake. */
export type SelfCheckRunner = (options: SelfCheckOptions) => Promise<{
  readonly report: SelfCheckReport;
  readonly text: string;
}>;

/** The checks in Excel: loaded only when the user runs them. */
export const excelSelfCheck: SelfCheckRunner = async (options) => {
  const { excelRun, runSelfCheck, selfCheckReportText } = await import(
    /* webpackChunkName: "selfcheck-run" */ "../../workbook/office/selfCheckEntry"
  );
  const report = await runSelfCheck(excelRun, options);
  return { report, text: selfCheckReportText(report) };
};

export type CopyState = "idle" | "copied" | "refused";

export interface SelfCheckState {
  readonly phase: "idle" | "running" | "done" | "stopped";
  readonly done: number;
  readonly total: number;
  /** Results so far, in the order run. */
  readonly results: readonly SelfCheckResult[];
  readonly report: SelfCheckReport | null;
  /** The report as text for a bug report (English). */
  readonly text: string;
  /** Why the run stopped, when it did. */
  readonly detail: string;
  readonly copy: CopyState;
  readonly start: () => void;
  /** Copies the report; where the clipboard is refused, `onRefused` selects the text instead. */
  readonly copyReport: (onRefused: () => void) => void;
}

/** The self-check's state: run once per click, progress as each check ends, the report to copy. */
export function useSelfCheck(
  runner: SelfCheckRunner,
  total: number,
  clipboard: Pick<Clipboard, "writeText"> | undefined,
): SelfCheckState {
  const [phase, setPhase] = useState<SelfCheckState["phase"]>("idle");
  const [results, setResults] = useState<readonly SelfCheckResult[]>([]);
  const [report, setReport] = useState<SelfCheckReport | null>(null);
  const [text, setText] = useState("");
  const [detail, setDetail] = useState("");
  const [copy, setCopy] = useState<CopyState>("idle");
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const start = useCallback(() => {
    setPhase("running");
    setResults([]);
    setReport(null);
    setText("");
    setDetail("");
    setCopy("idle");
    runner({
      onProgress: (_done, _total, result) => {
        if (alive.current) setResults((list) => [...list, result]);
      },
    }).then(
      (outcome) => {
        if (!alive.current) return;
        setReport(outcome.report);
        setResults(outcome.report.results);
        setText(outcome.text);
        setPhase("done");
      },
      (error: unknown) => {
        if (!alive.current) return;
        setDetail(error instanceof Error ? error.message : String(error));
        setPhase("stopped");
      },
    );
  }, [runner]);

  const copyReport = useCallback(
    (onRefused: () => void) => {
      const refused = (): void => {
        setCopy("refused");
        onRefused();
      };
      if (!clipboard) return refused();
      clipboard.writeText(text).then(() => setCopy("copied"), refused);
    },
    [clipboard, text],
  );

  return {
    phase,
    done: results.length,
    total,
    results,
    report,
    text,
    detail,
    copy,
    start,
    copyReport,
  };
}
