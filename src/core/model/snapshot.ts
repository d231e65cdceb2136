import type { RangeRef } from "./address";
import type { CellValue } from "./cell";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** An Excel table (ListObject) as read: where it lies and whether it shows a header row. */
export interface TableSnapshot {
  readonly name: string;
  readonly range: RangeRef;
  readonly showHeaders: boolean;
}

/**
 * One worksheet as plain data. `cells` is anchored at A1 (row 0, column 0) and covers the
 * used range; rows may be shorter than others, missing cells are empty.
 * `numberFormats`, where read, has the same shape as `cells`.
 */
export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly isProtected: boolean;
  readonly cells: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  readonly tables: readonly TableSnapshot[];
  /**
   * Ids of the add-in's marker conditional formats on the sheet, where the adapter read
   * them (Excel only), so a write can delete them without reading them again.
   */
  readonly markerIds?: readonly string[];
}

export type RegistryRole = "generated" | "backup" | "lists" | "log" | "memo";

/** A row of the `_ra` registry sheet (docs/design.md § 4.3). */
export interface RegistryRow {
  readonly sheet: string;
  readonly role: RegistryRole;
  /** Hash of the values the add-in wrote; empty where not tracked. */
  readonly hash: string;
  readonly schemaVersion: number;
  /** ISO 8601 time of the write. */
  readonly time: string;
}

/** A whole workbook as plain data: no Office proxy object ever leaves an adapter. */
export interface WorkbookSnapshot {
  /** File name outside Excel; the workbook's name (or "") inside Excel. */
  readonly file: string;
  readonly sheets: readonly SheetSnapshot[];
  readonly registry: readonly RegistryRow[];
  readonly structureProtected: boolean;
  /** Name of the active sheet where known. */
  readonly activeSheet?: string;
}

export const REGISTRY_SHEET = "_ra";
export const REGISTRY_SCHEMA_VERSION = 1;
