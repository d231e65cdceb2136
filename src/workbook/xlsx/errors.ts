import type { FileLimitReason } from "./fileLimits";

/** Why a file could not be read: a file limit, or ExcelJS failing on it. */
export type XlsxReadReason =
  FileLimitReason | { readonly code: "parse-failed"; readonly detail: string };

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

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;
