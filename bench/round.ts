/**
 * Rounds of any size for the bench: the sample-round builder's 18 proposal files plus the
 * settings, with a few deliberate mistakes so that validation has issues to mark.
 */
import { parseA1 } from "../src/core/model/address";
import type { PlanCell } from "../src/core/model/cell";
import type { CellBlock, SheetSpec, WritePlan } from "../src/core/model/plan";
import type { WorkbookSnapshot } from "../src/core/model/snapshot";
import { applyPlanToSnapshot } from "../src/core/model/applyPlan";
import {
  buildSampleRound,
  roundAsOneWorkbook,
  proposalLayout,
  SAMPLE_PERIOD,
  type SampleFile,
} from "../src/core/templates";

export const EMPTY_SNAPSHOT: WorkbookSnapshot = {
  file: "",
  sheets: [],
  registry: [],
  structureProtected: false,
};

/** Every 10th item names a ministry that does not exist. */
const WRONG_MINISTRY_EVERY = 10;
/** Every 25th funding row has an amount typed as text. */
const TEXT_AMOUNT_EVERY = 25;

function withCell(spec: SheetSpec, row: number, col: number, cell: PlanCell): SheetSpec {
  const blocks = spec.blocks.map((block): CellBlock => {
    const origin = parseA1(block.topLeft);
    if (!origin) return block;
    const r = row - origin.row;
    const c = col - origin.col;
    if (r < 0 || r >= block.cells.length || c < 0 || c >= block.cells[r].length) return block;
    const cells = block.cells.slice();
    const line = cells[r].slice();
    line[c] = cell;
    cells[r] = line;
    return { ...block, cells };
  });
  return { ...spec, blocks };
}

/** A proposal file with mistakes an official would make: unknown ministries, amounts as text. */
function withMistakes(file: SampleFile, itemsPerRegion: number): SampleFile {
  if (file.kind !== "proposal") return file;
  const layout = proposalLayout(SAMPLE_PERIOD, itemsPerRegion, 2 * itemsPerRegion);
  const [proposal, ...rest] = file.plan.sheets ?? [];
  let sheet = proposal;
  for (let i = 3; i < itemsPerRegion; i += WRONG_MINISTRY_EVERY)
    sheet = withCell(sheet, layout.itemsFirstRow + i, layout.itemColumns.leadMinistry, {
      kind: "text",
      text: "Biotalousministeriö",
    });
  const yearCol = layout.fundingColumns.years[1].col;
  for (let j = 7; j < 2 * itemsPerRegion; j += TEXT_AMOUNT_EVERY)
    sheet = withCell(sheet, layout.fundingFirstRow + j, yearCol, { kind: "text", text: "100 000" });
  return { ...file, plan: { ...file.plan, sheets: [sheet, ...rest] } };
}

/** The settings file and 18 proposal files of `itemsPerRegion` items each. */
export function roundFiles(itemsPerRegion: number): SampleFile[] {
  return buildSampleRound({ itemsPerRegion }).map((file) => withMistakes(file, itemsPerRegion));
}

/** The whole round as one plan for one workbook, the lists sheet once. */
export function roundPlan(files: readonly SampleFile[]): WritePlan {
  return roundAsOneWorkbook(files);
}

/** The round as a snapshot, as the in-browser workbook holds it (the core's input). */
export function roundSnapshot(files: readonly SampleFile[]): WorkbookSnapshot {
  return applyPlanToSnapshot(EMPTY_SNAPSHOT, roundPlan(files));
}

/** Each file on its own, as a snapshot of that file (what `readXlsx` gives outside Excel). */
export function fileSnapshot(file: SampleFile): WorkbookSnapshot {
  return { ...applyPlanToSnapshot(EMPTY_SNAPSHOT, file.plan), file: file.fileName };
}
