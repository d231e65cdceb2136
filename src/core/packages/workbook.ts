import { consolidate } from "../consolidate/consolidate";
import { itemValueName } from "../consolidate/vocab";
import { toA1 } from "../model/address";
import type { Lang } from "../model/lang";
import type { CellBlock, SheetEdit, WritePlan } from "../model/plan";
import type { WorkbookSnapshot } from "../model/snapshot";
import { recogniseWorkbook, type RecognisedProposal } from "../recognise/recognise";
import { cellText } from "../rules/proposal/cells";
import { validateRound } from "../rules/validateRound";
import { itemKey } from "./contents";
import { mergePositions, type PositionMerge } from "./merge";
import type { ReturnedPackage } from "./read";
import { sameSheetName } from "../model/sheetNames";

export interface PositionsInWorkbook {
  /** Edits of the regional sheets' ministry position and national follow-up cells. */
  readonly plan: WritePlan;
  readonly merge: PositionMerge;
  /** Cells the plan writes. */
  readonly cells: number;
  /** Items whose sheet has no column for what was merged, so it could not be written there. */
  readonly notWritten: readonly { readonly region: string; readonly itemId: string }[];
}

/**
 * Returned packages merged into the regional sheets of an open workbook (the pane's Import):
 * each lead ministry's position and follow-up decision written into the item's own cells, in
 * the language of its sheet, so that Consolidate and the memo show them. Only those two
 * columns are written; no amount or other cell of a region changes.
 */
export function positionsPlan(
  basis: WorkbookSnapshot,
  packages: readonly ReturnedPackage[],
  lang: Lang,
): PositionsInWorkbook {
  const round = validateRound([{ file: basis.file, snapshot: basis }]);
  const consolidation = consolidate(round.proposals, round.settings, round.issues, round.files);
  const merge = mergePositions(consolidation, round, packages, lang);
  const recognised = new Map(
    recogniseWorkbook(basis)
      .filter((r): r is RecognisedProposal => r.kind === "proposal")
      .map((r) => [r.sheet, r]),
  );
  const blocks = new Map<string, CellBlock[]>();
  const notWritten: { region: string; itemId: string }[] = [];
  let cells = 0;
  for (const ci of consolidation.items) {
    const found = merge.items.get(itemKey(ci.region, ci.item.itemId));
    if (!found) continue;
    const { sheet, row } = ci.item.source;
    const table = recognised.get(sheet);
    const snapshotSheet = basis.sheets.find((s) => sameSheetName(s.name, sheet));
    let missing = false;
    for (const [key, code] of [
      ["ministryPosition", found.ministryPosition],
      ["nationalFollowUp", found.nationalFollowUp],
    ] as const) {
      if (code === null) continue;
      const col = table?.items.columns[key]?.col;
      if (table === undefined || col === undefined) {
        missing = true;
        continue;
      }
      const label = itemValueName(key, code, table.lang);
      if (cellText(snapshotSheet?.cells[row]?.[col]) === label) continue;
      const list = blocks.get(sheet) ?? [];
      list.push({ topLeft: toA1({ row, col }), cells: [[{ kind: "text", text: label }]] });
      blocks.set(sheet, list);
      cells += 1;
    }
    if (missing) notWritten.push({ region: ci.region, itemId: ci.item.itemId });
  }
  const edits: SheetEdit[] = [...blocks].map(([sheet, list]) => ({ sheet, blocks: list }));
  return { plan: edits.length > 0 ? { edits } : {}, merge, cells, notWritten };
}
