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
import { CHUNK_BYTES, compareWays, largeRound, type RoundTripResult } from "./roundTrips";
import { bytesText, kib, table } from "./stats";
import { xlsxFigures } from "./xlsxFiles";

const RESULTS = path.join(__dirname, "results.json");
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
      : ["operation", "syncs", "max req", "max resp", "total", "≤ 4 MiB"],
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
          ]),
    ]),
  );
}

async function section(name: string, work: () => Promise<void>): Promise<boolean> {
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
    const large = await largeRound(5000);
    say(
      `\n18 × 5 000 items, Office adapter only: chunks against the 4 MiB budget (Excel on the web refuses 5 MB):`,
    );
    say(roundTripTable(large, false));
    say(
      "Note: the fake names each proxy by its chain of calls (e.g. getFirst().getNextOrNullObject()…), so\n" +
        "requests that walk the sheet chain measure larger than Office.js's object references would.",
    );
    results.roundTrips = { small, large, chunkBytes: CHUNK_BYTES };
    save();
  });

  await section("core", async () => {
    say("\n== 2. Core time (validateRound, consolidate, renderMemo; in memory, no I/O) ==");
    const heapLimitMB = getHeapStatistics().heap_size_limit / 1024 / 1024;
    const sizes: CoreSize[] = [];
    const skipped: CoreSkipped[] = [];
    for (const [itemsPerRegion, runs] of [
      [200, 5],
      [2000, 3],
      [20000, 1],
    ] as const) {
      const previous = sizes[sizes.length - 1];
      const tooBig = fits(previous, itemsPerRegion, heapLimitMB);
      const validateMs = previous?.steps.find((s) => s.step === "validate")?.timing.medianMs ?? 0;
      const projectedMs =
        (validateMs * itemsPerRegion) / (previous?.itemsPerRegion ?? itemsPerRegion);
      const tooSlow =
        previous && projectedMs > 120_000
          ? `one validation is projected at ${Math.round(projectedMs / 1000)} s (linear from 18 × ${previous.itemsPerRegion}); over the 120 s budget per run on this machine`
          : null;
      const reason = tooBig ?? tooSlow;
      if (reason) {
        skipped.push({ itemsPerRegion, reason });
        say(`18 × ${itemsPerRegion} items: not measured: ${reason}.`);
        continue;
      }
      sizes.push(await coreAtSize(itemsPerRegion, runs));
      results.core = { sizes, skipped };
      save();
    }
    say(
      table(
        ["items", "cells", "step", "runs", "median ms", "min ms", "max ms", "items/s"],
        sizes.flatMap((size) =>
          size.steps.map((s) => [
            size.items,
            size.cells,
            s.step,
            s.timing.runs,
            s.timing.medianMs,
            s.timing.minMs,
            s.timing.maxMs,
            s.itemsPerSecond,
          ]),
        ),
      ),
    );
    const grow = growth(sizes);
    if (grow.length > 0) {
      say("\nGrowth (linear: ×10 items ≈ ×10 time):");
      say(
        table(
          ["from", "to", "items ×", "step", "time ×"],
          grow.map((g) => [g.from, g.to, g.itemsRatio, g.step, g.timeRatio]),
        ),
      );
    }
    results.core = { sizes, skipped, growth: grow };
    save();
  });

  await section("xlsx", async () => {
    say("\n== 3. .xlsx outside Excel (18 × 200 items; peak memory sampled every 5 ms) ==");
    const steps = await xlsxFigures(200);
    say(
      table(
        [
          "step",
          "files",
          "ms",
          "peak rss MB",
          "rss growth MB",
          "peak heap MB",
          "heap growth MB",
          "note",
        ],
        steps.map((s) => [
          s.step,
          s.files,
          s.ms,
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

  let chromiumOk = true;
  await section("pane", async () => {
    say("\n== 4. Pane ==");
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
