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
