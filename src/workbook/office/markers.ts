import { MARKER_SIGNATURE_PREFIX, type MarkerSpec } from "../../core/model/plan";

/** The add-in's own markers on a sheet, found by the signature in their formula. */
export interface MarkerFormats {
  readonly sheet: string;
  readonly formats: Excel.ConditionalFormat[];
}

/**
 * Queues a read of every conditional format's formula on the sheets (no sync here): the
 * caller syncs once, then `ownMarkers` picks those carrying the signature.
 */
export function queueMarkerRead(
  context: Excel.RequestContext,
  sheets: readonly string[],
): { sheet: string; collection: Excel.ConditionalFormatCollection }[] {
  return sheets.map((sheet) => {
    const collection = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    collection.load("items/type,items/customOrNullObject/rule/formula");
    return { sheet, collection };
  });
}

export function isMarkerFormula(formula: string): boolean {
  return formula.includes(`"${MARKER_SIGNATURE_PREFIX}`);
}

export function ownMarkers(
  read: readonly { sheet: string; collection: Excel.ConditionalFormatCollection }[],
): MarkerFormats[] {
  return read.map(({ sheet, collection }) => ({
    sheet,
    formats: collection.items.filter(
      (cf) =>
        cf.type === "Custom" &&
        !cf.customOrNullObject.isNullObject &&
        isMarkerFormula(cf.customOrNullObject.rule.formula),
    ),
  }));
}

/** The loads that find a sheet's markers: each conditional format's id and custom formula (no sync here). */
export function queueMarkerIdRead(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats.load("items/id,items/customOrNullObject/rule/formula");
}

/** Ids of the add-in's markers in a collection loaded by `queueMarkerIdRead` and synced. */
export function markerIdsIn(collection: Excel.ConditionalFormatCollection): string[] {
  return collection.items
    .filter(
      (cf) =>
        !cf.customOrNullObject.isNullObject && isMarkerFormula(cf.customOrNullObject.rule.formula),
    )
    .map((cf) => cf.id);
}

/** Signatures of the markers on each sheet, e.g. `=N("ra:error")=0`: one sync. */
export async function readConditionalFormatSignatures(
  context: Excel.RequestContext,
  sheets: readonly string[],
): Promise<Map<string, string[]>> {
  const read = queueMarkerRead(context, sheets);
  await context.sync();
  return new Map(
    ownMarkers(read).map(({ sheet, formats }) => [
      sheet,
      formats.map((cf) => cf.customOrNullObject.rule.formula),
    ]),
  );
}

/** A RangeAreas address stays under Excel's 8 192-character limit for `getRanges`. */
const MAX_AREAS_CHARS = 8000;

export function areaGroups(areas: readonly string[]): string[] {
  const groups: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current !== "" && current.length + area.length + 1 > MAX_AREAS_CHARS) {
      groups.push(current);
      current = "";
    }
    current = current === "" ? area : `${current},${area}`;
  }
  if (current !== "") groups.push(current);
  return groups;
}

/**
 * Queues one custom conditional format per group of areas: never `stopIfTrue`, the user's
 * formats untouched. Their ids are loaded in the same request, to be read after its sync.
 */
export function queueMarker(sheet: Excel.Worksheet, marker: MarkerSpec): Excel.ConditionalFormat[] {
  return areaGroups(marker.areas).map((group) => {
    const cf = sheet.getRanges(group).conditionalFormats.add("Custom");
    cf.custom.rule.formula = marker.formula;
    cf.custom.format.fill.color = marker.fill;
    if (marker.fontColor) cf.custom.format.font.color = marker.fontColor;
    return cf.load("id");
  });
}

/** Queues the deletion of a marker by its id (ExcelApi 1.6): no read needed to find it. */
export function queueMarkerDelete(sheet: Excel.Worksheet, id: string): void {
  sheet.getRange().conditionalFormats.getItem(id).delete();
}
