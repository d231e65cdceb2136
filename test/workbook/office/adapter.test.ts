import { text, type PlanCell } from "../../../src/core/model/cell";
import { markerFormula, type WritePlan } from "../../../src/core/model/plan";
import {
  applyPlan,
  readOutline,
  readWorkbook,
  selectCell,
  WorkbookProtectedError,
} from "../../../src/workbook/office";
import {
  buildWorkbook,
  changedCells,
  dumpWorkbook,
  fakeContext,
  MB,
  sheetRows,
  type FakeSheetSpec,
} from "../../fake-excel";

const t = (value: string): PlanCell => ({ kind: "text", text: value });

describe("readWorkbook", () => {
  it("fills each read request before starting the next: 2 + ⌈cells / budget⌉ syncs", async () => {
    // Five sheets of 300 cells against a budget of 500 cells a request: 1 500 cells, 3 reads.
    const sheets: FakeSheetSpec[] = Array.from({ length: 5 }, (_, s) => ({
      name: `Region ${s + 1}`,
      rows: Array.from({ length: 30 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * c + s)),
    }));
    const { context, core } = fakeContext(buildWorkbook({ sheets }));
    const snapshot = await readWorkbook(context, { maxResponseBytes: 500 * 28, bytesPerCell: 28 });
    // The sheet list, their used ranges, then the cells.
    expect(core.syncCount).toBe(2 + Math.ceil(1500 / 500));
    expect(snapshot.sheets.map((sheet) => sheet.cells[29][9])).toEqual(
      [0, 1, 2, 3, 4].map((s) => ({ kind: "number", value: 29 * 9 + s })),
    );
  });

  it("reads 20 sheets × 200 rows × 25 columns in at most 3 syncs", async () => {
    const sheets: FakeSheetSpec[] = Array.from({ length: 20 }, (_, s) => ({
      name: `Region ${s + 1}`,
      rows: Array.from({ length: 200 }, (_, r) =>
        Array.from({ length: 25 }, (_, c) => (c % 2 ? `item ${r}-${c}` : r * c)),
      ),
    }));
    const { context, core } = fakeContext(buildWorkbook({ sheets }));
    const snapshot = await readWorkbook(context);
    expect(core.syncCount).toBeLessThanOrEqual(3);
    expect(snapshot.sheets).toHaveLength(20);
    expect(snapshot.sheets[19].cells[199][24]).toEqual({ kind: "number", value: 199 * 24 });
    expect(snapshot.sheets[3].cells[5][1]).toEqual(text("item 5-1"));
    expect(Math.max(...core.syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(4 * MB);
  });

  it("reads errors, booleans, dates, text and numbers as their kinds, padded to A1", async () => {
    const book = buildWorkbook({
      sheets: [
        {
          name: "A",
          rows: [
            [],
            [null, { error: "#REF!" }, true, { value: 45658, numberFormat: "d.m.yyyy" }, "x", 12.5],
          ],
        },
      ],
    });
    const { context } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    expect(snapshot.sheets[0].cells[1]).toEqual([
      { kind: "empty" },
      { kind: "error", code: "#REF!" },
      { kind: "boolean", value: true },
      { kind: "date", serial: 45658 },
      text("x"),
      { kind: "number", value: 12.5 },
    ]);
    expect(snapshot.sheets[0].cells[0]).toHaveLength(6);
  });

  it("splits a read Excel refuses as too large and retries", async () => {
    const long = "y".repeat(1000);
    const { context, core } = fakeContext(
      buildWorkbook({ sheets: [{ name: "A", rows: Array.from({ length: 6000 }, () => [long]) }] }),
    );
    const snapshot = await readWorkbook(context);
    expect(snapshot.sheets[0].cells).toHaveLength(6000);
    expect(core.syncs.some((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  });

  it("reads the registry from the veryHidden _ra sheet", async () => {
    const rows = [
      ["sheet", "role", "hash", "schemaVersion", "time"],
      ["Backup", "backup", "abc", 1, "2025-01-01T00:00:00Z"],
    ];
    const { context } = fakeContext(
      buildWorkbook({ sheets: [{ name: "A" }, { name: "_ra", rows, visibility: "VeryHidden" }] }),
    );
    const snapshot = await readWorkbook(context);
    expect(snapshot.registry).toEqual([
      {
        sheet: "Backup",
        role: "backup",
        hash: "abc",
        schemaVersion: 1,
        time: "2025-01-01T00:00:00Z",
      },
    ]);
  });
});

describe("applyPlan", () => {
  const tricky = ["=1+1", "+cmd|' /C calc'!A0", "1.1", "00123", "TRUE", "-2+3"];

  it("writes text cells as text and formulas as formulas, in one sync", async () => {
    const book = buildWorkbook({ sheets: [{ name: "User", rows: [["keep"]] }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    const before = core.syncCount;
    const plan: WritePlan = {
      sheets: [
        {
          name: "New",
          mode: "add",
          blocks: [
            { topLeft: "A1", cells: [[...tricky.map(t), { kind: "formula", formula: "=1+2" }]] },
          ],
          freeze: { rows: 1, cols: 0 },
        },
      ],
      registry: [{ sheet: "New", role: "generated", hash: "h", schemaVersion: 1, time: "now" }],
      activate: { sheet: "New", select: "B1" },
    };
    await applyPlan(context, plan, snapshot);
    expect(core.syncCount - before).toBe(1);
    expect(sheetRows(book, "New")).toEqual([[...tricky, "=1+2"]]);
    expect(book.sheet("New").cell(0, 6)).toMatchObject({ value: 3 });
    expect(book.sheet("_ra").visibility).toBe("VeryHidden");
    expect(book.activeSheet?.name).toBe("New");
    expect(book.calculationMode).toBe("Automatic");
    expect(book.enableEvents).toBe(true);
  });

  it("writes range formats under the blocks, fills, a date rule and a prompt alone, in the same one sync", async () => {
    const book = buildWorkbook({ sheets: [{ name: "User", rows: [["keep"]] }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    const before = core.syncCount;
    const prompt = { title: "Säädös", message: "380/2023" };
    await applyPlan(
      context,
      {
        sheets: [
          {
            name: "New",
            mode: "add",
            blocks: [{ topLeft: "A1", cells: [[t("Summa")], [{ kind: "empty" }], [t("teksti")]] }],
            rangeFormats: [{ range: "A2:B4", format: '#,##0 "€"' }],
            fills: [{ range: "A1", color: "#E2EFDA", fontColor: "#375623" }],
            validations: [
              {
                kind: "date",
                range: "C1",
                min: 36_526,
                max: 73_415,
                allowBlank: true,
                prompt,
                errorStyle: "warning",
              },
              { kind: "prompt", range: "D2:D5", prompt },
            ],
          },
        ],
      },
      snapshot,
    );
    expect(core.syncCount - before).toBe(1);
    const sheet = book.sheet("New");
    // The empty cells keep the range's format; a text cell of the block has its own.
    expect([sheet.cell(1, 0), sheet.cell(3, 1)].map((c) => c?.numberFormat)).toEqual([
      '#,##0 "€"',
      '#,##0 "€"',
    ]);
    expect(sheet.cell(2, 0)).toMatchObject({ value: "teksti", numberFormat: "@" });
    expect(sheet.cell(0, 0)).toMatchObject({ fill: "#E2EFDA", fontColor: "#375623" });
    expect(sheet.validations).toEqual([
      expect.objectContaining({
        rule: { date: { formula1: "2000-01-01", formula2: "2100-12-31", operator: "Between" } },
        ignoreBlanks: true,
        prompt: { showPrompt: true, ...prompt },
        errorAlert: expect.objectContaining({ style: "Warning" }),
      }),
      {
        ref: { top: 1, left: 3, bottom: 4, right: 3 },
        rule: {},
        prompt: { showPrompt: true, ...prompt },
      },
    ]);
  });

  it("splits a plan over 4 MB into requests of at most 4 MB each", async () => {
    const book = buildWorkbook({ sheets: [{ name: "User" }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    const first = core.syncs.length;
    const row = Array.from({ length: 10 }, (_, c) => t(`${c}`.padEnd(100, "z")));
    await applyPlan(
      context,
      {
        sheets: [
          {
            name: "Big",
            mode: "add",
            blocks: [{ topLeft: "A1", cells: Array.from({ length: 6000 }, () => row) }],
          },
        ],
      },
      snapshot,
    );
    const writes = core.syncs.slice(first);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThanOrEqual(3);
    for (const sync of writes) expect(sync.requestBytes).toBeLessThanOrEqual(4 * MB);
    expect(sheetRows(book, "Big")).toHaveLength(6000);
  });

  it("changes no cell the plan does not name", async () => {
    const book = buildWorkbook({
      sheets: [
        {
          name: "A",
          rows: [
            ["a", 1],
            ["b", { value: 2, fill: "#FF0000" }],
          ],
        },
        { name: "B", rows: [["x"]] },
      ],
    });
    const { context } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    const before = dumpWorkbook(book);
    await applyPlan(
      context,
      { edits: [{ sheet: "A", blocks: [{ topLeft: "B2", cells: [[t("fixed")]] }] }] },
      snapshot,
    );
    expect(changedCells(before, dumpWorkbook(book))).toEqual(["A!B2"]);
    expect(book.sheet("A").cell(1, 1)).toMatchObject({
      value: "fixed",
      fill: "#FF0000",
      numberFormat: "@",
    });
  });

  it("builds a replacement before deleting the old sheet, so a failure leaves the user's sheet whole", async () => {
    const book = buildWorkbook({
      sheets: [{ name: "Lists", rows: [["old"]] }, { name: "Other" }],
      calculationMode: "AutomaticExceptTables",
    });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    core.failWhen((op) => op.kind === "call" && op.name === "delete");
    const plan: WritePlan = {
      sheets: [
        { name: "Lists", mode: "replace", blocks: [{ topLeft: "A1", cells: [[t("new")]] }] },
      ],
    };
    await expect(applyPlan(context, plan, snapshot)).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(sheetRows(book, "Lists")).toEqual([["old"]]);
    expect(book.calculationMode).toBe("AutomaticExceptTables");
    expect(book.enableEvents).toBe(true);
  });

  it("replaces a sheet: the new one under the old name, the old one gone", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Lists", rows: [["old"]] }, { name: "Other" }] });
    const { context } = fakeContext(book);
    await applyPlan(
      context,
      {
        sheets: [
          { name: "Lists", mode: "replace", blocks: [{ topLeft: "A1", cells: [[t("new")]] }] },
        ],
      },
      await readWorkbook(context),
    );
    expect(book.sheets.map((s) => s.name)).toEqual(["Other", "Lists"]);
    expect(sheetRows(book, "Lists")).toEqual([["new"]]);
  });

  it("adds and clears markers, leaving the user's conditional formats untouched; clearing costs 2 syncs", async () => {
    const userCf = { ranges: ["A1:A3"], formula: "=A1>1", fill: "#00FF00" };
    const book = buildWorkbook({
      sheets: [{ name: "P", rows: [[1], [2], [3]], conditionalFormats: [userCf] }],
    });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    await applyPlan(
      context,
      {
        markers: [
          {
            sheet: "P",
            markers: [
              {
                severity: "error",
                areas: ["A1", "A3:B3"],
                formula: markerFormula("error"),
                fill: "#FFC7CE",
              },
            ],
          },
        ],
      },
      snapshot,
    );
    expect(book.sheet("P").conditionalFormats).toHaveLength(2);
    const before = core.syncCount;
    await applyPlan(context, { clearMarkers: ["P"] }, snapshot);
    // The markers read again (ids are priorities, never cached), then deleted by id.
    expect(core.syncCount - before).toBe(2);
    expect(book.sheet("P").conditionalFormats).toEqual([
      expect.objectContaining({ formula: "=A1>1", fill: "#00FF00" }),
    ]);
  });

  it("clears the add-in's markers, found by their signature, and never the user's", async () => {
    const userCf = { ranges: ["A1:A3"], formula: "=A1>1", fill: "#00FF00" };
    const book = buildWorkbook({
      sheets: [{ name: "P", rows: [[1], [2], [3]], conditionalFormats: [userCf] }, { name: "Q" }],
    });
    book.sheet("P").conditionalFormats.push({
      id: "old-marker",
      type: "Custom",
      ranges: [{ top: 1, left: 0, bottom: 1, right: 0 }],
      formula: markerFormula("warning"),
      fill: "#FFEB9C",
      fontColor: null,
    });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    const before = core.syncCount;
    await applyPlan(context, { clearMarkers: ["P", "Q"] }, snapshot);
    expect(core.syncCount - before).toBe(2);
    expect(book.sheet("P").conditionalFormats.map((cf) => cf.formula)).toEqual(["=A1>1"]);
  });

  it("reads the outline in two syncs, without cells but with the registry", async () => {
    const rows = [
      ["sheet", "role", "hash", "schemaVersion", "time"],
      ["Backup", "backup", "abc", 1, "2025-01-01T00:00:00Z"],
    ];
    const book = buildWorkbook({
      sheets: [
        { name: "P", rows: [[1]], protected: true },
        { name: "H", visibility: "Hidden" },
        {
          name: "_ra",
          rows,
          visibility: "VeryHidden",
          tables: [{ name: "ra_registry", range: "A1:E2" }],
        },
      ],
    });
    const { context, core } = fakeContext(book);
    const outline = await readOutline(context);
    expect(core.syncCount).toBe(2);
    expect(
      outline.sheets.map((s) => [s.name, s.visibility, s.isProtected, s.cells.length]),
    ).toEqual([
      ["P", "visible", true, 0],
      ["H", "hidden", false, 0],
      ["_ra", "veryHidden", false, 2],
    ]);
    expect(outline.registry.map((r) => r.sheet)).toEqual(["Backup"]);
    expect(outline.sheets[2].tables.map((t) => t.name)).toEqual(["ra_registry"]);
  });

  it("creates workbook names before the dropdowns that name them, on the temporary sheet, and they follow the rename", async () => {
    const book = buildWorkbook({ sheets: [{ name: "User" }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    const plan: WritePlan = {
      sheets: [
        {
          name: "Form",
          mode: "add",
          blocks: [{ topLeft: "A1", cells: [[t("Theme")]] }],
          validations: [
            { range: "A2:A5", source: { kind: "name", name: "ra_x" }, allowBlank: true },
          ],
        },
        {
          name: "Lists",
          mode: "add",
          blocks: [{ topLeft: "A1", cells: [[t("one")], [t("two")]] }],
          names: [{ name: "ra_x", range: "A1:A2" }],
        },
      ],
    };
    const from = core.log.length;
    await applyPlan(context, plan, snapshot);
    const log = core.log.slice(from);
    const named = log.findIndex((op) => op.path === "workbook.names" && op.name === "add");
    const validated = log.findIndex(
      (op) => op.path.endsWith(".dataValidation") && op.name === "rule",
    );
    expect(named).toBeGreaterThanOrEqual(0);
    expect(validated).toBeGreaterThan(named);
    expect(book.sheet("Form").validations).toHaveLength(1);
    expect(book.names.map((n) => [n.name, n.sheet.name])).toEqual([["ra_x", "Lists"]]);
  });

  it("replaces a sheet holding names: the names point at the new sheet, the dropdowns still work", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Lists", rows: [["old"]] }, { name: "User" }] });
    book.names.push({
      name: "ra_x",
      sheet: book.sheet("Lists"),
      ref: { top: 0, left: 0, bottom: 0, right: 0 },
    });
    const { context } = fakeContext(book);
    await applyPlan(
      context,
      {
        sheets: [
          {
            name: "Lists",
            mode: "replace",
            blocks: [{ topLeft: "A1", cells: [[t("new")], [t("newer")]] }],
            names: [{ name: "ra_x", range: "A1:A2" }],
            validations: [
              { range: "B1", source: { kind: "name", name: "ra_x" }, allowBlank: true },
            ],
          },
        ],
      },
      await readWorkbook(context),
    );
    expect(sheetRows(book, "Lists")).toEqual([["new"], ["newer"]]);
    expect(book.sheet("Lists").validations).toHaveLength(1);
    expect(book.names).toHaveLength(1);
    expect(book.names[0].sheet).toBe(book.sheet("Lists"));
    expect(book.names[0].ref).toEqual({ top: 0, left: 0, bottom: 1, right: 0 });
  });

  it("refuses to write into a protected sheet and writes nothing", async () => {
    const book = buildWorkbook({ sheets: [{ name: "P", rows: [["a"]], protected: true }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    const syncs = core.syncCount;
    const before = dumpWorkbook(book);
    await expect(
      applyPlan(
        context,
        { edits: [{ sheet: "P", blocks: [{ topLeft: "A1", cells: [[t("b")]] }] }] },
        snapshot,
      ),
    ).rejects.toBeInstanceOf(WorkbookProtectedError);
    expect(core.syncCount).toBe(syncs);
    expect(dumpWorkbook(book)).toEqual(before);
  });

  it("refuses to add sheets to a workbook whose structure is protected", async () => {
    const { context } = fakeContext(
      buildWorkbook({ sheets: [{ name: "P" }], structureProtected: true }),
    );
    const snapshot = await readWorkbook(context);
    await expect(
      applyPlan(context, { sheets: [{ name: "N", mode: "add", blocks: [] }] }, snapshot),
    ).rejects.toMatchObject({ structure: true });
  });

  it("leaves calculation mode and events as they were after a failure", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    core.failAtWrite(4);
    await expect(
      applyPlan(
        context,
        { sheets: [{ name: "N", mode: "add", blocks: [{ topLeft: "A1", cells: [[t("x")]] }] }] },
        snapshot,
      ),
    ).rejects.toBeDefined();
    expect(book.calculationMode).toBe("Automatic");
    expect(book.enableEvents).toBe(true);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }, { name: "B" }] });
    const { context, core } = fakeContext(book);
    await selectCell(context, "B", "C4");
    expect(core.syncCount).toBe(1);
    expect(book.activeSheet?.name).toBe("B");
    expect(book.sheet("B").selection).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
  });
});
