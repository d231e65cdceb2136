/**
 * `npm run bench`: round trips against the naive way, core time by round size, .xlsx time
 * and memory, and the pane's size and first render. Prints tables and writes
 * bench/results.json (after every section, so a later failure keeps what was measured).
 * No assertions on time: the figures are for people to read.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getHeapStatistics } from "node:v8";
import { coreAtSize, fits, growth, type CoreSize, type CoreSkipped } from "./coreTime";
import { bundleFigures, ensureBuild, firstRender } from "./pane";
import {
  ADAPTER_CELLS_PER_READ,
  CHUNK_BYTES,
  compareWays,
  EXCEL_READ_CELL_LIMIT,
  largeRound,
  projectRound,
  type Projection,
  type RoundTripResult,
} from "./roundTrips";
import { bytesText, kib, table } from "./stats";
import { xlsxFigures } from "./xlsxFiles";
import { heapPerCell, hostileFigures, PROCESS_LIMIT_MB, roundRead, TIME_LIMIT_MS } from "./intake";

const RESULTS = path.join(__dirname, "results.json");
/** 18 × 5 000 items is ~7 million cells: over Excel's 5-million-cell read and too much for the fake. */
const LARGE_ITEMS = 1000;
const PROJECTED_ITEMS = 5000;
/**
 * A core size whose one run of validation, consolidation and memo is projected over this is
 * skipped: 18 × 20 000 once took 260 s to validate and 71 s to consolidate (growth ×33 and ×68
 * from 18 × 2 000), which alone passes the bench's 10 minutes.
 */
const CORE_RUN_BUDGET_MS = 60_000;
/**
 * Validation items/s measured by this bench before label keys, suggestions and cents were sped
 * up; 18 × 20 000 from its one run of 260 s (see CORE_RUN_BUDGET_MS).
 */
const VALIDATION_ITEMS_PER_S_BEFORE: Readonly<Record<number, number>> = {
  200: 7_200,
  2000: 7_000,
  5000: 5_500,
  20000: 1_400,
};
const XLSX_RUNS = 3;
const results: Record<string, unknown> = {};

function save(): void {
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryMB: Math.round(os.totalmem() / 1024 / 1024),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 10) / 10),
    date: new Date().toISOString(),
  };
}

function roundTripTable(result: RoundTripResult, withNaive: boolean): string {
  return table(
    withNaive
      ? [
          "operation",
          "syncs",
          "max req",
          "max resp",
          "total",
          "naive syncs",
          "naive total",
          "ratio",
          "same result",
        ]
      : [
          "operation",
          "syncs",
          "max req",
          "max resp",
          "total",
          "≤ 4 MiB",
          "cells read",
          "max cells/req",
          "B/cell there",
        ],
    result.rows.map((row) => [
      row.operation,
      row.adapter.syncs,
      bytesText(row.adapter.maxRequestBytes),
      bytesText(row.adapter.maxResponseBytes),
      bytesText(row.adapter.totalBytes),
      ...(withNaive
        ? [
            row.naive?.syncs ?? "-",
            row.naive ? bytesText(row.naive.totalBytes) : "-",
            row.ratio !== undefined ? `×${row.ratio}` : "-",
            row.sameResult === undefined ? "-" : row.sameResult ? "yes" : "NO",
          ]
        : [
            Math.max(row.adapter.maxRequestBytes, row.adapter.maxResponseBytes) <= CHUNK_BYTES
              ? "yes"
              : "NO",
            row.adapter.cellsRead,
            row.adapter.maxCellsReadPerSync,
            row.adapter.bytesPerCellInLargestRead,
          ]),
    ]),
  );
}

function projectionText(p: Projection): string {
  const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return [
    `\n18 × ${p.itemsPerRegion} items: COMPUTED, not measured (linear from 18 × ${p.fromSizes.join(" and 18 × ")}):`,
    `  cells read: ${p.cells.toLocaleString("en")} (${p.wholeReadOverCellLimit ? "over" : "under"} Excel's ${EXCEL_READ_CELL_LIMIT.toLocaleString("en")}-cell read limit for one request)`,
    `  read payload: ${p.cells.toLocaleString("en")} cells × ${p.bytesPerCell} B/cell (measured at 18 × ${p.fromSizes[1]}) = ${mib(p.readResponseBytes)}`,
    `  read syncs: at least ${p.readMinSyncs} (1 + ⌈payload / 4 MiB⌉); the adapter's packing rule over the projected sheets: ${p.readAdapterSyncs}` +
      ` (the same rule gives ${p.readAdapterSyncsAtMeasured} at 18 × ${p.fromSizes[1]}; measured there: ${p.readSyncsMeasured})`,
    `  cells per read request: the adapter cuts at ${ADAPTER_CELLS_PER_READ.toLocaleString("en")} (4 MiB / ${Math.round(CHUNK_BYTES / ADAPTER_CELLS_PER_READ)} B per cell; ${p.measuredMaxCellsPerRequest.toLocaleString("en")} measured at most), ${p.requestsUnderCellLimit ? "far under" : "OVER"} the 5 M-cell limit;`,
    `  it has no cut by cell count of its own: the byte budget is what keeps each request under 5 M cells.`,
    table(
      ["operation", "request", "response", "syncs ≥ ⌈payload / 4 MiB⌉"],
      p.operations.map((o) => [o.operation, mib(o.requestBytes), mib(o.responseBytes), o.minSyncs]),
    ),
  ].join("\n");
}

/** `npm run bench -- core xlsx`: only the sections named; all when none is. */
const ONLY = new Set(process.argv.slice(2));

async function section(name: string, work: () => Promise<void>): Promise<boolean> {
  if (ONLY.size > 0 && !ONLY.has(name)) return true;
  try {
    await work();
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    say(`\n!! ${name} could not be measured: ${message}`);
    results[name] = { error: message };
    save();
    return false;
  }
}

async function main(): Promise<void> {
  results.machine = machine();
  const m = results.machine as Record<string, unknown>;
  say(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryMB} MB, Node ${m.node}, load ${String(m.loadAverageAtStart)}`,
  );
  say("Times are wall-clock medians; on a shared machine compare ratios, not absolute times.");
  save();

  let ok = true;
  ok &&= await section("roundTrips", async () => {
    say("\n== 1. Round trips (fake Excel; bytes = JSON of each sync's request and response) ==");
    const small = await compareWays(200);
    say(
      `\n18 × 200 items (${small.issues} issues found and marked), Office adapter vs the naive way (bench/naive.ts):`,
    );
    say(roundTripTable(small, true));
    results.roundTrips = { small };
    save();
    const large = await largeRound(LARGE_ITEMS);
    say(
      `\n18 × ${LARGE_ITEMS} items (the largest the fake handles in about a minute), Office adapter only, against the 4 MiB chunk (Excel on the web refuses 5 MB):`,
    );
    say(roundTripTable(large, false));
    say(
      "Note: the fake names each proxy by its chain of calls (e.g. getFirst().getNextOrNullObject()…), so\n" +
        "requests that walk the sheet chain measure larger than Office.js's object references would.",
    );
    results.roundTrips = { small, large, chunkBytes: CHUNK_BYTES };
    save();
    const projected = projectRound(small, large, PROJECTED_ITEMS);
    say(projectionText(projected));
    results.roundTrips = { small, large, chunkBytes: CHUNK_BYTES, projected };
    save();
  });

  await section("core", async () => {
    say("\n== 2. Core time (validateRound, consolidate, renderMemo; in memory, no I/O) ==");
    const heapLimitMB = getHeapStatistics().heap_size_limit / 1024 / 1024;
    const sizes: CoreSize[] = [];
    const skipped: CoreSkipped[] = [];
    for (const [itemsPerRegion, runs, allSteps] of [
      [200, 5, true],
      [2000, 3, true],
      [5000, 1, true],
      // Consolidation and the memo grow faster than linear past 18 × 2 000 (about ×2.9 and ×3.8
      // time for ×2.5 items); at 18 × 20 000 they had not ended after 10 minutes.
      [20000, 1, false],
    ] as const) {
      const previous = sizes[sizes.length - 1];
      const tooBig = fits(previous, itemsPerRegion, heapLimitMB);
      const stepsMs = previous?.steps.reduce((sum, s) => sum + s.timing.medianMs, 0) ?? 0;
      const projectedMs = (stepsMs * itemsPerRegion) / (previous?.itemsPerRegion ?? itemsPerRegion);
      const tooSlow =
        previous && projectedMs > CORE_RUN_BUDGET_MS
          ? `one run of the three steps is projected at ${Math.round(projectedMs / 1000)} s or more (linear from 18 × ${previous.itemsPerRegion}; the growth can be steeper); over the ${CORE_RUN_BUDGET_MS / 1000} s budget that keeps the bench near 10 minutes`
          : null;
      if (tooBig !== null) {
        skipped.push({ itemsPerRegion, reason: tooBig });
        say(`18 × ${itemsPerRegion} items: not measured: ${tooBig}.`);
        continue;
      }
      const whyValidationAlone = allSteps
        ? tooSlow
        : "consolidation and the memo grow faster than linear at this size";
      if (whyValidationAlone !== null) {
        skipped.push({ itemsPerRegion, reason: `consolidation and memo: ${whyValidationAlone}` });
        say(`18 × ${itemsPerRegion} items: validation alone, once: ${whyValidationAlone}.`);
      }
      const validateOnly = whyValidationAlone !== null;
      sizes.push(
        await coreAtSize(itemsPerRegion, validateOnly ? 1 : runs, !previous, validateOnly),
      );
      results.core = { sizes, skipped };
      save();
    }
    say(
      table(
        [
          "items",
          "cells",
          "step",
          "runs",
          "median ms",
          "min ms",
          "max ms",
          "median cpu ms",
          "items/s",
        ],
        sizes.flatMap((size) =>
          size.steps.map((s) => [
            size.items,
            size.cells,
            s.step,
            s.timing.runs,
            s.timing.medianMs,
            s.timing.minMs,
            s.timing.maxMs,
            s.timing.medianCpuMs,
            s.itemsPerSecond,
          ]),
        ),
      ),
    );
    say("\nValidation against the figure before (same bench, same machine kind):");
    say(
      table(
        ["items", "items/s", "cells/s", "items/s before", "ratio"],
        sizes.map((size) => {
          const validate = size.steps.find((s) => s.step === "validate");
          const rate = validate?.itemsPerSecond ?? 0;
          const before = VALIDATION_ITEMS_PER_S_BEFORE[size.itemsPerRegion];
          const cellsPerS = Math.round((rate * size.cells) / Math.max(size.items, 1));
          return [
            size.items,
            rate,
            cellsPerS,
            before ?? "–",
            before ? `×${(rate / before).toFixed(1)}` : "–",
          ];
        }),
      ),
    );
    const grow = growth(sizes);
    if (grow.length > 0) {
      say("\nGrowth (linear: ×10 items ≈ ×10 time):");
      say(
        table(
          ["from", "to", "items ×", "step", "time ×", "cpu time ×"],
          grow.map((g) => [g.from, g.to, g.itemsRatio, g.step, g.timeRatio, g.cpuRatio]),
        ),
      );
    }
    results.core = { sizes, skipped, growth: grow };
    save();
  });

  await section("xlsx", async () => {
    say(
      `\n== 3. .xlsx outside Excel (18 × 200 items, median of ${XLSX_RUNS} runs; peak memory sampled every 5 ms) ==`,
    );
    const steps = await xlsxFigures(200, XLSX_RUNS);
    say(
      table(
        [
          "step",
          "files",
          "runs",
          "median ms",
          "cpu ms",
          "peak rss MB",
          "rss growth MB",
          "peak heap MB",
          "heap growth MB",
          "note",
        ],
        steps.map((s) => [
          s.step,
          s.files,
          s.runs,
          s.ms,
          s.cpuMs,
          s.peak.rssMB,
          s.peak.rssGrowthMB,
          s.peak.heapUsedMB,
          s.peak.heapGrowthMB,
          s.note ?? "",
        ]),
      ),
    );
    const importMs = steps[2]?.ms ?? NaN;
    say(`Import of 18 files: ${(importMs / 1000).toFixed(1)} s (aim: under 3 s).`);
    results.xlsx = { itemsPerRegion: 200, steps, importUnder3s: importMs < 3000 };
    save();
  });

  await section("intake", async () => {
    say(
      "\n== 4. Reading files from anyone (docs/intake.md): each file in a process of its own; peak = the process's maxRSS ==",
    );
    const hostile = hostileFigures();
    say(
      table(
        [
          "hostile file",
          "KiB",
          "outcome",
          "ms",
          "peak rss MB",
          "rss before MB",
          "kept heap MB",
          `≤ ${PROCESS_LIMIT_MB} MB, ${TIME_LIMIT_MS / 1000} s`,
        ],
        hostile.map((h) => [
          h.what,
          h.fileKB,
          h.outcome,
          h.ms,
          h.maxRssMB,
          h.baseRssMB,
          h.retainedHeapMB,
          h.withinLimits ? "yes" : "NO",
        ]),
      ),
    );
    results.intake = { hostile };
    save();
    const heap = await heapPerCell(20_000);
    say(
      `\nHeap kept per cell, one ExcelJS-written sheet of ${heap.cells.toLocaleString("en")} cells (${heap.fileKB} KiB), half text, half numbers:`,
    );
    say(
      table(
        ["reader", "ms", "peak rss MB", "kept heap MB", "bytes per cell"],
        [
          [
            "ExcelJS load (the reader before)",
            heap.exceljs.ms,
            heap.exceljs.maxRssMB,
            heap.exceljs.retainedHeapMB,
            heap.exceljs.bytesPerCell,
          ],
          [
            "readXlsx (the project's reader)",
            heap.reader.ms,
            heap.reader.maxRssMB,
            heap.reader.retainedHeapMB,
            heap.reader.bytesPerCell,
          ],
        ],
      ),
    );
    results.intake = { hostile, heap };
    save();
    const roundTimes = await roundRead(200, XLSX_RUNS);
    say(
      `\nThe 18 proposal files of 18 × 200 items read one after another (median of ${roundTimes.runs}): ExcelJS load and cell walk ${roundTimes.excelJsMs} ms; readXlsx ${roundTimes.readerMs} ms.`,
    );
    results.intake = { hostile, heap, roundRead: roundTimes };
    save();
  });

  let chromiumOk = true;
  await section("pane", async () => {
    say("\n== 5. Pane ==");
    ensureBuild();
    const bundles = bundleFigures();
    say(
      table(
        ["page", "scripts loaded first", "gzip KiB"],
        bundles.map((b) => [
          b.page,
          b.scripts.map((s) => `${s.script} ${kib(s.gzipBytes)}`).join(", "),
          kib(b.totalGzipBytes),
        ]),
      ),
    );
    results.pane = { bundles };
    save();
    try {
      const render = await firstRender(5);
      say(
        `app.html first render (navigation start → h1 visible, headless Chromium, fresh context each): median ${render.medianMs} ms of ${render.loads} loads [${render.allMs.join(", ")}]`,
      );
      results.pane = { bundles, firstRender: render };
    } catch (error) {
      chromiumOk = false;
      const message = error instanceof Error ? error.message : String(error);
      results.pane = { bundles, firstRender: { error: message } };
      say(`!! ${message}`);
    }
    save();
  });

  say(`\nWritten: ${path.relative(process.cwd(), RESULTS)}`);
  if (!ok || !chromiumOk) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
