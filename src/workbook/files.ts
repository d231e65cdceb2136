import type { WorkbookSnapshot } from "../core/model/snapshot";
import type { WritePlan } from "../core/model/plan";

/** What a file picker or a drop gives: a name and its bytes. `File` fits. */
export interface FileLike {
  readonly name: string;
  readonly size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A chosen .xlsx as read: its bytes and workbook, or the reason code it cannot be used. */
export type XlsxFileRead =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly snapshot: WorkbookSnapshot }
  /** `size` is the file's byte count (0 when even its bytes could not be had). */
  | { readonly ok: false; readonly size: number; readonly code: string };

/**
 * Reads a chosen .xlsx within the limits of docs/intake.md; never throws. The port the
 * operations read files through, so that they touch no file, buffer or reader themselves.
 */
export type XlsxFileReader = (file: FileLike) => Promise<XlsxFileRead>;

/**
 * Writes a new .xlsx from a write plan (never re-saves a user's file): the port the
 * operations write package files through.
 */
export type XlsxFileWriter = (plan: WritePlan) => Promise<Uint8Array>;
