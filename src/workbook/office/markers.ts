import { MARKER_SIGNATURE_PREFIX, type MarkerSpec } from "../../core/model/plan";
import { isCellEditMode, isPayloadTooLarge } from "./errors";

export function isMarkerFormula(formula: string): boolean {
  return formula.includes(`"${MARKER_SIGNATURE_PREFIX}`);
}

/** The add-in's markers found on a sheet in this batch. */
export interface FoundMarkers {
  /**
   * Their ids as read in this batch, last priority first: deleting in this order never
   * renumbers an id still to be deleted (docs/excel-decisions.md § 3).
   */
  readonly ids: readonly string[];
  /** Their signature formulas, sorted. */
  readonly formulas: readonly string[];
}

/** What a guarded read of markers found, per sheet name as asked. */
export interface MarkerRead {
  readonly found: Map<string, FoundMarkers>;
  /** Sheets whose conditional formats Excel would not read (office-js #6827, #6835): markers unknown. */
  readonly unreadable: readonly string[];
  /** Sheets no longer in the workbook. */
  readonly missing: readonly string[];
}

function queueRead(
  context: Excel.RequestContext,
  sheet: string,
): Excel.ConditionalFormatCollection {
  return context.workbook.worksheets
    .getItem(sheet)
    .getRange()
    .conditionalFormats.load("items/id,items/customOrNullObject/rule/formula");
}

function markersIn(collection: Excel.ConditionalFormatCollection): FoundMarkers {
  const own = collection.items.filter(
    (cf) =>
      !cf.customOrNullObject.isNullObject && isMarkerFormula(cf.customOrNullObject.rule.formula),
  );
  return {
    ids: own.map((cf) => cf.id).reverse(),
    formulas: own.map((cf) => cf.customOrNullObject.rule.formula).sort(),
  };
}

const code = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/**
 * Reads the add-in's markers (each conditional format's id and custom formula, kept where it
 * carries the signature) in one sync, with whatever `extras` queues. Should that sync fail —
 * one odd rule of the user's makes Excel refuse to read a sheet's formats (office-js #6827,
 * #6835), or a sheet is gone — the extras are synced alone and each sheet is read in a sync
 * of its own: a sheet that still fails is reported unreadable (or missing), not the whole
 * operation failed (docs/excel-decisions.md § 6).
 */
export async function readMarkers(
  context: Excel.RequestContext,
  sheets: readonly string[],
  extras: () => void = () => undefined,
): Promise<MarkerRead> {
  const found = new Map<string, FoundMarkers>();
  const reads = sheets.map((sheet) => ({ sheet, collection: queueRead(context, sheet) }));
  extras();
  try {
    await context.sync();
    for (const { sheet, collection } of reads) found.set(sheet, markersIn(collection));
    return { found, unreadable: [], missing: [] };
  } catch (error) {
    if (isCellEditMode(error) || isPayloadTooLarge(error) || sheets.length === 0) throw error;
  }
  extras();
  await context.sync();
  const unreadable: string[] = [];
  const missing: string[] = [];
  for (const sheet of sheets) {
    const collection = queueRead(context, sheet);
    try {
      await context.sync();
      found.set(sheet, markersIn(collection));
    } catch (error) {
      if (isCellEditMode(error)) throw error;
      (code(error) === "ItemNotFound" ? missing : unreadable).push(sheet);
    }
  }
  return { found, unreadable, missing };
}

/** A RangeAreas address stays under Excel's 8 192-character limit for `getRanges`. */
const MAX_AREAS_CHARS = 8000;

/**
 * Areas joined into `getRanges` addresses with `separator`, each under the length limit;
 * with no separator, one address per area.
 */
export function areaGroups(areas: readonly string[], separator: string | null = ","): string[] {
  if (separator === null) return [...areas];
  const groups: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current !== "" && current.length + area.length + separator.length > MAX_AREAS_CHARS) {
      groups.push(current);
      current = "";
    }
    current = current === "" ? area : `${current}${separator}${area}`;
  }
  if (current !== "") groups.push(current);
  return groups;
}

/**
 * Queues one custom conditional format per group of areas, the areas separated as this
 * Excel's `getRanges` wants them: never `stopIfTrue`, the user's formats untouched.
 */
export function queueMarker(
  sheet: Excel.Worksheet,
  marker: MarkerSpec,
  separator: string | null,
): void {
  for (const group of areaGroups(marker.areas, separator)) {
    const cf = sheet.getRanges(group).conditionalFormats.add("Custom");
    cf.custom.rule.formula = marker.formula;
    cf.custom.format.fill.color = marker.fill;
    if (marker.fontColor) cf.custom.format.font.color = marker.fontColor;
  }
}

/** Queues the deletion of a marker by the id read in this same batch (ExcelApi 1.6). */
export function queueMarkerDelete(sheet: Excel.Worksheet, id: string): void {
  sheet.getRange().conditionalFormats.getItem(id).delete();
}

/**
 * How this Excel's `getRanges` separates areas, tried once (a sync per try) on the sheet
 * about to be marked: a comma as documented; else a semicolon, which Windows desktop wants
 * with a `;` list-separator culture such as fi-FI or sv-SE (office-js #1167, confirmed as bug
 * 4160381; #1985); else `null`: every area then gets a format of its own. Tried rather than
 * derived from the culture, so that a fix on Microsoft's side changes nothing here
 * (docs/excel-decisions.md § 1).
 */
export async function findAreaSeparator(
  context: Excel.RequestContext,
  sheet: string,
): Promise<string | null> {
  for (const separator of [",", ";"]) {
    const probe = context.workbook.worksheets
      .getItem(sheet)
      .getRanges(`A1${separator}C3`)
      .load("areaCount");
    try {
      await context.sync();
      if (probe.areaCount === 2) return separator;
    } catch (error) {
      if (code(error) !== "InvalidArgument") throw error;
    }
  }
  return null;
}
