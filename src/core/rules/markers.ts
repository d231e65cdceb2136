import { parseA1, rangeToA1, type RangeRef } from "../model/address";
import {
  markerFormula,
  type MarkerSeverity,
  type MarkerSpec,
  type SheetMarkers,
  type WritePlan,
} from "../model/plan";
import { REGISTRY_SHEET, type WorkbookSnapshot } from "../model/snapshot";
import { recogniseWorkbook } from "../recognise/recognise";
import type { Issue, Severity } from "./issue";
import { sameSheetName, sheetNameKey } from "../model/sheetNames";

/** Fill and text colour of each severity's marker: light fills with dark text, readable in print. */
export const MARKER_COLOURS: Readonly<
  Record<MarkerSeverity, { readonly fill: string; readonly fontColor: string }>
> = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#7A4A00" },
  info: { fill: "#DDEBF7", fontColor: "#1F4E78" },
};

/**
 * The longest address list one marker carries. Excel refuses a `RangeAreas` address over
 * 8 192 characters; a sheet with more issue cells gets several markers of one severity.
 */
export const MAX_MARKER_ADDRESS_CHARS = 8000;

const ORDER: readonly Severity[] = ["error", "warning", "info"];
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The sheets whose markers the add-in manages: recognised proposals and settings that are not protected. */
export function markableSheets(snapshot: WorkbookSnapshot): string[] {
  const recognised = recogniseWorkbook(snapshot);
  return snapshot.sheets
    .filter((sheet, i) => {
      const kind = recognised[i]?.kind;
      return (
        (kind === "proposal" || kind === "settings") &&
        !sheet.isProtected &&
        !sameSheetName(sheet.name, REGISTRY_SHEET)
      );
    })
    .map((sheet) => sheet.name);
}

/**
 * Cells merged into rectangles: vertical runs per column first, then neighbouring columns
 * with the same run side by side. Deterministic: ordered by top row, then left column.
 */
export function mergeCells(
  cells: readonly { readonly row: number; readonly col: number }[],
): RangeRef[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const runs: RangeRef[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let top = rows[0];
    let prev = rows[0];
    for (const row of rows.slice(1).concat([Number.NaN])) {
      if (row === prev + 1) {
        prev = row;
        continue;
      }
      runs.push({ top, bottom: prev, left: col, right: col });
      top = row;
      prev = row;
    }
  }
  // Runs come column by column; a run extends the rectangle ending at the column before it.
  const open = new Map<string, RangeRef>();
  const done: RangeRef[] = [];
  for (const run of runs) {
    const span = `${run.top}:${run.bottom}`;
    const previous = open.get(span);
    if (previous && previous.right === run.left - 1) {
      open.set(span, { ...previous, right: run.left });
    } else {
      if (previous) done.push(previous);
      open.set(span, run);
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Address lists of at most `maxChars` characters (comma-joined), in order. */
export function splitAreas(
  areas: readonly string[],
  maxChars = MAX_MARKER_ADDRESS_CHARS,
): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    const added = current.length === 0 ? area.length : area.length + 1;
    if (current.length > 0 && length + added > maxChars) {
      groups.push(current);
      current = [];
      length = 0;
    }
    length += current.length === 0 ? area.length : area.length + 1;
    current.push(area);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function markersFor(
  severity: Severity,
  cells: readonly { row: number; col: number }[],
): MarkerSpec[] {
  const areas = mergeCells(cells).map(rangeToA1);
  const { fill, fontColor } = MARKER_COLOURS[severity];
  return splitAreas(areas).map((group) => ({
    severity,
    areas: group,
    formula: markerFormula(severity),
    fill,
    fontColor,
  }));
}

/**
 * Marks the cells of `issues` (docs/design.md § 4.4): clears the add-in's markers on every
 * markable sheet, then one custom-formula conditional format per sheet and severity (more
 * only past the address limit). A cell with several issues gets its most severe marker.
 * Issues without a cell, or on sheets not markable, are listed in the pane only.
 */
export function markerPlan(issues: readonly Issue[], snapshot: WorkbookSnapshot): WritePlan {
  const sheets = markableSheets(snapshot);
  const canonical = new Map(sheets.map((name) => [sheetNameKey(name), name]));
  const worst = new Map<string, Map<string, { row: number; col: number; severity: Severity }>>();
  for (const issue of issues) {
    if (issue.sheet === null || issue.cell === null) continue;
    const sheet = canonical.get(sheetNameKey(issue.sheet));
    const ref = parseA1(issue.cell);
    if (sheet === undefined || ref === null) continue;
    const cells =
      worst.get(sheet) ?? new Map<string, { row: number; col: number; severity: Severity }>();
    worst.set(sheet, cells);
    const cellKey = `${ref.row}:${ref.col}`;
    const seen = cells.get(cellKey);
    if (!seen || RANK[issue.severity] < RANK[seen.severity])
      cells.set(cellKey, { ...ref, severity: issue.severity });
  }
  const markers: SheetMarkers[] = [];
  for (const sheet of sheets) {
    const cells = [...(worst.get(sheet)?.values() ?? [])];
    if (cells.length === 0) continue;
    const list = ORDER.flatMap((severity) => {
      const ofSeverity = cells.filter((c) => c.severity === severity);
      return ofSeverity.length === 0 ? [] : markersFor(severity, ofSeverity);
    });
    markers.push({ sheet, markers: list });
  }
  return {
    ...(sheets.length > 0 ? { clearMarkers: sheets } : {}),
    ...(markers.length > 0 ? { markers } : {}),
  };
}

/**
 * Removes the add-in's markers from every sheet the add-in may have marked: all sheets but
 * the registry and protected ones (a sheet no longer recognised may still carry old markers).
 */
export function clearMarkersPlan(snapshot: WorkbookSnapshot): WritePlan {
  const sheets = snapshot.sheets
    .filter((sheet) => !sheet.isProtected && !sameSheetName(sheet.name, REGISTRY_SHEET))
    .map((sheet) => sheet.name);
  return sheets.length > 0 ? { clearMarkers: sheets } : {};
}
