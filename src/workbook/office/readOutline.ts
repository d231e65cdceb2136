import { type CellValue } from "../../core/model/cell";
import { registryRows } from "../../core/model/registry";
import {
  REGISTRY_SHEET,
  type SheetSnapshot,
  type SheetVisibility,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import { toCellValue } from "./cells";
import { markerIdsIn, queueMarkerIdRead } from "./markers";
import { localRange } from "./readWorkbook";
import { rememberApplicationState } from "./session";

function visibilityOf(value: string): SheetVisibility {
  return value === "VeryHidden" ? "veryHidden" : value === "Hidden" ? "hidden" : "visible";
}

interface OutlineProbe {
  readonly sheet: Excel.Worksheet;
  readonly markers: Excel.ConditionalFormatCollection;
}

/**
 * The workbook's outline in one sync: sheet names, visibility and protection, the add-in's
 * marker ids on each sheet, the structure protection, the active sheet and the `_ra`
 * registry (its cells and tables, so a plan can rewrite it). Other sheets come without
 * cells. Sheets are found by chaining `getFirst`/`getNextOrNullObject` (names unknown), one
 * more sync per further `sheetsPerSync` sheets (default 255). The application state is
 * remembered, so a write on this basis needs no extra read.
 */
export async function readOutline(
  context: Excel.RequestContext,
  options: { readonly sheetsPerSync?: number } = {},
): Promise<WorkbookSnapshot> {
  const perSync = options.sheetsPerSync ?? 255;
  const workbook = context.workbook;
  workbook.load("name");
  workbook.protection.load("protected");
  const worksheets = workbook.worksheets;
  const active = worksheets.getActiveWorksheet().load("name");
  const registrySheet = worksheets.getItemOrNullObject(REGISTRY_SHEET);
  const registryTables = registrySheet.tables.load("items/name,items/showHeaders");
  const registryUsed = registrySheet
    .getUsedRangeOrNullObject(true)
    .load("address,values,valueTypes,numberFormat");
  context.application.load("calculationMode");
  context.runtime.load("enableEvents");

  const found: OutlineProbe[] = [];
  let next: Excel.Worksheet = worksheets.getFirst();
  for (let ended = false; !ended;) {
    const probes: OutlineProbe[] = [];
    for (let i = 0; i < perSync; i++) {
      const sheet = next.load("name,visibility");
      sheet.protection.load("protected");
      probes.push({ sheet, markers: queueMarkerIdRead(sheet) });
      next = sheet.getNextOrNullObject();
    }
    await context.sync();
    const end = probes.findIndex((p) => p.sheet.isNullObject);
    found.push(...(end < 0 ? probes : probes.slice(0, end)));
    ended = end >= 0;
  }

  const registryCells: CellValue[][] = [];
  const registryRange = registryUsed.isNullObject ? null : localRange(registryUsed.address);
  if (registryRange) {
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

  const sheets: SheetSnapshot[] = found.map(({ sheet, markers }) => {
    const isRegistry = sheet.name.toLowerCase() === REGISTRY_SHEET.toLowerCase();
    return {
      name: sheet.name,
      visibility: visibilityOf(sheet.visibility),
      isProtected: sheet.protection.protected,
      cells: isRegistry ? registryCells : [],
      // The registry sheet holds only its table: its used range is where the table lies.
      tables:
        isRegistry && registryRange && !registrySheet.isNullObject
          ? registryTables.items.map((t) => ({
              name: t.name,
              showHeaders: t.showHeaders,
              range: registryRange,
            }))
          : [],
      markerIds: markerIdsIn(markers),
    };
  });
  const snapshot: WorkbookSnapshot = {
    file: workbook.name ?? "",
    sheets,
    registry: registryRows(registryCells),
    structureProtected: workbook.protection.protected,
    activeSheet: active.name,
  };
  rememberApplicationState(snapshot, {
    calculationMode: context.application.calculationMode,
    enableEvents: context.runtime.enableEvents,
  });
  return snapshot;
}
