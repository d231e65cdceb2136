import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../../../core/model/lang";
import type { FileLike } from "../../../workbook/files";
import type { WorkbookHost } from "../../../workbook/host";
import { xlsxFileReader } from "../../../workbook/xlsx";
import type { WorkbookSnapshot } from "../../../core/model/snapshot";
import {
  readPreviousSummaryFile,
  runConsolidation,
  type ConsolidationPhase,
  type ConsolidationSummary,
  type PreviousPick,
} from "../../../operations";
import { hostErrorNotice, type PaneNotice } from "../../hostErrors";

export interface ConsolidateSectionState {
  /** False without a workbook: nothing to consolidate. */
  readonly available: boolean;
  /** Language of the generated sheets, independent of the UI. */
  readonly outputLang: Lang;
  readonly setOutputLang: (lang: Lang) => void;
  readonly busy: boolean;
  /** The phase running now; null when idle. */
  readonly phase: ConsolidationPhase | null;
  /** Cancel still stops the run: not once writing has begun. */
  readonly canCancel: boolean;
  /** Generated sheets edited since the last run, while the pane asks; else null. */
  readonly editedSheets: readonly string[] | null;
  /** The last finished run's result. */
  readonly summary: ConsolidationSummary | null;
  readonly notice: PaneNotice | null;
  readonly run: () => Promise<void>;
  readonly cancel: () => void;
  /** The answer to the question about edited sheets. */
  readonly replaceEdited: () => Promise<void>;
  readonly keepEdited: () => void;
  readonly goToSheet: (sheet: string) => Promise<void>;
  /** The previous round's summary to compare with (docs/follow-up.md); null: none. */
  readonly previous: { readonly file: string } | null;
  readonly pickPrevious: (files: readonly FileLike[]) => Promise<void>;
  readonly clearPrevious: () => void;
}

export interface ConsolidateSectionOptions {
  readonly lang: Lang;
  readonly workbook: WorkbookHost | null;
  readonly now?: () => Date;
}

/** The Consolidate section's state and operations; the panel only renders them. */
export function useConsolidateSection({
  lang,
  workbook,
  now,
}: ConsolidateSectionOptions): ConsolidateSectionState {
  const [outputLang, setOutputLang] = useState<Lang>(lang);
  const [busy, setBusy] = useState(false);
  const [phase, setPhase] = useState<ConsolidationPhase | null>(null);
  const [editedSheets, setEditedSheets] = useState<readonly string[] | null>(null);
  const [summary, setSummary] = useState<ConsolidationSummary | null>(null);
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const [previous, setPrevious] = useState<WorkbookSnapshot | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (replace: boolean) => {
      if (!workbook || controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setBusy(true);
      setPhase("reading");
      setNotice(null);
      setEditedSheets(null);
      try {
        const outcome = await runConsolidation(workbook, {
          lang: outputLang,
          replaceEdited: replace,
          signal: abort.signal,
          onProgress: setPhase,
          ...(now ? { now } : {}),
          ...(previous ? { previous } : {}),
        });
        if (outcome.kind === "cancelled") {
          setNotice({ intent: "info", key: "paneConsolidate.cancelled" });
        } else if (outcome.kind === "needsConsent") {
          setEditedSheets(outcome.editedSheets);
        } else {
          setSummary(outcome.summary);
          setNotice({ intent: "success", key: "paneConsolidate.done" });
        }
      } catch (error) {
        setNotice(hostErrorNotice(error));
      } finally {
        controller.current = null;
        setBusy(false);
        setPhase(null);
      }
    },
    [workbook, outputLang, now, previous],
  );

  const run = useCallback(() => start(false), [start]);
  const replaceEdited = useCallback(() => start(true), [start]);
  const keepEdited = useCallback(() => {
    setEditedSheets(null);
    setNotice({ intent: "info", key: "paneConsolidate.kept" });
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const goToSheet = useCallback(
    async (sheet: string) => {
      if (!workbook) return;
      try {
        await workbook.select(sheet, "A1");
      } catch (error) {
        setNotice(hostErrorNotice(error));
      }
    },
    [workbook],
  );

  const pickPrevious = useCallback(async (files: readonly FileLike[]) => {
    const file = files[0];
    if (file === undefined) return;
    setNotice(null);
    const pick = await readPreviousSummaryFile(xlsxFileReader(), file);
    if (pick.ok) setPrevious(pick.snapshot);
    else setNotice(previousNotice(pick));
  }, []);
  const clearPrevious = useCallback(() => setPrevious(null), []);

  return {
    available: workbook !== null,
    outputLang,
    setOutputLang,
    busy,
    phase,
    canCancel: busy && phase !== "writing",
    editedSheets,
    summary,
    notice,
    run,
    cancel,
    replaceEdited,
    keepEdited,
    goToSheet,
    previous: previous ? { file: previous.file } : null,
    pickPrevious,
    clearPrevious,
  };
}

/** Why the chosen file is not taken as the previous summary. */
function previousNotice(pick: Extract<PreviousPick, { ok: false }>): PaneNotice {
  if (pick.reason === "unreadable")
    return {
      intent: "error",
      key: "consolidate.previous.unreadable",
      params: { file: pick.file, reason: pick.code },
    };
  return {
    intent: "error",
    key:
      pick.reason === "no-registry"
        ? "consolidate.previous.noRegistry"
        : "consolidate.previous.noItemsTable",
    params: { file: pick.file },
  };
}
