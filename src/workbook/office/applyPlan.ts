import { parseA1, rangeToA1 } from "../../core/model/address";
import type { CellBlock, SheetSpec, WritePlan } from "../../core/model/plan";
import {
  mergeRegistry,
  REGISTRY_COLUMNS,
  REGISTRY_TABLE,
  registryCells,
} from "../../core/model/registry";
import {
  REGISTRY_SHEET,
  type SheetSnapshot,
  type SheetVisibility,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import { blockMatrices, columnWidthPoints } from "./cells";
import { PAYLOAD_BUDGET_BYTES, WorkbookChangedError, WorkbookProtectedError } from "./errors";
import { markerIdsIn, queueMarker, queueMarkerDelete, queueMarkerIdRead } from "./markers";
import {
  applicationStateOf,
  knownMarkerIds,
  rememberMarkerIds,
  type ApplicationState,
} from "./session";

export interface ApplyOptions {
  /** Request budget per sync (default 4 MB). */
  readonly maxRequestBytes?: number;
}

/** One queued piece of the write with its estimated request size. */
interface Step {
  readonly bytes: number;
  readonly queue: (sheets: SheetLookup) => void;
}

/**
 * Worksheet proxies by name, fresh for each batch. A step that renames or deletes a sheet
 * forgets its names, so that a later step of the batch asking for a name gets the sheet that
 * bears it then (the new sheet named like a renamed one), not the proxy of the old one.
 */
type SheetLookup = ((name: string) => Excel.Worksheet) & {
  readonly forget: (...names: string[]) => void;
};

const OVERHEAD_BYTES = 200;

const VISIBILITY: Record<SheetVisibility, "Visible" | "Hidden" | "VeryHidden"> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Refuses, before anything is written, a plan that touches protected sheets or a protected structure. */
export function checkProtection(plan: WritePlan, snapshot: WorkbookSnapshot): void {
  const registryExists = snapshot.sheets.some((s) => same(s.name, REGISTRY_SHEET));
  const changesStructure =
    (plan.sheets?.length ?? 0) > 0 ||
    (plan.renames?.length ?? 0) > 0 ||
    (plan.deleteSheets?.length ?? 0) > 0 ||
    (!registryExists && ((plan.registry?.length ?? 0) > 0 || (plan.unregister?.length ?? 0) > 0));
  const touched = new Set(
    [
      ...sheetsNeeded(plan),
      ...((plan.registry?.length ?? 0) + (plan.unregister?.length ?? 0) > 0
        ? [REGISTRY_SHEET]
        : []),
    ].map((n) => n.toLowerCase()),
  );
  const protectedSheets = snapshot.sheets
    .filter((s) => s.isProtected && touched.has(s.name.toLowerCase()))
    .map((s) => s.name);
  const structure = changesStructure && snapshot.structureProtected;
  if (structure || protectedSheets.length > 0)
    throw new WorkbookProtectedError(protectedSheets, structure);
}

function temporaryNames(count: number, snapshot: WorkbookSnapshot): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `~ra${n}`;
    if (!snapshot.sheets.some((s) => same(s.name, name))) names.push(name);
  }
  return names;
}

function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}

/** A block's writes, cut into row chunks that each fit the budget: formats first, then values, then formulas. */
function blockSteps(sheetName: () => string, block: CellBlock, budget: number): Step[] {
  const origin = parseA1(block.topLeft);
  if (!origin) throw new Error(`Bad block address ${block.topLeft}`);
  const width = Math.max(0, ...block.cells.map((row) => row.length));
  if (width === 0 || block.cells.length === 0) return [];
  const matrices = blockMatrices(block.cells, width);
  const rowBytes = matrices.values.map(
    (_, r) =>
      jsonBytes(matrices.values[r]) +
      jsonBytes(matrices.numberFormat[r]) +
      (matrices.formulas ? jsonBytes(matrices.formulas[r]) : 0),
  );
  const steps: Step[] = [];
  let start = 0;
  while (start < block.cells.length) {
    let end = start;
    let bytes = rowBytes[start];
    while (end + 1 < block.cells.length && bytes + rowBytes[end + 1] <= budget)
      bytes += rowBytes[++end];
    const [from, to] = [start, end];
    steps.push({
      bytes: bytes + OVERHEAD_BYTES,
      queue: (sheets) => {
        const range = sheets(sheetName()).getRangeByIndexes(
          origin.row + from,
          origin.col,
          to - from + 1,
          width,
        );
        range.numberFormat = matrices.numberFormat.slice(from, to + 1);
        range.values = matrices.values.slice(from, to + 1);
        if (matrices.formulas) range.formulas = matrices.formulas.slice(from, to + 1);
      },
    });
    start = end + 1;
  }
  return steps;
}

function small(queue: (sheets: SheetLookup) => void, bytes = OVERHEAD_BYTES): Step {
  return { bytes, queue };
}

function newSheetSteps(spec: SheetSpec, temp: string, budget: number): Step[] {
  const steps: Step[] = [small(() => undefined)];
  for (const block of spec.blocks) steps.push(...blockSteps(() => temp, block, budget));
  for (const table of spec.tables ?? []) {
    steps.push(
      small((sheets) => {
        const created = sheets(temp).tables.add(table.range, true);
        created.name = table.name;
        if (table.style) created.style = table.style;
        if (table.showFilterButton !== undefined) created.showFilterButton = table.showFilterButton;
      }),
    );
  }
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    const { rows, cols } = spec.freeze;
    steps.push(
      small((sheets) => {
        const panes = sheets(temp).freezePanes;
        if (rows > 0 && cols > 0)
          panes.freezeAt(rangeToA1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }));
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(cols);
      }),
    );
  }
  for (const width of spec.columnWidths ?? []) {
    steps.push(
      small(
        (sheets) =>
          void (sheets(temp).getRangeByIndexes(0, width.col, 1, 1).format.columnWidth =
            columnWidthPoints(width.width)),
        80,
      ),
    );
  }
  for (const chart of spec.charts ?? []) {
    steps.push(
      small((sheets) => {
        const sheet = sheets(temp);
        const created = sheet.charts.add(
          chart.kind === "barClustered" ? "BarClustered" : "ColumnClustered",
          sheet.getRange(chart.dataRange),
          "Auto",
        );
        created.title.text = chart.title;
        created.setPosition(chart.anchor);
      }),
    );
  }
  if (spec.tabColor)
    steps.push(small((sheets) => void (sheets(temp).tabColor = spec.tabColor as string)));
  return steps;
}

/**
 * A new sheet's dropdowns. Queued after the workbook names: a list source such as
 * `=ra_fi_themes` must name a name that exists when the validation is set.
 */
function validationSteps(spec: SheetSpec, temp: string): Step[] {
  const steps: Step[] = [];
  for (const validation of spec.validations ?? []) {
    const source =
      validation.source.kind === "name"
        ? `=${validation.source.name}`
        : validation.source.values.join(",");
    steps.push(
      small(
        (sheets) => {
          const dv = sheets(temp).getRange(validation.range).dataValidation;
          dv.ignoreBlanks = validation.allowBlank;
          dv.rule = { list: { inCellDropDown: true, source } };
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
        },
        OVERHEAD_BYTES + source.length + JSON.stringify(validation.prompt ?? "").length,
      ),
    );
  }
  return steps;
}

/**
 * A new sheet's protection, once its cells and dropdowns are in (ExcelApi 1.2): the fill-in
 * cells unlocked, then the sheet protected without a password, filtering and column widths
 * left open as the .xlsx writer leaves them.
 */
function protectionSteps(spec: SheetSpec, temp: string): Step[] {
  const protection = spec.protection;
  if (!protection) return [];
  return [
    small(
      (sheets) => {
        const sheet = sheets(temp);
        for (const range of protection.unlocked)
          sheet.getRange(range).format.protection.locked = false;
        sheet.protection.protect({
          allowAutoFilter: true,
          allowFormatColumns: true,
          allowFormatRows: true,
        });
      },
      OVERHEAD_BYTES + protection.unlocked.join(",").length,
    ),
  ];
}

function registrySteps(plan: WritePlan, snapshot: WorkbookSnapshot, budget: number): Step[] {
  if (
    (plan.registry?.length ?? 0) === 0 &&
    (plan.unregister?.length ?? 0) === 0 &&
    (plan.deleteSheets?.length ?? 0) === 0 &&
    (plan.renames?.length ?? 0) === 0
  )
    return [];
  const existing = snapshot.sheets.find((s) => same(s.name, REGISTRY_SHEET));
  if (!existing && (plan.registry?.length ?? 0) === 0) return [];
  const rows = mergeRegistry(snapshot.registry, plan);
  const steps: Step[] = [];
  if (!existing) steps.push(small((sheets) => void sheets(REGISTRY_SHEET)));
  for (const table of existing?.tables ?? [])
    steps.push(small((sheets) => sheets(REGISTRY_SHEET).tables.getItem(table.name).delete()));
  const [header, ...body] = registryCells(rows);
  const oldHeight = existing?.cells.length ?? 0;
  const blank = Array.from({ length: Math.max(0, oldHeight - body.length - 1) }, () =>
    REGISTRY_COLUMNS.map(() => ({ kind: "empty" as const })),
  );
  steps.push(
    ...blockSteps(
      () => REGISTRY_SHEET,
      { topLeft: "A1", cells: [header, ...body, ...blank] },
      budget,
    ),
  );
  const lastRow = Math.max(2, body.length + 1);
  steps.push(
    small((sheets) => {
      const table = sheets(REGISTRY_SHEET).tables.add(`A1:E${lastRow}`, true);
      table.name = REGISTRY_TABLE;
    }),
  );
  if (!existing || existing.visibility !== "veryHidden")
    steps.push(small((sheets) => void (sheets(REGISTRY_SHEET).visibility = "VeryHidden")));
  return steps;
}

/** Packs steps, in order, into batches whose estimated request stays within the budget. */
function batches(steps: readonly Step[], budget: number): Step[][] {
  const result: Step[][] = [];
  let current: Step[] = [];
  let size = 0;
  for (const step of steps) {
    if (current.length > 0 && size + step.bytes > budget) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(step);
    size += step.bytes;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** The basis sheet of that name, if the snapshot has it. */
function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => same(s.name, name));
}

/**
 * Writes a plan in a safe order (DESIGN.md § 4.2): the add-in's old markers deleted first (by
 * the ids the snapshot carries), new sheets under temporary names, then the workbook names
 * their ranges hold, then the dropdowns naming them, edits, new markers, renames and
 * deletions, the registry, activation last. One sync per 4 MB of request, plus one read
 * first only when names are replaced, marker ids are unknown (the snapshot was not read by
 * this adapter), or the application state to restore is unknown.
 * Calculation mode and events are restored even when the write fails.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  options: ApplyOptions = {},
): Promise<void> {
  checkProtection(plan, snapshot);
  const budget = Math.floor((options.maxRequestBytes ?? PAYLOAD_BUDGET_BYTES) * 0.9);
  const newSheets = plan.sheets ?? [];
  const temps = temporaryNames(newSheets.length, snapshot);
  const exists = (name: string): boolean => snapshot.sheets.some((s) => same(s.name, name));
  const planNames = newSheets.flatMap((spec, i) =>
    (spec.names ?? []).map((n) => ({ ...n, temp: temps[i] })),
  );

  let state = applicationStateOf(snapshot);
  const markerIds = new Map<string, readonly string[]>();
  const unknownMarkers: string[] = [];
  for (const name of plan.clearMarkers ?? []) {
    const sheet = sheetOf(snapshot, name);
    const ids = sheet && knownMarkerIds(sheet);
    if (ids) markerIds.set(name, ids);
    else unknownMarkers.push(name);
  }
  const replacesNames =
    planNames.length > 0 &&
    (newSheets.some((s) => s.mode === "replace") || (plan.deleteSheets?.length ?? 0) > 0);
  let namesToDrop: string[] = [];
  if (!state || unknownMarkers.length > 0 || replacesNames) {
    const markerReads = unknownMarkers.map((name) => ({
      name,
      collection: queueMarkerIdRead(context.workbook.worksheets.getItem(name)),
    }));
    const names = replacesNames ? context.workbook.names.load("items/name") : null;
    if (!state) {
      context.application.load("calculationMode");
      context.runtime.load("enableEvents");
    }
    await context.sync();
    if (!state)
      state = {
        calculationMode: context.application.calculationMode,
        enableEvents: context.runtime.enableEvents,
      };
    for (const { name, collection } of markerReads) markerIds.set(name, markerIdsIn(collection));
    if (names) {
      const wanted = new Set(planNames.map((n) => n.name.toLowerCase()));
      namesToDrop = names.items.map((n) => n.name).filter((n) => wanted.has(n.toLowerCase()));
    }
  }
  const restore: ApplicationState = state;

  const steps: Step[] = [];
  // Deletions by id come first: should a marker have gone meanwhile, nothing else is written.
  for (const [sheet, ids] of markerIds)
    for (const id of ids)
      steps.push(small((sheets) => queueMarkerDelete(sheets(sheet), id), 80 + id.length));
  newSheets.forEach((spec, i) => {
    steps.push(small(() => void context.workbook.worksheets.add(temps[i])));
    steps.push(...newSheetSteps(spec, temps[i], budget));
  });
  for (const name of namesToDrop)
    steps.push(small(() => context.workbook.names.getItem(name).delete()));
  // A name made on a temporary sheet follows its rename, as any reference does in Excel.
  for (const name of planNames)
    steps.push(
      small(
        (sheets) =>
          void context.workbook.names.add(name.name, sheets(name.temp).getRange(name.range)),
      ),
    );
  newSheets.forEach((spec, i) => steps.push(...validationSteps(spec, temps[i])));
  newSheets.forEach((spec, i) => steps.push(...protectionSteps(spec, temps[i])));
  for (const edit of plan.edits ?? [])
    for (const block of edit.blocks) steps.push(...blockSteps(() => edit.sheet, block, budget));
  const added = new Map<string, Excel.ConditionalFormat[]>();
  for (const { sheet, markers } of plan.markers ?? []) {
    for (const marker of markers)
      steps.push(
        small(
          (sheets) => {
            const list = added.get(sheet) ?? [];
            list.push(...queueMarker(sheets(sheet), marker));
            added.set(sheet, list);
          },
          OVERHEAD_BYTES + marker.areas.join(",").length,
        ),
      );
  }
  for (const rename of plan.renames ?? []) {
    steps.push(
      small((sheets) => {
        const sheet = sheets(rename.from);
        sheet.name = rename.to;
        if (rename.visibility) sheet.visibility = VISIBILITY[rename.visibility];
        sheets.forget(rename.from, rename.to);
      }),
    );
  }
  const renamedAway = new Set((plan.renames ?? []).map((r) => r.from.toLowerCase()));
  newSheets.forEach((spec, i) => {
    if (spec.mode === "replace" && exists(spec.name) && !renamedAway.has(spec.name.toLowerCase()))
      steps.push(
        small((sheets) => {
          sheets(spec.name).delete();
          sheets.forget(spec.name);
        }),
      );
    steps.push(
      small((sheets) => {
        const sheet = sheets(temps[i]);
        sheet.name = spec.name;
        if (spec.visibility && spec.visibility !== "visible")
          sheet.visibility = VISIBILITY[spec.visibility];
        sheets.forget(temps[i], spec.name);
      }),
    );
  });
  for (const name of plan.deleteSheets ?? [])
    steps.push(
      small((sheets) => {
        sheets(name).delete();
        sheets.forget(name);
      }),
    );
  steps.push(...registrySteps(plan, snapshot, budget));
  if (plan.activate) {
    const { sheet, select } = plan.activate;
    steps.push(
      small((sheets) => {
        sheets(sheet).activate();
        if (select) sheets(sheet).getRange(select).select();
      }),
    );
  }

  // Sheets whose markers this write changes: what they hold afterwards is recorded on the basis.
  const marked = new Set([...markerIds.keys(), ...(plan.markers ?? []).map((m) => m.sheet)]);
  let failed: { readonly error: unknown } | null = null;
  let registryAdded = exists(REGISTRY_SHEET);
  try {
    for (const batch of batches(steps, budget)) {
      context.application.suspendScreenUpdatingUntilNextSync();
      context.application.calculationMode = "Manual";
      context.runtime.enableEvents = false;
      const proxies = new Map<string, Excel.Worksheet>();
      const find = (name: string): Excel.Worksheet => {
        const key = name.toLowerCase();
        let proxy = proxies.get(key);
        if (!proxy) {
          const add = same(name, REGISTRY_SHEET) && !registryAdded;
          proxy = add
            ? context.workbook.worksheets.add(REGISTRY_SHEET)
            : context.workbook.worksheets.getItem(name);
          if (add) registryAdded = true;
          proxies.set(key, proxy);
        }
        return proxy;
      };
      const lookup: SheetLookup = Object.assign(find, {
        forget: (...names: string[]) => {
          for (const name of names) proxies.delete(name.toLowerCase());
        },
      });
      for (const step of batch) step.queue(lookup);
      context.application.calculationMode = restore.calculationMode;
      context.runtime.enableEvents = restore.enableEvents;
      await context.sync();
    }
    for (const name of marked) {
      const sheet = sheetOf(snapshot, name);
      if (!sheet) continue;
      const kept = markerIds.has(name) ? [] : (knownMarkerIds(sheet) ?? null);
      const ids = (added.get(name) ?? []).map((cf) => cf.id);
      rememberMarkerIds(sheet, kept === null ? null : [...kept, ...ids]);
    }
  } catch (error) {
    failed = { error };
    for (const name of marked) {
      const sheet = sheetOf(snapshot, name);
      if (sheet) rememberMarkerIds(sheet, null);
    }
  } finally {
    if (failed) {
      context.application.calculationMode = restore.calculationMode;
      context.runtime.enableEvents = restore.enableEvents;
      await context.sync();
    }
  }
  if (failed) {
    const present = await removeTemporarySheets(context, temps);
    const code = (failed.error as { code?: unknown } | null)?.code;
    if (code === "ItemNotFound" && present) {
      const missing = sheetsNeeded(plan).filter((name) => !present.some((p) => same(p, name)));
      if (missing.length > 0) throw new WorkbookChangedError(missing, failed.error);
    }
    throw failed.error;
  }
}

/** The existing sheets a plan writes into, renames or deletes. */
function sheetsNeeded(plan: WritePlan): string[] {
  return [
    ...(plan.edits ?? []).map((e) => e.sheet),
    ...(plan.markers ?? []).map((m) => m.sheet),
    ...(plan.clearMarkers ?? []),
    ...(plan.sheets ?? []).filter((s) => s.mode === "replace").map((s) => s.name),
    ...(plan.renames ?? []).map((r) => r.from),
    ...(plan.deleteSheets ?? []),
  ].filter((name, i, all) => all.findIndex((n) => same(n, name)) === i);
}

/**
 * After a failed write, deletes the sheets still under a temporary name (built but never put
 * in place), so that no half-built `~ra…` sheet is left behind unexplained, and returns the
 * names of the sheets left. Best effort: null when even that failed; the original error is
 * the one reported.
 */
async function removeTemporarySheets(
  context: Excel.RequestContext,
  temps: readonly string[],
): Promise<string[] | null> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const names = sheets.items.map((sheet) => sheet.name);
    const left = sheets.items.filter((sheet) => temps.some((temp) => same(temp, sheet.name)));
    if (left.length === 0) return names;
    for (const sheet of left) sheet.delete();
    await context.sync();
    return names.filter((name) => !temps.some((temp) => same(temp, name)));
  } catch {
    return null;
  }
}
