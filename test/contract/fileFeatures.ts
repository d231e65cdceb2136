/**
 * What a workbook holds beyond a snapshot, read the same way from the fake Excel and from
 * an .xlsx file: formulas, number formats of any cell, list validations, workbook names,
 * frozen panes, column widths (in points) and the add-in's markers.
 */
import ExcelJS from "exceljs";
import { columnIndex, MAX_COLS, parseRangeA1, rangeToA1, toA1 } from "../../src/core/model/address";
import { MARKER_SIGNATURE_PREFIX } from "../../src/core/model/plan";
import { columnWidthPoints } from "../../src/workbook/office";
import type { FakeWorkbook } from "../fake-excel";

export interface ValidationView {
  readonly kind: "list" | "date" | "prompt";
  /** `=name` or the comma-joined values; a date rule's bounds as `2000-01-01..2100-12-31`. */
  readonly source: string;
  readonly allowBlank: boolean;
  readonly errorStyle: string;
  readonly prompt: string | null;
}

export interface MarkerView {
  readonly formula: string;
  readonly areas: readonly string[];
  readonly fill: string;
  readonly fontColor: string | null;
}

export interface FileFeatures {
  /** `Sheet!A1` → formula with its leading `=`. */
  readonly formulas: ReadonlyMap<string, string>;
  /** The number format of any cell, `General` where none. */
  readonly formatAt: (sheet: string, row: number, col: number) => string;
  /** `Sheet!A1` → the validation of that cell (a list, a date, or a prompt alone). */
  readonly validations: ReadonlyMap<string, ValidationView>;
  /** `Sheet!A1` → `RRGGBB` of its solid fill, `/RRGGBB` of its font colour where set. */
  readonly fills: ReadonlyMap<string, string>;
  /** Lower-cased name → `Sheet!A1:B2`. */
  readonly names: ReadonlyMap<string, string>;
  readonly freeze: ReadonlyMap<string, { readonly rows: number; readonly cols: number }>;
  /** `Sheet!col` → width in points. */
  readonly widths: ReadonlyMap<string, number>;
  /** Sheet → the add-in's markers, one per formula with all its areas, sorted. */
  readonly markers: ReadonlyMap<string, readonly MarkerView[]>;
  /** `Sheet!A1` → false for every cell left unlocked on a sheet to be protected. */
  readonly unlocked: ReadonlyMap<string, boolean>;
}

const key = (sheet: string, row: number, col: number): string => `${sheet}!${toA1({ row, col })}`;

const isMarker = (formula: string): boolean => formula.includes(`"${MARKER_SIGNATURE_PREFIX}`);

const withEquals = (formula: string): string => (formula.startsWith("=") ? formula : `=${formula}`);

/** `#RRGGBB`, `RRGGBB` or `AARRGGBB` as `RRGGBB`. */
function colour(value: string | null | undefined): string | null {
  if (!value) return null;
  const hex = value.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex.slice(2) : hex;
}

function fillView(fill: string | undefined, font: string | undefined): string {
  return `${colour(fill) ?? ""}/${colour(font) ?? ""}`;
}

function mergeMarkers(list: MarkerView[]): MarkerView[] {
  const byFormula = new Map<string, MarkerView>();
  for (const marker of list) {
    const seen = byFormula.get(marker.formula);
    byFormula.set(
      marker.formula,
      seen ? { ...seen, areas: [...seen.areas, ...marker.areas] } : { ...marker },
    );
  }
  return [...byFormula.values()]
    .map((m) => ({ ...m, areas: [...m.areas].sort() }))
    .sort((a, b) => a.formula.localeCompare(b.formula));
}

function plainRange(a1: string): string {
  const range = parseRangeA1(a1.replace(/\$/g, ""));
  if (!range) throw new Error(`Unreadable range ${a1}`);
  return rangeToA1(range);
}

function* cellsOf(a1: string): Generator<{ row: number; col: number }> {
  const range = parseRangeA1(a1.replace(/\$/g, ""));
  if (!range) throw new Error(`Unreadable range ${a1}`);
  for (let row = range.top; row <= range.bottom; row++)
    for (let col = range.left; col <= range.right; col++) yield { row, col };
}

export function fakeFeatures(book: FakeWorkbook): FileFeatures {
  const formulas = new Map<string, string>();
  const fills = new Map<string, string>();
  const validations = new Map<string, ValidationView>();
  const freeze = new Map<string, { rows: number; cols: number }>();
  const widths = new Map<string, number>();
  const markers = new Map<string, MarkerView[]>();
  const unlocked = new Map<string, boolean>();
  for (const sheet of book.sheets) {
    for (const ref of sheet.unlocked)
      for (const { row, col } of cellsOf(rangeToA1(ref)))
        unlocked.set(key(sheet.name, row, col), false);
    for (const [cellKey, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      formulas.set(
        key(sheet.name, Math.floor(cellKey / MAX_COLS), cellKey % MAX_COLS),
        cell.formula,
      );
    }
    for (const [cellKey, cell] of sheet.cells)
      if (cell.fill !== undefined || cell.fontColor !== undefined)
        fills.set(
          key(sheet.name, Math.floor(cellKey / MAX_COLS), cellKey % MAX_COLS),
          fillView(cell.fill, cell.fontColor),
        );
    for (const validation of sheet.validations) {
      const rule = validation.rule as {
        list?: { source?: string };
        date?: { formula1?: string; formula2?: string };
      };
      const prompt = validation.prompt as {
        showPrompt?: boolean;
        title?: string;
        message?: string;
      };
      const kind = rule.list ? "list" : rule.date ? "date" : prompt?.showPrompt ? "prompt" : null;
      if (kind === null) continue;
      const alert = validation.errorAlert as { style?: string } | undefined;
      const view: ValidationView = {
        kind,
        source: rule.list
          ? String(rule.list.source)
          : rule.date
            ? `${String(rule.date.formula1)}..${String(rule.date.formula2)}`
            : "",
        allowBlank: kind === "prompt" || (validation.ignoreBlanks ?? true),
        errorStyle: (alert?.style ?? "Stop").toLowerCase(),
        prompt: prompt?.showPrompt ? `${prompt.title ?? ""}|${prompt.message ?? ""}` : null,
      };
      for (const { row, col } of cellsOf(rangeToA1(validation.ref)))
        validations.set(key(sheet.name, row, col), view);
    }
    freeze.set(sheet.name, { ...sheet.freeze });
    for (const [col, points] of sheet.columnWidths) widths.set(`${sheet.name}!${col}`, points);
    const own = sheet.conditionalFormats
      .filter((cf) => cf.type === "Custom" && isMarker(cf.formula))
      .map((cf) => ({
        formula: withEquals(cf.formula),
        areas: cf.ranges.map(rangeToA1),
        fill: colour(cf.fill) ?? "",
        fontColor: colour(cf.fontColor),
      }));
    if (own.length > 0) markers.set(sheet.name, mergeMarkers(own));
  }
  const names = new Map(
    book.names.map((n) => [n.name.toLowerCase(), `${n.sheet.name}!${rangeToA1(n.ref)}`]),
  );
  return {
    formulas,
    formatAt: (sheet, row, col) => book.sheet(sheet).cell(row, col)?.numberFormat ?? "General",
    validations,
    fills,
    names,
    freeze,
    widths,
    markers,
    unlocked,
  };
}

/** `'O''Brien'!$A$2:$A$3` as `O'Brien!A2:A3`. */
function nameTarget(reference: string): string {
  const bang = reference.lastIndexOf("!");
  const sheet = reference
    .slice(0, bang)
    .replace(/^'(.*)'$/s, "$1")
    .replace(/''/g, "'");
  return `${sheet}!${reference.slice(bang + 1).replace(/\$/g, "")}`;
}

/** A list literal `"a,b"` as `a,b`; a name as `=name`. */
function listSource(formula: string): string {
  const literal = /^"(.*)"$/s.exec(formula);
  return literal ? literal[1].replace(/""/g, '"') : withEquals(formula);
}

interface LoadedRule {
  readonly type?: string;
  readonly formulae?: readonly string[];
  readonly style?: {
    readonly fill?: { readonly bgColor?: { readonly argb?: string } };
    readonly font?: { readonly color?: { readonly argb?: string } };
  };
}

/** What ExcelJS loads and its type definitions leave out. */
interface LoadedSheetParts {
  readonly dataValidations: { readonly model: Record<string, ExcelJS.DataValidation> };
  readonly conditionalFormattings?: readonly {
    readonly ref: string;
    readonly rules: readonly LoadedRule[];
  }[];
}

export async function xlsxFeatures(bytes: Uint8Array): Promise<FileFeatures> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const formulas = new Map<string, string>();
  const fills = new Map<string, string>();
  const validations = new Map<string, ValidationView>();
  const freeze = new Map<string, { rows: number; cols: number }>();
  const widths = new Map<string, number>();
  const markers = new Map<string, MarkerView[]>();
  const unlocked = new Map<string, boolean>();
  for (const worksheet of workbook.worksheets) {
    const name = worksheet.name;
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const formula = cell.formula;
        if (formula) formulas.set(key(name, rowNumber - 1, colNumber - 1), withEquals(formula));
        if (cell.protection?.locked === false)
          unlocked.set(key(name, rowNumber - 1, colNumber - 1), false);
        const fill = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
        const font = cell.font?.color?.argb;
        if (fill || font) fills.set(key(name, rowNumber - 1, colNumber - 1), fillView(fill, font));
      }),
    );
    const loaded = worksheet as unknown as LoadedSheetParts;
    for (const [address, rule] of Object.entries(loaded.dataValidations.model)) {
      const type = rule.type as string;
      const kind =
        type === "list" ? "list" : type === "date" ? "date" : type === "any" ? "prompt" : null;
      if (kind === null || (kind === "prompt" && !rule.showInputMessage)) continue;
      const isoDay = (value: unknown): string =>
        value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      const view: ValidationView = {
        kind,
        source:
          kind === "list"
            ? listSource(String(rule.formulae?.[0] ?? ""))
            : kind === "date"
              ? `${isoDay(rule.formulae?.[0])}..${isoDay(rule.formulae?.[1])}`
              : "",
        allowBlank: kind === "prompt" || rule.allowBlank === true,
        errorStyle: rule.errorStyle ?? "stop",
        prompt: rule.showInputMessage ? `${rule.promptTitle ?? ""}|${rule.prompt ?? ""}` : null,
      };
      for (const { row, col } of cellsOf(address.replace(/^range:/, "")))
        validations.set(key(name, row, col), view);
    }
    const frozen = (worksheet.views ?? []).find((view) => view.state === "frozen") as
      { xSplit?: number; ySplit?: number } | undefined;
    freeze.set(name, { rows: frozen?.ySplit ?? 0, cols: frozen?.xSplit ?? 0 });
    (worksheet.columns ?? []).forEach((column, col) => {
      if (column.width !== undefined) widths.set(`${name}!${col}`, columnWidthPoints(column.width));
    });
    const own: MarkerView[] = [];
    for (const cf of loaded.conditionalFormattings ?? []) {
      for (const rule of cf.rules) {
        const formula = rule.formulae?.[0];
        if (rule.type !== "expression" || formula === undefined || !isMarker(formula)) continue;
        own.push({
          formula: withEquals(formula),
          areas: cf.ref.split(/\s+/).map(plainRange),
          fill: colour(rule.style?.fill?.bgColor?.argb) ?? "",
          fontColor: colour(rule.style?.font?.color?.argb),
        });
      }
    }
    if (own.length > 0) markers.set(name, mergeMarkers(own));
  }
  const names = new Map<string, string>();
  for (const defined of workbook.definedNames.model)
    if (defined.ranges.length > 0)
      names.set(defined.name.toLowerCase(), nameTarget(defined.ranges[0]));
  return {
    formulas,
    formatAt: (sheet, row, col) => {
      const worksheet = workbook.getWorksheet(sheet);
      return worksheet?.getCell(row + 1, col + 1).numFmt || "General";
    },
    validations,
    fills,
    names,
    freeze,
    widths,
    markers,
    unlocked,
  };
}

/** `Sheet!B7` split into the sheet and the cell. */
export function splitKey(cellKey: string): { sheet: string; row: number; col: number } {
  const bang = cellKey.lastIndexOf("!");
  const a1 = cellKey.slice(bang + 1);
  const letters = /^[A-Z]+/.exec(a1)?.[0] ?? "A";
  return {
    sheet: cellKey.slice(0, bang),
    row: Number(a1.slice(letters.length)) - 1,
    col: columnIndex(letters),
  };
}
