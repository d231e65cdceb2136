import { parseA1, rangeToA1 } from "../../core/model/address";
import type { CellBlock, SheetMarkers, SheetSpec, WritePlan } from "../../core/model/plan";
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
import { blockMatrices, columnWidthPoints, formatMatrix, validationRule } from "./cells";
import {
  isCellEditMode,
  isPayloadTooLarge,
  PAYLOAD_BUDGET_BYTES,
  utf8Bytes,
  WorkbookChangedError,
  WorkbookProtectedError,
} from "./errors";
import {
  areaGroups,
  findAreaSeparator,
  queueMarker,
  queueMarkerDelete,
  readMarkers,
} from "./markers";
import { createAdapterSession, type AdapterSession } from "./session";
import { sameSheetName, sheetNameKey, workbookNameKey } from "../../core/model/sheetNames";

export interface ApplyOptions {
  /** Request budget per sync (default 4 MB). */
  readonly maxRequestBytes?: number;
  /** What the host learnt of this Excel and of its own last markers (a fresh one by default). */
  readonly session?: AdapterSession;
}

/** One queued piece of the write with its estimated request size. */
interface Step {
  readonly bytes: number;
  readonly queue: (sheets: SheetLookup) => void;
  /** The same write in two halves, for a request Excel refuses as too large. */
  readonly split?: () => [Step, Step];
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

/** Refuses, before anything is written, a plan that touches protected sheets or a protected structure. */
function checkProtection(plan: WritePlan, snapshot: WorkbookSnapshot): void {
  const registryExists = snapshot.sheets.some((s) => sameSheetName(s.name, REGISTRY_SHEET));
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
    ].map(sheetNameKey),
  );
  const protectedSheets = snapshot.sheets
    .filter((s) => s.isProtected && touched.has(sheetNameKey(s.name)))
    .map((s) => s.name);
  const structure = changesStructure && snapshot.structureProtected;
  if (structure || protectedSheets.length > 0)
    throw new WorkbookProtectedError(protectedSheets, structure);
}

function temporaryNames(count: number, snapshot: WorkbookSnapshot): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `~ra${n}`;
    if (!snapshot.sheets.some((s) => sameSheetName(s.name, name))) names.push(name);
  }
  return names;
}

function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
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
  const step = (from: number, to: number): Step => {
    let bytes = OVERHEAD_BYTES;
    for (let r = from; r <= to; r++) bytes += rowBytes[r];
    const middle = Math.floor((from + to) / 2);
    return {
      bytes,
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
      ...(to > from
        ? { split: (): [Step, Step] => [step(from, middle), step(middle + 1, to)] }
        : {}),
    };
  };
  const steps: Step[] = [];
  let start = 0;
  while (start < block.cells.length) {
    let end = start;
    let bytes = rowBytes[start];
    while (end + 1 < block.cells.length && bytes + rowBytes[end + 1] <= budget)
      bytes += rowBytes[++end];
    steps.push(step(start, end));
    start = end + 1;
  }
  return steps;
}

function small(queue: (sheets: SheetLookup) => void, bytes = OVERHEAD_BYTES): Step {
  return { bytes, queue };
}

function newSheetSteps(spec: SheetSpec, temp: string, budget: number): Step[] {
  const steps: Step[] = [small(() => undefined)];
  for (const { range, format } of spec.rangeFormats ?? []) {
    const matrix = formatMatrix(range, format);
    steps.push(
      small(
        (sheets) => void (sheets(temp).getRange(range).numberFormat = matrix),
        OVERHEAD_BYTES + jsonBytes(matrix),
      ),
    );
  }
  for (const block of spec.blocks) steps.push(...blockSteps(() => temp, block, budget));
  for (const fill of spec.fills ?? [])
    steps.push(
      small((sheets) => {
        const format = sheets(temp).getRange(fill.range).format;
        format.fill.color = fill.color;
        if (fill.fontColor) format.font.color = fill.fontColor;
      }),
    );
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
    const rule = validationRule(validation);
    steps.push(
      small(
        (sheets) => {
          const dv = sheets(temp).getRange(validation.range).dataValidation;
          if (validation.kind !== "prompt") dv.ignoreBlanks = validation.allowBlank;
          if (rule) dv.rule = rule;
          if (validation.prompt)
            dv.prompt = {
              showPrompt: true,
              title: validation.prompt.title,
              message: validation.prompt.message,
            };
          if (validation.kind === "prompt") return;
          const style = validation.errorStyle ?? "stop";
          dv.errorAlert = {
            showAlert: true,
            style: style === "stop" ? "Stop" : style === "warning" ? "Warning" : "Information",
            title: "",
            message: "",
          };
        },
        OVERHEAD_BYTES + jsonBytes(rule ?? "") + jsonBytes(validation.prompt ?? ""),
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
  const existing = snapshot.sheets.find((s) => sameSheetName(s.name, REGISTRY_SHEET));
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
  return snapshot.sheets.find((s) => sameSheetName(s.name, name));
}

/**
 * Writes a plan in a safe order (docs/design.md § 4.2, docs/excel-decisions.md): the add-in's old
 * markers deleted first (by ids read in this same batch), new sheets built — under their
 * final names when free, under temporary names only to replace a sheet — then the workbook
 * names their ranges hold, the dropdowns naming them, edits, new markers, renames and
 * deletions, the registry, activation last. One sync per 4 MB of request (measured in UTF-8
 * bytes; a request Excel still refuses is split and retried), plus one read first when the
 * plan touches markers or replaces names, plus once per session one or two to learn how this
 * Excel separates areas. Each batch suspends the API's recalculation until its sync instead
 * of touching the user's calculation mode, and events are left on (the host ignores its own
 * writes).
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  options: ApplyOptions = {},
): Promise<void> {
  checkProtection(plan, snapshot);
  const budget = Math.floor((options.maxRequestBytes ?? PAYLOAD_BUDGET_BYTES) * 0.9);
  const session = options.session ?? createAdapterSession();
  const layout = sheetLayout(plan, snapshot);
  const found = await readBeforeWriting(context, plan, snapshot, layout, session);
  const multiArea = (plan.markers ?? []).find(
    (m) =>
      found.markerWrites.has(sheetOf(snapshot, m.sheet)?.name ?? "") &&
      m.markers.some((marker) => marker.areas.length > 1),
  );
  if (session.areaSeparator === undefined && multiArea)
    session.areaSeparator = await findAreaSeparator(context, multiArea.sheet);
  const separator = session.areaSeparator ?? ",";

  const steps = [
    ...buildSteps(context, layout, found, budget),
    ...writeSteps(plan, snapshot, found, separator, budget),
    ...finishSteps(plan, snapshot, layout, budget),
  ];
  try {
    await runSteps(context, steps, budget, layout.exists(REGISTRY_SHEET));
  } catch (error) {
    for (const sheet of found.markerWrites) session.markers.delete(sheetNameKey(sheet));
    throw await afterFailure(context, plan, layout, error);
  }
  rememberMarkers(session, found, separator);
}

/** Where the plan's new sheets are built: under their final names when free, else a temporary one. */
interface SheetLayout {
  readonly newSheets: readonly SheetSpec[];
  readonly exists: (name: string) => boolean;
  /** Per new sheet: built under its final name (the name is free). */
  readonly direct: readonly boolean[];
  readonly temps: readonly string[];
  /** Per new sheet: the name it is built under. */
  readonly buildNames: readonly string[];
  /** The workbook names the new sheets hold, each with the name its sheet is built under. */
  readonly planNames: readonly (NonNullable<SheetSpec["names"]>[number] & { temp: string })[];
}

function sheetLayout(plan: WritePlan, snapshot: WorkbookSnapshot): SheetLayout {
  const newSheets = plan.sheets ?? [];
  const exists = (name: string): boolean =>
    snapshot.sheets.some((s) => sameSheetName(s.name, name));
  // A sheet is created under its final name when that name is free: renaming (like deleting
  // and hiding) clears the user's undo stack on desktop. A temporary name only to replace.
  const direct = newSheets.map((spec) => !exists(spec.name));
  const temps = temporaryNames(direct.filter((d) => !d).length, snapshot);
  let nextTemp = 0;
  const buildNames = newSheets.map((spec, i) => (direct[i] ? spec.name : temps[nextTemp++]));
  const planNames = newSheets.flatMap((spec, i) =>
    (spec.names ?? []).map((n) => ({ ...n, temp: buildNames[i] })),
  );
  return { newSheets, exists, direct, temps, buildNames, planNames };
}

/** What the write needs to know of the workbook as it is now, read in one sync. */
interface ReadBeforeWriting {
  /** The plan's markers by sheet (lower case). */
  readonly markerPlans: ReadonlyMap<string, SheetMarkers>;
  /** Workbook names the new sheets bring that the workbook already has. */
  readonly namesToDrop: readonly string[];
  /** The add-in's markers to delete, by id, per sheet. */
  readonly markerDeletes: ReadonlyMap<string, readonly string[]>;
  /** Sheets whose markers are rewritten. */
  readonly markerWrites: ReadonlySet<string>;
}

/**
 * The add-in's markers: read again right before they are replaced, never trusted from an
 * earlier batch (a conditional format's id is its priority, which other formats change);
 * and the workbook names a replacement would bring twice.
 */
async function readBeforeWriting(
  context: Excel.RequestContext,
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  { newSheets, exists, planNames }: SheetLayout,
  session: AdapterSession,
): Promise<ReadBeforeWriting> {
  const markerPlans = new Map((plan.markers ?? []).map((m) => [sheetNameKey(m.sheet), m]));
  const markerSheets = [
    ...new Set(
      [...(plan.clearMarkers ?? []), ...(plan.markers ?? []).map((m) => m.sheet)]
        .map((name) => sheetOf(snapshot, name)?.name)
        .filter((name): name is string => name !== undefined),
    ),
  ];
  const replacesNames =
    planNames.length > 0 &&
    (newSheets.some((s) => s.mode === "replace") || (plan.deleteSheets?.length ?? 0) > 0);

  let namesToDrop: string[] = [];
  const markerDeletes = new Map<string, readonly string[]>();
  const markerWrites = new Set<string>();
  if (markerSheets.length > 0 || replacesNames) {
    let names: Excel.NamedItemCollection | null = null;
    const read = await readMarkers(context, markerSheets, () => {
      if (replacesNames) names = context.workbook.names.load("items/name");
    });
    const gone = (plan.markers ?? [])
      .map((m) => m.sheet)
      .filter((sheet) => !exists(sheet) || read.missing.some((m) => sameSheetName(m, sheet)));
    if (gone.length > 0) throw new WorkbookChangedError(gone, null);
    const loadedNames = names as Excel.NamedItemCollection | null;
    if (loadedNames) {
      const wanted = new Set(planNames.map((n) => workbookNameKey(n.name)));
      namesToDrop = loadedNames.items
        .map((n) => n.name)
        .filter((n) => wanted.has(workbookNameKey(n)));
    }
    for (const sheet of markerSheets) {
      const found = read.found.get(sheet);
      // Formats Excel would not read: the markers there are unknown, so left as they are.
      if (!found) continue;
      const planned = markerPlans.get(sheetNameKey(sheet));
      const remembered = session.markers.get(sheetNameKey(sheet));
      const unchanged =
        remembered !== undefined &&
        remembered.plan === JSON.stringify(planned?.markers ?? []) &&
        remembered.formulas === JSON.stringify(found.formulas);
      if (unchanged) continue;
      if (found.ids.length > 0) markerDeletes.set(sheet, found.ids);
      if (planned || found.ids.length > 0) markerWrites.add(sheet);
    }
  }
  return { markerPlans, namesToDrop, markerDeletes, markerWrites };
}

/**
 * The old markers deleted (by id, last priority first, before any format is added), the new
 * sheets built, their workbook names made, then their dropdowns and protection.
 */
function buildSteps(
  context: Excel.RequestContext,
  { newSheets, buildNames, planNames }: SheetLayout,
  { markerDeletes, namesToDrop }: ReadBeforeWriting,
  budget: number,
): Step[] {
  const steps: Step[] = [];
  for (const [sheet, ids] of markerDeletes)
    for (const id of ids)
      steps.push(small((sheets) => queueMarkerDelete(sheets(sheet), id), 80 + id.length));
  newSheets.forEach((spec, i) => {
    steps.push(small(() => void context.workbook.worksheets.add(buildNames[i])));
    steps.push(...newSheetSteps(spec, buildNames[i], budget));
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
  newSheets.forEach((spec, i) => steps.push(...validationSteps(spec, buildNames[i])));
  newSheets.forEach((spec, i) => steps.push(...protectionSteps(spec, buildNames[i])));
  return steps;
}

/** The edits of existing sheets, then the new markers. */
function writeSteps(
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  { markerWrites }: ReadBeforeWriting,
  separator: string,
  budget: number,
): Step[] {
  const steps: Step[] = [];
  for (const edit of plan.edits ?? [])
    for (const block of edit.blocks) steps.push(...blockSteps(() => edit.sheet, block, budget));
  for (const { sheet, markers } of plan.markers ?? []) {
    if (!markerWrites.has(sheetOf(snapshot, sheet)?.name ?? "")) continue;
    for (const marker of markers)
      steps.push(
        small(
          (sheets) => queueMarker(sheets(sheet), marker, separator),
          OVERHEAD_BYTES + utf8Bytes(marker.areas.join(",")),
        ),
      );
  }
  return steps;
}

/**
 * Renames; each replacement put in place of the sheet it replaces (or a new sheet's
 * visibility set); deletions; the registry; activation last.
 */
function finishSteps(
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  { newSheets, exists, direct, buildNames }: SheetLayout,
  budget: number,
): Step[] {
  const steps: Step[] = [];
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
  const renamedAway = new Set((plan.renames ?? []).map((r) => sheetNameKey(r.from)));
  newSheets.forEach((spec, i) => {
    const visibility = spec.visibility && spec.visibility !== "visible" ? spec.visibility : null;
    if (direct[i]) {
      if (visibility)
        steps.push(small((sheets) => void (sheets(spec.name).visibility = VISIBILITY[visibility])));
      return;
    }
    if (exists(spec.name) && !renamedAway.has(sheetNameKey(spec.name)))
      steps.push(
        small((sheets) => {
          sheets(spec.name).delete();
          sheets.forget(spec.name);
        }),
      );
    steps.push(
      small((sheets) => {
        const sheet = sheets(buildNames[i]);
        sheet.name = spec.name;
        if (visibility) sheet.visibility = VISIBILITY[visibility];
        sheets.forget(buildNames[i], spec.name);
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
  return steps;
}

/**
 * Sends the steps in batches of at most `budget` bytes, one sync each; a batch Excel
 * refuses as too large before anything ran is split and sent again.
 */
async function runSteps(
  context: Excel.RequestContext,
  steps: readonly Step[],
  budget: number,
  registryExists: boolean,
): Promise<void> {
  let registryAdded = registryExists;
  const queue = batches(steps, budget);
  while (queue.length > 0) {
    const batch = queue.shift() as Step[];
    const registryBefore = registryAdded;
    context.application.suspendScreenUpdatingUntilNextSync();
    context.application.suspendApiCalculationUntilNextSync();
    const proxies = new Map<string, Excel.Worksheet>();
    const find = (name: string): Excel.Worksheet => {
      const key = sheetNameKey(name);
      let proxy = proxies.get(key);
      if (!proxy) {
        const add = sameSheetName(name, REGISTRY_SHEET) && !registryAdded;
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
        for (const name of names) proxies.delete(sheetNameKey(name));
      },
    });
    for (const step of batch) step.queue(lookup);
    try {
      await context.sync();
    } catch (error) {
      // Refused as too large before anything ran: the batch is split and sent again.
      const alone = batch.length === 1 ? batch[0].split : undefined;
      if (!isPayloadTooLarge(error) || (batch.length < 2 && !alone)) throw error;
      registryAdded = registryBefore;
      if (alone) {
        const [first, second] = alone();
        queue.unshift([first], [second]);
      } else {
        const half = Math.ceil(batch.length / 2);
        queue.unshift(batch.slice(0, half), batch.slice(half));
      }
    }
  }
}

/**
 * After a failed write: the sheets this write built are removed, and a sheet Excel could
 * not find that the plan needed is reported as changed since the read; else the error as is.
 */
async function afterFailure(
  context: Excel.RequestContext,
  plan: WritePlan,
  { newSheets, direct, temps }: SheetLayout,
  error: unknown,
): Promise<unknown> {
  const built = [...temps, ...newSheets.filter((_, i) => direct[i]).map((s) => s.name)];
  const present = isCellEditMode(error) ? null : await removeBuiltSheets(context, built);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ItemNotFound" && present) {
    const missing = sheetsNeeded(plan).filter(
      (name) => !present.some((p) => sameSheetName(p, name)),
    );
    if (missing.length > 0) return new WorkbookChangedError(missing, error);
  }
  return error;
}

/** What this session wrote as markers, so that an unchanged plan next time writes none. */
function rememberMarkers(
  session: AdapterSession,
  { markerWrites, markerPlans }: ReadBeforeWriting,
  separator: string,
): void {
  for (const sheet of markerWrites) {
    const markers = markerPlans.get(sheetNameKey(sheet))?.markers ?? [];
    const formulas = markers
      .flatMap((marker) => areaGroups(marker.areas, separator).map(() => marker.formula))
      .sort();
    session.markers.set(sheetNameKey(sheet), {
      plan: JSON.stringify(markers),
      formulas: JSON.stringify(formulas),
    });
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
  ].filter((name, i, all) => all.findIndex((n) => sameSheetName(n, name)) === i);
}

/**
 * After a failed write, deletes the sheets this write created (under a temporary name, or
 * under a final name that was free), so that no half-built sheet is left behind
 * unexplained, and returns the names of the sheets left. Best effort: null when even that
 * failed; the original error is the one reported.
 */
async function removeBuiltSheets(
  context: Excel.RequestContext,
  temps: readonly string[],
): Promise<string[] | null> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const names = sheets.items.map((sheet) => sheet.name);
    const left = sheets.items.filter((sheet) =>
      temps.some((temp) => sameSheetName(temp, sheet.name)),
    );
    if (left.length === 0) return names;
    for (const sheet of left) sheet.delete();
    await context.sync();
    return names.filter((name) => !temps.some((temp) => sameSheetName(temp, name)));
  } catch {
    return null;
  }
}
