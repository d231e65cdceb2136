import fc from "fast-check";
import { parseA1 } from "../../../../src/core/model/address";
import type { CellValue } from "../../../../src/core/model/cell";
import { LANGS } from "../../../../src/core/model/lang";
import { buildProposal, type Raw } from "../../recognise/sheetBuilder";
import { run } from "./helpers";

const cellValue: fc.Arbitrary<Raw> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("1.1", "1,500", " LVM ", "Saavutettavuus", "AKKE", "2027", "-5", "12 500,50 €"),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.record({ kind: fc.constant("date" as const), serial: fc.double({ min: -10, max: 3e6 }) }),
  fc.record({
    kind: fc.constant("error" as const),
    code: fc.constantFrom("#REF!", "#N/A", "#VALUE!"),
  }),
  fc.constant<CellValue>({ kind: "text", text: "y".repeat(1005) }),
);

const row = fc.array(cellValue, { minLength: 0, maxLength: 8 });

describe("interpretProposal on arbitrary cells", () => {
  it("never throws, and every issue's cell lies inside the sheet", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.array(row, { maxLength: 8 }),
        fc.array(row, { maxLength: 6 }),
        fc.boolean(),
        (lang, itemRows, fundingRows, excelTable) => {
          const keys = [
            "itemId",
            "theme",
            "objective",
            "level",
            "leadMinistry",
            "otherMinistries",
            "investmentNeed",
            "targetYear",
          ] as const;
          const built = buildProposal({
            lang,
            columns: keys,
            items: itemRows.map((values) =>
              Object.fromEntries(keys.map((k, i) => [k, values[i] ?? null])),
            ),
            excelTable,
            funding: {
              years: [2026, 2027, 2028],
              rows: fundingRows.map((values) => ({
                itemId: values[0] ?? null,
                source: values[1] ?? null,
                amounts: [values[2] ?? null, values[3] ?? null, values[4] ?? null],
                total: values[5] ?? null,
              })),
            },
          });
          const { issues, proposal } = run(built.sheet);
          const height = built.sheet.cells.length;
          const width = Math.max(...built.sheet.cells.map((line) => line.length));
          for (const issue of issues) {
            if (issue.cell === null) continue;
            const ref = parseA1(issue.cell);
            expect(ref).not.toBeNull();
            expect(ref!.row).toBeLessThan(height);
            expect(ref!.col).toBeLessThan(width);
          }
          for (const line of proposal.funding)
            for (const year of line.years) expect(Number.isSafeInteger(year.cents)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
