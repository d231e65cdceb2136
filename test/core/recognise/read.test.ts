import { readProposal, readSettings } from "../../../src/core/recognise/read";
import {
  recogniseSheet,
  type RecognisedProposal,
  type RecognisedSettings,
} from "../../../src/core/recognise/recognise";
import { buildProposal, buildSettings } from "./sheetBuilder";

const text = (t: string) => ({ kind: "text", text: t });
const num = (value: number) => ({ kind: "number", value });

describe("readProposal", () => {
  const built = buildProposal({
    lang: "en",
    columns: [
      "leadMinistry",
      "itemId",
      "objective",
      "theme",
      "level",
      "investmentNeed",
      { header: "Comment" },
    ],
    period: [2026, 2028],
    items: [
      {
        itemId: "1.1",
        theme: "Accessibility",
        objective: "Rail links",
        level: "National",
        leadMinistry: "LVM",
        investmentNeed: 1_500_000,
      },
      {
        itemId: { kind: "date", serial: 46023 },
        theme: "",
        objective: "Skills",
        level: "Regional",
      },
    ],
    funding: {
      years: [2026, 2027],
      unit: "1 000 €",
      rows: [
        {
          itemId: "1.1",
          source: "AKKE (contractual cooperation)",
          amounts: [100, { kind: "error", code: "#REF!" }],
          total: 100,
        },
        { itemId: "1.1", source: "Municipalities", amounts: [null, "12,5"] },
      ],
    },
  });
  const recognised = recogniseSheet(built.sheet) as RecognisedProposal;
  const read = readProposal(built.sheet, recognised);

  it("gives every item row its sheet row and the raw cell of every known column", () => {
    expect(read.lang).toBe("en");
    expect(read.items.map((i) => i.row)).toEqual(built.itemRows);
    const [first, second] = read.items;
    expect(first.cells.itemId).toEqual({ col: 1, value: text("1.1") });
    expect(first.cells.leadMinistry).toEqual({ col: 0, value: text("LVM") });
    expect(first.cells.investmentNeed).toEqual({ col: 5, value: num(1_500_000) });
    expect(second.cells.itemId?.value).toEqual({ kind: "date", serial: 46023 });
    expect(second.cells.theme).toEqual({ col: 3, value: { kind: "empty" } });
    expect(second.cells.leadMinistry).toEqual({ col: 0, value: { kind: "empty" } });
    expect(Object.keys(first.cells).sort()).toEqual([
      "investmentNeed",
      "itemId",
      "leadMinistry",
      "level",
      "objective",
      "theme",
    ]);
  });

  it("reads the header block with the period's two cells", () => {
    expect(read.fields.region?.value).toEqual(text("Varsinais-Suomi"));
    expect(read.fields.region?.cell).toEqual({ row: 0, col: 1 });
    expect(read.fields.period?.value).toEqual(num(2026));
    expect(read.fields.period?.end).toEqual({ cell: { row: 1, col: 2 }, value: num(2028) });
    expect(read.fields.date?.value).toEqual({ kind: "date", serial: 46100 });
    expect(read.fields.round).toBeUndefined();
  });

  it("reads funding rows with each year's column, value and scale, and the total", () => {
    expect(read.fundingYears.map((y) => y.year)).toEqual([2026, 2027]);
    expect(read.funding.map((f) => f.row)).toEqual(built.fundingRows);
    const [akke, municipalities] = read.funding;
    expect(akke.itemId).toEqual({ col: 0, value: text("1.1") });
    expect(akke.source).toEqual({ col: 1, value: text("AKKE (contractual cooperation)") });
    expect(akke.years).toEqual([
      { year: 2026, col: 2, value: num(100), unit: "1 000 €", scale: 1000 },
      { year: 2027, col: 3, value: { kind: "error", code: "#REF!" }, unit: "1 000 €", scale: 1000 },
    ]);
    expect(akke.total).toEqual({ col: 4, value: num(100), unit: "1 000 €", scale: 1000 });
    expect(municipalities.years.map((y) => y.value)).toEqual([{ kind: "empty" }, text("12,5")]);
    expect(municipalities.total?.value).toEqual({ kind: "empty" });
  });

  it("reads no funding when the sheet has no funding table", () => {
    const plain = buildProposal();
    const r = readProposal(plain.sheet, recogniseSheet(plain.sheet) as RecognisedProposal);
    expect(r.funding).toEqual([]);
    expect(r.fundingYears).toEqual([]);
    expect(r.items).toHaveLength(3);
  });
});

describe("readSettings", () => {
  it("reads the header fields, allocation rows and themes", () => {
    const built = buildSettings({
      lang: "sv",
      allocation: [
        { region: "Nyland", allocation: 1_000_000, share: 0.0625 },
        { region: "Lappland", allocation: "900 000" },
      ],
      themes: [
        { code: "mining", group: "topic", fi: "Kaivostoiminta", sv: "Gruvdrift", en: "Mining" },
      ],
    });
    const read = readSettings(built.sheet, recogniseSheet(built.sheet) as RecognisedSettings);
    expect(read.lang).toBe("sv");
    expect(read.fields.akkeEnvelope?.value).toEqual(num(16_000_000));
    expect(read.fields.budgetYear?.value).toEqual(num(2026));
    expect(read.fields.maxThemes?.value).toEqual(num(3));
    expect(read.allocation.map((a) => a.row)).toEqual(built.allocationRows);
    expect(read.allocation[0].cells).toEqual({
      region: { col: 0, value: text("Nyland") },
      allocation: { col: 1, value: num(1_000_000) },
      share: { col: 2, value: num(0.0625) },
      maxShare: { col: 3, value: { kind: "empty" } },
    });
    expect(read.allocation[1].cells.allocation?.value).toEqual(text("900 000"));
    expect(read.themes).toHaveLength(1);
    expect(read.themes?.[0].cells.code?.value).toEqual(text("mining"));
    expect(read.themes?.[0].cells.sv?.value).toEqual(text("Gruvdrift"));
  });

  it("has no themes when the round uses the defaults", () => {
    const built = buildSettings();
    const read = readSettings(built.sheet, recogniseSheet(built.sheet) as RecognisedSettings);
    expect(read.themes).toBeNull();
    expect(read.themeColumns).toBeNull();
  });
});
