/**
 * The text of a shared formula in one of the cells that share it: the master cell's formula
 * with its relative references moved by the cell's offset from the master (ECMA-376 Part 1,
 * § 18.3.1.40). Only used to name the formula of a cell whose value is missing.
 */
import { MAX_COLS, MAX_ROWS, columnIndex, columnLetters } from "../../core/model/address";

const REFERENCE =
  /(?<![A-Za-z0-9_.$'!])(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Text inside string literals (between double quotes) is left alone.
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (
              whole: string,
              colFixed: string,
              letters: string,
              rowFixed: string,
              digits: string,
            ) => {
              const col = columnIndex(letters) + (colFixed ? 0 : cols);
              const row = Number(digits) - 1 + (rowFixed ? 0 : rows);
              if (col < 0 || col >= MAX_COLS || row < 0 || row >= MAX_ROWS) return "#REF!";
              return `${colFixed}${columnLetters(col)}${rowFixed}${row + 1}`;
            },
          ),
    )
    .join('"');
}
