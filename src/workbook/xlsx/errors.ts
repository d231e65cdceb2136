import type { FileLimitReason } from "./fileLimits";

/**
 * Why a file could not be read: a file limit judged from the zip's directory, or what the
 * reader found in the parts themselves (docs/intake.md). `detail` fields are for logs and
 * `--json`, never for the user's text.
 */
export type XlsxReadReason =
  | FileLimitReason
  /** More cells in one sheet than the per-sheet limit, or a sheet spread over too large a grid. */
  | {
      readonly code: "sheet-too-large";
      readonly sheet: string;
      readonly cells: number;
      readonly limit: number;
    }
  /** An entry whose inflated bytes do not match the CRC-32 the zip stores for it. */
  | { readonly code: "crc-mismatch"; readonly entry: string }
  /** An entry that inflates to more (inflation stopped there) or fewer bytes than declared. */
  | {
      readonly code: "entry-size-mismatch";
      readonly entry: string;
      readonly declared: number;
      readonly inflated: "more" | "less";
    }
  /** Reading took longer than the limit; what was read so far is dropped. */
  | { readonly code: "timed-out"; readonly seconds: number; readonly limit: number }
  /** Anything the reader did not expect; `detail` names it for a bug report. */
  | { readonly code: "parse-failed"; readonly detail: string };

export type XlsxReadCode = XlsxReadReason["code"];

export class XlsxReadError extends Error {
  constructor(
    readonly reason: XlsxReadReason,
    readonly fileName: string,
  ) {
    super(`Cannot read ${fileName}: ${reason.code}`);
    this.name = "XlsxReadError";
  }
}

/** A plan the .xlsx writer cannot apply; the message keys stay with the caller. */
export type XlsxWriteReason =
  | { readonly code: "missing-sheet"; readonly sheet: string }
  | { readonly code: "sheet-exists"; readonly sheet: string }
  | { readonly code: "invalid-sheet-name"; readonly sheet: string }
  | { readonly code: "invalid-range"; readonly sheet: string; readonly range: string }
  | {
      readonly code: "text-too-long";
      readonly sheet: string;
      readonly cell: string;
      readonly length: number;
    }
  | { readonly code: "invalid-number"; readonly sheet: string; readonly cell: string }
  | { readonly code: "invalid-list"; readonly sheet: string; readonly range: string }
  | { readonly code: "build-failed"; readonly detail: string };

export class XlsxWriteError extends Error {
  constructor(readonly reason: XlsxWriteReason) {
    super(`Cannot write the workbook: ${reason.code}`);
    this.name = "XlsxWriteError";
  }
}

/** Excel's limit on the characters of one cell; its home is the cell model. */
export { MAX_CELL_TEXT } from "../../core/model/cell";
