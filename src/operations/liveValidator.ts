import type { Lang } from "../core/model/lang";
import { REGISTRY_SHEET, type SheetSnapshot, type WorkbookSnapshot } from "../core/model/snapshot";
import { hostErrorOf, type WorkbookHost } from "../workbook/host";
import { validateSnapshot, type ValidationRun } from "./validation";
import { sheetNameKey } from "../core/model/sheetNames";

export interface LiveValidatorOptions {
  readonly lang: Lang;
  /** Every new result: after the first check, each change and each full re-check. */
  readonly onResult: (run: ValidationRun) => void;
  readonly onError?: (error: unknown) => void;
}

/** The cached snapshot with the re-read sheets put in (new ones appended, vanished ones dropped). */
export function mergeSheets(
  cached: WorkbookSnapshot,
  changed: readonly string[],
  fresh: readonly SheetSnapshot[],
): WorkbookSnapshot {
  const changedKeys = new Set(changed.map(sheetNameKey));
  const freshByKey = new Map(fresh.map((s) => [sheetNameKey(s.name), s]));
  const sheets: SheetSnapshot[] = [];
  for (const sheet of cached.sheets) {
    const k = sheetNameKey(sheet.name);
    if (!changedKeys.has(k)) sheets.push(sheet);
    else {
      const replacement = freshByKey.get(k);
      if (replacement) sheets.push(replacement);
      freshByKey.delete(k);
    }
  }
  sheets.push(...freshByKey.values());
  return { ...cached, sheets };
}

/**
 * Live validation while the pane is open (docs/design.md § 4.4): on a local change only the
 * changed sheets are read again, and the rules run over them with the cached rest of the
 * workbook, so cross-sheet rules see every region. The add-in's own sheets are ignored.
 * `recheck()` reads everything (the pane calls it when it regains focus: Excel on the web
 * fires no change for a dropdown pick). Work is serialised: one read at a time. Sheets whose
 * re-read Excel refused because the user was editing a cell are read with the next change.
 */
export class LiveValidator {
  private current: ValidationRun | null = null;
  private remover: (() => Promise<void>) | null = null;
  private stopped = false;
  private queue: Promise<unknown> = Promise.resolve();
  /** Changed sheets not read yet: their read met the user editing a cell. */
  private readonly unread = new Set<string>();

  constructor(
    private readonly host: WorkbookHost,
    private readonly options: LiveValidatorOptions,
  ) {}

  get last(): ValidationRun | null {
    return this.current;
  }

  /** Starts listening; checks the whole workbook first unless `initial` is a fresh result. */
  async start(initial?: ValidationRun): Promise<void> {
    this.stopped = false;
    if (initial) this.current = initial;
    else await this.recheck();
    if (this.stopped || this.remover) return;
    this.remover = await this.host.onLocalChange((sheets) => {
      void this.changed(sheets);
    });
  }

  /** Reads and checks the whole workbook. */
  recheck(): Promise<ValidationRun | null> {
    return this.enqueue(async () => {
      const run = validateSnapshot(await this.host.read(), this.options.lang);
      this.unread.clear();
      return this.publish(run);
    });
  }

  /** Re-reads the changed sheets only; resolves when their result is published. */
  changed(sheets: readonly string[]): Promise<ValidationRun | null> {
    return this.enqueue(async () => {
      const cached = this.current?.snapshot;
      if (!cached) return this.publish(validateSnapshot(await this.host.read(), this.options.lang));
      const ownSheets = new Set([
        sheetNameKey(REGISTRY_SHEET),
        ...cached.registry.map((r) => sheetNameKey(r.sheet)),
      ]);
      const names = [...new Set([...this.unread, ...sheets])].filter(
        (name) => !ownSheets.has(sheetNameKey(name)),
      );
      if (names.length === 0) return this.current;
      let fresh: SheetSnapshot[];
      try {
        fresh = await this.host.readSheets(names);
      } catch (error) {
        if (hostErrorOf(error)?.kind === "cellEditMode")
          for (const name of names) this.unread.add(name);
        throw error;
      }
      this.unread.clear();
      return this.publish(validateSnapshot(mergeSheets(cached, names, fresh), this.options.lang));
    });
  }

  /** Stops listening; results of work still under way are dropped. */
  async stop(): Promise<void> {
    this.stopped = true;
    const remover = this.remover;
    this.remover = null;
    if (remover) await remover();
  }

  private publish(run: ValidationRun): ValidationRun | null {
    if (this.stopped) return null;
    this.current = run;
    this.options.onResult(run);
    return run;
  }

  private enqueue(work: () => Promise<ValidationRun | null>): Promise<ValidationRun | null> {
    const next = this.queue.then(work).catch((error: unknown) => {
      this.options.onError?.(error);
      return null;
    });
    this.queue = next;
    return next;
  }
}
