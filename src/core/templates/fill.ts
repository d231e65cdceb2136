import { toA1 } from "../model/address";
import type { PlanCell } from "../model/cell";
import type { CellBlock, SheetSpec, WritePlan } from "../model/plan";
import type { ItemKey, ProposalFieldKey, SettingsFieldKey } from "../recognise/labels";
import type { RegionCode } from "../vocabulary/regions";
import type { ProposalLayout } from "./proposal";
import { totalFormula } from "./proposal";
import type { SettingsLayout } from "./settings";
import { EMPTY_CELL } from "./text";
import { sameSheetName } from "../model/sheetNames";

/**
 * Data written into a template plan as further cell blocks over the template's own cells
 * (blocks are written in order), so a filled file is the template plus its data.
 */

export interface FundingRowInput {
  readonly itemId: PlanCell;
  readonly source: PlanCell;
  /** One cell per year of the period, in order. */
  readonly years: readonly PlanCell[];
  /** Replaces the template's SUM formula (a deliberate mismatch in a demo file). */
  readonly total?: PlanCell;
}

export interface ProposalData {
  readonly fields?: Partial<Readonly<Record<ProposalFieldKey, PlanCell>>>;
  readonly items: readonly Partial<Readonly<Record<ItemKey, PlanCell>>>[];
  readonly funding: readonly FundingRowInput[];
}

function withBlocks(plan: WritePlan, sheet: string, blocks: readonly CellBlock[]): WritePlan {
  let found = false;
  const sheets = (plan.sheets ?? []).map((spec): SheetSpec => {
    if (!sameSheetName(spec.name, sheet)) return spec;
    found = true;
    return { ...spec, blocks: [...spec.blocks, ...blocks] };
  });
  if (!found) throw new Error(`the plan has no sheet ${sheet}`);
  return { ...plan, sheets };
}

function checkFits(what: string, count: number, rows: number): void {
  if (count > rows) throw new Error(`${count} ${what} rows do not fit the template's ${rows}`);
}

/** The proposal sheet `sheet` of `plan` with its header fields, items and funding filled in. */
export function fillProposal(
  plan: WritePlan,
  sheet: string,
  layout: ProposalLayout,
  data: ProposalData,
): WritePlan {
  checkFits("item", data.items.length, layout.itemRows);
  checkFits("funding", data.funding.length, layout.fundingRows);
  const blocks: CellBlock[] = [];
  for (const [key, cell] of Object.entries(data.fields ?? {}) as [ProposalFieldKey, PlanCell][]) {
    blocks.push({
      topLeft: toA1({ row: layout.fieldRows[key], col: layout.fieldValueCol }),
      cells: [[cell]],
    });
  }
  const columns = Object.entries(layout.itemColumns) as [ItemKey, number][];
  const width = Math.max(...columns.map(([, col]) => col)) + 1;
  if (data.items.length > 0) {
    blocks.push({
      topLeft: toA1({ row: layout.itemsFirstRow, col: 0 }),
      cells: data.items.map((item) => {
        const row: PlanCell[] = Array.from({ length: width }, () => EMPTY_CELL);
        for (const [key, col] of columns) {
          const cell = item[key];
          if (cell) row[col] = cell;
          else if (key === "itemId" || key === "statute") row[col] = { kind: "text", text: "" };
        }
        return row;
      }),
    });
  }
  const f = layout.fundingColumns;
  if (data.funding.length > 0) {
    blocks.push({
      topLeft: toA1({ row: layout.fundingFirstRow, col: 0 }),
      cells: data.funding.map((line, i) => {
        const row = layout.fundingFirstRow + i;
        const cells: PlanCell[] = Array.from({ length: f.total + 1 }, () => EMPTY_CELL);
        cells[f.itemId] = line.itemId;
        cells[f.source] = line.source;
        f.years.forEach(({ col }, y) => (cells[col] = line.years[y] ?? EMPTY_CELL));
        cells[f.total] =
          line.total ?? totalFormula(row, f.years[0].col, f.years[f.years.length - 1].col);
        return cells;
      }),
    });
  }
  return withBlocks(plan, sheet, blocks);
}

export interface SettingsData {
  readonly fields?: Partial<Readonly<Record<SettingsFieldKey, PlanCell>>>;
  /** Allocation cells by region; regions left out stay empty. */
  readonly allocations?: Partial<Readonly<Record<RegionCode, PlanCell>>>;
}

export function fillSettings(
  plan: WritePlan,
  sheet: string,
  layout: SettingsLayout,
  data: SettingsData,
): WritePlan {
  const blocks: CellBlock[] = [];
  for (const [key, cell] of Object.entries(data.fields ?? {}) as [SettingsFieldKey, PlanCell][]) {
    blocks.push({
      topLeft: toA1({ row: layout.fieldRows[key], col: layout.fieldValueCol }),
      cells: [[cell]],
    });
  }
  layout.allocationRegions.forEach((region, i) => {
    const cell = data.allocations?.[region];
    if (!cell) return;
    blocks.push({
      topLeft: toA1({
        row: layout.allocationFirstRow + i,
        col: layout.allocationColumns.allocation,
      }),
      cells: [[cell]],
    });
  });
  return withBlocks(plan, sheet, blocks);
}
