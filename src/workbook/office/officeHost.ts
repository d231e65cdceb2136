import type { WritePlan } from "../../core/model/plan";
import {
  REGISTRY_SHEET,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../core/model/snapshot";
import type { ProgressListener, WorkbookHost } from "../host";
import { applyPlan, type ApplyOptions } from "./applyPlan";
import { isCellEditMode, toHostFailure } from "./errors";
import { createWorkbook } from "./newWorkbook";
import { readOutline } from "./readOutline";
import { readWorkbook, type ReadOptions } from "./readWorkbook";
import { selectCell } from "./selectCell";
import { createAdapterSession } from "./session";
import { sheetNameKey } from "../../core/model/sheetNames";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Runs a batch the way `Excel.run` does; with `context`, in that existing context (an event
 * handler is removed in the context it was added in).
 */
export type ExcelRun = <T>(
  batch: Batch<T>,
  context?: OfficeExtension.ClientRequestContext,
) => Promise<T>;

export interface OfficeHostOptions {
  /** `Excel.run` by default; tests pass `(batch) => batch(fakeContext)`. */
  readonly run?: ExcelRun;
  /** Quiet time after the last change before listeners hear of it (default 400 ms). */
  readonly debounceMs?: number;
  /**
   * How long after its own write ends the host still takes a change of a sheet it wrote for
   * its own (default 1 000 ms): Excel reports changes after the sync, whatever
   * `enableEvents` says (office-js #1786).
   */
  readonly ownWriteGraceMs?: number;
  readonly read?: ReadOptions;
  readonly apply?: ApplyOptions;
}

/**
 * `Excel.run` asking Excel to hold the batch while the user edits a cell instead of failing
 * it (`Excel.RunOptions.delayForCellEdit`; docs/excel-decisions.md § 2). A batch in an
 * existing context cannot ask that: its `InvalidOperationInCellEditMode` is handled where it
 * runs.
 */
export const excelRun: ExcelRun = (batch, context) =>
  context ? Excel.run(context, batch) : Excel.run({ delayForCellEdit: true }, batch);

/** The sheets a plan writes into, adds, renames to or marks (lower case). */
function sheetsWrittenBy(plan: WritePlan): Set<string> {
  return new Set(
    [
      ...(plan.edits ?? []).map((e) => e.sheet),
      ...(plan.sheets ?? []).map((s) => s.name),
      ...(plan.renames ?? []).map((r) => r.to),
      ...(plan.markers ?? []).map((m) => m.sheet),
      ...(plan.clearMarkers ?? []),
      ...((plan.registry?.length ?? 0) + (plan.unregister?.length ?? 0) > 0
        ? [REGISTRY_SHEET]
        : []),
    ].map(sheetNameKey),
  );
}

interface OwnWrite {
  readonly sheets: ReadonlySet<string>;
  readonly from: number;
  until: number | null;
}

/** Excel.EventSource.remote: a co-author's change, which the add-in leaves alone. */
const REMOTE = "Remote";

/** `call`, its failures translated into the host port's errors. */
async function translated<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toHostFailure(error);
  }
}

/**
 * The Excel host of the task pane: every operation through `Excel.run`, Office.js proxies
 * only here, and Excel's refusals thrown as the port's `HostFailure`.
 */
export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const host = officeHost(options);
  return {
    kind: host.kind,
    read: (onProgress) => translated(() => host.read(onProgress)),
    readOutline: () => translated(() => host.readOutline()),
    readSheets: (names) => translated(() => host.readSheets(names)),
    apply: (plan, basis) => translated(() => host.apply(plan, basis)),
    select: (sheet, a1) => translated(() => host.select(sheet, a1)),
    onLocalChange: async (listener) => {
      const stop = await translated(() => host.onLocalChange(listener));
      return () => translated(stop);
    },
    createWorkbook: (base64) => translated(() => createWorkbook(base64)),
  };
}

function officeHost(options: OfficeHostOptions): WorkbookHost {
  const run = options.run ?? excelRun;
  const debounceMs = options.debounceMs ?? 400;
  const graceMs = options.ownWriteGraceMs ?? 1000;
  const session = options.apply?.session ?? createAdapterSession();
  const ownWrites: OwnWrite[] = [];
  /** Whether a change of `sheet` reported at `at` came from the host's own write. */
  const isOwn = (sheet: string, at: number): boolean => {
    const key = sheetNameKey(sheet);
    return ownWrites.some(
      (w) => w.sheets.has(key) && at >= w.from && (w.until === null || at <= w.until + graceMs),
    );
  };

  return {
    kind: "excel",
    read: (onProgress?: ProgressListener) =>
      run(async (context) => {
        onProgress?.(0, 1);
        const snapshot = await readWorkbook(context, options.read);
        onProgress?.(1, 1);
        return snapshot;
      }),
    readOutline: () => run((context) => readOutline(context)),
    readSheets: async (names: readonly string[]): Promise<SheetSnapshot[]> => {
      if (names.length === 0) return [];
      const snapshot = await run((context) =>
        readWorkbook(context, { ...options.read, onlySheets: names }),
      );
      const wanted = new Set(names.map(sheetNameKey));
      return snapshot.sheets.filter((s) => wanted.has(sheetNameKey(s.name)));
    },
    apply: async (plan: WritePlan, basis: WorkbookSnapshot) => {
      const write: OwnWrite = { sheets: sheetsWrittenBy(plan), from: Date.now(), until: null };
      const now = Date.now();
      for (let i = ownWrites.length - 1; i >= 0; i--) {
        const until = ownWrites[i].until;
        if (until !== null && now - until > graceMs) ownWrites.splice(i, 1);
      }
      ownWrites.push(write);
      try {
        await run((context) => applyPlan(context, plan, basis, { ...options.apply, session }));
      } finally {
        write.until = Date.now();
      }
    },
    select: (sheet: string, a1: string) => run((context) => selectCell(context, sheet, a1)),
    onLocalChange: (listener) => listenToLocalChanges(run, debounceMs, isOwn, listener),
  };
}

/**
 * Registers `worksheets.onChanged` in a context kept while the pane lives (handlers die
 * with it). Remote events are ignored, and so are changes of sheets the host was writing
 * itself when they came (`isOwn`); changes are gathered by sheet id and, `debounceMs` after
 * the last one, the sheet names are looked up in one sync and handed to `listener`. A
 * look-up made while the user edits a cell is tried again after the next quiet time.
 */
async function listenToLocalChanges(
  run: ExcelRun,
  debounceMs: number,
  isOwn: (sheet: string, at: number) => boolean,
  listener: (sheets: readonly string[]) => void,
): Promise<() => Promise<void>> {
  /** Sheet id → when its changes were reported (ms). */
  const pending = new Map<string, number[]>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null =
    null;

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      // A failed look-up (the sheet was deleted meanwhile) drops that batch of changes.
      flush().catch(() => undefined);
    }, debounceMs);
  };

  const flush = async (): Promise<void> => {
    timer = null;
    if (stopped || pending.size === 0 || registration === null) return;
    const changes = [...pending];
    pending.clear();
    let byId: Map<string, string>;
    try {
      byId = await run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/id,items/name");
        await context.sync();
        return new Map(sheets.items.map((s) => [s.id, s.name]));
      }, registration.context);
    } catch (error) {
      if (!isCellEditMode(error) || stopped) throw error;
      for (const [id, times] of changes) pending.set(id, [...(pending.get(id) ?? []), ...times]);
      schedule();
      return;
    }
    const names = changes.flatMap(([id, times]) => {
      const name = byId.get(id);
      return name === undefined || times.every((at) => isOwn(name, at)) ? [] : [name];
    });
    if (!stopped && names.length > 0) listener(names);
  };

  const handler = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || event.source === REMOTE) return Promise.resolve();
    pending.set(event.worksheetId, [...(pending.get(event.worksheetId) ?? []), Date.now()]);
    schedule();
    return Promise.resolve();
  };

  registration = await run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return result;
  });

  return async () => {
    if (stopped) return;
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const result = registration;
    if (!result) return;
    await run(async (context) => {
      result.remove();
      await context.sync();
    }, result.context);
  };
}
