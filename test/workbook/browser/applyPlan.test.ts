import { applyPlanToSnapshot, ApplyPlanError } from "../../../src/core/model/applyPlan";
import type { WritePlan } from "../../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";

const empty: WorkbookSnapshot = {
  file: "a.xlsx",
  sheets: [],
  registry: [],
  structureProtected: false,
};

const addSheet = (name: string, extra: Partial<WritePlan> = {}): WritePlan => ({
  sheets: [
    {
      name,
      mode: "add",
      blocks: [
        {
          topLeft: "B2",
          cells: [
            [
              { kind: "text", text: "1.1" },
              { kind: "number", value: 12500, format: '#,##0 "€"' },
              { kind: "formula", formula: "=SUM(C2:C3)", format: '#,##0 "€"' },
            ],
            [
              { kind: "date", serial: 46000 },
              { kind: "boolean", value: true },
              { kind: "text", text: "" },
            ],
          ],
        },
      ],
      tables: [{ name: "T1", range: "B2:D3" }],
    },
  ],
  ...extra,
});

describe("applyPlanToSnapshot", () => {
  it("adds a sheet with typed cells at the block's place and its tables", () => {
    const after = applyPlanToSnapshot(empty, addSheet("Esitys"));
    const sheet = after.sheets[0];
    expect(sheet.name).toBe("Esitys");
    expect(sheet.cells[0]).toEqual([]);
    expect(sheet.cells[1]).toEqual([
      { kind: "empty" },
      { kind: "text", text: "1.1" },
      { kind: "number", value: 12500 },
    ]);
    expect(sheet.cells[2][1]).toEqual({ kind: "date", serial: 46000 });
    expect(sheet.cells[2][2]).toEqual({ kind: "boolean", value: true });
    expect(sheet.numberFormats?.[1][1]).toBe("@");
    expect(sheet.numberFormats?.[1][2]).toBe('#,##0 "€"');
    expect(sheet.tables).toEqual([
      { name: "T1", range: { top: 1, left: 1, bottom: 2, right: 3 }, showHeaders: true },
    ]);
  });

  it("formats a range's cells the snapshot covers, leaves the blocks' own formats, and an empty cell's format", () => {
    const result = applyPlanToSnapshot(empty, {
      sheets: [
        {
          name: "S",
          mode: "add",
          rangeFormats: [{ range: "A1:B9", format: '#,##0 "€"' }],
          blocks: [
            {
              topLeft: "A1",
              cells: [
                [{ kind: "empty" }, { kind: "number", value: 5 }],
                [{ kind: "text", text: "x" }],
              ],
            },
          ],
          fills: [{ range: "A1", color: "#E2EFDA" }],
          validations: [{ kind: "prompt", range: "A1:A9", prompt: { title: "t", message: "m" } }],
        },
      ],
    });
    const sheet = result.sheets[0];
    expect(sheet.cells).toEqual([
      [{ kind: "empty" }, { kind: "number", value: 5 }],
      [{ kind: "text", text: "x" }],
    ]);
    expect(sheet.numberFormats).toEqual([['#,##0 "€"', "General"], ["@"]]);
  });

  it("holds a formula as an empty cell, as a file written without results reads back", () => {
    const sheet = applyPlanToSnapshot(empty, addSheet("Esitys")).sheets[0];
    // The formula is the last cell of its row: the used range ends before it.
    expect(sheet.cells[1][3]).toBeUndefined();
  });

  it("never changes the snapshot it was given", () => {
    const before = applyPlanToSnapshot(empty, addSheet("Esitys"));
    const frozen = JSON.stringify(before);
    applyPlanToSnapshot(before, {
      edits: [
        { sheet: "Esitys", blocks: [{ topLeft: "A1", cells: [[{ kind: "number", value: 1 }]] }] },
      ],
    });
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it("writes edits into an existing sheet and keeps the other cells", () => {
    const before = applyPlanToSnapshot(empty, addSheet("Esitys"));
    const after = applyPlanToSnapshot(before, {
      edits: [
        { sheet: "esitys", blocks: [{ topLeft: "C2", cells: [[{ kind: "number", value: 99 }]] }] },
      ],
    });
    expect(after.sheets[0].cells[1][2]).toEqual({ kind: "number", value: 99 });
    expect(after.sheets[0].cells[1][1]).toEqual({ kind: "text", text: "1.1" });
  });

  it("refuses to add a sheet over an existing one, and to edit a missing one", () => {
    const before = applyPlanToSnapshot(empty, addSheet("Esitys"));
    expect(() => applyPlanToSnapshot(before, addSheet("ESITYS"))).toThrow(ApplyPlanError);
    expect(() =>
      applyPlanToSnapshot(before, {
        edits: [{ sheet: "Nope", blocks: [{ topLeft: "A1", cells: [[{ kind: "empty" }]] }] }],
      }),
    ).toThrow(ApplyPlanError);
  });

  it("replaces a sheet in place, keeping the order of the others", () => {
    let book = applyPlanToSnapshot(empty, addSheet("A"));
    book = applyPlanToSnapshot(book, addSheet("B"));
    const replaced = applyPlanToSnapshot(book, {
      sheets: [
        {
          name: "A",
          mode: "replace",
          blocks: [{ topLeft: "A1", cells: [[{ kind: "text", text: "new" }]] }],
        },
      ],
    });
    expect(replaced.sheets.map((s) => s.name)).toEqual(["A", "B"]);
    expect(replaced.sheets[0].cells).toEqual([[{ kind: "text", text: "new" }]]);
  });

  it("lets a new sheet take the name an old one gives up in the same plan, and registers the old one", () => {
    const book = applyPlanToSnapshot(empty, addSheet("Esitys MK02"));
    const after = applyPlanToSnapshot(book, {
      ...addSheet("Esitys MK02"),
      renames: [{ from: "Esitys MK02", to: "Esitys MK02 (vanha)", visibility: "hidden" }],
      registry: [
        { sheet: "Esitys MK02 (vanha)", role: "backup", hash: "", schemaVersion: 1, time: "t" },
      ],
      activate: { sheet: "Esitys MK02" },
    });
    expect(after.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Esitys MK02 (vanha)", "hidden"],
      ["Esitys MK02", "visible"],
    ]);
    expect(after.registry.map((r) => [r.sheet, r.role])).toEqual([
      ["Esitys MK02 (vanha)", "backup"],
    ]);
    expect(after.activeSheet).toBe("Esitys MK02");
  });

  it("deletes sheets and drops their registry rows", () => {
    const book = applyPlanToSnapshot(empty, {
      ...addSheet("Yhteenveto"),
      registry: [
        { sheet: "Yhteenveto", role: "generated", hash: "x", schemaVersion: 1, time: "t" },
      ],
    });
    const after = applyPlanToSnapshot(book, { deleteSheets: ["Yhteenveto"] });
    expect(after.sheets).toEqual([]);
    expect(after.registry).toEqual([]);
  });
});
