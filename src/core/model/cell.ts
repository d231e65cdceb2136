/**
 * A cell as read from a workbook. Excel errors stay errors (Office.js `values` alone would
 * turn them into strings), and dates are kept apart from numbers by their number format.
 */
export type CellValue =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** An Excel date serial (days since 1899-12-30, with Excel's 1900 leap-year quirk). */
  | { readonly kind: "date"; readonly serial: number }
  /**
   * An Excel error such as `#REF!`, `#VALUE!`, `#N/A`; or, with `unreadable`, a cell whose
   * value the file does not hold (see `UnreadableCell`). Either way the value is unknown:
   * never counted, never read as 0 or as empty.
   */
  | {
      readonly kind: "error";
      /** The Excel error as shown; for an unreadable cell, what the file holds instead (a formula's text, or ""). */
      readonly code: string;
      readonly unreadable?: UnreadableCell;
    };

/**
 * Why a cell read from a file has no usable value (docs/intake.md):
 * - `formula-without-value`: a formula saved without a computed result, or with a stale 0
 *   from a writer that asks Excel to recalculate on open (openpyxl, XlsxWriter, ExcelJS);
 * - `missing-shared-string`: a shared-string index the file's string table lacks;
 * - `not-finite`: a number the file spells as NaN or infinity;
 * - `bad-value`: a value its own type cannot hold (a boolean other than 0/1, a malformed date).
 */
export type UnreadableCell =
  "formula-without-value" | "missing-shared-string" | "not-finite" | "bad-value";

export const EMPTY: CellValue = Object.freeze({ kind: "empty" });

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text cut to what one cell holds, the cut marked with `…`: a copy of a longer text (which a
 * file from another program can hold) into a generated sheet must not stop the whole write.
 */
export function fitCellText(value: string): string {
  return value.length <= MAX_CELL_TEXT ? value : `${value.slice(0, MAX_CELL_TEXT - 1)}…`;
}

export const text = (value: string): CellValue => ({ kind: "text", text: value });
export const num = (value: number): CellValue => ({ kind: "number", value });

export function isBlank(cell: CellValue | undefined): boolean {
  return (
    cell === undefined || cell.kind === "empty" || (cell.kind === "text" && cell.text.trim() === "")
  );
}

/**
 * A cell to write. Every cell is typed: text is written as text (number format `@` first),
 * formulas only where the plan says formula.
 */
export type PlanCell =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number; readonly format?: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "date"; readonly serial: number; readonly format?: string }
  | { readonly kind: "formula"; readonly formula: string; readonly format?: string };

export const EMPTY_CELL: PlanCell = { kind: "empty" };
