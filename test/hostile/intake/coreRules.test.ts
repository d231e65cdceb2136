/**
 * Intake in the core: values a file does not hold, data outside a table's range, hidden
 * sheets and the round's one settings sheet. Each case names the cell and rule it must give,
 * and the money is either counted or in an issue.
 */
import type { CellValue } from "../../../src/core/model/cell";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { toA1 } from "../../../src/core/model/address";
import { issueMessage } from "../../../src/core/rules/issueMessage";
import { validateRound, type RoundFile } from "../../../src/core/rules/validateRound";
import { buildProposal, type ProposalSheet } from "../../core/recognise/sheetBuilder";
import { cleanProposal, cleanSettings } from "../../cli/round";

const AKKE = "AKKE (sopimuksellinen yhteistyö)";
const UNCOMPUTED: CellValue = {
  kind: "error",
  code: "=SUM(C12:D12)",
  unreadable: "formula-without-value",
};

function book(file: string, sheets: readonly SheetSnapshot[]): RoundFile {
  const snapshot: WorkbookSnapshot = { file, sheets, registry: [], structureProtected: false };
  return { file, snapshot };
}

function withCell(sheet: SheetSnapshot, row: number, col: number, value: CellValue): SheetSnapshot {
  const cells = sheet.cells.map((r) => [...r]);
  while (cells.length <= row) cells.push([]);
  while (cells[row].length <= col) cells[row].push({ kind: "empty" });
  cells[row][col] = value;
  return { ...sheet, cells };
}

function funded(rows: { itemId: string; amounts: number[] }[]): ProposalSheet {
  return buildProposal({
    region: "Kainuu",
    items: [
      {
        itemId: "1.1",
        theme: "Saavutettavuus",
        objective: "Raideyhteydet",
        level: "Alueellinen",
        leadMinistry: "LVM",
      },
    ],
    funding: {
      years: [2026, 2027, 2028],
      withTotal: false,
      rows: rows.map((r) => ({ itemId: r.itemId, source: AKKE, amounts: r.amounts })),
    },
  });
}

const akkeOf = (file: RoundFile): number =>
  validateRound([file])
    .proposals.flatMap((p) => p.funding)
    .reduce((s, l) => s + l.totalCents, 0);

describe("a value the file does not hold", () => {
  it("a formula amount without a computed value is CELL-FORMULA-NO-VALUE at its cell, never 0", () => {
    const built = funded([{ itemId: "1.1", amounts: [1_000, 2_000, 3_000] }]);
    const row = built.fundingRows[0];
    const sheet = withCell(built.sheet, row, 3, UNCOMPUTED);
    const result = validateRound([book("kainuu.xlsx", [sheet])]);
    const issue = result.issues.find((i) => i.rule === "CELL-FORMULA-NO-VALUE");
    expect(issue).toMatchObject({ severity: "error", cell: toA1({ row, col: 3 }) });
    expect(issueMessage(issue!, "en")).toContain("=SUM(C12:D12) without a computed value");
    expect(issueMessage(issue!, "fi")).toContain("Avaa tiedosto Excelissä ja tallenna se");
    expect(issueMessage(issue!, "sv")).toContain("Öppna filen i Excel och spara den");
    // 1 000 + 3 000 counted; the unknown 2 000 € is in the issue, not a silent 0 in a total.
    expect(result.issues.some((i) => i.rule === "FUND-NOT-NUMBER")).toBe(false);
    expect(result.counts.error).toBeGreaterThan(0);
  });

  it("a funding total that is a formula without a value is told (info): the years carry the money", () => {
    const built = buildProposal({
      region: "Kainuu",
      funding: {
        years: [2026],
        rows: [{ itemId: "1.1", source: AKKE, amounts: [1_000], total: 1_000 }],
      },
    });
    const row = built.fundingRows[0];
    const file = book("k.xlsx", [withCell(built.sheet, row, 3, UNCOMPUTED)]);
    const issue = validateRound([file]).issues.find((i) => i.rule === "CELL-FORMULA-NO-VALUE");
    expect(issue).toMatchObject({ severity: "info", cell: toA1({ row, col: 3 }) });
    expect(issueMessage(issue!, "en")).toContain("for a total, the sum of the years");
    expect(akkeOf(file)).toBe(100_000);
  });

  it.each([
    ["missing-shared-string", "refers to a text the file does not contain"],
    ["not-finite", "not finite"],
    ["bad-value", "malformed"],
  ] as const)("%s is CELL-UNREADABLE at its cell", (reason, words) => {
    const built = funded([{ itemId: "1.1", amounts: [1_000, 2_000, 3_000] }]);
    const row = built.fundingRows[0];
    const sheet = withCell(built.sheet, row, 2, { kind: "error", code: "", unreadable: reason });
    const issue = validateRound([book("k.xlsx", [sheet])]).issues.find(
      (i) => i.rule === "CELL-UNREADABLE",
    );
    expect(issue?.cell).toBe(toA1({ row, col: 2 }));
    expect(issueMessage(issue!, "en")).toContain(words);
  });

  it("a date-typed or boolean amount is FUND-NOT-NUMBER at its cell", () => {
    const built = funded([{ itemId: "1.1", amounts: [1_000, 2_000, 3_000] }]);
    const row = built.fundingRows[0];
    let sheet = withCell(built.sheet, row, 2, { kind: "date", serial: 46_000 });
    sheet = withCell(sheet, row, 3, { kind: "boolean", value: true });
    const cells = validateRound([book("k.xlsx", [sheet])])
      .issues.filter((i) => i.rule === "FUND-NOT-NUMBER")
      .map((i) => i.cell);
    expect(cells).toEqual([toA1({ row, col: 2 }), toA1({ row, col: 3 })]);
  });

  it("an unreadable allocation in the settings is reported at its cell", () => {
    const settings = cleanSettings(["MK18"]);
    const row = settings.cells.findIndex((r) =>
      r.some((c) => c.kind === "text" && c.text === "Kainuu"),
    );
    const col = settings.cells[row].findIndex((c) => c.kind === "number");
    const broken = withCell(settings, row, col, UNCOMPUTED);
    const result = validateRound([book("asetukset.xlsx", [broken])]);
    const issue = result.issues.find((i) => i.rule === "CELL-FORMULA-NO-VALUE");
    expect(issue?.cell).toBe(toA1({ row, col }));
    expect(result.issues.some((i) => i.rule === "ALLOC-NOT-NUMBER")).toBe(false);
  });
});

describe("rows outside a table's range", () => {
  it("reads data typed under an Excel table that stops above it, with STRUCT-TABLE-RANGE", () => {
    const built = buildProposal({
      region: "Kainuu",
      funding: {
        years: [2026],
        withTotal: false,
        excelTable: true,
        rows: [
          { itemId: "1.1", source: AKKE, amounts: [1_000] },
          { itemId: "1.2", source: AKKE, amounts: [2_000] },
        ],
      },
    });
    const tableRows = built.sheet.tables.map((t) =>
      t.name === "Rahoitus" ? { ...t, range: { ...t.range, bottom: t.range.bottom - 1 } } : t,
    );
    const file = book("k.xlsx", [{ ...built.sheet, tables: tableRows }]);
    expect(akkeOf(file)).toBe(300_000);
    const issue = validateRound([file]).issues.find((i) => i.rule === "STRUCT-TABLE-RANGE");
    expect(issue).toMatchObject({
      severity: "warning",
      cell: toA1({ row: built.fundingRows[1], col: 0 }),
    });
  });

  it("never takes a header-block row right under an Excel table for the table's data", () => {
    const built = buildProposal({
      region: "Kainuu",
      funding: {
        years: [2026],
        withTotal: false,
        excelTable: true,
        rows: [{ itemId: "1.1", source: AKKE, amounts: [1_000] }],
      },
    });
    const below = built.fundingRows[0] + 1;
    const sheet = withCell(built.sheet, below, 0, { kind: "text", text: "Yhteyshenkilö" });
    const file = book("k.xlsx", [withCell(sheet, below, 1, { kind: "text", text: "Maija" })]);
    expect(akkeOf(file)).toBe(100_000);
    expect(validateRound([file]).issues.some((i) => i.rule === "STRUCT-TABLE-RANGE")).toBe(false);
  });

  it("reads a second funding block laid out alike as part of the first, with a warning", () => {
    const built = funded([{ itemId: "1.1", amounts: [1_000, 0, 0] }]);
    const header = built.sheet.cells[built.fundingHeaderRow!];
    const at = built.fundingRows[0] + 2;
    let sheet = built.sheet;
    header.forEach((c, col) => (sheet = withCell(sheet, at, col, c)));
    [
      { kind: "text", text: "1.1" },
      { kind: "text", text: "Maakunnan liitto" },
    ].forEach((c, col) => (sheet = withCell(sheet, at + 1, col, c as CellValue)));
    sheet = withCell(sheet, at + 1, 2, { kind: "number", value: 5_000 });
    const file = book("k.xlsx", [sheet]);
    expect(akkeOf(file)).toBe(600_000);
    const issue = validateRound([file]).issues.find((i) => i.rule === "STRUCT-SECOND-TABLE");
    expect(issue).toMatchObject({ severity: "warning", cell: toA1({ row: at, col: 0 }) });
  });

  it("reports a second block laid out otherwise as an error naming its rows, not read", () => {
    const built = funded([{ itemId: "1.1", amounts: [1_000, 0, 0] }]);
    const header = [...built.sheet.cells[built.fundingHeaderRow!]];
    const swapped = [header[1], header[0], ...header.slice(2)];
    const at = built.fundingRows[0] + 2;
    let sheet = built.sheet;
    swapped.forEach((c, col) => (sheet = withCell(sheet, at, col, c)));
    sheet = withCell(sheet, at + 1, 0, { kind: "text", text: AKKE });
    sheet = withCell(sheet, at + 1, 1, { kind: "text", text: "1.1" });
    sheet = withCell(sheet, at + 1, 2, { kind: "number", value: 5_000 });
    const issue = validateRound([book("k.xlsx", [sheet])]).issues.find(
      (i) => i.rule === "STRUCT-SECOND-TABLE",
    );
    expect(issue).toMatchObject({ severity: "error", cell: toA1({ row: at, col: 0 }) });
    expect(issueMessage(issue!, "en")).toContain("its 1 rows are not read");
  });

  it("reads a year column set apart by an empty column", () => {
    const built = funded([{ itemId: "1.1", amounts: [1_000, 2_000, 3_000] }]);
    const headerRow = built.fundingHeaderRow!;
    const row = built.fundingRows[0];
    // Move 2028 (column E) to G, leaving F empty between.
    let sheet = withCell(built.sheet, headerRow, 6, built.sheet.cells[headerRow][4]);
    sheet = withCell(sheet, row, 6, { kind: "number", value: 3_000 });
    sheet = withCell(sheet, headerRow, 4, { kind: "empty" });
    sheet = withCell(sheet, row, 4, { kind: "empty" });
    expect(akkeOf(book("k.xlsx", [sheet]))).toBe(600_000);
  });
});

describe("hidden sheets", () => {
  it("a hidden proposal is not read; the visible one counts and the hidden one is SHEET-HIDDEN", () => {
    const visible = cleanProposal("Kainuu", 80_000, "Esitys");
    const hidden: SheetSnapshot = {
      ...cleanProposal("Kainuu", 999_000, "Vanha"),
      visibility: "hidden",
    };
    const veryHidden: SheetSnapshot = { ...hidden, name: "Piilo", visibility: "veryHidden" };
    const result = validateRound([book("k.xlsx", [hidden, visible, veryHidden])]);
    expect(result.proposals.map((p) => p.sheet)).toEqual(["Esitys"]);
    const info = result.issues.filter((i) => i.rule === "SHEET-HIDDEN");
    expect(info.map((i) => [i.sheet, i.severity])).toEqual([
      ["Vanha", "info"],
      ["Piilo", "info"],
    ]);
    expect(result.issues.some((i) => i.rule === "HDR-DUPLICATE-REGION")).toBe(false);
  });

  it("a hidden settings sheet is never the round's settings", () => {
    const hidden = { ...cleanSettings(["MK18"]), visibility: "hidden" as const };
    const result = validateRound([book("asetukset.xlsx", [hidden])]);
    expect(result.settingsSource).toBeNull();
    expect(result.issues.map((i) => i.rule)).toEqual(
      expect.arrayContaining(["SHEET-HIDDEN", "FILE-NO-PROPOSAL"]),
    );
  });
});

describe("one round, one settings", () => {
  const proposal = book("kainuu.xlsx", [cleanProposal("Kainuu")]);
  const settingsA = book("asetukset-a.xlsx", [cleanSettings(["MK18"])]);
  const settingsB = book("asetukset-b.xlsx", [cleanSettings(["MK18", "MK01"])]);

  it("takes the only settings file among the inputs, wherever it stands", () => {
    for (const files of [
      [proposal, settingsA],
      [settingsA, proposal],
    ])
      expect(validateRound(files).settingsSource?.file).toBe("asetukset-a.xlsx");
  });

  it("two settings files are SETTINGS-DUPLICATE naming both, and neither is used", () => {
    for (const files of [
      [settingsA, proposal, settingsB],
      [settingsB, proposal, settingsA],
    ]) {
      const result = validateRound(files);
      expect(result.settingsSource).toBeNull();
      const issue = result.issues.find((i) => i.rule === "SETTINGS-DUPLICATE");
      expect(issue?.severity).toBe("error");
      const text = issueMessage(issue!, "en");
      expect(text).toContain("asetukset-a.xlsx");
      expect(text).toContain("asetukset-b.xlsx");
    }
  });

  it("--settings wins over a settings sheet among the inputs", () => {
    const result = validateRound([proposal, settingsB], { settings: settingsA });
    expect(result.settingsSource?.file).toBe("asetukset-a.xlsx");
    expect(result.issues.some((i) => i.rule === "SETTINGS-DUPLICATE")).toBe(false);
  });

  it("a settings sheet inside a region's proposal file is not the round's settings", () => {
    const mixed = book("kainuu.xlsx", [cleanProposal("Kainuu"), cleanSettings(["MK18"])]);
    const other = book("uusimaa.xlsx", [cleanProposal("Uusimaa")]);
    const result = validateRound([mixed, other]);
    expect(result.settingsSource).toBeNull();
    expect(result.issues.find((i) => i.rule === "SETTINGS-IN-PROPOSAL")?.file).toBe("kainuu.xlsx");
  });

  it("a single workbook (the task pane's) keeps its own settings sheet", () => {
    const workbook = book("kierros.xlsx", [cleanProposal("Kainuu"), cleanSettings(["MK18"])]);
    expect(validateRound([workbook]).settingsSource?.sheet).toBeDefined();
  });
});
