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
