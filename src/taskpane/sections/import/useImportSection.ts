import { useCallback, useRef, useState } from "react";
import { proposalsByRegion, type FilePreview } from "../../../core/import";
import {
  chosenPackages,
  chosenSources,
  defaultIncluded,
  previewRows,
  toggle,
  type PreviewRow,
} from "../../../core/import/selection";
import type { Lang } from "../../../core/model/lang";
import { applyImport, applyPositions, readImportFiles } from "../../../operations/import";
import type { WorkbookHost } from "../../../workbook/host";
import { xlsxFileReader } from "../../../workbook/xlsx";
import { hostErrorNotice, type PaneNotice } from "../../hostErrors";
import { importedNotice, positionsResult, type PositionsResult } from "./importText";

export type ImportPhase =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly done: number; readonly total: number }
  | { readonly kind: "writing" };

export interface ImportSectionState {
  /** False without a workbook: files can be previewed, not imported. */
  readonly available: boolean;
  readonly phase: ImportPhase;
  readonly busy: boolean;
  /** One row per previewed proposal, round settings file or returned package. */
  readonly rows: readonly PreviewRow[];
  /** The keys of the rows ticked for import. */
  readonly included: ReadonlySet<string>;
  /** Ticked proposals, whether round settings are ticked, and ticked returned packages. */
  readonly count: number;
  readonly withSettings: boolean;
  readonly packageCount: number;
  readonly message: PaneNotice<"success" | "info" | "error"> | null;
  readonly positions: PositionsResult | null;
  /** Reads the chosen or dropped files into the preview. */
  readonly readFiles: (files: readonly File[]) => Promise<void>;
  /** Stops reading before the next file. */
  readonly cancel: () => void;
  readonly setIncluded: (key: string, on: boolean) => void;
  /** Writes the ticked rows: the proposals and settings as one plan, then the positions. */
  readonly confirm: () => Promise<void>;
  /** Forgets the preview. */
  readonly clear: () => void;
}

export interface ImportSectionOptions {
  readonly lang: Lang;
  readonly workbook: WorkbookHost | null;
  readonly now?: () => Date;
}

/** The Import section's state and operations; the panel only renders them. */
export function useImportSection({
  lang,
  workbook,
  now,
}: ImportSectionOptions): ImportSectionState {
  const abort = useRef<AbortController | null>(null);
  const [rows, setRows] = useState<PreviewRow[]>([]);
  const [included, setIncluded] = useState<Set<string>>(new Set());
  const [phase, setPhase] = useState<ImportPhase>({ kind: "idle" });
  const [message, setMessage] = useState<PaneNotice<"success" | "info" | "error"> | null>(null);
  const [positions, setPositions] = useState<PositionsResult | null>(null);
  const failed = (error: unknown) =>
    setMessage(hostErrorNotice(error, { unexpected: "paneImport.failed" }));

  const readFiles = useCallback(
    async (files: readonly File[]) => {
      const xlsx = files.filter((file) => file.name !== "");
      if (xlsx.length === 0) return;
      const controller = new AbortController();
      abort.current = controller;
      setMessage(null);
      setPositions(null);
      setPhase({ kind: "reading", done: 0, total: xlsx.length });
      let previews: FilePreview[] = [];
      try {
        previews = await readImportFiles(xlsxFileReader(), xlsx, {
          signal: controller.signal,
          onProgress: (done, total) => setPhase({ kind: "reading", done, total }),
          ...(now ? { now } : {}),
        });
        const existing = workbook
          ? proposalsByRegion(await workbook.read())
          : new Map<string, string>();
        if (controller.signal.aborted) {
          setMessage({ intent: "info", key: "paneImport.cancelled" });
          return;
        }
        const next = previewRows(previews, existing);
        setRows(next);
        setIncluded(defaultIncluded(next));
      } catch (error) {
        failed(error);
      } finally {
        abort.current = null;
        setPhase({ kind: "idle" });
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang, workbook, now],
  );

  const confirm = async () => {
    if (!workbook) return;
    setPhase({ kind: "writing" });
    try {
      const sources = chosenSources(rows, included);
      const packages = chosenPackages(rows, included);
      // Proposals first, so that positions can land on the regions just imported.
      const outcome =
        sources.length > 0
          ? await applyImport(workbook, sources, { lang, ...(now ? { now } : {}) })
          : null;
      const merged =
        packages.length > 0 ? await applyPositions(workbook, packages, { lang }) : null;
      setRows([]);
      setIncluded(new Set());
      if (outcome) setMessage(importedNotice(lang, outcome.imported, outcome.logSheet));
      if (merged) setPositions(positionsResult(lang, merged));
    } catch (error) {
      failed(error);
    } finally {
      setPhase({ kind: "idle" });
    }
  };

  const chosen = rows.filter((row) => included.has(row.key));
  return {
    available: workbook !== null,
    phase,
    busy: phase.kind !== "idle",
    rows,
    included,
    count: chosen.filter((row) => !row.settings && !row.returnedPackage).length,
    withSettings: chosen.some((row) => row.settings),
    packageCount: chosen.filter((row) => row.returnedPackage).length,
    message,
    positions,
    readFiles,
    cancel: () => abort.current?.abort(),
    setIncluded: (key, on) => setIncluded(toggle(rows, included, key, on)),
    confirm,
    clear: () => {
      setRows([]);
      setIncluded(new Set());
    },
  };
}
