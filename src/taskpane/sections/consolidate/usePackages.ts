import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { translate } from "../../../core/i18n";
import type { Lang } from "../../../core/model/lang";
import type { WorkbookHost } from "../../../workbook/host";
import {
  writeMinistryPackages,
  zipPackages,
  type MinistryPackagesOutcome,
  type PackageFile,
  type PackagesPhase,
} from "../../../workbook/operations";
import { errorDetail, type PaneNotice } from "../../hostErrors";
import { downloadBytes, objectUrl, XLSX_TYPE, ZIP_TYPE } from "../../download";

export type PackagesNotice = PaneNotice<"success" | "info" | "warning" | "error">;

export interface PackagesProgress {
  readonly phase: PackagesPhase;
  readonly done: number;
  readonly total: number;
}

/** A package offered for download: its link target lives while it is shown. */
export interface PackageLink {
  readonly ministry: string;
  readonly fileName: string;
  readonly url: string;
}

export interface PackagesState {
  readonly available: boolean;
  readonly busy: boolean;
  readonly progress: PackagesProgress | null;
  /** What happened, first the outcome, then a warning of the round's errors. */
  readonly notices: readonly PackagesNotice[];
  /** The packages to download (the browser page, or Excel that could not open them). */
  readonly links: readonly PackageLink[];
  readonly run: () => Promise<void>;
  readonly downloadZip: () => Promise<void>;
}

export interface PackagesOptions {
  readonly workbook: WorkbookHost | null;
  /** Language of the packages: the summary sheets'. */
  readonly outputLang: Lang;
  readonly now?: () => Date;
}

/** The Consolidate section's ministry packages (docs/packages.md): make, open or download. */
export function usePackages({ workbook, outputLang, now }: PackagesOptions): PackagesState {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<PackagesProgress | null>(null);
  const [notices, setNotices] = useState<readonly PackagesNotice[]>([]);
  const [files, setFiles] = useState<readonly PackageFile[]>([]);
  const [zipName, setZipName] = useState("");
  const running = useRef(false);

  const links = useMemo(
    () =>
      files.map((file) => ({
        ministry: file.ministry,
        fileName: file.fileName,
        url: objectUrl(file.bytes, XLSX_TYPE),
      })),
    [files],
  );
  useEffect(() => () => links.forEach((link) => URL.revokeObjectURL(link.url)), [links]);

  const run = useCallback(async () => {
    if (!workbook || running.current) return;
    running.current = true;
    setBusy(true);
    setNotices([]);
    setFiles([]);
    setProgress({ phase: "reading", done: 0, total: 1 });
    try {
      const outcome = await writeMinistryPackages(workbook, {
        lang: outputLang,
        onProgress: (phase, done, total) => setProgress({ phase, done, total }),
        ...(now ? { now } : {}),
      });
      setNotices(outcomeNotices(outcome, workbook.kind === "excel"));
      setZipName(translate(outputLang, "paneConsolidate.packages.zipName"));
      if (outcome.kind === "files") setFiles(outcome.files);
    } catch (error) {
      setNotices([
        { intent: "error", key: "paneConsolidate.packages.failed", detail: errorDetail(error) },
      ]);
    } finally {
      running.current = false;
      setBusy(false);
      setProgress(null);
    }
  }, [workbook, outputLang, now]);

  const downloadZip = useCallback(async () => {
    if (files.length === 0) return;
    try {
      downloadBytes(await zipPackages(files), zipName, ZIP_TYPE);
      setNotices((before) => [
        ...before.filter((n) => n.key !== "paneConsolidate.packages.downloaded"),
        {
          intent: "success",
          key: "paneConsolidate.packages.downloaded",
          params: { file: zipName },
        },
      ]);
    } catch (error) {
      setNotices((before) => [
        ...before,
        { intent: "error", key: "paneConsolidate.packages.failed", detail: errorDetail(error) },
      ]);
    }
  }, [files, zipName]);

  return {
    available: workbook !== null,
    busy,
    progress,
    notices,
    links,
    run,
    downloadZip,
  };
}

/** The outcome as notices; `excel`: the host is Excel, so a download means it could not open them. */
function outcomeNotices(outcome: MinistryPackagesOutcome, excel: boolean): PackagesNotice[] {
  const errors: PackagesNotice[] =
    outcome.errors > 0
      ? [
          {
            intent: "warning",
            key: "paneConsolidate.packages.errors",
            params: { count: outcome.errors },
          },
        ]
      : [];
  if (outcome.kind === "none")
    return [{ intent: "info", key: "paneConsolidate.packages.none" }, ...errors];
  const made: PackagesNotice = {
    intent: "success",
    key: "paneConsolidate.packages.made",
    params: {
      count: outcome.files.length,
      ministries: outcome.files.map((f) => f.ministry).join(", "),
    },
  };
  if (outcome.kind === "opened")
    return [
      {
        intent: "success",
        key: "paneConsolidate.packages.opened",
        params: {
          count: outcome.files.length,
          files: outcome.files.map((f) => f.fileName).join(", "),
        },
      },
      ...errors,
    ];
  const fallback: PackagesNotice[] =
    outcome.openFailed !== null
      ? [
          {
            intent: "warning",
            key: "paneConsolidate.packages.openFailed",
            params: { opened: outcome.opened },
            detail: outcome.openFailed,
          },
        ]
      : excel
        ? [{ intent: "warning", key: "paneConsolidate.packages.notSupported" }]
        : [];
  return [made, ...fallback, ...errors];
}
