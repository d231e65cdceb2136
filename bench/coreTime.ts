/**
 * Time of the pure core on rounds of growing size: validation (recognition and every rule),
 * consolidation and the memo, medians of several runs.
 */
import { consolidate } from "../src/core/consolidate";
import { renderMemo } from "../src/core/memo";
import type { WorkbookSnapshot } from "../src/core/model/snapshot";
import { validateRound } from "../src/core/rules/validateRound";
import { roundFiles, roundSnapshot } from "./round";
import { collectGarbage, mb, round, timeRuns, type Timing } from "./stats";

export interface CoreStep {
  readonly step: "validate" | "consolidate" | "memo";
  readonly timing: Timing;
  readonly itemsPerSecond: number;
}

export interface CoreSize {
  readonly itemsPerRegion: number;
  readonly items: number;
  readonly cells: number;
  readonly steps: readonly CoreStep[];
  /** Heap the round's snapshot and results take (after a full collection before and after). */
  readonly heapOfRoundMB: number;
}

export interface CoreSkipped {
  readonly itemsPerRegion: number;
  readonly reason: string;
}

function cellCount(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.reduce(
    (sum, sheet) => sum + sheet.cells.reduce((n, row) => n + row.length, 0),
    0,
  );
}

/**
 * `warmUp`: one untimed run first; larger sizes are warm from the smaller ones already.
 * `validateOnly`: validation alone, for a size where the three steps are over the budget.
 */
export async function coreAtSize(
  itemsPerRegion: number,
  runs: number,
  warmUp: boolean,
  validateOnly = false,
): Promise<CoreSize> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const snapshot = roundSnapshot(roundFiles(itemsPerRegion));
  const items = 18 * itemsPerRegion;
  const files = [{ file: "round.xlsx", snapshot }];
  const rate = (timing: Timing): number =>
    Math.round(items / Math.max(timing.medianMs / 1000, 1e-6));
  if (validateOnly) {
    const validate = await timeRuns(runs, () => validateRound(files), warmUp);
    return {
      itemsPerRegion,
      items,
      cells: cellCount(snapshot),
      heapOfRoundMB: mb(process.memoryUsage().heapUsed - heapBefore),
      steps: [{ step: "validate", timing: validate, itemsPerSecond: rate(validate) }],
    };
  }
  const validation = validateRound(files);
  const consolidation = consolidate(validation.proposals, validation.settings, validation.issues);
  const memoOptions = { lang: "fi" as const, date: "2026-03-16" };
  collectGarbage();
  const heapOfRoundMB = mb(process.memoryUsage().heapUsed - heapBefore);
  const validate = await timeRuns(runs, () => validateRound(files), warmUp);
  const consolidateTiming = await timeRuns(
    runs,
    () => consolidate(validation.proposals, validation.settings, validation.issues),
    warmUp,
  );
  const memo = await timeRuns(
    runs,
    () => renderMemo(consolidation, validation.settings, memoOptions),
    warmUp,
  );
  return {
    itemsPerRegion,
    items,
    cells: cellCount(snapshot),
    heapOfRoundMB,
    steps: [
      { step: "validate", timing: validate, itemsPerSecond: rate(validate) },
      { step: "consolidate", timing: consolidateTiming, itemsPerSecond: rate(consolidateTiming) },
      { step: "memo", timing: memo, itemsPerSecond: rate(memo) },
    ],
  };
}

/** Time ratio of each step between consecutive sizes (×10 items: ≈ ×10 time when linear). */
export interface Growth {
  readonly from: number;
  readonly to: number;
  readonly itemsRatio: number;
  readonly step: string;
  readonly timeRatio: number;
  readonly cpuRatio: number;
}

export function growth(sizes: readonly CoreSize[]): Growth[] {
  const rows: Growth[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const [a, b] = [sizes[i - 1], sizes[i]];
    for (const step of b.steps) {
      const before = a.steps.find((s) => s.step === step.step);
      if (!before) continue;
      rows.push({
        from: a.items,
        to: b.items,
        itemsRatio: round(b.items / a.items, 1),
        step: step.step,
        timeRatio: round(step.timing.medianMs / Math.max(before.timing.medianMs, 0.001), 1),
        cpuRatio: round(step.timing.medianCpuMs / Math.max(before.timing.medianCpuMs, 0.001), 1),
      });
    }
  }
  return rows;
}

/** Whether a size fits: the estimate from the previous size's heap, against the V8 heap limit. */
export function fits(
  previous: CoreSize | undefined,
  itemsPerRegion: number,
  heapLimitMB: number,
): string | null {
  if (!previous) return null;
  const estimate = (previous.heapOfRoundMB * itemsPerRegion) / previous.itemsPerRegion;
  return estimate * 2.5 > heapLimitMB
    ? `its snapshot and results are estimated at ${Math.round(estimate)} MB of heap (linear from 18 × ${previous.itemsPerRegion}), and validation needs room besides; the heap limit is ${Math.round(heapLimitMB)} MB`
    : null;
}
