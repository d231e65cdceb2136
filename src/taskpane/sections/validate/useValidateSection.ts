import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../../../core/model/lang";
import { fixesOf, fixesOfRule } from "../../../core/rules/fixes";
import { SEVERITIES, type Fix, type Issue, type Severity } from "../../../core/rules/issue";
import { issueMessage } from "../../../core/rules/issueMessage";
import type { WorkbookHost } from "../../../workbook/host";
import {
  applyFixes,
  clearMarkers,
  LiveValidator,
  markIssues,
  runValidation,
  type ValidationRun,
} from "../../../operations";
import { textFor } from "../../shell/text";
import { hostErrorNotice, noticeText, sheetList, type PaneNotice } from "../../hostErrors";
import {
  countBySeverity,
  fixableByRule,
  groupIssues,
  PAGE_SIZE,
  type SeverityCounts,
  type SheetGroup,
} from "./issueGroups";
import { canLeaveAsIs, leftKey, withoutLeft } from "./leaveAsIs";
import { protectedUnmarkedSheets } from "./unmarkedSheets";

export type ValidateBusy = "validating" | "fixing" | "clearing";

/** A message for the MessageBar, kept as a key so that it follows the UI language. */
export type Notice = PaneNotice<"success" | "warning" | "error">;

export interface ValidateSectionState {
  /** False outside Excel until a workbook host exists: nothing to validate. */
  readonly available: boolean;
  readonly busy: ValidateBusy | null;
  /** The last result; null before the first check. */
  readonly run: ValidationRun | null;
  readonly counts: SeverityCounts | null;
  /** The filtered issues, by sheet and severity. */
  readonly groups: readonly SheetGroup[];
  /** Fixable issues per rule, over all issues (not only the shown ones). */
  readonly fixable: ReadonlyMap<string, number>;
  readonly shown: ReadonlySet<Severity>;
  /** The status line, read out politely: what is running, or what the last run found. */
  readonly status: string;
  readonly notice: Notice | null;
  /** The notice in the UI language. */
  readonly noticeText: string;
  /** Protected sheets whose issues were not marked in the workbook, in the last result. */
  readonly unmarkedSheets: readonly string[];
  /** The note that says so, in the UI language; "" when there are none. */
  readonly unmarkedText: string;
  readonly live: boolean;
  /** How many issues of a severity group are rendered. */
  visibleCount(groupKey: string): number;
  message(issue: Issue): string;
  validate(): Promise<void>;
  select(issue: Issue): Promise<void>;
  fix(issue: Issue): Promise<void>;
  fixAll(rule: string): Promise<void>;
  /** Whether the issue offers "Leave as is" beside its fix. */
  canLeave(issue: Issue): boolean;
  /** Leaves the issue as it is for this session: no longer listed or marked, nothing written. */
  leave(issue: Issue): Promise<void>;
  clearMarkers(): Promise<void>;
  setLive(on: boolean): void;
  setSeverityShown(severity: Severity, shown: boolean): void;
  showMore(groupKey: string): void;
  dismissNotice(): void;
}

export interface ValidateSectionOptions {
  readonly lang: Lang;
  readonly workbook: WorkbookHost | null;
  /** Live validation at first (on by default, docs/design.md § 4.4). */
  readonly liveAtStart?: boolean;
}

/**
 * The Validate section's state. With live validation on (the default) the whole workbook is
 * checked as soon as the section opens (the ribbon's `?view=validate` lands here), changed
 * sheets are re-checked as the user types, and everything when the pane regains focus.
 * Every result is marked in the workbook.
 */
export function useValidateSection({
  lang,
  workbook,
  liveAtStart = true,
}: ValidateSectionOptions): ValidateSectionState {
  const t = useMemo(() => textFor(lang), [lang]);
  const [run, setRun] = useState<ValidationRun | null>(null);
  const [busy, setBusy] = useState<ValidateBusy | null>(
    workbook !== null && liveAtStart ? "validating" : null,
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [live, setLive] = useState(liveAtStart);
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [limits, setLimits] = useState<Readonly<Record<string, number>>>({});
  const validatorRef = useRef<LiveValidator | null>(null);
  const marking = useRef<Promise<void>>(Promise.resolve());
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const leftRef = useRef(left);

  const failed = useCallback((error: unknown) => {
    setNotice(hostErrorNotice(error));
  }, []);

  /** Marks a result's cells, but those left as is; marks are written one after another. */
  const mark = useCallback(
    (next: ValidationRun): Promise<void> => {
      if (workbook === null) return Promise.resolve();
      const marked = marking.current.then(() =>
        markIssues(workbook, withoutLeft(next.issues, leftRef.current), next.snapshot).catch(
          failed,
        ),
      );
      marking.current = marked;
      return marked;
    },
    [workbook, failed],
  );

  /** Shows a result and marks its cells. */
  const accept = useCallback(
    (next: ValidationRun): Promise<void> => {
      setRun(next);
      return mark(next);
    },
    [mark],
  );

  useEffect(() => {
    if (workbook === null || !live) return undefined;
    const validator = new LiveValidator(workbook, {
      lang,
      onResult: (next) => void accept(next),
      onError: failed,
    });
    validatorRef.current = validator;
    let active = true;
    void validator.start().finally(() => {
      if (active) setBusy(null);
    });
    const recheck = (): void => void validator.recheck();
    const onVisibility = (): void => {
      if (document.visibilityState === "visible") recheck();
    };
    window.addEventListener("focus", recheck);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      // A check cut short (live turned off, the pane closing) leaves nothing running.
      if (active) setBusy((current) => (current === "validating" ? null : current));
      active = false;
      window.removeEventListener("focus", recheck);
      document.removeEventListener("visibilitychange", onVisibility);
      if (validatorRef.current === validator) validatorRef.current = null;
      void validator.stop();
    };
  }, [workbook, live, lang, accept, failed]);

  const guarded = useCallback(
    async (kind: ValidateBusy, work: () => Promise<void>): Promise<void> => {
      if (workbook === null) return;
      setBusy(kind);
      setNotice(null);
      try {
        await work();
      } catch (error) {
        failed(error);
      } finally {
        setBusy(null);
      }
    },
    [workbook, failed],
  );

  const validate = useCallback(
    () =>
      guarded("validating", async () => {
        if (workbook === null) return;
        const validator = validatorRef.current;
        if (validator) await validator.recheck();
        else await accept(await runValidation(workbook, { lang }));
      }),
    [guarded, workbook, accept, lang],
  );

  const applyAndReport = useCallback(
    (fixes: readonly Fix[]) =>
      guarded("fixing", async () => {
        if (workbook === null || run === null || fixes.length === 0) return;
        const next = await applyFixes(workbook, fixes, run.snapshot, { lang });
        await accept(next);
        setNotice({
          intent: "success",
          key: "paneSections.validate.fixed",
          params: { count: fixes.length },
        });
      }),
    [guarded, workbook, run, accept, lang],
  );

  const select = useCallback(
    async (issue: Issue): Promise<void> => {
      if (workbook === null || issue.sheet === null || issue.cell === null) return;
      try {
        await workbook.select(issue.sheet, issue.cell);
      } catch (error) {
        failed(error);
      }
    },
    [workbook, failed],
  );

  const issues = useMemo(() => withoutLeft(run?.issues ?? [], left), [run, left]);
  const groups = useMemo(() => groupIssues(issues, shown), [issues, shown]);
  const counts = useMemo(() => (run ? countBySeverity(issues) : null), [run, issues]);
  const fixable = useMemo(() => fixableByRule(issues), [issues]);
  const unmarkedSheets = useMemo(
    () => (run ? protectedUnmarkedSheets(run.snapshot, run.issues) : []),
    [run],
  );

  const status =
    busy === "validating"
      ? t("paneSections.validate.running")
      : busy === "fixing"
        ? t("paneSections.validate.fixing")
        : busy === "clearing"
          ? t("common.status.working")
          : counts
            ? t("paneSections.validate.done", {
                errors: counts.error,
                warnings: counts.warning,
                info: counts.info,
              })
            : "";

  return {
    available: workbook !== null,
    busy,
    run,
    counts,
    groups,
    fixable,
    shown,
    status,
    notice,
    noticeText: notice ? noticeText(lang, notice) : "",
    unmarkedSheets,
    unmarkedText:
      unmarkedSheets.length > 0
        ? t("paneSections.validate.unmarkedProtected", {
            sheets: sheetList(unmarkedSheets, lang),
          })
        : "",
    live,
    visibleCount: (groupKey) => limits[groupKey] ?? PAGE_SIZE,
    message: (issue) => issueMessage(issue, lang),
    validate,
    select,
    fix: (issue) => applyAndReport(fixesOf([issue])),
    fixAll: (rule) => applyAndReport(fixesOfRule(issues, rule)),
    canLeave: canLeaveAsIs,
    leave: (issue) => {
      const next = new Set(leftRef.current).add(leftKey(issue));
      leftRef.current = next;
      setLeft(next);
      return run ? mark(run) : Promise.resolve();
    },
    clearMarkers: () =>
      guarded("clearing", async () => {
        if (workbook === null) return;
        await clearMarkers(workbook, run?.snapshot);
        setNotice({ intent: "success", key: "paneSections.validate.markersCleared" });
      }),
    setLive,
    setSeverityShown: (severity, on) =>
      setShown((current) => {
        const next = new Set(current);
        if (on) next.add(severity);
        else next.delete(severity);
        return next;
      }),
    showMore: (groupKey) =>
      setLimits((current) => ({
        ...current,
        [groupKey]: (current[groupKey] ?? PAGE_SIZE) + PAGE_SIZE,
      })),
    dismissNotice: () => setNotice(null),
  };
}
