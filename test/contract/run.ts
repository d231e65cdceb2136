/**
 * One plan through the three implementations, from one basis: the Office adapter into the
 * fake Excel read back with `readWorkbook`, `writeXlsx` read back with `readXlsx`, and
 * `applyPlanToSnapshot`.
 */
import { applyPlanToSnapshot } from "../../src/core/model/applyPlan";
import type { WritePlan } from "../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { applyPlan, readWorkbook } from "../../src/workbook/office";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { buildWorkbook, fakeContext, type FakeWorkbook } from "../fake-excel";
import { fakeFeatures, xlsxFeatures, type FileFeatures } from "./fileFeatures";

export interface ContractRun {
  readonly plan: WritePlan;
  readonly basis: WorkbookSnapshot;
  readonly office: WorkbookSnapshot;
  readonly xlsx: WorkbookSnapshot;
  readonly core: WorkbookSnapshot;
  readonly officeFile: FileFeatures;
  readonly xlsxFile: FileFeatures;
}

/**
 * A fake Excel workbook as a user has it: a new workbook's `Sheet1`, then `seeds` written
 * through the Office adapter, each read first as the add-in does.
 */
export async function seededBook(
  seeds: readonly (WritePlan | ((basis: WorkbookSnapshot) => WritePlan))[] = [],
): Promise<FakeWorkbook> {
  const book = buildWorkbook({ sheets: [{ name: "Sheet1" }] });
  for (const seed of seeds) {
    const { context } = fakeContext(book);
    const basis = await readWorkbook(context);
    await applyPlan(context, typeof seed === "function" ? seed(basis) : seed, basis);
  }
  return book;
}

export async function runContract(
  book: FakeWorkbook,
  makePlan: (basis: WorkbookSnapshot) => WritePlan,
): Promise<ContractRun> {
  const { context } = fakeContext(book);
  const basis = await readWorkbook(context);
  const plan = makePlan(basis);

  const core = applyPlanToSnapshot(basis, plan);
  const { bytes } = await writeXlsx(plan, basis);
  const xlsx = await readXlsx(bytes, "contract.xlsx");
  const xlsxFile = await xlsxFeatures(bytes);

  await applyPlan(context, plan, basis);
  const office = await readWorkbook(fakeContext(book).context);
  return { plan, basis, office, xlsx, core, officeFile: fakeFeatures(book), xlsxFile };
}
