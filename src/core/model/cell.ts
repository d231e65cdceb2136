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
  /** An Excel error such as `#REF!`, `#VALUE!`, `#N/A`. */
  | { readonly kind: "error"; readonly code: string };

export const EMPTY: CellValue = Object.freeze({ kind: "empty" });

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
