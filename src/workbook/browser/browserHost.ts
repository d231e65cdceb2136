/**
 * The in-browser workbook of app.html: a `WorkbookHost` over a snapshot held in memory.
 * Plans are applied with the pure `applyPlanToSnapshot`; the sheet specs the plans built
 * are kept (with the edits and markers later plans made to them), so that "Download"
 * writes their formulas, tables, validations, names and formats faithfully, not only the
 * values a snapshot holds. The user's file is never re-saved: Download writes a new one.
 */
import { ApplyPlanError, applyPlanToSnapshot } from "../../core/model/applyPlan";
import type { MarkerSpec, SheetEdit, SheetSpec, WritePlan } from "../../core/model/plan";
import type { WorkbookSnapshot } from "../../core/model/snapshot";
import type { FileLike } from "../files";
import { HostFailure, type WorkbookHost } from "../host";
import {
  checkFileLimits,
  loadXlsxAdapter,
  loadXlsxReader,
  XlsxReadError,
  type FileLimitOptions,
} from "../xlsx";
import { sheetNameKey } from "../../core/model/sheetNames";

export interface BrowserSelection {
  readonly sheet: string;
  readonly cell: string | null;
}

/** A sheet a plan built: its spec, and what later plans wrote into it. */
interface BuiltSheet {
  readonly spec: SheetSpec;
  readonly edits: SheetEdit["blocks"][number][];
}

export interface BrowserHost extends WorkbookHost {
  readonly kind: "browser";
  /** The workbook now, synchronously, for the read-only view. */
  current(): WorkbookSnapshot;
  selection(): BrowserSelection | null;
  /** Calls `listener` after every change of the workbook or the selection; returns the remover. */
  subscribe(listener: () => void): () => void;
  /** Makes `snapshot` the whole workbook, forgetting what plans built. */
  replace(snapshot: WorkbookSnapshot): void;
  /**
   * Opens the first .xlsx of `files` as the whole workbook, file limits checked before
   * ExcelJS sees it. Throws `XlsxReadError` (with the reason) for an unusable file.
   */
  openFiles(files: readonly FileLike[], options?: FileLimitOptions): Promise<WorkbookSnapshot>;
  /** A NEW .xlsx of the workbook as it is now, and a file name for it. */
  download(): Promise<{ readonly bytes: Uint8Array; readonly fileName: string }>;
}

/**
 * `plan` applied to the workbook as it is now; a sheet the plan needs that is no longer
 * there was deleted or renamed since the read, which the port calls `changed`.
 */
function applied(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  try {
    return applyPlanToSnapshot(snapshot, plan);
  } catch (error) {
    if (error instanceof ApplyPlanError && error.problem.code === "missing-sheet")
      throw new HostFailure({ kind: "changed", sheets: [error.problem.sheet] }, error);
    throw error;
  }
}

export const EMPTY_WORKBOOK: WorkbookSnapshot = {
  file: "",
  sheets: [],
  registry: [],
  structureProtected: false,
};

/** `Esitys.xlsx` → `Esitys (2026-11-28).xlsx`; an empty workbook gets `workbook-2026-11-28.xlsx`. */
function downloadName(file: string, today: string): string {
  const base = file.replace(/\.xlsx$/i, "").trim();
  return base === "" ? `workbook-${today}.xlsx` : `${base} (${today}).xlsx`;
}

export function createBrowserHost(
  initial: WorkbookSnapshot = EMPTY_WORKBOOK,
  clock: () => Date = () => new Date(),
): BrowserHost {
  let snapshot = initial;
  let selected: BrowserSelection | null = null;
  /** By the sheet's current name (lower case). */
  let built = new Map<string, BuiltSheet>();
  let markers = new Map<string, readonly MarkerSpec[]>();
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());

  const follow = (plan: WritePlan): void => {
    const nextBuilt = new Map(built);
    const nextMarkers = new Map(markers);
    for (const rename of plan.renames ?? []) {
      for (const map of [nextBuilt, nextMarkers] as Map<string, unknown>[]) {
        const value = map.get(sheetNameKey(rename.from));
        if (value !== undefined) {
          map.delete(sheetNameKey(rename.from));
          map.set(sheetNameKey(rename.to), value);
        }
      }
    }
    for (const spec of plan.sheets ?? []) {
      nextBuilt.set(sheetNameKey(spec.name), { spec, edits: [] });
      nextMarkers.delete(sheetNameKey(spec.name));
    }
    for (const edit of plan.edits ?? []) {
      const sheet = nextBuilt.get(sheetNameKey(edit.sheet));
      if (sheet)
        nextBuilt.set(sheetNameKey(edit.sheet), {
          ...sheet,
          edits: [...sheet.edits, ...edit.blocks],
        });
    }
    for (const name of plan.clearMarkers ?? []) nextMarkers.delete(sheetNameKey(name));
    for (const { sheet, markers: list } of plan.markers ?? [])
      nextMarkers.set(sheetNameKey(sheet), [
        ...(nextMarkers.get(sheetNameKey(sheet)) ?? []),
        ...list,
      ]);
    for (const name of plan.deleteSheets ?? []) {
      nextBuilt.delete(sheetNameKey(name));
      nextMarkers.delete(sheetNameKey(name));
    }
    built = nextBuilt;
    markers = nextMarkers;
  };

  /** The plan that rebuilds what plans built, over the snapshot's sheets in their order. */
  const downloadPlan = (): WritePlan => {
    const sheets: SheetSpec[] = [];
    const edits: SheetEdit[] = [];
    const markerList: { sheet: string; markers: readonly MarkerSpec[] }[] = [];
    for (const sheet of snapshot.sheets) {
      const made = built.get(sheetNameKey(sheet.name));
      if (made) {
        sheets.push({
          ...made.spec,
          name: sheet.name,
          mode: "replace",
          visibility: sheet.visibility,
        });
        if (made.edits.length > 0) edits.push({ sheet: sheet.name, blocks: made.edits });
      }
      const marks = markers.get(sheetNameKey(sheet.name));
      if (marks && marks.length > 0) markerList.push({ sheet: sheet.name, markers: marks });
    }
    return { sheets, edits, markers: markerList };
  };

  const replace = (next: WorkbookSnapshot): void => {
    snapshot = next;
    built = new Map();
    markers = new Map();
    selected = next.activeSheet ? { sheet: next.activeSheet, cell: null } : null;
    notify();
  };

  return {
    kind: "browser",
    read: () => Promise.resolve(snapshot),
    readOutline: () => Promise.resolve(snapshot),
    readSheets(names) {
      const wanted = new Set(names.map(sheetNameKey));
      return Promise.resolve(snapshot.sheets.filter((s) => wanted.has(sheetNameKey(s.name))));
    },
    apply(plan) {
      // Applied to the workbook as it is now: nothing else changes it between read and apply.
      const next = applied(snapshot, plan);
      follow(plan);
      snapshot = next;
      if (plan.activate)
        selected = { sheet: plan.activate.sheet, cell: plan.activate.select ?? null };
      else if (
        selected &&
        !snapshot.sheets.some((s) => sheetNameKey(s.name) === sheetNameKey(selected?.sheet ?? ""))
      )
        selected = null;
      notify();
      return Promise.resolve();
    },
    select(sheet, a1) {
      selected = { sheet, cell: a1 };
      snapshot = { ...snapshot, activeSheet: sheet };
      notify();
      return Promise.resolve();
    },
    onLocalChange: () => Promise.resolve(() => Promise.resolve()),
    current: () => snapshot,
    selection: () => selected,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replace,
    async openFiles(files, options = {}) {
      const file = files.find((f) => /\.xlsx$/i.test(f.name)) ?? files[0];
      if (!file) throw new XlsxReadError({ code: "corrupt", detail: "no-file" }, "");
      const bytes = new Uint8Array(await file.arrayBuffer());
      const limits = await checkFileLimits(bytes, file.name, options);
      if (!limits.ok) throw new XlsxReadError(limits.reason, file.name);
      const readXlsx = await loadXlsxReader();
      const read = await readXlsx(bytes, file.name, options);
      replace(read);
      return read;
    },
    async download() {
      const { writeXlsx } = await loadXlsxAdapter();
      const { bytes } = await writeXlsx(downloadPlan(), snapshot);
      return { bytes, fileName: downloadName(snapshot.file, clock().toISOString().slice(0, 10)) };
    },
  };
}
