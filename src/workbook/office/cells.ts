import type { CellValue, PlanCell } from "../../core/model/cell";
import { EMPTY } from "../../core/model/cell";
import { isDateFormat } from "../../core/model/numberFormat";
import { NUMBER_FORMATS } from "../../core/locale/numberFormats";
import { parseRangeA1 } from "../../core/model/address";
import type { ValidationSpec } from "../../core/model/plan";
import { serialToDate } from "../../core/locale/dates";

/** A cell as Office.js returns it (`values`, `valueTypes`, `numberFormat`) turned into a typed `CellValue`. */
export function toCellValue(value: unknown, valueType: string, numberFormat: string): CellValue {
  switch (valueType) {
    case "Empty":
      return EMPTY;
    case "Error":
      return { kind: "error", code: String(value) };
    case "Boolean":
      return { kind: "boolean", value: value === true || value === "TRUE" };
    case "Double":
    case "Integer": {
      const number = typeof value === "number" ? value : Number(value);
      return isDateFormat(numberFormat)
        ? { kind: "date", serial: number }
        : { kind: "number", value: number };
    }
    default: {
      const text = String(value ?? "");
      return text === "" ? EMPTY : { kind: "text", text };
    }
  }
}

/** Matrices for one block: formats are set first, then values; formulas only where the plan says formula. */
export interface BlockMatrices {
  readonly numberFormat: (string | null)[][];
  readonly values: (string | number | boolean | null)[][];
  /** Null when the block has no formula. */
  readonly formulas: (string | null)[][] | null;
}

export function blockMatrices(
  cells: readonly (readonly PlanCell[])[],
  width: number,
): BlockMatrices {
  let hasFormula = false;
  const numberFormat: (string | null)[][] = [];
  const values: (string | number | boolean | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (const row of cells) {
    const formatRow: (string | null)[] = [];
    const valueRow: (string | number | boolean | null)[] = [];
    const formulaRow: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const cell: PlanCell | undefined = row[c];
      let format: string | null = null;
      let value: string | number | boolean | null = null;
      let formula: string | null = null;
      if (cell === undefined) {
        // Outside a ragged row: left as it is.
      } else if (cell.kind === "empty") value = "";
      else if (cell.kind === "text") {
        format = "@";
        // A leading apostrophe is Excel's hidden text prefix, in any format: doubled, the
        // text keeps its own (docs/excel-decisions.md § 10).
        value = cell.text.startsWith("'") ? `'${cell.text}` : cell.text;
      } else if (cell.kind === "number") {
        format = cell.format ?? "General";
        value = cell.value;
      } else if (cell.kind === "boolean") {
        format = "General";
        value = cell.value;
      } else if (cell.kind === "date") {
        format = cell.format ?? NUMBER_FORMATS.date;
        value = cell.serial;
      } else {
        format = cell.format ?? "General";
        formula = cell.formula;
        hasFormula = true;
      }
      formatRow.push(format);
      valueRow.push(value);
      formulaRow.push(formula);
    }
    numberFormat.push(formatRow);
    values.push(valueRow);
    formulas.push(formulaRow);
  }
  return { numberFormat, values, formulas: hasFormula ? formulas : null };
}

/**
 * Excel's column width unit is the width of a digit of the default font (Calibri 11: 7 px)
 * plus 5 px of padding; Office.js sets widths in points (0.75 pt per px).
 */
export function columnWidthPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** One format for every cell of `a1`, as the matrix `Range.numberFormat` takes. */
export function formatMatrix(a1: string, format: string): string[][] {
  const range = parseRangeA1(a1);
  if (!range) throw new Error(`Bad range address ${a1}`);
  return Array.from({ length: range.bottom - range.top + 1 }, () =>
    Array.from({ length: range.right - range.left + 1 }, () => format),
  );
}

/** `2026-03-15`: the ISO 8601 date Office.js takes as a date validation's bound. */
function isoDate(serial: number): string {
  const date = serialToDate(serial);
  if (!date) throw new Error(`Bad date serial ${serial}`);
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** The rule Office.js sets for a validation of the plan; null for a prompt alone ("Any value"). */
export function validationRule(validation: ValidationSpec): Excel.DataValidationRule | null {
  if (validation.kind === "prompt") return null;
  if (validation.kind === "date")
    return {
      date: {
        formula1: isoDate(validation.min),
        formula2: isoDate(validation.max),
        operator: "Between",
      },
    };
  const source =
    validation.source.kind === "name"
      ? `=${validation.source.name}`
      : validation.source.values.join(",");
  return { list: { inCellDropDown: true, source } };
}
