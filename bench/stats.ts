import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** A full garbage collection, so that a memory figure counts what is alive, not what is left over. */
export function collectGarbage(): void {
  gc();
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /**
   * Median CPU time of the process (user + system, `process.cpuUsage`) over the same runs: less
   * sensitive than wall time to other work on the machine. It can pass wall time when the
   * garbage collector works on helper threads.
   */
  readonly medianCpuMs: number;
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

/** Runs `work` `runs` times (after one warm-up run unless `warmUp` is false) and keeps the times. */
export async function timeRuns(runs: number, work: () => unknown, warmUp = true): Promise<Timing> {
  if (warmUp) await work();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
    cpu.push(cpuMs(process.cpuUsage(startCpu)));
  }
  return {
    runs,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
    medianCpuMs: round(median(cpu)),
  };
}

export interface MemoryPeak {
  readonly rssMB: number;
  readonly heapUsedMB: number;
  /** Growth of the peak over what was in use before the work started. */
  readonly rssGrowthMB: number;
  readonly heapGrowthMB: number;
}

/**
 * Peak memory while `work` runs, sampled every `everyMs` on a timer (and at the end): a
 * timer only fires between awaited steps, so the figure is a lower bound of the true peak.
 */
export async function peakMemory<T>(
  work: () => Promise<T>,
  everyMs = 5,
): Promise<{ result: T; peak: MemoryPeak; ms: number; cpuMs: number }> {
  gc();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const sample = (): void => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  };
  const timer = setInterval(sample, everyMs);
  const startCpu = process.cpuUsage();
  const start = performance.now();
  try {
    const result = await work();
    sample();
    const ms = round(performance.now() - start);
    return {
      result,
      ms,
      cpuMs: round(cpuMs(process.cpuUsage(startCpu))),
      peak: {
        rssMB: mb(rss),
        heapUsedMB: mb(heap),
        rssGrowthMB: mb(rss - before.rss),
        heapGrowthMB: mb(heap - before.heapUsed),
      },
    };
  } finally {
    clearInterval(timer);
  }
}

export const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

export const mb = (bytes: number): number => round(bytes / (1024 * 1024), 1);

export const kib = (bytes: number): number => round(bytes / 1024, 1);

/** Bytes for a table cell: B, KiB or MiB. */
export function bytesText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${kib(bytes)} KiB`;
  return `${mb(bytes)} MiB`;
}

/** A plain-text table, columns padded; numbers right-aligned. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? "").length)));
  const numeric = header.map((_, c) => rows.every((row) => typeof row[c] === "number"));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  return [
    line(cells[0]),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.slice(1).map(line),
  ].join("\n");
}
