/**
 * A write plan applied to a snapshot, as the in-browser workbook applies it. Pure: the
 * snapshot passed in is never changed.
 *
 * Formulas have no computed value outside Excel, so a formula cell is held as an empty
 * cell (its number format kept), except a link formula, which shows its label as it does
 * in Excel (and as `writeXlsx` stores it as the cached result). Whoever needs the formula
 * itself keeps the plan (the browser host keeps the sheet specs for "Download").
 *
 * Sheet names resolve as `writeXlsx` resolves them: renames first (so a new sheet may take
 * the name an old one gives up, as the Office adapter's temporary names allow), then new and
 * replaced sheets, deletions, edits (which name sheets as they were before the write), the
 * registry and activation. Markers, fills and validations are formatting, which a snapshot
 * does not hold; number formats over ranges are, for the cells the snapshot covers.
 */
import { parseA1, parseRangeA1 } from "./address";
import type { CellValue, PlanCell } from "./cell";
import { NUMBER_FORMATS } from "../locale/numberFormats";
import { isDateFormat } from "./numberFormat";
import { nameAfterRenames, type CellBlock, type SheetSpec, type WritePlan } from "./plan";
import { mergeRegistry } from "./registry";
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "./snapshot";
import { sameSheetName } from "./sheetNames";

const EMPTY: CellValue = { kind: "empty" };
const GENERAL = "General";
const TEXT_FORMAT = "@";

export type ApplyPlanProblem =
  | { readonly code: "sheet-exists"; readonly sheet: string }
  | { readonly code: "missing-sheet"; readonly sheet: string }
  | { readonly code: "invalid-range"; readonly sheet: string; readonly range: string };

export class ApplyPlanError extends Error {
  constructor(readonly problem: ApplyPlanProblem) {
    super(`Cannot apply the plan: ${problem.code} (${problem.sheet})`);
    this.name = "ApplyPlanError";
  }
}

/** The value a cell holds once the plan's cell is written, and its number format. */
export function planCellValue(cell: PlanCell): { value: CellValue; format: string } {
  switch (cell.kind) {
    case "empty":
      return { value: EMPTY, format: GENERAL };
    case "text":
      // An empty text cell is an empty cell formatted as text, as Excel reads it back.
      return {
        value: cell.text === "" ? EMPTY : { kind: "text", text: cell.text },
        format: TEXT_FORMAT,
      };
    case "number": {
      const format = cell.format ?? GENERAL;
      return {
        value: isDateFormat(format)
          ? { kind: "date", serial: cell.value }
          : { kind: "number", value: cell.value },
        format,
      };
    }
    case "boolean":
      return { value: { kind: "boolean", value: cell.value }, format: GENERAL };
    case "date":
      return {
        value: { kind: "date", serial: cell.serial },
        format: cell.format ?? NUMBER_FORMATS.date,
      };
    case "formula": {
      const label = hyperlinkLabel(cell.formula);
      return {
        value: label === null || label === "" ? EMPTY : { kind: "text", text: label },
        format: cell.format ?? GENERAL,
      };
    }
  }
}

const HYPERLINK_LABEL = /^=HYPERLINK\(".*","((?:[^"]|"")*)"\)$/s;

/** The label a `=HYPERLINK("target","label")` formula shows, or null for any other formula. */
export function hyperlinkLabel(formula: string): string | null {
  const match = HYPERLINK_LABEL.exec(formula);
  return match ? match[1].replace(/""/g, '"') : null;
}

/** A mutable copy of a sheet's grid, written block by block. */
class Grid {
  readonly cells: CellValue[][];
  readonly formats: string[][];
  private anyFormat: boolean;

  constructor(sheet?: SheetSnapshot) {
    this.cells = (sheet?.cells ?? []).map((row) => [...row]);
    this.formats = this.cells.map((row, r) =>
      row.map((_, c) => sheet?.numberFormats?.[r]?.[c] ?? GENERAL),
    );
    this.anyFormat = sheet?.numberFormats !== undefined;
  }

  write(sheet: string, block: CellBlock): void {
    const origin = parseA1(block.topLeft);
    if (!origin) throw new ApplyPlanError({ code: "invalid-range", sheet, range: block.topLeft });
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const { value, format } = planCellValue(cell);
        // As in Excel: writing an empty cell leaves its format as it is.
        const kept = cell.kind === "empty" ? this.formats[origin.row + r]?.[origin.col + c] : null;
        this.put(origin.row + r, origin.col + c, value, kept ?? format);
      }),
    );
  }

  /** A number format over a range, its empty cells included. */
  format(sheet: string, a1: string, format: string): void {
    const range = parseRangeA1(a1);
    if (!range) throw new ApplyPlanError({ code: "invalid-range", sheet, range: a1 });
    for (let row = range.top; row <= range.bottom; row++)
      for (let col = range.left; col <= range.right; col++)
        this.put(row, col, this.cells[row]?.[col] ?? EMPTY, format);
  }

  private put(row: number, col: number, value: CellValue, format: string): void {
    while (this.cells.length <= row) {
      this.cells.push([]);
      this.formats.push([]);
    }
    const cells = this.cells[row];
    const formats = this.formats[row];
    while (cells.length < col) {
      cells.push(EMPTY);
      formats.push(GENERAL);
    }
    cells[col] = value;
    formats[col] = format;
    if (format !== GENERAL) this.anyFormat = true;
  }

  /** Cells trimmed to the used range: trailing empty cells and rows dropped. */
  result(): Pick<SheetSnapshot, "cells" | "numberFormats"> {
    const cells = this.cells.map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1].kind === "empty") end--;
      return row.slice(0, end);
    });
    let rows = cells.length;
    while (rows > 0 && cells[rows - 1].length === 0) rows--;
    const trimmed = cells.slice(0, rows);
    if (!this.anyFormat) return { cells: trimmed };
    return {
      cells: trimmed,
      numberFormats: trimmed.map((row, r) => this.formats[r].slice(0, row.length)),
    };
  }
}

/** The sheet a spec builds, as a snapshot would read it. */
function sheetFromSpec(spec: SheetSpec): SheetSnapshot {
  const grid = new Grid();
  for (const { range, format } of spec.rangeFormats ?? []) grid.format(spec.name, range, format);
  for (const block of spec.blocks) grid.write(spec.name, block);
  const tables: TableSnapshot[] = (spec.tables ?? []).map((table) => {
    const range = parseRangeA1(table.range);
    if (!range)
      throw new ApplyPlanError({ code: "invalid-range", sheet: spec.name, range: table.range });
    return { name: table.name, range, showHeaders: true };
  });
  return {
    name: spec.name,
    visibility: spec.visibility ?? "visible",
    // The unlocked cells are formatting, which a snapshot does not hold.
    isProtected: spec.protection !== undefined,
    ...grid.result(),
    tables,
  };
}

/** The workbook after `plan`; throws `ApplyPlanError` where Excel would refuse the plan. */
export function applyPlanToSnapshot(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [...snapshot.sheets];
  const find = (name: string): number =>
    sheets.findIndex((sheet) => sameSheetName(sheet.name, name));
  const require = (name: string): number => {
    const index = find(name);
    if (index < 0) throw new ApplyPlanError({ code: "missing-sheet", sheet: name });
    return index;
  };

  for (const rename of plan.renames ?? []) {
    const index = require(rename.from);
    const clash = find(rename.to);
    if (clash >= 0 && clash !== index)
      throw new ApplyPlanError({ code: "sheet-exists", sheet: rename.to });
    sheets[index] = {
      ...sheets[index],
      name: rename.to,
      ...(rename.visibility ? { visibility: rename.visibility } : {}),
    };
  }
  for (const spec of plan.sheets ?? []) {
    const built = sheetFromSpec(spec);
    const index = find(spec.name);
    if (index < 0) sheets.push(built);
    else if (spec.mode === "replace") sheets[index] = built;
    else throw new ApplyPlanError({ code: "sheet-exists", sheet: spec.name });
  }
  for (const name of plan.deleteSheets ?? []) {
    const index = find(name);
    if (index >= 0) sheets.splice(index, 1);
  }

  for (const edit of plan.edits ?? []) {
    const index = require(nameAfterRenames(plan, edit.sheet));
    const grid = new Grid(sheets[index]);
    for (const block of edit.blocks) grid.write(edit.sheet, block);
    sheets[index] = { ...sheets[index], ...grid.result() };
  }
  const registry = mergeRegistry(snapshot.registry, plan);
  let activeSheet = snapshot.activeSheet;
  if (plan.activate) activeSheet = plan.activate.sheet;
  else if (activeSheet !== undefined) {
    const renamed = (plan.renames ?? []).find((r) => sameSheetName(r.from, activeSheet ?? ""));
    if (renamed) activeSheet = renamed.to;
    if (find(activeSheet) < 0) activeSheet = undefined;
  }
  // Excel cannot show a hidden sheet: hiding the active one activates the first visible one.
  const active = activeSheet === undefined ? -1 : find(activeSheet);
  if (active >= 0 && sheets[active].visibility !== "visible") {
    activeSheet = sheets.find((sheet) => sheet.visibility === "visible")?.name;
  }
  const { activeSheet: _dropped, ...rest } = snapshot;
  void _dropped;
  return { ...rest, sheets, registry, ...(activeSheet !== undefined ? { activeSheet } : {}) };
}
