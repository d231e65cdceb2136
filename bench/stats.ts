import { performance } from "node:perf_hooks";

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
}

/** Runs `work` `runs` times (after one warm-up run unless `warmUp` is false) and keeps the times. */
export async function timeRuns(runs: number, work: () => unknown, warmUp = true): Promise<Timing> {
  if (warmUp) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return {
    runs,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
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
): Promise<{ result: T; peak: MemoryPeak; ms: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const sample = (): void => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  };
  const timer = setInterval(sample, everyMs);
  const start = performance.now();
  try {
    const result = await work();
    sample();
    const ms = round(performance.now() - start);
    return {
      result,
      ms,
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
