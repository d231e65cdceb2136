import { FakeOfficeError, PropertyNotLoadedError } from "./errors";
import { rangeToA1, type RangeRef } from "../../src/core/model/address";
import type { FakeSheet, FakeWorkbook } from "./model";

/** What one queued action sends: what tests see in `failWhen` and what the request size measures. */
export interface FakeOperation {
  readonly kind: "get" | "load" | "set" | "call";
  readonly path: string;
  readonly name: string;
  readonly value?: unknown;
}

interface QueuedOperation {
  readonly operation: FakeOperation;
  readonly run: () => void;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: number;
  readonly failed?: string;
}

export const MB = 1024 * 1024;

/** Anything whose loaded values become readable only once the sync that loaded them succeeds. */
export interface Committable {
  commit(): void;
  discard(): void;
}

export class FakeContextCore {
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  /** Every operation Excel carried out, in order, across syncs (failed ones excluded). */
  readonly log: FakeOperation[] = [];
  /**
   * Cells written through the API, reported to onChanged after the sync. `enableEvents = false`
   * does not hide them: it is not a reliable filter (office-js #1786), so the fake ignores it.
   */
  private changes: { sheet: FakeSheet; ref: RangeRef }[] = [];
  /** Excel on the web refuses requests and responses over 5 MB. */
  limits = { requestBytes: 5 * MB, responseBytes: 5 * MB };
  private queue: QueuedOperation[] = [];
  private touched = new Set<Committable>();
  private response: unknown[] = [];
  private failure: ((operation: FakeOperation) => boolean) | null = null;
  private writeCountdown: number | null = null;

  /**
   * @param delayForCellEdit as `Excel.run({ delayForCellEdit: true }, …)`: a sync made while the
   * user edits a cell waits until the edit ends instead of failing.
   */
  constructor(
    readonly book: FakeWorkbook,
    readonly delayForCellEdit = false,
  ) {}

  enqueue(operation: FakeOperation, run: () => void): void {
    this.queue.push({ operation, run });
  }

  /** A write through the API: Excel raises `onChanged` for it, events off or not. */
  noteChange(sheet: FakeSheet, ref: RangeRef): void {
    this.changes.push({ sheet, ref });
  }

  touch(object: Committable): void {
    this.touched.add(object);
  }

  respond(value: unknown): void {
    this.response.push(value);
  }

  /** The next operation matching `predicate` (in any later sync) fails; those before it stay applied, as in Excel. */
  failWhen(predicate: (operation: FakeOperation) => boolean): void {
    this.failure = predicate;
  }

  /** The `n`-th write (property set or method call) from now fails, counting from 1. */
  failAtWrite(n: number): void {
    this.writeCountdown = n;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.book.cellEditMode && this.delayForCellEdit) await this.book.whenCellEditEnds();
    this.syncCount++;
    this.book.syncCount++;
    const queued = this.queue;
    this.queue = [];
    this.response = [];
    const requestBytes = utf8Bytes(JSON.stringify(queued.map((entry) => entry.operation)));
    const record = (responseBytes: number, failed?: string): void => {
      this.syncs.push({
        requestBytes,
        responseBytes,
        operations: queued.length,
        ...(failed ? { failed } : {}),
      });
    };
    try {
      if (this.book.cellEditMode) {
        throw new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      if (requestBytes > this.limits.requestBytes) {
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit.",
        );
      }
      for (const entry of queued) {
        this.checkInjectedFailure(entry.operation);
        entry.run();
        this.log.push(entry.operation);
      }
      const responseBytes = utf8Bytes(JSON.stringify(this.response));
      if (responseBytes > this.limits.responseBytes) {
        record(responseBytes, "ResponsePayloadSizeLimitExceeded");
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit.",
        );
      }
      record(responseBytes);
      for (const object of this.touched) object.commit();
      this.raiseChanges();
    } catch (error) {
      if (this.syncs.length < this.syncCount)
        record(0, error instanceof FakeOfficeError ? error.code : String(error));
      for (const object of this.touched) object.discard();
      throw error;
    } finally {
      this.touched.clear();
      this.changes = [];
      this.response = [];
      this.book.screenUpdatingSuspended = false;
      this.book.apiCalculationSuspended = false;
    }
  }

  /** Events reach handlers after the sync returns, as Excel's do. */
  private raiseChanges(): void {
    const changes = this.changes;
    this.changes = [];
    const book = this.book;
    if (book.changeHandlers.size === 0) return;
    for (const { sheet, ref } of changes)
      setTimeout(() => void book.fireChange(sheet, rangeToA1(ref)).catch(() => undefined), 0);
  }

  private checkInjectedFailure(operation: FakeOperation): void {
    if (this.failure?.(operation)) {
      this.failure = null;
      throw new FakeOfficeError(
        "GeneralException",
        `Injected failure at ${operation.path}.${operation.name}`,
      );
    }
    if (this.writeCountdown !== null && (operation.kind === "set" || operation.kind === "call")) {
      this.writeCountdown--;
      if (this.writeCountdown === 0) {
        this.writeCountdown = null;
        throw new FakeOfficeError(
          "GeneralException",
          `Injected failure at ${operation.path}.${operation.name}`,
        );
      }
    }
  }
}

const encoder = new TextEncoder();

/** Payloads are measured in UTF-8 bytes, as they travel (`ä` is two). */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

export function loadPaths(spec: LoadSpec): string[] {
  const raw =
    spec === undefined
      ? []
      : typeof spec === "string"
        ? [spec]
        : Array.isArray(spec)
          ? spec
          : loadPaths(spec.select);
  return raw
    .flatMap((part) => part.split(","))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * Base of every proxy: resolves to its target when its creating operation runs (in queue
 * order, as Excel does), keeps loaded values apart until the sync succeeds, and throws
 * `PropertyNotLoaded` for anything read before that.
 */
/** What the null-object check needs of a proxy and the proxies it was reached through. */
interface NullGuard {
  readonly nullable: boolean;
  readonly settled: boolean;
  readonly parentProxy: NullGuard | null;
  readonly path: string;
}

/**
 * Refuses a call made through an `…OrNullObject` result before a sync told whether it is a
 * null object: nothing documents that Excel allows it, and Microsoft's samples sync and
 * check `isNullObject` first (docs/excel-decisions.md § 4).
 */
function guardChain(start: NullGuard | null): void {
  for (let p = start; p !== null; p = p.parentProxy) {
    if (p.nullable && !p.settled)
      throw new FakeOfficeError(
        "InvalidOperation",
        `${p.path} may be a null object: sync and check isNullObject before using it`,
      );
  }
}

export abstract class FakeProxy<T> implements Committable, NullGuard {
  private bound = false;
  /** Returned by an `…OrNullObject` method or property. */
  nullable = false;
  /** Resolved by a sync that succeeded. */
  settled = false;
  /** The proxy this one was reached through: its parent object or the one whose method made it. */
  parentProxy: NullGuard | null = null;
  private target: T | null = null;
  private readonly loaded = new Map<string, unknown>();
  private readonly pending = new Map<string, unknown>();

  protected constructor(
    protected readonly core: FakeContextCore,
    readonly path: string,
    private readonly resolver: () => T | null,
    eager: boolean,
  ) {
    if (eager) core.enqueue({ kind: "get", path, name: "" }, () => void this.resolve());
  }

  /** Scalar property names loaded by a bare `load()`. */
  protected abstract readonly scalarNames: readonly string[];

  /** The value of a scalar property as Excel would return it now. */
  protected abstract readScalar(name: string, target: T): unknown;

  /** Navigation properties (child objects) loadable with `a/b` paths. */
  protected child(name: string): FakeProxy<unknown> | undefined {
    void name;
    return undefined;
  }

  /** Marks this proxy as an `…OrNullObject` result. */
  markNullable(): this {
    this.nullable = true;
    return this;
  }

  /** Records that `child` is reached through this proxy (a navigation property). */
  adopt<P extends FakeProxy<unknown>>(child: P): P {
    child.parentProxy = this;
    return child;
  }

  /** A method of this proxy returns `child`: refused through an unsettled null-able object. */
  protected derive<P extends FakeProxy<unknown>>(child: P): P {
    guardChain(this);
    return this.adopt(child);
  }

  /** Resolves again at the next use: a collection is listed afresh each time it is loaded. */
  protected rebind(): void {
    this.bound = false;
  }

  resolve(): T | null {
    if (!this.bound) {
      this.target = this.resolver();
      this.bound = true;
      this.core.touch(this);
    }
    return this.target;
  }

  protected required(): T {
    const target = this.resolve();
    if (target === null) throw new FakeOfficeError("ItemNotFound", `${this.path} is a null object`);
    return target;
  }

  get isNullObject(): boolean {
    return this.value<boolean>("isNullObject");
  }

  load(spec?: LoadSpec): this {
    // Loading the null-able object itself is how one learns whether it is null.
    guardChain(this.parentProxy);
    const paths = loadPaths(spec);
    this.core.enqueue({ kind: "load", path: this.path, name: paths.join(",") }, () =>
      this.loadNow(paths),
    );
    return this;
  }

  loadNow(paths: readonly string[]): void {
    const target = this.resolve();
    // A proxy resolved in an earlier sync and loaded in this one commits with this one.
    this.core.touch(this);
    if (target === null) return;
    const wanted = paths.length === 0 ? this.scalarNames : paths;
    const nested = new Map<string, string[]>();
    for (const path of wanted) {
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      const child = this.child(head);
      if (child) {
        const list = nested.get(head) ?? [];
        if (slash >= 0) list.push(path.slice(slash + 1));
        nested.set(head, list);
        continue;
      }
      const value = this.readScalar(head, target);
      this.pending.set(head, value);
      this.core.respond({ [this.path + "." + head]: value });
    }
    for (const [head, rest] of nested) this.child(head)?.loadNow(rest);
  }

  commit(): void {
    for (const [name, value] of this.pending) this.loaded.set(name, value);
    this.pending.clear();
    if (this.bound) {
      this.loaded.set("isNullObject", this.target === null);
      this.settled = true;
    }
  }

  discard(): void {
    this.pending.clear();
  }

  protected value<V>(name: string): V {
    if (!this.loaded.has(name)) throw new PropertyNotLoadedError(name);
    return this.loaded.get(name) as V;
  }

  protected queueSet(name: string, value: unknown, apply: (target: T) => void): void {
    guardChain(this);
    this.core.enqueue({ kind: "set", path: this.path, name, value }, () => {
      apply(this.required());
    });
  }

  protected queueCall(name: string, args: unknown, apply: (target: T) => void): void {
    guardChain(this);
    this.core.enqueue({ kind: "call", path: this.path, name, value: args }, () =>
      apply(this.required()),
    );
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export function unknownProperty(name: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The property '${name}' does not exist in the fake (or in Excel)`,
  );
}
