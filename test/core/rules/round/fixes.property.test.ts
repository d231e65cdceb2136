import fc from "fast-check";
import { parseA1 } from "../../../../src/core/model/address";
import type { CellValue, PlanCell } from "../../../../src/core/model/cell";
import type { SheetSnapshot } from "../../../../src/core/model/snapshot";
import { recogniseSheet } from "../../../../src/core/recognise/recognise";
import type { Issue } from "../../../../src/core/rules/issue";
import { interpretSettings } from "../../../../src/core/rules/round/settings";
import { ELIGIBLE_REGION_CODES } from "../../../../src/core/vocabulary";
import { LANG_CASES, regionName, roundSheet, type AllocationLine } from "./build";

function planToCell(cell: PlanCell): CellValue {
  switch (cell.kind) {
    case "text":
      return { kind: "text", text: cell.text };
    case "number":
      return { kind: "number", value: cell.value };
    case "boolean":
      return { kind: "boolean", value: cell.value };
    case "date":
      return { kind: "date", serial: cell.serial };
    default:
      return { kind: "empty" };
  }
}

/** The sheet with every fix written, one cell at a time as the pane would. */
function applyFixes(sheet: SheetSnapshot, issues: readonly Issue[]): SheetSnapshot {
  const cells = sheet.cells.map((row) => [...row]);
  for (const issue of issues) {
    if (issue.fix === null) continue;
    const ref = parseA1(issue.fix.cell)!;
    while (cells.length <= ref.row) cells.push([]);
    while (cells[ref.row].length <= ref.col) cells[ref.row].push({ kind: "empty" });
    cells[ref.row][ref.col] = planToCell(issue.fix.value);
  }
  return { ...sheet, cells };
}

function settingsIssues(sheet: SheetSnapshot): Issue[] {
  const recognised = recogniseSheet(sheet);
  if (recognised.kind !== "settings")
    throw new Error("the fixed sheet is no longer a settings sheet");
  return [...interpretSettings(sheet, recognised, "kierros.xlsx").issues];
}

const lang = fc.constantFrom(...LANG_CASES);
const regionCode = fc.constantFrom(...ELIGIBLE_REGION_CODES);

const regionCell = (l: (typeof LANG_CASES)[number]) =>
  fc.oneof(
    regionCode.map((c) => regionName(c, l)),
    regionCode.map((c) => c),
    // A near miss: one letter doubled.
    regionCode.map((c) => `${regionName(c, l)}${regionName(c, l).slice(-1)}`),
    fc.constant("Atlantis"),
  );

const amountCell = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.integer({ min: 0, max: 200_000_000 }).map((c) => c / 100),
  fc.integer({ min: 0, max: 2_000_000 }).map((e) => `${e} €`),
  fc.integer({ min: 0, max: 20_000_000 }).map((c) => (c / 100).toFixed(2).replace(".", ",") + " €"),
  fc.integer({ min: 1, max: 1_000 }).map((e) => -e),
);

const shareCell = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 0.2, noNaN: true }));

describe("fixes of the settings rules", () => {
  it("after applying every fix, a new run reports none of the fixed issues", () => {
    const fixedRules = new Set<string>();
    fc.assert(
      fc.property(
        lang.chain((l) =>
          fc.tuple(
            fc.constant(l),
            fc.array(
              fc.record({ region: regionCell(l), allocation: amountCell, share: shareCell }),
              { minLength: 1, maxLength: 20 },
            ),
          ),
        ),
        ([l, allocation]) => {
          const built = roundSheet({ lang: l, allocation: allocation as AllocationLine[] });
          const before = settingsIssues(built.sheet).filter((i) => i.fix !== null);
          for (const b of before) fixedRules.add(b.rule);
          const after = settingsIssues(applyFixes(built.sheet, before));
          const again = after.filter((i) =>
            before.some((b) => b.rule === i.rule && b.cell === i.cell),
          );
          expect(again).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
    // The runs did exercise the fixes of every fixable settings rule.
    expect([...fixedRules].sort()).toEqual([
      "ALLOC-CENTS",
      "ALLOC-REGION-UNKNOWN",
      "ALLOC-SHARE-MISMATCH",
      "CELL-NUMBER-AS-TEXT",
    ]);
  });
});
