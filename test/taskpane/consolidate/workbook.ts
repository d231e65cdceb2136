import { applyPlanToSnapshot } from "../../../src/core/model/applyPlan";
import type { WritePlan } from "../../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { roundAsOneWorkbook, sampleRoundFiles } from "../../../src/core/templates";
import { createBrowserHost, EMPTY_WORKBOOK, type BrowserHost } from "../../../src/workbook/browser";
import type { WorkbookHost } from "../../../src/workbook/host";

/** The demo round (settings, five regions, one proposal with errors) as one plan. */
export function sampleRoundPlan(): WritePlan {
  return roundAsOneWorkbook(sampleRoundFiles());
}

/** The demo round as one workbook, with `extra` plans applied after. */
export function sampleRoundSnapshot(extra: readonly WritePlan[] = []): WorkbookSnapshot {
  let snapshot = applyPlanToSnapshot(
    { ...EMPTY_WORKBOOK, file: "Kierros.xlsx" },
    sampleRoundPlan(),
  );
  for (const plan of extra) snapshot = applyPlanToSnapshot(snapshot, plan);
  return snapshot;
}

/** A one-shot gate: the host's next read waits until the test opens it. */
export interface Gate {
  open(): void;
}

export interface RecordingHost extends WorkbookHost {
  readonly browser: BrowserHost;
  readonly applied: WritePlan[];
  readonly selected: { sheet: string; cell: string }[];
  /** Makes the next `read` wait for `gate.open()`. */
  holdNextRead(): Gate;
  /** Makes the next `apply` wait for `gate.open()`. */
  holdNextApply(): Gate;
  /** Makes every `apply` fail with this error. */
  failApplyWith(error: Error | null): void;
}

/** The in-browser workbook with every write and selection recorded. */
export function recordingHost(snapshot: WorkbookSnapshot): RecordingHost {
  const browser = createBrowserHost(snapshot);
  const applied: WritePlan[] = [];
  const selected: { sheet: string; cell: string }[] = [];
  let held: Promise<void> | null = null;
  let heldApply: Promise<void> | null = null;
  let failure: Error | null = null;
  return {
    kind: "browser",
    browser,
    applied,
    selected,
    async read(onProgress) {
      const wait = held;
      held = null;
      if (wait) await wait;
      return browser.read(onProgress);
    },
    readOutline: () => browser.readOutline(),
    readSheets: (names) => browser.readSheets(names),
    async apply(plan, basis) {
      const wait = heldApply;
      heldApply = null;
      if (wait) await wait;
      if (failure) throw failure;
      applied.push(plan);
      await browser.apply(plan, basis);
    },
    async select(sheet, cell) {
      selected.push({ sheet, cell });
      await browser.select(sheet, cell);
    },
    onLocalChange: (listener) => browser.onLocalChange(listener),
    holdNextRead() {
      let open = (): void => undefined;
      held = new Promise<void>((resolve) => {
        open = resolve;
      });
      return { open: () => open() };
    },
    holdNextApply() {
      let open = (): void => undefined;
      heldApply = new Promise<void>((resolve) => {
        open = resolve;
      });
      return { open: () => open() };
    },
    failApplyWith(error) {
      failure = error;
    },
  };
}
