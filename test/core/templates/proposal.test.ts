import { parseRangeA1 } from "../../../src/core/model/address";
import { LANGS, type Lang } from "../../../src/core/model/lang";
import { ITEM_COLUMNS, labelsFor, PROPOSAL_FIELDS } from "../../../src/core/recognise/labels";
import {
  LISTS_SHEET_NAME,
  looksLikeCellReference,
  proposalLayout,
  proposalTemplate,
  type ProposalTemplateOptions,
} from "../../../src/core/templates";
import { lookup, REGIONS } from "../../../src/core/vocabulary";
import { cellsOf, formatsOf, gridOf, sheetNamed, textAt } from "./planGrid";

const PERIOD = { start: 2026, end: 2028 };

function template(overrides: Partial<ProposalTemplateOptions> = {}) {
  return proposalTemplate({
    lang: "fi",
    region: "MK02",
    period: PERIOD,
    round: "ALKE 2026",
    existingSheetNames: [],
    listsSheetExists: false,
    ...overrides,
  });
}

describe.each(LANGS)("proposal template in %s", (lang: Lang) => {
  const plan = template({ lang });
  const sheet = plan.sheets![0];
  const grid = gridOf(sheet);
  const layout = proposalLayout(PERIOD);

  it("writes every header label and every items column in the language", () => {
    for (const field of PROPOSAL_FIELDS) {
      expect(textAt(grid, `A${layout.fieldRows[field.key] + 1}`)).toBe(field.labels[lang]);
    }
    const header = layout.itemsHeaderRow + 1;
    ITEM_COLUMNS.forEach((column, col) =>
      expect(textAt(grid, `${String.fromCharCode(65 + col)}${header}`)).toBe(column.labels[lang]),
    );
  });

  it("pre-fills the region as code and name, which reads back as the region", () => {
    const region = textAt(grid, "B3");
    expect(region).toMatch(/^MK02 /);
    expect(lookup(REGIONS, region ?? "")).toBe("MK02");
    expect(textAt(grid, `B${layout.fieldRows.period + 1}`)).toBe("2026\u20132028");
    expect(textAt(grid, `B${layout.fieldRows.round + 1}`)).toBe("ALKE 2026");
  });

  it("has funding headers with each year as text, and a SUM total per row", () => {
    const f = layout.fundingColumns;
    const headerRow = layout.fundingHeaderRow + 1;
    expect(f.years.map((y) => grid.get(`${String.fromCharCode(65 + y.col)}${headerRow}`))).toEqual([
      { kind: "text", text: "2026" },
      { kind: "text", text: "2027" },
      { kind: "text", text: "2028" },
    ]);
    expect(textAt(grid, `A${headerRow}`)).toBe(labelsFor("itemId", lang));
    expect(textAt(grid, `B${headerRow}`)).toBe(labelsFor("source", lang));
    expect(textAt(grid, `F${headerRow}`)).toBe(labelsFor("total", lang));
    for (let r = 0; r < layout.fundingRows; r++) {
      const row = layout.fundingFirstRow + r + 1;
      const total = grid.get(`F${row}`);
      expect(total).toMatchObject({ kind: "formula", format: '#,##0 "€"' });
      expect(total?.kind === "formula" && total.formula).toContain(`SUM(C${row}:E${row})`);
    }
  });
});

describe("proposal template structure", () => {
  const plan = template();
  const sheet = plan.sheets![0];
  const grid = gridOf(sheet);
  const layout = proposalLayout(PERIOD);

  it("is named after the region, and never takes a name already in the workbook", () => {
    expect(sheet.name).toBe("Esitys MK02");
    expect(template({ existingSheetNames: ["ESITYS mk02"] }).sheets![0].name).toBe(
      "Esitys MK02 (2)",
    );
    expect(template({ lang: "sv", region: "MK15" }).sheets![0].name).toBe("Förslag MK15");
    expect(template({ lang: "en" }).sheets![0].name).toBe("Proposal MK02");
    expect(template({ region: undefined }).sheets![0].name).toBe("Esitys");
  });

  it("formats the item id column as text on every empty row", () => {
    for (let r = 0; r < layout.itemRows; r++) {
      expect(grid.get(`A${layout.itemsFirstRow + r + 1}`)).toEqual({ kind: "text", text: "" });
    }
    expect(layout.itemRows).toBe(20);
  });

  it("makes the items and funding tables two Excel tables that do not overlap", () => {
    const [items, funding] = sheet.tables!.map((t) => parseRangeA1(t.range)!);
    expect(items.top).toBe(layout.itemsHeaderRow);
    expect(items.right - items.left + 1).toBe(ITEM_COLUMNS.length);
    expect(items.bottom - items.top).toBe(20);
    expect(funding.top).toBeGreaterThan(items.bottom + 1);
    expect(funding.right - funding.left + 1).toBe(6);
    const names = sheet.tables!.map((t) => t.name);
    for (const name of names) expect(looksLikeCellReference(name)).toBe(false);
    expect(new Set(names).size).toBe(2);
  });

  it("gives every vocabulary column a dropdown with a prompt, fed by a name on the lists sheet", () => {
    const lists = sheetNamed(plan, LISTS_SHEET_NAME);
    const listNames = new Map(lists.names!.map((n) => [n.name, n.range]));
    const listGrid = gridOf(lists);
    const header = layout.itemsHeaderRow + 1;
    const validated = new Map<string, string>();
    for (const v of sheet.validations!) {
      if (v.kind === "date" || v.kind === "prompt") continue;
      expect(v.source.kind).toBe("name");
      if (v.source.kind !== "name") continue;
      expect(v.prompt?.title.length).toBeGreaterThan(0);
      expect(v.prompt!.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt!.message.length).toBeLessThanOrEqual(255);
      const range = listNames.get(v.source.name);
      expect(range).toBeDefined();
      expect(cellsOf(range!).every((a1) => textAt(listGrid, a1))).toBe(true);
      const top = parseRangeA1(v.range)!;
      const label =
        top.top === layout.itemsFirstRow
          ? textAt(grid, `${String.fromCharCode(65 + top.left)}${header}`)
          : null;
      validated.set(label ?? v.range, v.source.name);
    }
    expect(validated.get("Teema")).toBe("ra_fi_themes");
    expect(validated.get("Taso")).toBe("ra_fi_levels");
    expect(validated.get("Vastuuministeriö")).toBe("ra_fi_ministries");
    expect(validated.get("Käsittelytila")).toBe("ra_fi_discussion");
    expect(validated.get("Ministeriön kanta")).toBe("ra_fi_position");
    expect(validated.get("Jatkokäsittely")).toBe("ra_fi_followup");
    expect(validated.get("Toteutumisen tila")).toBe("ra_fi_implementation");
    expect(validated.get("B3")).toBe("ra_fi_regions");
    expect([...validated.values()]).toContain("ra_fi_sources");
  });

  it("holds every language's lists on the hidden, registered lists sheet, no name like a cell", () => {
    const lists = sheetNamed(plan, LISTS_SHEET_NAME);
    expect(lists.visibility).toBe("hidden");
    expect(plan.registry).toEqual([
      expect.objectContaining({ sheet: LISTS_SHEET_NAME, role: "lists" }),
    ]);
    const names = lists.names!.map((n) => n.name);
    for (const lang of LANGS) expect(names).toContain(`ra_${lang}_themes`);
    for (const name of names) expect(looksLikeCellReference(name)).toBe(false);
    const listGrid = gridOf(lists);
    const regions = lists.names!.find((n) => n.name === "ra_sv_regions")!;
    const values = cellsOf(regions.range).map((a1) => textAt(listGrid, a1));
    expect(values).toHaveLength(18);
    expect(values).toContain("MK15 Österbotten");
    expect(values.some((v) => v?.includes("Åland"))).toBe(false);
  });

  it("adds the lists sheet only when the workbook lacks it, and replaces it for a round's own themes", () => {
    const again = template({ listsSheetExists: true });
    expect(again.sheets!.map((s) => s.name)).toEqual(["Esitys MK02"]);
    expect(again.registry ?? []).toEqual([]);
    const themes = [
      {
        code: "ports",
        group: "topic" as const,
        labels: { fi: "Satamat", sv: "Hamnar", en: "Ports" },
      },
    ];
    const replaced = template({ listsSheetExists: true, themes });
    const lists = sheetNamed(replaced, LISTS_SHEET_NAME);
    expect(lists.mode).toBe("replace");
    const range = lists.names!.find((n) => n.name === "ra_fi_themes")!.range;
    expect(cellsOf(range).map((a1) => textAt(gridOf(lists), a1))).toEqual(["Satamat"]);
  });

  it("never writes a format with a space as the group separator", () => {
    const formats = formatsOf(plan);
    expect(formats).toContain('#,##0 "€"');
    for (const format of formats) expect(format).not.toMatch(/#\s#/);
  });

  it("freezes the header rows and the id column, and sets readable widths", () => {
    expect(sheet.freeze).toEqual({ rows: layout.itemsHeaderRow + 1, cols: 1 });
    const widths = sheet.columnWidths!;
    expect(widths).toHaveLength(ITEM_COLUMNS.length);
    for (const w of widths) expect(w.width).toBeGreaterThanOrEqual(8);
  });

  it("makes as many year columns as the period has years", () => {
    const one = proposalLayout({ start: 2027, end: 2027 });
    expect(one.fundingColumns.years).toEqual([{ year: 2027, col: 2 }]);
    expect(one.fundingColumns.total).toBe(3);
    const plan5 = template({ period: { start: 2025, end: 2029 } });
    const t = plan5.sheets![0].tables![1];
    expect(parseRangeA1(t.range)!.right).toBe(7);
  });
});
