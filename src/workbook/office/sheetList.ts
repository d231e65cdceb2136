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

/**
 * Queues what every read of the workbook starts with (no sync here): its name, its structure
 * protection, the active sheet and the sheet list.
 */
export function queueWorkbookHead(context: Excel.RequestContext): {
  workbook: Excel.Workbook;
  active: Excel.Worksheet;
  list: Excel.WorksheetCollection;
} {
  const workbook = context.workbook;
  workbook.load("name");
  workbook.protection.load("protected");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  return { workbook, active, list: queueSheetList(context) };
}
