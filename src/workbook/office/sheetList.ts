import type { SheetVisibility } from "../../core/model/snapshot";

export function visibilityOf(value: string): SheetVisibility {
  return value === "VeryHidden" ? "veryHidden" : value === "Hidden" ? "hidden" : "visible";
}

/**
 * Queues the load of every worksheet's name and visibility (no sync here). The sheets are
 * listed through the collection, never by chaining `getNextOrNullObject()` past the last
 * one: nothing documents calls made through a null object before a sync
 * (docs/excel-decisions.md § 4).
 */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  return context.workbook.worksheets.load("items/name,items/visibility");
}
