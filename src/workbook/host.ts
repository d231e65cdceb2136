import type { WritePlan } from "../core/model/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/model/snapshot";

/** Reports progress of a long read or write: `done` of `total` steps. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * The workbook an operation works on: Excel through Office.js, or an in-browser workbook
 * made from .xlsx files. Operations read one snapshot, let the core compute, and apply one
 * write plan; the host hides how many round trips that takes.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "browser";
  read(onProgress?: ProgressListener): Promise<WorkbookSnapshot>;
  /**
   * The workbook without its cells, in one round trip: every sheet's name, visibility,
   * protection (sheets carry no cells, except the registry sheet `_ra`), the registry and
   * the structure protection. Enough for plans that add sheets under free names.
   */
  readOutline(): Promise<WorkbookSnapshot>;
  /** Only the named sheets, in full (for live validation); names that no longer exist are left out. */
  readSheets(names: readonly string[]): Promise<SheetSnapshot[]>;
  /** Applies a plan computed from `basis` (the snapshot the plan was built on). */
  apply(plan: WritePlan, basis: WorkbookSnapshot): Promise<void>;
  /** Activates a sheet and selects a cell, for "click an issue". */
  select(sheet: string, a1: string): Promise<void>;
  /**
   * Calls `listener` with the names of sheets changed by this user (not co-authors);
   * returns the function that stops listening. Hosts without change events return a no-op.
   */
  onLocalChange(listener: (sheets: readonly string[]) => void): Promise<() => Promise<void>>;
  /**
   * Opens a new workbook made of an .xlsx file (base64) for the user to save, beside the
   * open one (Excel: `Excel.createWorkbook`, ExcelApi 1.8). False where this Excel lacks
   * the API; absent on hosts that never can (the browser page downloads instead).
   */
  createWorkbook?(base64: string): Promise<boolean>;
}
