/**
 * What the adapter learns about the user's Excel while the pane is open, kept by the host
 * (one per pane) and handed to each write. Nothing here is cached from the workbook's
 * contents that a later write would trust blindly: conditional-format ids are read again in
 * every write (docs/excel-decisions.md § 3).
 */
export interface AdapterSession {
  /**
   * The separator `Worksheet.getRanges` accepts between areas in this Excel, once found: a
   * comma, or on Windows desktop with a `;` list-separator culture a semicolon (office-js
   * #1167, #1985); null when neither works, and each area gets a marker of its own.
   */
  areaSeparator?: string | null;
  /**
   * Per sheet (lower-case name): the markers the last write left there, and the signature
   * formulas it then found, so that an identical re-mark writes nothing (each rewrite would
   * put entries on the user's undo stack).
   */
  readonly markers: Map<string, { readonly plan: string; readonly formulas: string }>;
}

export function createAdapterSession(): AdapterSession {
  return { markers: new Map() };
}
