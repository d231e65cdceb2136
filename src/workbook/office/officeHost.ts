import type { WritePlan } from "../../core/model/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../core/model/snapshot";
import type { ProgressListener, WorkbookHost } from "../host";
import { applyPlan, type ApplyOptions } from "./applyPlan";
import { readOutline } from "./readOutline";
import { readWorkbook, type ReadOptions } from "./readWorkbook";
import { selectCell } from "./selectCell";

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
  readonly read?: ReadOptions;
  readonly apply?: ApplyOptions;
}

const defaultRun: ExcelRun = (batch, context) =>
  context ? Excel.run(context, batch) : Excel.run(batch);

/** Excel.EventSource.remote: a co-author's change, which the add-in leaves alone. */
const REMOTE = "Remote";

/** The Excel host of the task pane: every operation through `Excel.run`, Office.js proxies only here. */
export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const run = options.run ?? defaultRun;
  const debounceMs = options.debounceMs ?? 400;

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
      const wanted = new Set(names.map((n) => n.toLowerCase()));
      return snapshot.sheets.filter((s) => wanted.has(s.name.toLowerCase()));
    },
    apply: (plan: WritePlan, basis: WorkbookSnapshot) =>
      run((context) => applyPlan(context, plan, basis, options.apply)),
    select: (sheet: string, a1: string) => run((context) => selectCell(context, sheet, a1)),
    onLocalChange: (listener) => listenToLocalChanges(run, debounceMs, listener),
  };
}

/**
 * Registers `worksheets.onChanged` in a context kept while the pane lives (handlers die
 * with it). Remote events are ignored; changes are gathered by sheet id and, `debounceMs`
 * after the last one, the sheet names are looked up in one sync and handed to `listener`.
 */
async function listenToLocalChanges(
  run: ExcelRun,
  debounceMs: number,
  listener: (sheets: readonly string[]) => void,
): Promise<() => Promise<void>> {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null =
    null;

  const flush = async (): Promise<void> => {
    timer = null;
    if (stopped || pending.size === 0 || registration === null) return;
    const ids = [...pending];
    pending.clear();
    const names = await run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id,items/name");
      await context.sync();
      const byId = new Map(sheets.items.map((s) => [s.id, s.name]));
      return ids.flatMap((id) => {
        const name = byId.get(id);
        return name === undefined ? [] : [name];
      });
    }, registration.context);
    if (!stopped && names.length > 0) listener(names);
  };

  const handler = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || event.source === REMOTE) return Promise.resolve();
    pending.add(event.worksheetId);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      // A failed look-up (the sheet was deleted meanwhile) drops that batch of changes.
      flush().catch(() => undefined);
    }, debounceMs);
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
