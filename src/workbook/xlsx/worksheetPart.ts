/**
 * One `xl/worksheets/sheetN.xml` into rows of `CellValue`s, counted against the read budget
 * as it goes. Only what the snapshot holds is kept: values, number formats, sheet protection
 * and the table parts' ids. Merges, validations and conditional formats are passed over
 * without being expanded; `<dimension>` is ignored.
 */
import { MAX_COLS, MAX_ROWS } from "../../core/model/address";
import { EMPTY, type CellValue, type UnreadableCell } from "../../core/model/cell";
import type { ReadBudget } from "./readBudget";
import { dateCellSerial, isoDateSerial } from "./serial";
import { shiftFormula } from "./sharedFormula";
import { stringItemText } from "./sharedStrings";
import { GENERAL, type CellStyles } from "./styles";
import { xmlBoolean } from "./workbookPart";
import { CLOSE, END, OPEN, XmlScanner, XmlSyntaxError, decodeCellEscapes } from "./xmlScanner";

export interface WorksheetContext {
  readonly sheetName: string;
  readonly sharedStrings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly fullCalcOnLoad: boolean;
  readonly budget: ReadBudget;
}

export interface ParsedWorksheet {
  readonly cells: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  readonly isProtected: boolean;
  /** Relationship ids of the sheet's table parts, in order. */
  readonly tableIds: readonly string[];
  /** The `<c>` elements of the sheet. */
  readonly cellCount: number;
}

const EMPTY_ROW: readonly never[] = Object.freeze([]);

interface RowBuilder {
  readonly values: CellValue[];
  readonly formats: string[];
}

interface SharedMaster {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

/** A cell reference (`A1`, `XFD1048576`) as row × 16 384 + column, or -1. */
function cellIndex(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    col = col * 26 + (code - 0x60);
  }
  if (i === 0 || i > 3) return -1;
  let row = 0;
  const digitsStart = i;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 0x30 || code > 0x39 || i - digitsStart >= 7) return -1;
    row = row * 10 + (code - 0x30);
  }
  if (i === digitsStart || row < 1 || row > MAX_ROWS || col > MAX_COLS) return -1;
  return (row - 1) * MAX_COLS + (col - 1);
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(?:inf|infinity|nan|#num!)$/i;

export function parseWorksheet(xml: string, context: WorksheetContext): ParsedWorksheet {
  const { budget, sheetName } = context;
  const limits = budget.limits;
  const scanner = new XmlScanner(xml);
  const rows = new Map<number, RowBuilder>();
  const masters = new Map<string, SharedMaster>();
  const tableIds: string[] = [];
  const textCells: (CellValue | undefined)[] = [];
  let isProtected = false;
  let anyFormat = false;
  let lastRow = -1;
  let rowIndex = -1;
  let col = -1;
  let cellCount = 0;
  let store = !budget.countingOnly;

  const unreadable = (why: UnreadableCell, formula: string | undefined): CellValue => ({
    kind: "error",
    code: formula === undefined || formula === "" ? "" : `=${formula}`,
    unreadable: why,
  });

  const sharedText = (index: number): CellValue => {
    let cell = textCells[index];
    if (cell === undefined) {
      const text = context.sharedStrings[index];
      cell = text === "" ? EMPTY : { kind: "text", text };
      textCells[index] = cell;
    }
    return cell;
  };

  /** The cell's value from its type, cached value, formula and inline string. */
  const valueOf = (
    type: string | undefined,
    value: string | undefined,
    formula: string | undefined,
    inline: string | undefined,
    style: number,
  ): CellValue => {
    const hasFormula = formula !== undefined;
    // An inline string is read even where the writer left out t="inlineStr".
    if (type === "inlineStr" || (inline !== undefined && value === undefined)) {
      if (inline !== undefined) return inline === "" ? EMPTY : { kind: "text", text: inline };
      if (value === undefined)
        return hasFormula ? unreadable("formula-without-value", formula) : EMPTY;
      return value === "" ? EMPTY : { kind: "text", text: decodeCellEscapes(value) };
    }
    if (value === undefined)
      return hasFormula ? unreadable("formula-without-value", formula) : EMPTY;
    switch (type) {
      case "s": {
        const index = Number(value);
        if (!Number.isInteger(index) || index < 0 || index >= context.sharedStrings.length)
          return unreadable("missing-shared-string", formula);
        return sharedText(index);
      }
      case "str": {
        const text = decodeCellEscapes(value);
        return text === "" ? EMPTY : { kind: "text", text };
      }
      case "b": {
        const text = value.trim();
        if (text === "1" || text === "true") return { kind: "boolean", value: true };
        if (text === "0" || text === "false") return { kind: "boolean", value: false };
        return unreadable("bad-value", formula);
      }
      case "e":
        return { kind: "error", code: value.trim() };
      case "d": {
        if (value.trim() === "" && hasFormula) return unreadable("formula-without-value", formula);
        const serial = isoDateSerial(value);
        return serial === null ? unreadable("bad-value", formula) : { kind: "date", serial };
      }
      default: {
        const text = value.trim();
        if (text === "") return hasFormula ? unreadable("formula-without-value", formula) : EMPTY;
        if (!NUMBER.test(text))
          return unreadable(NOT_FINITE.test(text) ? "not-finite" : "bad-value", formula);
        const number = Number(text);
        if (!Number.isFinite(number)) return unreadable("not-finite", formula);
        // A writer that asks Excel to recalculate on open stores 0 for results it never computed.
        if (number === 0 && hasFormula && context.fullCalcOnLoad)
          return unreadable("formula-without-value", formula);
        if (context.styles.isDate(style))
          return { kind: "date", serial: dateCellSerial(number, context.date1904) };
        return { kind: "number", value: number };
      }
    }
  };

  const put = (row: number, column: number, value: CellValue, format: string): void => {
    let builder = rows.get(row);
    if (builder === undefined) {
      builder = { values: [], formats: [] };
      rows.set(row, builder);
    }
    const { values, formats } = builder;
    if (column >= values.length) {
      budget.addSlots(column + 1 - values.length, sheetName);
      while (values.length < column) {
        values.push(EMPTY);
        formats.push(GENERAL);
      }
      values.push(value);
      formats.push(format);
    } else {
      values[column] = value;
      formats[column] = format;
    }
    if (format !== GENERAL) anyFormat = true;
    if (row > lastRow) lastRow = row;
  };

  const readCell = (): void => {
    cellCount++;
    budget.countCell();
    if (cellCount > limits.maxCellsPerSheet || budget.countingOnly) store = false;
    const ref = scanner.attribute("r");
    const type = scanner.attribute("t");
    const style = Number(scanner.attribute("s") ?? "0");
    let row = rowIndex < 0 ? 0 : rowIndex;
    if (ref !== undefined) {
      const index = cellIndex(ref);
      if (index < 0) throw new XmlSyntaxError(0);
      row = Math.floor(index / MAX_COLS);
      col = index % MAX_COLS;
    } else {
      col++;
      if (col >= MAX_COLS) throw new XmlSyntaxError(0);
    }
    if (!store) {
      scanner.skipElement();
      return;
    }
    let value: string | undefined;
    let formula: string | undefined;
    let inline: string | undefined;
    if (!scanner.selfClosing) {
      for (let token = scanner.next(); token !== CLOSE; token = scanner.next()) {
        if (token === END) throw new XmlSyntaxError(0);
        if (token === OPEN && scanner.name === "c") throw new XmlSyntaxError(0);
        if (token !== OPEN) continue;
        switch (scanner.name) {
          case "v":
            value = scanner.elementText();
            break;
          case "f": {
            const shared = scanner.attribute("t") === "shared";
            const si = scanner.attribute("si") ?? "";
            const text = scanner.elementText();
            if (!shared) formula = text;
            else if (text !== "") {
              masters.set(si, { text, row, col });
              formula = text;
            } else {
              const master = masters.get(si);
              formula = master ? shiftFormula(master.text, row - master.row, col - master.col) : "";
            }
            break;
          }
          case "is":
            inline = stringItemText(scanner);
            break;
          default:
            scanner.skipElement();
        }
      }
      if (scanner.name !== "c") throw new XmlSyntaxError(0);
    }
    const cell = valueOf(type, value, formula, inline, Number.isInteger(style) ? style : 0);
    if (cell.kind === "empty") return;
    put(row, col, cell, context.styles.format(style));
  };

  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN) continue;
    switch (scanner.name) {
      case "row": {
        const r = scanner.attribute("r");
        if (r === undefined) rowIndex++;
        else {
          const number = Number(r);
          if (!Number.isInteger(number) || number < 1 || number > MAX_ROWS)
            throw new XmlSyntaxError(0);
          rowIndex = number - 1;
        }
        col = -1;
        if ((rowIndex & 0xfff) === 0) budget.checkTime();
        break;
      }
      case "c":
        readCell();
        break;
      case "sheetProtection":
        isProtected = xmlBoolean(scanner.attribute("sheet"));
        break;
      case "tablePart": {
        const id = scanner.attribute("id");
        if (id !== undefined) tableIds.push(id);
        break;
      }
    }
  }

  if (cellCount > limits.maxCellsPerSheet)
    budget.refuse({
      code: "sheet-too-large",
      sheet: sheetName,
      cells: cellCount,
      limit: limits.maxCellsPerSheet,
    });

  const rowCount = lastRow + 1;
  budget.addSlots(rowCount, sheetName);
  const cells: (readonly CellValue[])[] = new Array<readonly CellValue[]>(rowCount).fill(EMPTY_ROW);
  const formats: (readonly string[])[] = anyFormat
    ? new Array<readonly string[]>(rowCount).fill(EMPTY_ROW)
    : [];
  for (const [row, builder] of rows) {
    cells[row] = builder.values;
    if (anyFormat) formats[row] = builder.formats;
  }
  return {
    cells,
    ...(anyFormat ? { numberFormats: formats } : {}),
    isProtected,
    tableIds,
    cellCount,
  };
}
