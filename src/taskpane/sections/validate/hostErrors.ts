/**
 * What a failed workbook operation means to the user. The Office adapter refuses plans that
 * write into protected sheets or a protected workbook structure with an error whose `code`
 * is `WorkbookProtected`; the check is by code so that the pane needs no adapter import.
 */
export function isProtectedError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { readonly code?: unknown }).code === "WorkbookProtected"
  );
}

/** The error's own words, for the "unexpected error" message. */
export function errorDetail(error: unknown): string {
  if (error instanceof Error && error.message !== "") return error.message;
  return String(error);
}
