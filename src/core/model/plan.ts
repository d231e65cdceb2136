import type { PlanCell } from "./cell";
import type { RegistryRow, SheetVisibility } from "./snapshot";
import { sameSheetName } from "./sheetNames";

/** A rectangle of typed cells written from `topLeft` (A1, sheet-relative). */
export interface CellBlock {
  readonly topLeft: string;
  readonly cells: readonly (readonly PlanCell[])[];
}

export interface TableSpec {
  readonly name: string;
  /** A1 range including the header row. */
  readonly range: string;
  readonly style?: string;
  readonly showFilterButton?: boolean;
}

/** A dropdown list: the allowed values come from a named range or an explicit list. */
export interface ListValidationSpec {
  readonly kind?: "list";
  /** A1 range on the sheet. */
  readonly range: string;
  /** A formula such as `=ra_themes_fi`, or a comma-free explicit list. */
  readonly source:
    | { readonly kind: "name"; readonly name: string }
    | { readonly kind: "values"; readonly values: readonly string[] };
  readonly allowBlank: boolean;
  readonly prompt?: { readonly title: string; readonly message: string };
  /** Warn instead of stop: a paste bypasses validation anyway, and the rules report it. */
  readonly errorStyle?: "stop" | "warning" | "information";
}

/** A date between two Excel date serials (both included). */
export interface DateValidationSpec {
  readonly kind: "date";
  /** A1 range on the sheet. */
  readonly range: string;
  readonly min: number;
  readonly max: number;
  readonly allowBlank: boolean;
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly errorStyle?: "stop" | "warning" | "information";
}

/** Any value, with the input prompt Excel shows when a cell of the range is selected. */
export interface PromptSpec {
  readonly kind: "prompt";
  /** A1 range on the sheet. */
  readonly range: string;
  readonly prompt: { readonly title: string; readonly message: string };
}

export type ValidationSpec = ListValidationSpec | DateValidationSpec | PromptSpec;

/** A number format over a range, its empty cells included. */
export interface RangeFormatSpec {
  /** A1 range on the sheet. */
  readonly range: string;
  readonly format: string;
}

/** A solid cell fill (and font colour), `#RRGGBB`. */
export interface FillSpec {
  /** A1 range on the sheet. */
  readonly range: string;
  readonly color: string;
  readonly fontColor?: string;
}

export type MarkerSeverity = "error" | "warning" | "info";

/** One custom-formula conditional format over several areas, carrying the add-in's signature. */
export interface MarkerSpec {
  readonly severity: MarkerSeverity;
  /** A1 ranges on the sheet, one `RangeAreas`. */
  readonly areas: readonly string[];
  /** The custom formula, e.g. `=N("ra:error")=0`. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface NameSpec {
  /** Workbook-scoped name; never one that looks like a cell address. */
  readonly name: string;
  /** A1 range on this sheet. */
  readonly range: string;
}

export interface ColumnWidth {
  /** Zero-based column. */
  readonly col: number;
  /** Width in characters of the default font (Excel's column width unit). */
  readonly width: number;
}

export interface ChartSpec {
  readonly kind: "columnClustered" | "barClustered";
  readonly title: string;
  /** A1 range of the data, category column first, with a header row. */
  readonly dataRange: string;
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
}

/** A sheet the plan builds from nothing (under a temporary name first, see docs/design.md § 4.2). */
export interface SheetSpec {
  readonly name: string;
  /** `replace`: a sheet of this name already exists and is replaced once the new one is built. */
  readonly mode: "add" | "replace";
  readonly visibility?: SheetVisibility;
  readonly blocks: readonly CellBlock[];
  readonly tables?: readonly TableSpec[];
  readonly validations?: readonly ValidationSpec[];
  /** Set before the blocks are written: a cell the blocks give a format of its own keeps that. */
  readonly rangeFormats?: readonly RangeFormatSpec[];
  readonly fills?: readonly FillSpec[];
  readonly names?: readonly NameSpec[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly columnWidths?: readonly ColumnWidth[];
  readonly charts?: readonly ChartSpec[];
  readonly tabColor?: string;
  /**
   * Protect the sheet without a password (anyone may lift it in Excel, so nobody is locked
   * out): every cell locked except the `unlocked` A1 ranges, the cells meant to be filled in.
   */
  readonly protection?: SheetProtectionSpec;
}

export interface SheetProtectionSpec {
  readonly unlocked: readonly string[];
}

/** Cells written into an existing sheet: fixes the user asked for. */
export interface SheetEdit {
  readonly sheet: string;
  readonly blocks: readonly CellBlock[];
}

export interface SheetMarkers {
  readonly sheet: string;
  readonly markers: readonly MarkerSpec[];
}

/**
 * Everything one operation writes, declared up front. Adapters apply it in a safe order:
 * new sheets under temporary names, then edits and markers, then renames, deletions,
 * the registry and activation last.
 */
export interface WritePlan {
  readonly sheets?: readonly SheetSpec[];
  readonly edits?: readonly SheetEdit[];
  /** Sheets whose add-in markers are removed (the signature finds them). */
  readonly clearMarkers?: readonly string[];
  readonly markers?: readonly SheetMarkers[];
  /** Existing sheets to rename (e.g. an old regional sheet kept as a backup). */
  readonly renames?: readonly {
    readonly from: string;
    readonly to: string;
    readonly visibility?: SheetVisibility;
  }[];
  readonly deleteSheets?: readonly string[];
  /** Rows added to or replacing (by sheet name) rows of the registry. */
  readonly registry?: readonly RegistryRow[];
  /** Registry rows removed, by sheet name. */
  readonly unregister?: readonly string[];
  readonly activate?: { readonly sheet: string; readonly select?: string };
}

/** The signature every marker formula carries, so the add-in deletes exactly its own. */
export const MARKER_SIGNATURE_PREFIX = "ra:";

export function markerFormula(severity: MarkerSeverity): string {
  return `=N("${MARKER_SIGNATURE_PREFIX}${severity}")=0`;
}

/**
 * Edits and markers name sheets as they were before the write; where the same plan renames
 * such a sheet, this is the name it has once renamed.
 */
export function nameAfterRenames(plan: WritePlan, sheet: string): string {
  const rename = (plan.renames ?? []).find((r) => sameSheetName(r.from, sheet));
  return rename ? rename.to : sheet;
}
