/**
 * The previous round's summary chosen in the pane (docs/follow-up.md): read in the browser or
 * in Excel by the same bounded reader as Import, and checked to be a summary this product
 * wrote before the pane keeps it.
 */
import type { WorkbookSnapshot } from "../core/model/snapshot";
import { previousSummaryRefusal, type PreviousRefusal } from "../core/previous";
import type { FileLike } from "../workbook/browser/browserHost";
import { checkFileLimits, loadXlsxReader, XlsxReadError } from "../workbook/xlsx";

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
export async function readPreviousSummaryFile(file: FileLike): Promise<PreviousPick> {
  const unreadable = (code: string): PreviousPick => ({
    ok: false,
    file: file.name,
    reason: "unreadable",
    code,
  });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const limits = await checkFileLimits(bytes, file.name);
    if (!limits.ok) return unreadable(limits.reason.code);
    const readXlsx = await loadXlsxReader();
    const snapshot = await readXlsx(bytes, file.name);
    const refusal = previousSummaryRefusal(snapshot);
    return refusal === null
      ? { ok: true, snapshot }
      : { ok: false, file: file.name, reason: refusal };
  } catch (error) {
    return unreadable(error instanceof XlsxReadError ? error.reason.code : "parse-failed");
  }
}
