import { type CellValue } from "../../core/model/cell";
import { registryRows } from "../../core/model/registry";
import {
  REGISTRY_SHEET,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import { toCellValue } from "./cells";
import { localRange } from "./readWorkbook";
import { queueWorkbookHead, visibilityOf } from "./sheetList";
import { sameSheetName } from "../../core/model/sheetNames";

/**
 * The workbook's outline in two syncs: the sheet list (names and visibility), then each
 * sheet's protection and the `_ra` registry (its cells and tables, so a plan can rewrite
 * it). Other sheets come without cells; the structure protection and the active sheet come
 * with the first sync. The registry is found in the list, not through
 * `getItemOrNullObject`, so nothing is called through a null object (docs/excel-decisions.md § 4).
 */
export async function readOutline(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const { workbook, active, list } = queueWorkbookHead(context);
  await context.sync();

  for (const sheet of list.items) sheet.protection.load("protected");
  const registrySheet = list.items.find((sheet) => sameSheetName(sheet.name, REGISTRY_SHEET));
  const registryTables = registrySheet?.tables.load("items/name,items/showHeaders");
  const registryUsed = registrySheet
    ?.getUsedRangeOrNullObject(true)
    .load("address,values,valueTypes,numberFormat");
  await context.sync();

  const registryCells: CellValue[][] = [];
  const registryRange =
    registryUsed && !registryUsed.isNullObject ? localRange(registryUsed.address) : null;
  if (registryUsed && registryRange) {
    for (let r = 0; r <= registryRange.bottom; r++)
      registryCells.push(
        Array.from({ length: registryRange.right + 1 }, () => ({ kind: "empty" }) as CellValue),
      );
    registryUsed.values.forEach((row, i) =>
      row.forEach((value, j) => {
        registryCells[registryRange.top + i][registryRange.left + j] = toCellValue(
          value,
          (registryUsed.valueTypes as string[][])[i][j],
          (registryUsed.numberFormat as string[][])[i][j],
        );
      }),
    );
  }

  const sheets: SheetSnapshot[] = list.items.map((sheet) => {
    const isRegistry = sheet === registrySheet;
    return {
      name: sheet.name,
      visibility: visibilityOf(sheet.visibility),
      isProtected: sheet.protection.protected,
      cells: isRegistry ? registryCells : [],
      // The registry sheet holds only its table: its used range is where the table lies.
      tables:
        isRegistry && registryRange && registryTables
          ? registryTables.items.map((t) => ({
              name: t.name,
              showHeaders: t.showHeaders,
              range: registryRange,
            }))
          : [],
    };
  });
  return {
    file: workbook.name ?? "",
    sheets,
    registry: registryRows(registryCells),
    structureProtected: workbook.protection.protected,
    activeSheet: active.name,
  };
}
