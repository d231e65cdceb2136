import fc from "fast-check";
import type { Lang } from "../../../src/core/model/lang";
import type { WorkbookSnapshot } from "../../../src/core/model/snapshot";
import { dominantLang } from "../../../src/core/recognise/match";
import {
  missingColumns,
  recogniseSheet,
  recogniseWorkbook,
  type RecognisedProposal,
  type RecognisedSettings,
} from "../../../src/core/recognise/recognise";
import {
  ALL_ITEM_KEYS,
  buildProposal,
  buildSettings,
  Grid,
  type ProposalLayout,
} from "./sheetBuilder";

function proposal(layout: ProposalLayout = {}): {
  r: RecognisedProposal;
  built: ReturnType<typeof buildProposal>;
} {
  const built = buildProposal(layout);
  const r = recogniseSheet(built.sheet);
  if (r.kind !== "proposal") throw new Error(`expected a proposal, got ${r.kind}`);
  return { r, built };
}

function columnsOf(r: RecognisedProposal): Record<string, number> {
  return Object.fromEntries(Object.entries(r.items.columns).map(([k, p]) => [k, p?.col]));
}

const FUNDING = {
  years: [2026, 2027, 2028],
  rows: [
    {
      itemId: "1.1",
      source: "AKKE (sopimuksellinen yhteistyö)",
      amounts: [100, 200, 0],
      total: 300,
    },
    { itemId: "1.2", source: "Kunnat", amounts: [50, 50, 50], total: 150 },
  ],
};

describe("recogniseSheet: proposals", () => {
  it.each<[Lang, boolean]>([
    ["fi", true],
    ["sv", true],
    ["en", true],
    ["fi", false],
    ["sv", false],
    ["en", false],
  ])(
    "recognises a %s proposal (Excel table: %s) with every column in place",
    (lang, excelTable) => {
      const { r, built } = proposal({ lang, excelTable });
      expect(r.lang).toBe(lang);
      expect(r.items.headerRow).toBe(built.headerRow);
      expect(r.items.excelTable).toBe(excelTable ? "Kohteet" : null);
      expect(columnsOf(r)).toEqual(built.colOf);
      expect(r.items.missingRequired).toEqual([]);
      expect(r.items.dataRows).toEqual(built.itemRows);
      expect(r.fields.region).toEqual({
        label: { row: 0, col: 0 },
        value: { row: 0, col: 1 },
        end: null,
        unit: null,
        scale: 1,
      });
      expect(r.fields.period?.value).toEqual({ row: 1, col: 1 });
      expect(r.fields.contact?.value).toEqual({ row: 2, col: 1 });
      expect(r.fields.date?.value).toEqual({ row: 3, col: 1 });
    },
  );

  it("finds every column wherever it stands, in any language and order", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Lang>("fi", "sv", "en"),
        fc.shuffledSubarray([...ALL_ITEM_KEYS], { minLength: ALL_ITEM_KEYS.length }),
        fc.boolean(),
        (lang, columns, excelTable) => {
          const { r, built } = proposal({ lang, columns, excelTable });
          expect(columnsOf(r)).toEqual(built.colOf);
          expect(r.lang).toBe(lang);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reads a proposal with the header block and table away from A1", () => {
    const { r, built } = proposal({ origin: { row: 4, col: 3 }, tableCol: 2, excelTable: false });
    expect(r.fields.region?.label).toEqual({ row: 4, col: 3 });
    expect(r.fields.region?.value).toEqual({ row: 4, col: 4 });
    expect(r.items.left).toBe(2);
    expect(r.items.columns.itemId?.col).toBe(2);
    expect(r.items.dataRows).toEqual(built.itemRows);
  });

  it("keeps unknown columns aside and still maps the known ones", () => {
    const { r, built } = proposal({
      columns: [
        "itemId",
        { header: "Oma muistiinpano" },
        "theme",
        "objective",
        "level",
        "leadMinistry",
        { header: "Vanha sarake" },
      ],
    });
    expect(r.items.unknownColumns).toEqual([
      { col: 1, header: "Oma muistiinpano" },
      { col: 6, header: "Vanha sarake" },
    ]);
    expect(columnsOf(r)).toEqual(built.colOf);
    expect(r.items.missingRequired).toEqual([]);
  });

  it("lists a required column that is missing", () => {
    const { r } = proposal({
      columns: ["itemId", "theme", "objective", "level", "notes"],
      excelTable: true,
    });
    expect(r.items.missingRequired).toEqual(["leadMinistry"]);
    expect(missingColumns(r)).toEqual([
      { table: "items", headerRow: r.items.headerRow, key: "leadMinistry" },
    ]);
  });

  it("matches headers whatever their case, spacing and diacritics, and the canonical key", () => {
    const { r, built } = proposal({
      columns: [
        "itemId",
        "theme",
        "objective",
        "level",
        "leadMinistry",
        "regionalNeed",
        "regionCommitment",
        "otherMinistries",
      ],
      headers: {
        itemId: "itemId",
        theme: "  TEEMA ",
        objective: "tavoite:",
        level: "Taso *",
        leadMinistry: "Vastuuministerio",
        regionalNeed: "Alueen\u00a0tarve",
        regionCommitment: "alueen  OMA panos",
        otherMinistries: "Muut\u00a0ministeriot",
      },
    });
    expect(columnsOf(r)).toEqual(built.colOf);
    expect(r.items.missingRequired).toEqual([]);
    expect(r.lang).toBe("fi");
  });

  it("keeps the unit of a money column and flags an unknown one", () => {
    const { r } = proposal({
      columns: [
        "itemId",
        "theme",
        "objective",
        "level",
        "leadMinistry",
        "investmentNeed",
        "targetYear",
      ],
      headers: { investmentNeed: "Investointitarve (t€)", targetYear: "Tavoitevuosi (vuosi)" },
    });
    expect(r.items.columns.investmentNeed).toEqual({
      col: 5,
      header: "Investointitarve (t€)",
      unit: "t€",
      scale: 1000,
    });
    expect(r.items.columns.targetYear).toMatchObject({ col: 6, unit: "vuosi", scale: null });
  });

  it("finds the funding table below the items table, its years and their unit", () => {
    const { r, built } = proposal({
      funding: { ...FUNDING, unit: "1 000 €", title: "Rahoitus" },
      excelTable: false,
    });
    expect(r.items.dataRows).toEqual(built.itemRows);
    expect(r.funding).not.toBeNull();
    const funding = r.funding!;
    expect(funding.headerRow).toBe(built.fundingHeaderRow);
    expect(funding.columns.itemId?.col).toBe(0);
    expect(funding.columns.source?.col).toBe(1);
    expect(funding.years.map((y) => [y.year, y.col, y.scale])).toEqual([
      [2026, 2, 1000],
      [2027, 3, 1000],
      [2028, 4, 1000],
    ]);
    expect(funding.columns.total).toEqual({
      col: 5,
      header: "Yhteensä (1 000 €)",
      unit: "1 000 €",
      scale: 1000,
    });
    expect(funding.missingRequired).toEqual([]);
    expect(funding.dataRows).toEqual(built.fundingRows);
  });

  it("ends the items Excel table at its range and reads the funding Excel table", () => {
    const { r, built } = proposal({
      lang: "sv",
      excelTable: true,
      funding: { ...FUNDING, excelTable: true },
    });
    expect(r.items.dataRows).toEqual(built.itemRows);
    expect(r.funding?.excelTable).toBe("Rahoitus");
    expect(r.funding?.dataRows).toEqual(built.fundingRows);
    expect(r.funding?.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
  });

  it("does not require the funding total, which the rules compare only where present", () => {
    const { r } = proposal({ funding: { ...FUNDING, withTotal: false } });
    expect(r.funding?.columns.total).toBeUndefined();
    expect(r.funding?.missingRequired).toEqual([]);
  });

  it("skips blank rows inside the items table", () => {
    const { r, built } = proposal({ blankAfter: [0], funding: FUNDING });
    expect(built.itemRows[1] - built.itemRows[0]).toBe(2);
    expect(r.items.dataRows).toEqual(built.itemRows);
  });

  it("reads a period given as start and end in two cells", () => {
    const { r } = proposal({ period: [2026, 2028] });
    expect(r.fields.period).toMatchObject({ value: { row: 1, col: 1 }, end: { row: 1, col: 2 } });
  });

  it("reads a one-cell period without an end", () => {
    const { r } = proposal({ period: ["2026-2028", "esim. 2026–2028"] });
    expect(r.fields.period?.end).toBeNull();
  });

  it("points at the cell right of a label with no value", () => {
    const { r } = proposal({ region: "" });
    expect(r.fields.region?.value).toEqual({ row: 0, col: 1 });
  });
});

describe("recogniseSheet: not a proposal", () => {
  it("a region label without an items table is nothing", () => {
    const grid = new Grid().line(0, 0, ["Maakunta", "Lappi"]).line(1, 0, ["Kausi", "2026–2028"]);
    expect(recogniseSheet(grid.sheet()).kind).toBe("none");
  });

  it("an items table without a region label is nothing", () => {
    const { sheet } = buildProposal({ region: null });
    expect(recogniseSheet(sheet).kind).toBe("none");
  });

  it("needs the item id and three other item labels in the header row", () => {
    expect(
      recogniseSheet(buildProposal({ columns: ["itemId", "theme", "objective"] }).sheet).kind,
    ).toBe("none");
    expect(
      recogniseSheet(
        buildProposal({ columns: ["theme", "objective", "level", "leadMinistry"] }).sheet,
      ).kind,
    ).toBe("none");
    expect(
      recogniseSheet(buildProposal({ columns: ["itemId", "theme", "objective", "notes"] }).sheet)
        .kind,
    ).toBe("proposal");
  });

  it("an empty sheet is nothing, in Finnish", () => {
    expect(recogniseSheet(new Grid().sheet())).toEqual({
      kind: "none",
      sheet: "Esitys",
      lang: "fi",
    });
  });
});

describe("recogniseSheet: settings", () => {
  it.each<[Lang, boolean]>([
    ["fi", false],
    ["sv", true],
    ["en", false],
  ])("recognises %s round settings (Excel table: %s)", (lang, excelTable) => {
    const built = buildSettings({ lang, excelTable });
    const r = recogniseSheet(built.sheet) as RecognisedSettings;
    expect(r.kind).toBe("settings");
    expect(r.lang).toBe(lang);
    expect(r.fields.akkeEnvelope?.value).toEqual({ row: 4, col: 1 });
    expect(r.fields.akkeMaxShare?.value).toEqual({ row: 5, col: 1 });
    expect(r.fields.referenceNumber?.value).toEqual({ row: 1, col: 1 });
    expect(r.allocation.headerRow).toBe(built.allocationHeaderRow);
    expect(
      Object.fromEntries(Object.entries(r.allocation.columns).map(([k, p]) => [k, p?.col])),
    ).toEqual({
      region: 0,
      allocation: 1,
      share: 2,
      maxShare: 3,
    });
    expect(r.allocation.dataRows).toEqual(built.allocationRows);
    expect(r.themes).toBeNull();
  });

  it("reads the round's own themes table after the allocation table", () => {
    const built = buildSettings({
      themes: [
        { code: "mining", group: "topic", fi: "Kaivostoiminta", sv: "Gruvdrift", en: "Mining" },
      ],
    });
    const r = recogniseSheet(built.sheet) as RecognisedSettings;
    expect(r.allocation.dataRows).toEqual(built.allocationRows);
    expect(r.themes?.headerRow).toBe(built.themesHeaderRow);
    expect(r.themes?.dataRows).toEqual([built.themesHeaderRow! + 1]);
    expect(r.themes?.missingRequired).toEqual([]);
  });

  it("an allocation table without the envelope label is nothing", () => {
    expect(recogniseSheet(buildSettings({ withEnvelopeLabel: false }).sheet).kind).toBe("none");
  });
});

describe("recogniseWorkbook", () => {
  it("skips the registry and every registered sheet, and recognises the rest in order", () => {
    const snapshot: WorkbookSnapshot = {
      file: "kierros.xlsx",
      structureProtected: false,
      sheets: [
        buildSettings().sheet,
        buildProposal({ name: "Esitys MK02" }).sheet,
        buildProposal({ name: "Esitys MK02 (varmuuskopio)" }).sheet,
        { ...new Grid().line(0, 0, ["sheet", "role"]).sheet("_ra"), visibility: "veryHidden" },
        new Grid().line(0, 0, ["Muistiinpanoja"]).sheet("Muistio"),
      ],
      registry: [
        {
          sheet: "Esitys MK02 (Varmuuskopio)",
          role: "backup",
          hash: "",
          schemaVersion: 1,
          time: "2026-03-01T10:00:00Z",
        },
      ],
    };
    expect(recogniseWorkbook(snapshot).map((r) => [r.sheet, r.kind])).toEqual([
      ["Asetukset", "settings"],
      ["Esitys MK02", "proposal"],
      ["Esitys MK02 (varmuuskopio)", "skipped"],
      ["_ra", "skipped"],
      ["Muistio", "none"],
    ]);
  });
});

describe("dominantLang", () => {
  it("goes to Finnish on a tie and to the majority otherwise", () => {
    expect(dominantLang([{ langs: ["fi"] }, { langs: ["sv"] }])).toBe("fi");
    expect(dominantLang([{ langs: ["sv", "en"] }, { langs: ["en"] }])).toBe("en");
    expect(dominantLang([])).toBe("fi");
  });
});
