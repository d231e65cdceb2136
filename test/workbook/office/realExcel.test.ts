/**
 * The Office.js behaviours where real Excel differs from what the adapter first assumed
 * (docs/excel-decisions.md, one section per numbered point). Each test fails on the adapter
 * before that change: the fake Excel is at least as strict as Excel on each point.
 */
import { markerFormula, type MarkerSpec, type WritePlan } from "../../../src/core/model/plan";
import type { PlanCell } from "../../../src/core/model/cell";
import {
  applyPlan,
  createAdapterSession,
  createOfficeHost,
  readOutline,
  readWorkbook,
} from "../../../src/workbook/office";
import {
  buildWorkbook,
  fakeContext,
  FI_FI,
  installFakeExcel,
  sheetRows,
  type FakeConditionalFormat,
  type FakeWorkbook,
} from "../../fake-excel";

const t = (value: string): PlanCell => ({ kind: "text", text: value });

const marker = (areas: string[], severity: "error" | "warning" = "error"): MarkerSpec => ({
  severity,
  areas,
  formula: markerFormula(severity),
  fill: severity === "error" ? "#FFC7CE" : "#FFEB9C",
});

const own = (book: FakeWorkbook, sheet: string): FakeConditionalFormat[] =>
  book.sheet(sheet).conditionalFormats.filter((cf) => cf.formula.includes('"ra:'));

const userFormat = (formula: string, fill: string) => ({ ranges: ["A1:C3"], formula, fill });

describe("1. areas of a marker on Windows with a ; list separator (fi-FI, sv-SE)", () => {
  it("marks several areas and replaces the old markers, where `getRanges` refuses commas", async () => {
    const book = buildWorkbook({ sheets: [{ name: "P", rows: [[1, 2, 3]] }] });
    book.culture = FI_FI;
    const { context } = fakeContext(book);
    const session = createAdapterSession();
    const snapshot = await readWorkbook(context);
    const plan: WritePlan = {
      clearMarkers: ["P"],
      markers: [{ sheet: "P", markers: [marker(["A1", "C1:C2"])] }],
    };
    await applyPlan(context, plan, snapshot, { session });
    expect(own(book, "P").map((cf) => cf.ranges.length)).toEqual([2]);
    expect(session.areaSeparator).toBe(";");
    // A second marking replaces them, without trying the separator again.
    await applyPlan(
      context,
      { ...plan, markers: [{ sheet: "P", markers: [marker(["A1", "B1"], "warning")] }] },
      snapshot,
      { session },
    );
    expect(own(book, "P").map((cf) => cf.formula)).toEqual([markerFormula("warning")]);
  });

  it("keeps the comma on Excel on the web, whatever the culture", async () => {
    const book = buildWorkbook({ sheets: [{ name: "P", rows: [[1, 2, 3]] }] });
    book.culture = FI_FI;
    book.platform = "OfficeOnline";
    const { context } = fakeContext(book);
    const session = createAdapterSession();
    await applyPlan(
      context,
      { markers: [{ sheet: "P", markers: [marker(["A1", "C1"])] }] },
      await readWorkbook(context),
      { session },
    );
    expect(session.areaSeparator).toBe(",");
    expect(own(book, "P")[0].ranges).toHaveLength(2);
  });
});

describe("2. the user editing a cell", () => {
  it("holds the host's batches until the edit ends instead of failing them", async () => {
    const book = buildWorkbook({ sheets: [{ name: "P", rows: [["x"]] }] });
    const uninstall = installFakeExcel(book);
    try {
      const host = createOfficeHost();
      book.startCellEdit();
      let done = false;
      const read = host.read().then((snapshot) => {
        done = true;
        return snapshot;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(done).toBe(false);
      book.endCellEdit();
      expect((await read).sheets[0].cells).toEqual([[t("x")]]);
    } finally {
      uninstall();
    }
  });
});

describe("3. conditional-format ids are priorities", () => {
  it("deletes exactly the add-in's markers after the user added a format since the read", async () => {
    const book = buildWorkbook({
      sheets: [{ name: "P", rows: [[1]], conditionalFormats: [userFormat("=A1>1", "#00FF00")] }],
    });
    const { context } = fakeContext(book);
    const plan: WritePlan = { markers: [{ sheet: "P", markers: [marker(["A1"])] }] };
    const snapshot = await readWorkbook(context);
    await applyPlan(context, plan, snapshot);
    // The user adds a format of their own on top: every id below it moves by one.
    book.sheet("P").conditionalFormats.unshift({
      id: "users-new",
      type: "Custom",
      ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }],
      formula: "=A1<0",
      fill: "#0000FF",
      fontColor: null,
    });
    await applyPlan(context, { clearMarkers: ["P"] }, snapshot);
    expect(book.sheet("P").conditionalFormats.map((cf) => cf.id)).toEqual([
      "users-new",
      expect.stringMatching(/^cf-/),
    ]);
    expect(own(book, "P")).toEqual([]);
  });
});

describe("4. null objects", () => {
  it("reads a workbook and its outline, with and without a registry, without calling through a null object", async () => {
    for (const sheets of [
      [{ name: "A", rows: [["a"]] }],
      [
        { name: "A", rows: [["a"]] },
        {
          name: "_ra",
          visibility: "VeryHidden" as const,
          rows: [
            ["sheet", "role", "hash", "schemaVersion", "time"],
            ["A", "generated", "h", 1, "t"],
          ],
        },
      ],
    ]) {
      const { context } = fakeContext(buildWorkbook({ sheets }));
      const snapshot = await readWorkbook(context);
      expect(snapshot.sheets[0].cells).toEqual([[t("a")]]);
      const outline = await readOutline(context);
      expect(outline.registry).toHaveLength(sheets.length - 1);
    }
  });
});

describe("5. huge used ranges", () => {
  it("refuses a sheet whose used range runs to XFD1048576, in two syncs", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Stray", rows: [["a"]] }, { name: "Fine" }] });
    book
      .sheet("Stray")
      .setCell(1_048_575, 16_383, { value: 1, type: "Double", numberFormat: "General" });
    const { context, core } = fakeContext(book);
    await expect(readWorkbook(context)).rejects.toMatchObject({
      code: "SheetTooLarge",
      sheet: "Stray",
      range: "A1:XFD1048576",
    });
    expect(core.syncCount).toBe(2);
  });

  it("refuses a lone value at XFD1048576 too: the snapshot would hold every cell from A1", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Stray" }] });
    book
      .sheet("Stray")
      .setCell(1_048_575, 16_383, { value: 1, type: "Double", numberFormat: "General" });
    const { context } = fakeContext(book);
    await expect(readWorkbook(context)).rejects.toMatchObject({
      code: "SheetTooLarge",
      range: "A1:XFD1048576",
    });
  });

  it("refuses a used range over 2 000 000 cells rather than reading it in many syncs", async () => {
    const book = buildWorkbook({ sheets: [{ name: "Stray", rows: [["a"]] }] });
    book.sheet("Stray").setCell(99_999, 25, { value: 1, type: "Double", numberFormat: "General" });
    const { context, core } = fakeContext(book);
    await expect(readWorkbook(context)).rejects.toMatchObject({ code: "SheetTooLarge" });
    expect(core.syncCount).toBeLessThanOrEqual(2);
  });
});

describe("6. conditional formats Excel will not read (office-js #6827, #6835)", () => {
  it("validates and marks the other sheets; the odd sheet's markers are left as they were", async () => {
    const book = buildWorkbook({
      sheets: [
        { name: "Odd", rows: [[1]], conditionalFormats: [userFormat("=A1>1", "#00FF00")] },
        { name: "Fine", rows: [[1]] },
      ],
    });
    book.sheet("Odd").conditionalFormats[0].unreadable = true;
    const { context } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Odd", "Fine"]);
    await applyPlan(
      context,
      {
        clearMarkers: ["Odd", "Fine"],
        markers: [
          { sheet: "Odd", markers: [marker(["A1"])] },
          { sheet: "Fine", markers: [marker(["A1"])] },
        ],
      },
      snapshot,
    );
    expect(own(book, "Fine")).toHaveLength(1);
    expect(book.sheet("Odd").conditionalFormats).toHaveLength(1);
  });
});

describe("7. the user's undo stack", () => {
  it("creates a new sheet under its final name: no rename, no delete", async () => {
    const book = buildWorkbook({ sheets: [{ name: "User" }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readOutline(context);
    const from = core.log.length;
    await applyPlan(
      context,
      {
        sheets: [
          { name: "Esitys MK02", mode: "add", blocks: [{ topLeft: "A1", cells: [[t("x")]] }] },
        ],
      },
      snapshot,
    );
    const writes = core.log.slice(from).filter((op) => op.kind === "set" || op.kind === "call");
    expect(writes.filter((op) => op.name === "name" || op.name === "delete")).toEqual([]);
    expect(writes).toContainEqual(expect.objectContaining({ name: "add", value: "Esitys MK02" }));
    expect(sheetRows(book, "Esitys MK02")).toEqual([["x"]]);
  });

  it("writes nothing when the markers are the same as those it left", async () => {
    const book = buildWorkbook({ sheets: [{ name: "P", rows: [[1, 2]] }] });
    const { context, core } = fakeContext(book);
    const session = createAdapterSession();
    const snapshot = await readWorkbook(context);
    const plan: WritePlan = {
      clearMarkers: ["P"],
      markers: [{ sheet: "P", markers: [marker(["A1"]), marker(["B1"], "warning")] }],
    };
    await applyPlan(context, plan, snapshot, { session });
    const from = core.log.length;
    await applyPlan(context, plan, snapshot, { session });
    expect(core.log.slice(from).filter((op) => op.kind === "set" || op.kind === "call")).toEqual(
      [],
    );
    expect(own(book, "P")).toHaveLength(2);
  });
});

describe("8. the user's calculation mode", () => {
  it("stays as the user set it after the read, and API recalculation is suspended per batch", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    book.calculationMode = "Manual";
    const from = core.log.length;
    await applyPlan(
      context,
      { edits: [{ sheet: "A", blocks: [{ topLeft: "A1", cells: [[t("x")]] }] }] },
      snapshot,
    );
    expect(book.calculationMode).toBe("Manual");
    const ops = core.log.slice(from);
    expect(ops.some((op) => op.name === "calculationMode")).toBe(false);
    expect(ops.some((op) => op.name === "suspendApiCalculationUntilNextSync")).toBe(true);
  });
});

describe("9. the add-in's own writes and change events", () => {
  it("does not take its own write for the user's change, events off or not; a later edit is heard", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A", rows: [["a"]] }, { name: "B" }] });
    const { context } = fakeContext(book);
    const host = createOfficeHost({
      run: (batch) => batch(context),
      debounceMs: 10,
      ownWriteGraceMs: 50,
    });
    const heard: string[][] = [];
    const stop = await host.onLocalChange((sheets) => heard.push([...sheets]));
    await host.apply(
      { edits: [{ sheet: "A", blocks: [{ topLeft: "A2", cells: [[t("fixed")]] }] }] },
      await host.read(),
    );
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(heard).toEqual([]);
    await book.fireChange("A", "A3");
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(heard).toEqual([["A"]]);
    await stop();
  });
});

describe("10. typing and payloads", () => {
  it("writes texts that Excel would turn into numbers, dates, booleans or a hidden prefix exactly", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const { context } = fakeContext(book);
    const texts = ["1.1", "001", "TRUE", "=1+1", "'90-luku", "@x"];
    await applyPlan(
      context,
      { edits: [{ sheet: "A", blocks: [{ topLeft: "A1", cells: [texts.map(t)] }] }] },
      await readWorkbook(context),
    );
    expect(sheetRows(book, "A")).toEqual([texts]);
  });

  it("measures requests in UTF-8 bytes, so Finnish text stays under Excel's limit", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    core.limits.requestBytes = 200_000;
    const row = Array.from({ length: 10 }, () => t("ääöö".repeat(25)));
    await applyPlan(
      context,
      {
        edits: [
          {
            sheet: "A",
            blocks: [{ topLeft: "A1", cells: Array.from({ length: 200 }, () => row) }],
          },
        ],
      },
      snapshot,
      { maxRequestBytes: 200_000 },
    );
    expect(sheetRows(book, "A")).toHaveLength(200);
    for (const sync of core.syncs.slice(2)) expect(sync.requestBytes).toBeLessThanOrEqual(200_000);
  });

  it("splits and retries a write Excel refuses as too large", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const { context, core } = fakeContext(book);
    const snapshot = await readWorkbook(context);
    // Excel refuses more than the adapter's estimate allows for.
    core.limits.requestBytes = 60_000;
    const row = Array.from({ length: 10 }, () => t("x".repeat(50)));
    await applyPlan(
      context,
      {
        edits: [
          {
            sheet: "A",
            blocks: [{ topLeft: "A1", cells: Array.from({ length: 200 }, () => row) }],
          },
        ],
      },
      snapshot,
      { maxRequestBytes: 200_000 },
    );
    expect(core.syncs.some((s) => s.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(sheetRows(book, "A")).toHaveLength(200);
  });
});
