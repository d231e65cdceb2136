/**
 * The naive way, for comparison: the Office adapter as a first-time add-in author writes it.
 * It reads a sheet per `context.sync()`, writes a row per sync and marks an issue per sync,
 * but produces the same workbook as the real adapter (the bench checks that). Operations run
 * over it unchanged, as a `WorkbookHost`, so only the round trips differ.
 */
import { parseA1, parseRangeA1, rangeToA1 } from "../src/core/model/address";
import type { CellValue } from "../src/core/model/cell";
import type { CellBlock, SheetSpec, WritePlan } from "../src/core/model/plan";
import {
  mergeRegistry,
  REGISTRY_TABLE,
  registryCells,
  registryRows,
} from "../src/core/model/registry";
import {
  REGISTRY_SHEET,
  type SheetSnapshot,
  type SheetVisibility,
  type WorkbookSnapshot,
} from "../src/core/model/snapshot";
import type { WorkbookHost } from "../src/workbook/host";
import { blockMatrices, columnWidthPoints, toCellValue } from "../src/workbook/office/cells";
import { isMarkerFormula } from "../src/workbook/office/markers";

const VISIBILITY: Record<SheetVisibility, "Visible" | "Hidden" | "VeryHidden"> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

function visibilityOf(value: string): SheetVisibility {
  return value === "VeryHidden" ? "veryHidden" : value === "Hidden" ? "hidden" : "visible";
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** One sync for the sheet names, then one sync per sheet for its used range and tables. */
export async function naiveRead(
  context: Excel.RequestContext,
  only?: readonly string[],
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets.load(
    "items/name,items/visibility,items/protection/protected",
  );
  context.workbook.load("name");
  context.workbook.protection.load("protected");
  const active = worksheets.getActiveWorksheet().load("name");
  await context.sync();
  const sheets: SheetSnapshot[] = [];
  for (const sheet of worksheets.items) {
    const wanted = !only || only.some((name) => same(name, sheet.name));
    const base = {
      name: sheet.name,
      visibility: visibilityOf(sheet.visibility),
      isProtected: sheet.protection.protected,
    };
    if (!wanted) {
      sheets.push({ ...base, cells: [], tables: [] });
      continue;
    }
    const used = sheet
      .getUsedRangeOrNullObject(true)
      .load("address,values,valueTypes,numberFormat");
    const tables = sheet.tables.load("items/name,items/showHeaders");
    await context.sync();
    const tableRanges = tables.items.map((t) => t.getRange().load("address"));
    if (tableRanges.length > 0) await context.sync();
    const cells: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const ref = used.isNullObject ? null : parseRangeA1(used.address.split("!").pop() ?? "");
    if (ref) {
      for (let r = 0; r <= ref.bottom; r++) {
        cells.push(Array.from({ length: ref.right + 1 }, (): CellValue => ({ kind: "empty" })));
        numberFormats.push(Array.from({ length: ref.right + 1 }, () => "General"));
      }
      used.values.forEach((row, i) =>
        row.forEach((value, j) => {
          const format = String((used.numberFormat as unknown[][])[i][j]);
          numberFormats[ref.top + i][ref.left + j] = format;
          cells[ref.top + i][ref.left + j] = toCellValue(
            value,
            (used.valueTypes as string[][])[i][j],
            format,
          );
        }),
      );
    }
    sheets.push({
      ...base,
      cells,
      numberFormats,
      tables: tables.items.flatMap((t, i) => {
        const range = parseRangeA1(tableRanges[i].address.split("!").pop() ?? "");
        return range ? [{ name: t.name, showHeaders: t.showHeaders, range }] : [];
      }),
    });
  }
  const registrySheet = sheets.find((s) => same(s.name, REGISTRY_SHEET));
  return {
    file: context.workbook.name ?? "",
    sheets,
    registry: registrySheet ? registryRows(registrySheet.cells) : [],
    structureProtected: context.workbook.protection.protected,
    activeSheet: active.name,
  };
}

/** Writes a block a row at a time, one sync per row. */
async function writeBlock(
  context: Excel.RequestContext,
  sheet: string,
  block: CellBlock,
): Promise<void> {
  const origin = parseA1(block.topLeft);
  if (!origin) throw new Error(`Bad block address ${block.topLeft}`);
  const width = Math.max(0, ...block.cells.map((row) => row.length));
  if (width === 0) return;
  const matrices = blockMatrices(block.cells, width);
  for (let r = 0; r < block.cells.length; r++) {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(origin.row + r, origin.col, 1, width);
    range.numberFormat = [matrices.numberFormat[r]];
    range.values = [matrices.values[r]];
    if (matrices.formulas) range.formulas = [matrices.formulas[r]];
    await context.sync();
  }
}

async function writeSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  exists: boolean,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  if (exists) {
    worksheets.getItem(spec.name).delete();
    await context.sync();
  }
  const sheet = worksheets.add(spec.name);
  await context.sync();
  for (const block of spec.blocks) await writeBlock(context, spec.name, block);
  for (const table of spec.tables ?? []) {
    const created = sheet.tables.add(table.range, true);
    created.name = table.name;
    if (table.style) created.style = table.style;
    if (table.showFilterButton !== undefined) created.showFilterButton = table.showFilterButton;
    await context.sync();
  }
  if (spec.freeze && spec.freeze.rows > 0) {
    sheet.freezePanes.freezeRows(spec.freeze.rows);
    await context.sync();
  }
  for (const width of spec.columnWidths ?? []) {
    sheet.getRangeByIndexes(0, width.col, 1, 1).format.columnWidth = columnWidthPoints(width.width);
    await context.sync();
  }
  for (const chart of spec.charts ?? []) {
    const created = sheet.charts.add(
      chart.kind === "barClustered" ? "BarClustered" : "ColumnClustered",
      sheet.getRange(chart.dataRange),
      "Auto",
    );
    created.title.text = chart.title;
    created.setPosition(chart.anchor);
    await context.sync();
  }
  if (spec.visibility && spec.visibility !== "visible") {
    sheet.visibility = VISIBILITY[spec.visibility];
    await context.sync();
  }
}

/** A new sheet's dropdowns: after every workbook name exists, since a list source names one. */
async function writeValidations(context: Excel.RequestContext, spec: SheetSpec): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(spec.name);
  for (const validation of spec.validations ?? []) {
    // The naive writer knows dropdowns only: dates and prompts are the plan's later kinds.
    if (validation.kind === "date" || validation.kind === "prompt") continue;
    const dv = sheet.getRange(validation.range).dataValidation;
    dv.ignoreBlanks = validation.allowBlank;
    dv.rule = {
      list: {
        inCellDropDown: true,
        source:
          validation.source.kind === "name"
            ? `=${validation.source.name}`
            : validation.source.values.join(","),
      },
    };
    if (validation.prompt)
      dv.prompt = {
        showPrompt: true,
        title: validation.prompt.title,
        message: validation.prompt.message,
      };
    const style = validation.errorStyle ?? "stop";
    dv.errorAlert = {
      showAlert: true,
      style: style === "stop" ? "Stop" : style === "warning" ? "Warning" : "Information",
      title: "",
      message: "",
    };
    await context.sync();
  }
}

async function writeNames(context: Excel.RequestContext, spec: SheetSpec): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(spec.name);
  for (const name of spec.names ?? []) {
    context.workbook.names.add(name.name, sheet.getRange(name.range));
    await context.sync();
  }
}

/** Every cell of an A1 range, as single-cell addresses. */
function cellsOf(area: string): string[] {
  const ref = parseRangeA1(area);
  if (!ref) return [];
  const cells: string[] = [];
  for (let r = ref.top; r <= ref.bottom; r++)
    for (let c = ref.left; c <= ref.right; c++)
      cells.push(rangeToA1({ top: r, left: c, bottom: r, right: c }));
  return cells;
}

async function writeRegistry(
  context: Excel.RequestContext,
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
): Promise<void> {
  if ((plan.registry?.length ?? 0) === 0 && (plan.unregister?.length ?? 0) === 0) return;
  const worksheets = context.workbook.worksheets;
  const existing = snapshot.sheets.find((s) => same(s.name, REGISTRY_SHEET));
  if (existing) {
    for (const table of existing.tables) {
      worksheets.getItem(REGISTRY_SHEET).tables.getItem(table.name).delete();
      await context.sync();
    }
  } else {
    worksheets.add(REGISTRY_SHEET);
    await context.sync();
  }
  const rows = mergeRegistry(snapshot.registry, plan);
  const cells = registryCells(rows);
  const blank = Array.from(
    { length: Math.max(0, (existing?.cells.length ?? 0) - cells.length) },
    () => cells[0].map(() => ({ kind: "empty" as const })),
  );
  await writeBlock(context, REGISTRY_SHEET, { topLeft: "A1", cells: [...cells, ...blank] });
  const table = worksheets
    .getItem(REGISTRY_SHEET)
    .tables.add(`A1:E${Math.max(2, rows.length + 1)}`, true);
  table.name = REGISTRY_TABLE;
  worksheets.getItem(REGISTRY_SHEET).visibility = "VeryHidden";
  await context.sync();
}

/** The plan applied step by step: a sync per sheet, row, marked cell and deletion. */
export async function naiveApply(
  context: Excel.RequestContext,
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const exists = (name: string): boolean => snapshot.sheets.some((s) => same(s.name, name));
  for (const rename of plan.renames ?? []) {
    const sheet = worksheets.getItem(rename.from);
    sheet.name = rename.to;
    if (rename.visibility) sheet.visibility = VISIBILITY[rename.visibility];
    await context.sync();
  }
  const renamedAway = new Set((plan.renames ?? []).map((r) => r.from.toLowerCase()));
  for (const spec of plan.sheets ?? [])
    await writeSheet(context, spec, exists(spec.name) && !renamedAway.has(spec.name.toLowerCase()));
  for (const spec of plan.sheets ?? []) await writeNames(context, spec);
  for (const spec of plan.sheets ?? []) await writeValidations(context, spec);
  for (const edit of plan.edits ?? [])
    for (const block of edit.blocks) await writeBlock(context, edit.sheet, block);
  for (const sheet of plan.clearMarkers ?? []) {
    const formats = worksheets
      .getItem(sheet)
      .getRange()
      .conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
    await context.sync();
    for (const cf of formats.items) {
      if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
      if (!isMarkerFormula(cf.customOrNullObject.rule.formula)) continue;
      cf.delete();
      await context.sync();
    }
  }
  for (const { sheet, markers } of plan.markers ?? [])
    for (const marker of markers)
      for (const cell of marker.areas.flatMap(cellsOf)) {
        const cf = worksheets.getItem(sheet).getRange(cell).conditionalFormats.add("Custom");
        cf.custom.rule.formula = marker.formula;
        cf.custom.format.fill.color = marker.fill;
        if (marker.fontColor) cf.custom.format.font.color = marker.fontColor;
        await context.sync();
      }
  for (const name of plan.deleteSheets ?? []) {
    worksheets.getItem(name).delete();
    await context.sync();
  }
  await writeRegistry(context, plan, snapshot);
  if (plan.activate) {
    const sheet = worksheets.getItem(plan.activate.sheet);
    sheet.activate();
    if (plan.activate.select) sheet.getRange(plan.activate.select).select();
    await context.sync();
  }
}

/** The operations' host over the naive adapter: same interface, naive round trips. */
export function createNaiveHost(context: Excel.RequestContext): WorkbookHost {
  return {
    kind: "excel",
    read: () => naiveRead(context),
    // A first-time author reads the whole workbook for an outline too.
    readOutline: () => naiveRead(context),
    readSheets: async (names) => {
      const snapshot = await naiveRead(context, names);
      return snapshot.sheets.filter((s) => names.some((name) => same(name, s.name)));
    },
    apply: (plan, basis) => naiveApply(context, plan, basis),
    select: async (sheet, a1) => {
      context.workbook.worksheets.getItem(sheet).getRange(a1).select();
      await context.sync();
    },
    onLocalChange: () => Promise.resolve(() => Promise.resolve()),
  };
}
