import { applyPlanToSnapshot } from "../../../src/core/model/applyPlan";
import type { WritePlan } from "../../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { createBrowserHost, EMPTY_WORKBOOK, type BrowserHost } from "../../../src/workbook/browser";
import { HostFailure, type WorkbookHost } from "../../../src/workbook/host";

export interface FakeWorkbook extends WorkbookHost {
  readonly browser: BrowserHost;
  readonly selected: { sheet: string; cell: string }[];
  readonly applied: WritePlan[];
  /** Changes the workbook behind the pane's back, as the user typing in Excel would. */
  edit(plan: WritePlan): void;
  /** Makes the next `apply` fail with `error`, nothing written, as Excel's refusal would. */
  failNextApplyWith(error: unknown): void;
}

/**
 * The in-browser workbook with what the pane asked of it recorded. With `structureProtected`
 * it refuses plans that add sheets, as Excel does.
 */
export function fakeWorkbook(...plans: WritePlan[]): FakeWorkbook {
  let snapshot: WorkbookSnapshot = { ...EMPTY_WORKBOOK, file: "Kierros.xlsx" };
  for (const plan of plans) snapshot = applyPlanToSnapshot(snapshot, plan);
  return wrap(createBrowserHost(snapshot));
}

export function protectedWorkbook(): FakeWorkbook {
  return wrap(
    createBrowserHost({ ...EMPTY_WORKBOOK, file: "Suojattu.xlsx", structureProtected: true }),
  );
}

function wrap(browser: BrowserHost): FakeWorkbook {
  const selected: { sheet: string; cell: string }[] = [];
  const applied: WritePlan[] = [];
  let failure: { readonly error: unknown } | null = null;
  return {
    kind: "browser",
    browser,
    selected,
    applied,
    read: () => browser.read(),
    readOutline: () => browser.readOutline(),
    readSheets: (names) => browser.readSheets(names),
    async apply(plan, basis) {
      const current = browser.current();
      if (failure) {
        const { error } = failure;
        failure = null;
        throw error;
      }
      if (current.structureProtected && (plan.sheets?.length ?? 0) > 0)
        throw new HostFailure({ kind: "protected", sheets: [], structure: true }, null);
      applied.push(plan);
      await browser.apply(plan, basis);
    },
    async select(sheet, cell) {
      selected.push({ sheet, cell });
      await browser.select(sheet, cell);
    },
    onLocalChange: (listener) => browser.onLocalChange(listener),
    edit: (plan) => browser.replace(applyPlanToSnapshot(browser.current(), plan)),
    failNextApplyWith: (error) => {
      failure = { error };
    },
  };
}
