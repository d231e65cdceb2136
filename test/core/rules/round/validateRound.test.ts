import type { WorkbookSnapshot, SheetSnapshot } from "../../../../src/core/model/snapshot";
import { parseA1 } from "../../../../src/core/model/address";
import { validateRound, type RoundFile } from "../../../../src/core/rules/validateRound";
import { buildProposal, type ProposalLayout } from "../../recognise/sheetBuilder";
import { fullAllocation, roundSheet } from "./build";

function workbook(file: string, ...sheets: SheetSnapshot[]): RoundFile {
  const snapshot: WorkbookSnapshot = { file, sheets, registry: [], structureProtected: false };
  return { file, snapshot };
}

const FUNDING: ProposalLayout["funding"] = {
  years: [2026, 2027, 2028],
  rows: [
    {
      itemId: "1.1",
      source: "AKKE (sopimuksellinen yhteistyö)",
      amounts: [100_000, 100_000, 0],
      total: 200_000,
    },
    { itemId: "1.1", source: "Maakunnan liitto", amounts: [50_000, 0, 0], total: 50_000 },
  ],
};

function proposalSheet(region: string, name = "Esitys", funding = FUNDING): SheetSnapshot {
  return buildProposal({ region, name, funding }).sheet;
}

describe("validateRound", () => {
  it("lists each file's recognised sheets and keeps the settings it found", () => {
    const settings = roundSheet({ name: "Asetukset" }).sheet;
    const result = validateRound([workbook("a.xlsx", settings, proposalSheet("Varsinais-Suomi"))]);
    expect(result.files).toEqual([
      {
        file: "a.xlsx",
        error: null,
        sheets: [
          { sheet: "Asetukset", kind: "settings", region: null },
          { sheet: "Esitys", kind: "proposal", region: "MK02" },
        ],
      },
    ]);
    expect(result.settings.fromWorkbook).toBe(true);
    expect(result.settingsSource).toEqual({ file: "a.xlsx", sheet: "Asetukset" });
    expect(result.skipped).toEqual([]);
    expect(result.proposals.map((p) => p.region)).toEqual(["MK02"]);
    // 200 000 of AKKE against an allocation of 888 888: the remainder is stated.
    const under = result.issues.find((i) => i.rule === "FUND-AKKE-UNDER-ALLOCATION");
    expect(under?.params.remainderEuros).toBe(688_888);
  });

  it("prefers the --settings workbook over a settings sheet among the files", () => {
    const external = workbook(
      "settings.xlsx",
      roundSheet({
        fields: { akkeEnvelope: 20_000_000 },
        allocation: fullAllocation("fi", 20_000_000),
      }).sheet,
    );
    const result = validateRound([workbook("a.xlsx", roundSheet().sheet, proposalSheet("Lappi"))], {
      settings: external,
    });
    expect(result.settings.envelopeCents).toBe(2_000_000_000);
    expect(result.settingsSource?.file).toBe("settings.xlsx");
  });

  it("applies the defaults without settings, and says which rules were skipped", () => {
    const result = validateRound([workbook("a.xlsx", proposalSheet("Lappi"))]);
    expect(result.settings.fromWorkbook).toBe(false);
    expect(result.skipped.map((s) => s.rule)).toEqual([
      "FUND-AKKE-OVER-ALLOCATION",
      "FUND-AKKE-UNDER-ALLOCATION",
      "FUND-AKKE-YEAR",
    ]);
    expect(result.issues.map((i) => i.rule)).not.toContain("FUND-AKKE-UNDER-ALLOCATION");
  });

  it("reports FILE-UNREADABLE with the reason and still checks the other files", () => {
    const result = validateRound([
      { file: "broken.xlsx", snapshot: null, unreadable: { code: "not-zip", looksLikeText: true } },
      workbook("a.xlsx", proposalSheet("Lappi")),
      workbook("b.xlsx", proposalSheet("Lappi")),
    ]);
    const unreadable = result.issues.filter((i) => i.rule === "FILE-UNREADABLE");
    expect(unreadable).toMatchObject([
      {
        file: "broken.xlsx",
        sheet: null,
        cell: null,
        severity: "error",
        params: { variant: "not-zip" },
      },
    ]);
    expect(result.files[0]).toMatchObject({ file: "broken.xlsx", error: "not-zip", sheets: [] });
    expect(
      result.issues.filter((i) => i.rule === "HDR-DUPLICATE-REGION").map((i) => [i.file, i.cell]),
    ).toEqual([["b.xlsx", "B1"]]);
    expect(result.counts.error).toBeGreaterThanOrEqual(2);
  });

  it("reports FILE-NO-PROPOSAL for a readable file with neither proposal nor settings", () => {
    const empty: SheetSnapshot = {
      name: "Taul1",
      visibility: "visible",
      isProtected: false,
      cells: [[{ kind: "text", text: "muistiinpanoja" }]],
      tables: [],
    };
    const result = validateRound([workbook("notes.xlsx", empty)]);
    expect(result.issues.map((i) => [i.rule, i.file])).toEqual([
      ["FILE-NO-PROPOSAL", "notes.xlsx"],
    ]);
    expect(result.counts).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it("orders issues by file, sheet, row, column and rule, and the same way on every run", () => {
    const files = () => [
      workbook("b.xlsx", proposalSheet("Lappi", "Yksi"), proposalSheet("Lappi", "Kaksi")),
      workbook("a.xlsx", roundSheet({ allocation: [{ region: "Lapi", allocation: "x" }] }).sheet),
    ];
    const result = validateRound(files());
    const sheetIndex: Record<string, number> = {
      "b.xlsx|Yksi": 0,
      "b.xlsx|Kaksi": 1,
      "a.xlsx|Asetukset": 0,
    };
    const key = (i: (typeof result.issues)[number]) => {
      const ref = i.cell === null ? { row: -1, col: -1 } : parseA1(i.cell)!;
      return [
        i.file === "b.xlsx" ? 0 : 1,
        i.sheet === null ? -1 : sheetIndex[`${i.file}|${i.sheet}`],
        ref.row,
        ref.col,
      ];
    };
    const keys = result.issues.map(key);
    for (let n = 1; n < keys.length; n++) {
      const [a, b] = [keys[n - 1], keys[n]];
      const cmp = a.map((v, j) => v - b[j]).find((d) => d !== 0) ?? 0;
      expect(cmp <= 0 ? "ordered" : [result.issues[n - 1], result.issues[n]]).toBe("ordered");
      if (cmp === 0) expect(result.issues[n - 1].rule <= result.issues[n].rule).toBe(true);
    }
    expect(new Set(result.issues.map((i) => `${i.file}|${i.sheet}`))).toEqual(
      new Set(["b.xlsx|Yksi", "b.xlsx|Kaksi", "a.xlsx|Asetukset"]),
    );
    expect(validateRound(files()).issues).toEqual(result.issues);
  });
});
