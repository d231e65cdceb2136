/**
 * Round trips per operation, measured on the fake Excel (test/fake-excel): syncs and the
 * JSON size of each request and response, the real Office adapter next to the naive one.
 */
import type { WritePlan } from "../src/core/model/plan";
import type { WorkbookSnapshot } from "../src/core/model/snapshot";
import { previewFile, type ImportSource } from "../src/core/import";
import type { RoundSettings } from "../src/core/model/round";
import { validateRound } from "../src/core/rules/validateRound";
import type { SampleFile } from "../src/core/templates";
import { rangeToA1 } from "../src/core/model/address";
import type { WorkbookHost } from "../src/workbook/host";
import { applyPlan, BYTES_PER_CELL, createOfficeHost, readWorkbook } from "../src/workbook/office";
import { packPieces } from "../src/workbook/office/readWorkbook";
import {
  clearMarkers,
  insertTemplate,
  markIssues,
  runConsolidation,
  runValidation,
} from "../src/operations";
import { applyImport } from "../src/operations/import";
import {
  buildWorkbook,
  fakeContext,
  MB,
  sheetRows,
  type FakeContextCore,
  type FakeWorkbook,
} from "../test/fake-excel";
import { createNaiveHost } from "./naive";
import { fileSnapshot, roundFiles, roundPlan } from "./round";

export const CHUNK_BYTES = 4 * MB;
/** Excel refuses to read more than 5 million cells in one request (docs/design.md § 3). */
export const EXCEL_READ_CELL_LIMIT = 5_000_000;
/** The most cells the adapter puts in one read request: its byte budget over its estimate per cell. */
export const ADAPTER_CELLS_PER_READ = Math.floor(CHUNK_BYTES / BYTES_PER_CELL);
const NOW = (): Date => new Date("2026-03-16T09:00:00Z");

export interface SyncFigures {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly totalBytes: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Cells whose values were loaded (`values` on a range by indexes), in all and in the largest request. */
  readonly cellsRead: number;
  readonly maxCellsReadPerSync: number;
  /** Response bytes per cell read in the request that read the most cells. */
  readonly bytesPerCellInLargestRead: number;
}

export interface OperationRow {
  readonly operation: string;
  readonly adapter: SyncFigures;
  readonly naive?: SyncFigures;
  /** Naive syncs per adapter sync. */
  readonly ratio?: number;
  /** The naive way left the workbook exactly as the adapter did (cells, formats, markers). */
  readonly sameResult?: boolean;
  readonly note?: string;
}

type Way = "adapter" | "naive";

/** One way of talking to one fake workbook: a fresh context per operation, as `Excel.run` gives. */
class Session {
  constructor(
    readonly book: FakeWorkbook,
    private readonly way: Way,
  ) {}

  async measure<T>(
    work: (host: WorkbookHost) => Promise<T>,
  ): Promise<{ result: T; figures: SyncFigures }> {
    const { context, core } = fakeContext(this.book);
    const cells = countCellsRead(core);
    const host =
      this.way === "adapter"
        ? createOfficeHost({ run: (batch) => batch(context) })
        : createNaiveHost(context);
    const result = await work(host);
    return { result, figures: figuresOf(core, cells) };
  }
}

const RANGE_BY_INDEXES = /\.getRangeByIndexes\((\d+),(\d+),(\d+),(\d+)\)$/;

/** Cells loaded per sync, read from the operations each successful sync carried out. */
function countCellsRead(core: FakeContextCore): number[] {
  const perSync: number[] = [];
  const sync = core.sync.bind(core);
  core.sync = async (): Promise<void> => {
    const before = core.log.length;
    try {
      await sync();
    } finally {
      let cells = 0;
      for (const op of core.log.slice(before)) {
        const dims =
          op.kind === "load" && op.name.includes("values") && RANGE_BY_INDEXES.exec(op.path);
        if (dims) cells += Number(dims[3]) * Number(dims[4]);
      }
      perSync.push(cells);
    }
  };
  return perSync;
}

function figuresOf(core: FakeContextCore, cellsPerSync: readonly number[]): SyncFigures {
  const syncs = core.syncs;
  const largest = cellsPerSync.reduce((best, n, i) => (n > cellsPerSync[best] ? i : best), 0);
  const largestCells = cellsPerSync[largest] ?? 0;
  return {
    syncs: syncs.length,
    maxRequestBytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
    totalBytes: syncs.reduce((sum, s) => sum + s.requestBytes + s.responseBytes, 0),
    requestBytes: syncs.reduce((sum, s) => sum + s.requestBytes, 0),
    responseBytes: syncs.reduce((sum, s) => sum + s.responseBytes, 0),
    cellsRead: cellsPerSync.reduce((sum, n) => sum + n, 0),
    maxCellsReadPerSync: largestCells,
    bytesPerCellInLargestRead:
      largestCells > 0 ? Math.round((syncs[largest].responseBytes / largestCells) * 10) / 10 : 0,
  };
}

async function bookWith(plan: WritePlan | null): Promise<FakeWorkbook> {
  const book = buildWorkbook({ sheets: [{ name: "Notes", rows: [["my notes"]] }] });
  if (plan) {
    const { context } = fakeContext(book);
    await applyPlan(context, plan, await readWorkbook(context));
  }
  return book;
}

/** What a user could see of a workbook: every sheet's cells, and which cells carry which marker. */
function visibleState(book: FakeWorkbook): string {
  const sheets = [...book.sheets].sort((a, b) => a.name.localeCompare(b.name));
  return JSON.stringify(
    sheets.map((sheet) => {
      const formats: string[] = [];
      for (const cell of sheet.cells.values()) formats.push(cell.numberFormat);
      const markers = sheet.conditionalFormats
        .flatMap((cf) =>
          cf.ranges.flatMap((ref) => expand(ref).map((a1) => `${a1} ${cf.formula} ${cf.fill}`)),
        )
        .sort();
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        rows: sheetRows(book, sheet.name),
        formats: formats.sort(),
        markers,
      };
    }),
  );
}

function expand(ref: { top: number; left: number; bottom: number; right: number }): string[] {
  const cells: string[] = [];
  for (let r = ref.top; r <= ref.bottom; r++)
    for (let c = ref.left; c <= ref.right; c++)
      cells.push(rangeToA1({ top: r, left: c, bottom: r, right: c }));
  return cells;
}

function importSources(files: readonly SampleFile[]): ImportSource[] {
  return files
    .filter((file) => file.kind === "proposal")
    .flatMap((file) => {
      const snapshot = fileSnapshot(file);
      const preview = previewFile(
        { file: file.fileName, size: 0, sha256: "0".repeat(64), time: NOW().toISOString() },
        snapshot,
      );
      return preview.proposals.flatMap((p) => (p.source ? [p.source] : []));
    });
}

/** A sheet's extent as read (rows and columns from A1). */
export interface SheetExtent {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
}

interface WayRun {
  readonly sheets: readonly SheetExtent[];
  readonly figures: Map<string, SyncFigures>;
  readonly states: Map<string, string>;
  readonly issues: number;
}

/** Every operation once on fresh books of the round, the given way. */
async function runWay(way: Way, files: readonly SampleFile[], compare: boolean): Promise<WayRun> {
  const figures = new Map<string, SyncFigures>();
  const states = new Map<string, string>();
  const plan = roundPlan(files);
  const round = new Session(await bookWith(plan), way);

  const read = await round.measure((host) => host.read());
  figures.set("read", read.figures);

  const validated = await round.measure(async (host) => {
    const run = await runValidation(host, { lang: "fi" });
    await markIssues(host, run.issues, run.snapshot);
    return run;
  });
  figures.set("validate + mark", validated.figures);
  if (compare) states.set("validate + mark", visibleState(round.book));

  const basis: WorkbookSnapshot = validated.result.snapshot;
  figures.set("clear markers", (await round.measure((host) => clearMarkers(host, basis))).figures);
  if (compare) states.set("clear markers", visibleState(round.book));

  const consolidated = await round.measure((host) =>
    runConsolidation(host, { lang: "fi", now: NOW }),
  );
  if (consolidated.result.kind !== "done")
    throw new Error(`consolidation: ${consolidated.result.kind}`);
  figures.set("consolidate", consolidated.figures);
  if (compare) states.set("consolidate", visibleState(round.book));

  const settings = files.find((f) => f.kind === "settings");
  if (!settings) throw new Error("the round has no settings file");
  const empty = new Session(await bookWith(null), way);
  const settingsSnapshot = fileSnapshot(settings);
  const inserted = await empty.measure((host) =>
    insertTemplate(
      host,
      { kind: "allProposals", lang: "fi", settings: validatedSettings(settingsSnapshot) },
      NOW,
    ),
  );
  figures.set("insert template (18 sheets)", inserted.figures);
  if (compare) states.set("insert template (18 sheets)", visibleState(empty.book));

  const target = new Session(await bookWith(settings.plan), way);
  const sources = importSources(files);
  const imported = await target.measure((host) =>
    applyImport(host, sources, { lang: "fi", now: NOW }),
  );
  if (imported.result.imported.length !== 18) throw new Error("import did not take 18 proposals");
  figures.set("import 18 files", imported.figures);
  if (compare) states.set("import 18 files", visibleState(target.book));

  const sheets = read.result.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.cells.length,
    cols: Math.max(0, ...sheet.cells.map((row) => row.length)),
  }));
  return { sheets, figures, states, issues: validated.result.issues.length };
}

/** The settings the coordinator's sheet holds, as the Templates section reads them. */
function validatedSettings(snapshot: WorkbookSnapshot): RoundSettings {
  return validateRound([{ file: snapshot.file, snapshot }]).settings;
}

export interface RoundTripResult {
  readonly itemsPerRegion: number;
  readonly sheets: readonly SheetExtent[];
  readonly issues: number;
  readonly rows: readonly OperationRow[];
}

/** Adapter and naive side by side, with the naive result checked against the adapter's. */
export async function compareWays(itemsPerRegion: number): Promise<RoundTripResult> {
  const files = roundFiles(itemsPerRegion);
  const adapter = await runWay("adapter", files, true);
  const naive = await runWay("naive", files, true);
  const rows = [...adapter.figures].map(([operation, figures]): OperationRow => {
    const other = naive.figures.get(operation);
    const a = adapter.states.get(operation);
    const b = naive.states.get(operation);
    return {
      operation,
      adapter: figures,
      ...(other
        ? { naive: other, ratio: Math.round((other.syncs / Math.max(1, figures.syncs)) * 10) / 10 }
        : {}),
      ...(a !== undefined && b !== undefined ? { sameResult: a === b } : {}),
    };
  });
  return { itemsPerRegion, sheets: adapter.sheets, issues: adapter.issues, rows };
}

/** The adapter alone on a large round: how many chunks, and that none passes 4 MB. */
export async function largeRound(itemsPerRegion: number): Promise<RoundTripResult> {
  const files = roundFiles(itemsPerRegion);
  const adapter = await runWay("adapter", files, false);
  return {
    itemsPerRegion,
    sheets: adapter.sheets,
    issues: adapter.issues,
    rows: [...adapter.figures].map(([operation, figures]) => ({
      operation,
      adapter: figures,
      note:
        Math.max(figures.maxRequestBytes, figures.maxResponseBytes) <= CHUNK_BYTES
          ? "all ≤ 4 MiB"
          : "OVER 4 MiB",
    })),
  };
}

export interface ProjectedOperation {
  readonly operation: string;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** ⌈larger direction / 4 MiB⌉: no chunking can do with fewer syncs. */
  readonly minSyncs: number;
}

/** A size too large for the fake, computed (not measured) from two measured sizes. */
export interface Projection {
  readonly computed: true;
  readonly itemsPerRegion: number;
  readonly fromSizes: readonly number[];
  /** Cells the read loads: linear in items per region (the layout adds rows per item). */
  readonly cells: number;
  /** Response bytes per cell read, measured on the read at the larger measured size. */
  readonly bytesPerCell: number;
  readonly readResponseBytes: number;
  readonly readMinSyncs: number;
  /** Syncs the adapter's read would take: its packing rule over the projected sheet extents. */
  readonly readAdapterSyncs: number;
  /** The same rule over the measured extents of the larger size, to check it against the measured syncs. */
  readonly readAdapterSyncsAtMeasured: number;
  readonly readSyncsMeasured: number;
  readonly cellsPerRequestCap: number;
  readonly measuredMaxCellsPerRequest: number;
  readonly wholeReadOverCellLimit: boolean;
  readonly requestsUnderCellLimit: boolean;
  readonly operations: readonly ProjectedOperation[];
}

const linear = (x1: number, y1: number, x2: number, y2: number, x: number): number =>
  Math.round(y1 + ((y2 - y1) * (x - x1)) / (x2 - x1));

/** Figures for `itemsPerRegion` extrapolated linearly from a small and a large measured round. */
export function projectRound(
  small: RoundTripResult,
  large: RoundTripResult,
  itemsPerRegion: number,
): Projection {
  const readOf = (r: RoundTripResult): SyncFigures => {
    const row = r.rows.find((x) => x.operation === "read");
    if (!row) throw new Error("no read measured");
    return row.adapter;
  };
  const [a, b] = [readOf(small), readOf(large)];
  const at = (ya: number, yb: number): number =>
    linear(small.itemsPerRegion, ya, large.itemsPerRegion, yb, itemsPerRegion);
  const extents = large.sheets.map((sheet) => {
    const before = small.sheets.find((x) => x.name === sheet.name);
    return before ? { ...sheet, rows: at(before.rows, sheet.rows) } : sheet;
  });
  const cells = at(a.cellsRead, b.cellsRead);
  const bytesPerCell = Math.round((b.responseBytes / b.cellsRead) * 10) / 10;
  const readResponseBytes = Math.round(cells * bytesPerCell);
  return {
    computed: true,
    itemsPerRegion,
    fromSizes: [small.itemsPerRegion, large.itemsPerRegion],
    cells,
    bytesPerCell,
    readResponseBytes,
    readMinSyncs: 1 + Math.ceil(readResponseBytes / CHUNK_BYTES),
    readAdapterSyncs: 1 + readRequests(extents, ADAPTER_CELLS_PER_READ),
    readAdapterSyncsAtMeasured: 1 + readRequests(large.sheets, ADAPTER_CELLS_PER_READ),
    readSyncsMeasured: b.syncs,
    cellsPerRequestCap: ADAPTER_CELLS_PER_READ,
    measuredMaxCellsPerRequest: b.maxCellsReadPerSync,
    wholeReadOverCellLimit: cells > EXCEL_READ_CELL_LIMIT,
    requestsUnderCellLimit: ADAPTER_CELLS_PER_READ <= EXCEL_READ_CELL_LIMIT,
    operations: large.rows.flatMap((row) => {
      const before = small.rows.find((x) => x.operation === row.operation);
      if (!before) return [];
      const requestBytes = at(before.adapter.requestBytes, row.adapter.requestBytes);
      const responseBytes = at(before.adapter.responseBytes, row.adapter.responseBytes);
      return [
        {
          operation: row.operation,
          requestBytes,
          responseBytes,
          minSyncs: Math.max(1, Math.ceil(Math.max(requestBytes, responseBytes) / CHUNK_BYTES)),
        },
      ];
    }),
  };
}

/** Requests the adapter's read makes for sheets of these extents: its own packing rule. */
export function readRequests(sheets: readonly SheetExtent[], maxCells: number): number {
  const used = sheets.map((sheet) => ({
    used:
      sheet.rows === 0 || sheet.cols === 0
        ? null
        : { top: 0, left: 0, bottom: sheet.rows - 1, right: sheet.cols - 1 },
  }));
  return packPieces(used, maxCells).length;
}
