import type { WritePlan } from "../../src/core/model/plan";
import { buildSampleRound, roundAsOneWorkbook } from "../../src/core/templates";
import { applyPlan, createOfficeHost, readWorkbook } from "../../src/workbook/office";
import type { WorkbookHost } from "../../src/workbook/host";
import { buildWorkbook, fakeContext, type FakeContextCore, type FakeWorkbook } from "../fake-excel";

/** The sample round (settings + 18 proposals) as one plan for one workbook, the lists sheet once. */
export function roundPlan(itemsPerRegion: number): WritePlan {
  const files = buildSampleRound({ itemsPerRegion });
  return roundAsOneWorkbook(files);
}

/** A fake Excel workbook holding the sample round, written through the Office adapter. */
export async function roundBook(itemsPerRegion: number): Promise<FakeWorkbook> {
  const book = buildWorkbook({ sheets: [{ name: "Notes", rows: [["my notes"]] }] });
  const { context } = fakeContext(book);
  await applyPlan(context, roundPlan(itemsPerRegion), await readWorkbook(context));
  return book;
}

/** An Office host over a fresh fake context of `book`, counting syncs from zero. */
export function hostOver(book: FakeWorkbook): { host: WorkbookHost; core: FakeContextCore } {
  const { context, core } = fakeContext(book);
  const host = createOfficeHost({
    run: (batch) => batch(context),
  });
  return { host, core };
}
