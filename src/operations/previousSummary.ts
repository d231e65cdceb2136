/**
 * The previous round's summary chosen in the pane (docs/follow-up.md): read in the browser or
 * in Excel by the same bounded reader as Import, and checked to be a summary this product
 * wrote before the pane keeps it.
 */
import type { WorkbookSnapshot } from "../core/model/snapshot";
import { previousSummaryRefusal, type PreviousRefusal } from "../core/previous";
import type { FileLike, XlsxFileReader } from "../workbook/files";

export type PreviousPick =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly file: string; readonly reason: PreviousRefusal }
  /** The file could not be read: the reader's reason code (`encrypted`, `corrupt`, …). */
  | {
      readonly ok: false;
      readonly file: string;
      readonly reason: "unreadable";
      readonly code: string;
    };

/** Never throws: a file that cannot be used says why. */
export async function readPreviousSummaryFile(
  readFile: XlsxFileReader,
  file: FileLike,
): Promise<PreviousPick> {
  const read = await readFile(file);
  if (!read.ok) return { ok: false, file: file.name, reason: "unreadable", code: read.code };
  const refusal = previousSummaryRefusal(read.snapshot);
  return refusal === null
    ? { ok: true, snapshot: read.snapshot }
    : { ok: false, file: file.name, reason: refusal };
}
