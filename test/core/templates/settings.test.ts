import { parseRangeA1, toA1 } from "../../../src/core/model/address";
import { LANGS } from "../../../src/core/model/lang";
import {
  ALLOCATION_COLUMNS,
  SETTINGS_FIELDS,
  THEME_COLUMNS,
} from "../../../src/core/recognise/labels";
import { DEFAULT_LEGAL_BASIS } from "../../../src/core/rules";
import { settingsLayout, settingsTemplate } from "../../../src/core/templates";
import { lookup, REGIONS } from "../../../src/core/vocabulary";
import { formatsOf, gridOf, textAt } from "./planGrid";

describe.each(LANGS)("settings template in %s", (lang) => {
  const plan = settingsTemplate({
    lang,
    period: { start: 2026, end: 2028 },
    budgetYear: 2026,
    withThemes: true,
  });
  const sheet = plan.sheets![0];
  const grid = gridOf(sheet);
  const layout = settingsLayout(true);
  const value = (key: (typeof SETTINGS_FIELDS)[number]["key"]) =>
    grid.get(toA1({ row: layout.fieldRows[key], col: layout.fieldValueCol }));

  it("writes the header block with the defaults of § 5.3", () => {
    for (const field of SETTINGS_FIELDS) {
      expect(textAt(grid, toA1({ row: layout.fieldRows[field.key], col: 0 }))).toBe(
        field.labels[lang],
      );
    }
    expect(value("akkeEnvelope")).toEqual({
      kind: "number",
      value: 16_000_000,
      format: '#,##0 "€"',
    });
    expect(value("akkeMaxShare")).toEqual({ kind: "number", value: 0.8, format: "0 %" });
    expect(value("maxThemes")).toMatchObject({ kind: "number", value: 3 });
    expect(value("legalBasis")).toEqual({ kind: "text", text: DEFAULT_LEGAL_BASIS[lang] });
    expect(value("budgetYear")).toEqual({ kind: "number", value: 2026, format: "0" });
    expect(value("period")).toEqual({ kind: "text", text: "2026\u20132028" });
  });

  it("lists the 18 eligible regions with an empty allocation and a share formula", () => {
    const a = layout.allocationColumns;
    ALLOCATION_COLUMNS.forEach((c, col) =>
      expect(textAt(grid, toA1({ row: layout.allocationHeaderRow, col }))).toBe(c.labels[lang]),
    );
    const envelope = toA1({ row: layout.fieldRows.akkeEnvelope, col: 1 });
    const codes = layout.allocationRegions.map((_, i) => {
      const row = layout.allocationFirstRow + i;
      expect(grid.get(toA1({ row, col: a.allocation }))).toEqual({ kind: "empty" });
      const share = grid.get(toA1({ row, col: a.share }));
      expect(share).toMatchObject({ kind: "formula", format: "0.0 %" });
      const allocation = toA1({ row, col: a.allocation });
      expect(share?.kind === "formula" && share.formula).toContain(
        `${allocation}/${envelope.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`,
      );
      return lookup(REGIONS, textAt(grid, toA1({ row, col: a.region })) ?? "");
    });
    expect(codes).toHaveLength(18);
    expect(new Set(codes).size).toBe(18);
    expect(codes).not.toContain("MK21");
  });

  it("adds the default themes, all active, as a table with dropdowns for group and active", () => {
    const t = layout.themeColumns;
    THEME_COLUMNS.forEach((c, col) =>
      expect(textAt(grid, toA1({ row: layout.themesHeaderRow!, col }))).toBe(c.labels[lang]),
    );
    const first = layout.themesFirstRow!;
    expect(textAt(grid, toA1({ row: first, col: t.code }))).toBe("sustainable-vitality");
    expect(textAt(grid, toA1({ row: first, col: t.active }))).toBe(
      { fi: "Kyllä", sv: "Ja", en: "Yes" }[lang],
    );
    expect(sheet.tables).toHaveLength(2);
    const themes = parseRangeA1(sheet.tables![1].range)!;
    expect(themes.bottom - themes.top).toBe(11);
    expect(sheet.validations!.map((v) => ("source" in v ? v.source.kind : v.kind))).toEqual([
      "values",
      "values",
    ]);
  });

  it("never writes a format with a space as the group separator", () => {
    for (const format of formatsOf(plan)) expect(format).not.toMatch(/#\s#/);
  });
});

it("leaves the themes table out unless asked", () => {
  const plan = settingsTemplate({ lang: "fi", withThemes: false });
  expect(plan.sheets![0].tables).toHaveLength(1);
  expect(settingsLayout(false).themesHeaderRow).toBeNull();
  expect(plan.sheets![0].name).toBe("Kierroksen asetukset");
  expect(
    settingsTemplate({
      lang: "fi",
      withThemes: false,
      existingSheetNames: ["Kierroksen asetukset"],
    }).sheets![0].name,
  ).toBe("Kierroksen asetukset (2)");
});
