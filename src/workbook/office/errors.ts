import { HostFailure } from "../host";

/** The plan would write into protected sheets or a workbook whose structure is protected. Nothing was written. */
export class WorkbookProtectedError extends Error {
  readonly code = "WorkbookProtected";
  constructor(
    /** Protected sheets the plan writes into. */
    readonly sheets: readonly string[],
    /** The plan adds, renames or deletes sheets, and the workbook structure is protected. */
    readonly structure: boolean,
  ) {
    super(
      structure ? "The workbook structure is protected" : `Protected sheets: ${sheets.join(", ")}`,
    );
    this.name = "WorkbookProtectedError";
  }
}

/**
 * Sheets the plan writes into were deleted or renamed after the workbook was read. The
 * sheets the plan was building were removed again; the user's other sheets are as they were.
 */
export class WorkbookChangedError extends Error {
  readonly code = "WorkbookChanged";
  constructor(
    /** Sheets the plan needed that the workbook no longer has. */
    readonly missingSheets: readonly string[],
    /** What Excel reported. */
    readonly original: unknown,
  ) {
    super(`Sheets no longer in the workbook: ${missingSheets.join(", ")}`);
    this.name = "WorkbookChangedError";
  }
}

/**
 * A sheet's used range covers more cells than the add-in reads (docs/design.md § 4.5): usually a
 * stray value or format far below or right of the data. Nothing was read.
 */
export class SheetTooLargeError extends Error {
  readonly code = "SheetTooLarge";
  constructor(
    readonly sheet: string,
    /** The used range, e.g. `A1:XFD1048576`. */
    readonly range: string,
    readonly cells: number,
    readonly limit: number,
  ) {
    super(`The used range of '${sheet}' (${range}) covers ${cells} cells; the limit is ${limit}`);
    this.name = "SheetTooLargeError";
  }
}

/** The user is editing a cell, and Excel runs no API call until the edit ends (office-js #625, #3388). */
export function isCellEditMode(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "InvalidOperationInCellEditMode";
}

/**
 * The host port's error (src/workbook/host.ts) for a refusal of this adapter or of Excel the
 * user can act on; any other error as it is.
 */
export function toHostFailure(error: unknown): unknown {
  if (error instanceof WorkbookProtectedError)
    return new HostFailure(
      { kind: "protected", sheets: error.sheets, structure: error.structure },
      error,
    );
  if (error instanceof WorkbookChangedError && error.missingSheets.length > 0)
    return new HostFailure({ kind: "changed", sheets: error.missingSheets }, error);
  if (error instanceof SheetTooLargeError) {
    const { sheet, range, cells, limit } = error;
    return new HostFailure({ kind: "tooLarge", sheet, range, cells, limit }, error);
  }
  if (isCellEditMode(error)) return new HostFailure({ kind: "cellEditMode" }, error);
  return error;
}

/** Excel (on the web) refused a request or response as too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "PayloadTooLarge"
  );
}

/** Requests and responses are kept under 4 MB; Excel on the web refuses 5 MB. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** The length of `text` in UTF-8, as requests travel: Finnish `ä` is two bytes. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
