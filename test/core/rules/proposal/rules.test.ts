import { dateToSerial } from "../../../../src/core/locale/dates";
import { toA1 } from "../../../../src/core/model/address";
import { LANGS, type Lang } from "../../../../src/core/model/lang";
import type { RoundSettings } from "../../../../src/core/model/round";
import { defaultSeverity, type RuleId } from "../../../../src/core/rules/catalogue";
import type { Severity } from "../../../../src/core/rules/issue";
import {
  DEFAULT_THEMES,
  DEFAULT_THEME_ENTRIES,
  DISCUSSION_STATUS,
  FUNDING_SOURCES,
  labelOf,
} from "../../../../src/core/vocabulary";
import { ALL_ITEM_KEYS, type ProposalSheet } from "../../recognise/sheetBuilder";
import {
  applyFixes,
  brief,
  fundingCell,
  itemCell,
  ministry,
  patchItem,
  patchRow,
  proposal,
  run,
  SETTINGS,
  type FundingRowLayout,
  type Variation,
} from "./helpers";

interface Case {
  readonly rule: RuleId;
  readonly name: string;
  readonly variation: (lang: Lang) => Variation;
  readonly settings?: Partial<RoundSettings>;
  /** Where the issue is; null for a region-level issue. */
  readonly cell: (built: ProposalSheet) => string | null;
  readonly severity?: Severity;
  /** The value the fix writes, per language; absent when the issue has no fix. */
  readonly fix?: (lang: Lang) => string | number | null;
}

const TYPO_THEME: Record<Lang, string> = {
  fi: "Saavutetavuus",
  sv: "Tillgänglihet",
  en: "Accesibility",
};
const TYPO_SOURCE: Record<Lang, string> = { fi: "Kunat", sv: "Komuner", en: "Municipalitis" };
const TYPO_LEVEL: Record<Lang, string> = { fi: "Kansalinen", sv: "Nationel", en: "Nationall" };
const TEXT_NUMBER: Record<Lang, string> = {
  fi: "1 500 000,50",
  sv: "1 500 000,50",
  en: "1,500,000.50",
};
const header = (built: ProposalSheet, col = 0): string =>
  toA1({ row: built.fundingHeaderRow ?? -1, col });
const threeYearsOff = (rows: FundingRowLayout[]): FundingRowLayout[] =>
  rows.map((r) => ({ ...r, amounts: r.amounts.slice(0, 2), total: null }));

const CASES: readonly Case[] = [
  {
    rule: "STRUCT-MISSING-COLUMN",
    name: "the objective column is absent",
    variation: () => ({ layout: { columns: ALL_ITEM_KEYS.filter((k) => k !== "objective") } }),
    cell: (b) => toA1({ row: b.headerRow, col: 0 }),
  },
  {
    rule: "STRUCT-YEAR-COLUMNS",
    name: "the period's last year has no column",
    variation: () => ({
      fundingLayout: { years: [2026, 2027] },
      funding: threeYearsOff,
    }),
    cell: (b) => header(b),
  },
  {
    rule: "STRUCT-YEAR-COLUMNS",
    name: "a year outside the period has a column",
    variation: () => ({
      fundingLayout: { years: [2026, 2027, 2028, 2029] },
      funding: (rows) => rows.map((r) => ({ ...r, amounts: [...r.amounts, null] })),
    }),
    cell: (b) => header(b, 5),
    severity: "warning",
  },
  {
    rule: "FUND-UNIT-UNKNOWN",
    name: "a money column's unit is not one of § 5",
    variation: () => ({ fundingLayout: { unit: "kpl" } }),
    cell: (b) => header(b, 2),
  },
  {
    rule: "HDR-REGION",
    name: "the region cell names the regional council",
    variation: (lang) => ({
      layout: {
        region: {
          fi: "Varsinais-Suomen liitto",
          sv: "Egentliga Finlands förbund",
          en: "Regional Council of Southwest Finland",
        }[lang],
      },
    }),
    cell: () => "B1",
    fix: (lang) =>
      ({ fi: "Varsinais-Suomi", sv: "Egentliga Finland", en: "Southwest Finland" })[lang],
  },
  {
    rule: "ITEM-MINISTRY-UNKNOWN",
    name: "the lead ministry is the former OPM",
    variation: () => ({ items: patchItem(1, { leadMinistry: "OPM" }) }),
    cell: (b) => itemCell(b, 1, "leadMinistry"),
    fix: (lang) => ministry("OKM", lang),
  },
  {
    rule: "ITEM-MINISTRY-UNKNOWN",
    name: "the lead ministry is the former kauppa- ja teollisuusministeriö",
    variation: () => ({ items: patchItem(1, { leadMinistry: "Kauppa- ja teollisuusministeriö" }) }),
    cell: (b) => itemCell(b, 1, "leadMinistry"),
    fix: (lang) => ministry("TEM", lang),
  },
  {
    rule: "ITEM-OTHER-MINISTRY-UNKNOWN",
    name: "an entry among the other ministries is a former name",
    variation: (lang) => ({
      items: patchItem(2, { otherMinistries: `${ministry("VM", lang)}; KTM` }),
    }),
    cell: (b) => itemCell(b, 2, "otherMinistries"),
    fix: (lang) => `${ministry("VM", lang)}, ${ministry("TEM", lang)}`,
  },
  {
    rule: "CELL-WHITESPACE",
    name: "a lead ministry in lower case with spaces gets the list's label",
    variation: () => ({ items: patchItem(1, { leadMinistry: "  tem " }) }),
    cell: (b) => itemCell(b, 1, "leadMinistry"),
    severity: "info",
    fix: (lang) => ministry("TEM", lang),
  },
  {
    rule: "HDR-REGION",
    name: "the region is misspelt",
    variation: () => ({ layout: { region: "Varsinais-Suomii" } }),
    cell: () => "B1",
    fix: (lang) =>
      ({ fi: "Varsinais-Suomi", sv: "Egentliga Finland", en: "Southwest Finland" })[lang],
  },
  {
    rule: "HDR-REGION",
    name: "the region is empty",
    variation: () => ({ layout: { region: "" } }),
    cell: () => "B1",
  },
  {
    rule: "HDR-PERIOD",
    name: "the period ends before it starts",
    variation: () => ({ layout: { period: "2028–2026" } }),
    cell: () => "B2",
  },
  {
    rule: "HDR-LATE",
    name: "the date is after the deadline",
    variation: () => ({}),
    settings: { deadline: 46099 },
    cell: () => "B4",
  },
  {
    rule: "CELL-EXCEL-ERROR",
    name: "an objective holds #REF!",
    variation: () => ({ items: patchItem(0, { objective: { kind: "error", code: "#REF!" } }) }),
    cell: (b) => itemCell(b, 0, "objective"),
  },
  {
    rule: "CELL-NUMBER-AS-TEXT",
    name: "an investment need is text",
    variation: (lang) => ({ items: patchItem(0, { investmentNeed: TEXT_NUMBER[lang] }) }),
    cell: (b) => itemCell(b, 0, "investmentNeed"),
    fix: () => 1_500_000.5,
  },
  {
    rule: "CELL-NUMBER-AS-TEXT",
    name: "a target year is text",
    variation: () => ({ items: patchItem(1, { targetYear: "2028" }) }),
    cell: (b) => itemCell(b, 1, "targetYear"),
    fix: () => 2028,
  },
  {
    rule: "CELL-WHITESPACE",
    name: "a theme has spaces around it",
    variation: (lang) => ({
      items: patchItem(1, { theme: `  ${labelOf(DEFAULT_THEMES, "skills-education", lang)} ` }),
    }),
    cell: (b) => itemCell(b, 1, "theme"),
    severity: "info",
    fix: (lang) => labelOf(DEFAULT_THEMES, "skills-education", lang),
  },
  {
    rule: "ITEM-ID-MISSING",
    name: "an item has no id",
    variation: () => ({ items: patchItem(2, { itemId: null }) }),
    cell: (b) => itemCell(b, 2, "itemId"),
  },
  {
    rule: "ITEM-ID-DUPLICATE",
    name: "an id is repeated",
    variation: () => ({ items: patchItem(2, { itemId: "1.1" }) }),
    cell: (b) => itemCell(b, 2, "itemId"),
  },
  {
    rule: "ITEM-ID-DATE",
    name: "Excel turned 1.2 into a date",
    variation: () => ({
      items: patchItem(1, {
        itemId: { kind: "date", serial: dateToSerial({ y: 2026, m: 2, d: 1 }) ?? 0 },
      }),
    }),
    cell: (b) => itemCell(b, 1, "itemId"),
    fix: () => "1.2",
  },
  {
    rule: "ITEM-THEME-MISSING",
    name: "the theme is empty",
    variation: () => ({ items: patchItem(0, { theme: null }) }),
    cell: (b) => itemCell(b, 0, "theme"),
  },
  {
    rule: "ITEM-THEME-UNKNOWN",
    name: "the theme is misspelt",
    variation: (lang) => ({ items: patchItem(0, { theme: TYPO_THEME[lang] }) }),
    cell: (b) => itemCell(b, 0, "theme"),
    fix: (lang) => ({ fi: "Saavutettavuus", sv: "Tillgänglighet", en: "Accessibility" })[lang],
  },
  {
    rule: "ITEM-THEME-INACTIVE",
    name: "the round has retired the theme",
    variation: () => ({}),
    settings: {
      themes: DEFAULT_THEME_ENTRIES.map((t) => ({
        code: t.code,
        group: t.group,
        labels: t.labels,
        active: t.code !== "digitalisation",
      })),
    },
    cell: (b) => itemCell(b, 2, "theme"),
  },
  {
    rule: "ITEM-OBJECTIVE-MISSING",
    name: "the objective is empty",
    variation: () => ({ items: patchItem(1, { objective: "  " }) }),
    cell: (b) => itemCell(b, 1, "objective"),
  },
  {
    rule: "ITEM-LEVEL-INVALID",
    name: "the level is misspelt",
    variation: (lang) => ({ items: patchItem(0, { level: TYPO_LEVEL[lang] }) }),
    cell: (b) => itemCell(b, 0, "level"),
    fix: (lang) => ({ fi: "Kansallinen", sv: "Nationell", en: "National" })[lang],
  },
  {
    rule: "ITEM-MINISTRY-UNKNOWN",
    name: "the lead ministry is misspelt",
    variation: () => ({ items: patchItem(1, { leadMinistry: "OKMM" }) }),
    cell: (b) => itemCell(b, 1, "leadMinistry"),
    fix: (lang) => ministry("OKM", lang),
  },
  {
    rule: "ITEM-MINISTRY-REQUIRED",
    name: "a national item has no lead ministry",
    variation: () => ({ items: patchItem(0, { leadMinistry: null }) }),
    cell: (b) => itemCell(b, 0, "leadMinistry"),
  },
  {
    rule: "ITEM-MEASURE-REQUIRED",
    name: "a national and regional item has no national measure",
    variation: () => ({ items: patchItem(2, { nationalMeasure: null }) }),
    cell: (b) => itemCell(b, 2, "nationalMeasure"),
  },
  {
    rule: "ITEM-OTHER-MINISTRY-UNKNOWN",
    name: "an entry among the other ministries is unknown",
    variation: (lang) => ({
      items: patchItem(2, { otherMinistries: `${ministry("VM", lang)}; Kela` }),
    }),
    cell: (b) => itemCell(b, 2, "otherMinistries"),
  },
  {
    rule: "ITEM-OTHER-MINISTRY-DUPLICATE",
    name: "the lead ministry is among the others",
    variation: (lang) => ({
      items: patchItem(0, {
        otherMinistries: `${ministry("LVM", lang)}, ${ministry("TEM", lang)}`,
      }),
    }),
    cell: (b) => itemCell(b, 0, "otherMinistries"),
    severity: "warning",
    fix: (lang) => ministry("TEM", lang),
  },
  {
    rule: "ITEM-VALUE-INVALID",
    name: "a discussion status is outside its list",
    variation: () => ({ items: patchItem(1, { discussionStatus: "maybe later" }) }),
    cell: (b) => itemCell(b, 1, "discussionStatus"),
  },
  {
    rule: "ITEM-VALUE-INVALID",
    name: "a cross-cutting perspective is outside its list",
    variation: () => ({ items: patchItem(1, { crossCutting: "Kokonaisturvallisuus, Kulttuuri" }) }),
    cell: (b) => itemCell(b, 1, "crossCutting"),
  },
  {
    rule: "ITEM-AGREED-NO-POSITION",
    name: "an agreed national item has no ministry position",
    variation: (lang) => ({
      items: patchItem(0, { discussionStatus: labelOf(DISCUSSION_STATUS, "agreed", lang) }),
    }),
    cell: (b) => itemCell(b, 0, "ministryPosition"),
  },
  {
    rule: "ITEM-INDICATOR-MISSING",
    name: "an item has no indicator",
    variation: () => ({ items: patchItem(1, { indicator: null }) }),
    cell: (b) => itemCell(b, 1, "indicator"),
  },
  {
    rule: "ITEM-TARGET-MISSING",
    name: "an indicator has no target",
    variation: () => ({ items: patchItem(1, { target: null }) }),
    cell: (b) => itemCell(b, 1, "target"),
  },
  {
    rule: "ITEM-TARGET-YEAR",
    name: "the target year is past the period's end + 5",
    variation: () => ({ items: patchItem(1, { targetYear: 2034 }) }),
    cell: (b) => itemCell(b, 1, "targetYear"),
  },
  {
    rule: "ITEM-TARGET-YEAR",
    name: "the target year is before the period",
    variation: () => ({ items: patchItem(1, { targetYear: 2025 }) }),
    cell: (b) => itemCell(b, 1, "targetYear"),
  },
  {
    rule: "ITEM-TOO-MANY-THEMES",
    name: "three themes where the round allows two",
    variation: () => ({}),
    settings: { maxThemes: 2 },
    cell: () => null,
  },
  {
    rule: "ITEM-TEXT-TOO-LONG",
    name: "an objective of 1 001 characters",
    variation: () => ({ items: patchItem(0, { objective: "x".repeat(1001) }) }),
    cell: (b) => itemCell(b, 0, "objective"),
  },
  {
    rule: "FUND-ITEM-UNKNOWN",
    name: "a funding row names no item",
    variation: () => ({ funding: patchRow(3, { itemId: "9.9" }) }),
    cell: (b) => fundingCell(b, 3, 0),
  },
  {
    rule: "FUND-SOURCE-INVALID",
    name: "a funding source is misspelt",
    variation: (lang) => ({ funding: patchRow(1, { source: TYPO_SOURCE[lang] }) }),
    cell: (b) => fundingCell(b, 1, 1),
    fix: (lang) => labelOf(FUNDING_SOURCES, "municipalities", lang),
  },
  {
    rule: "FUND-SOURCE-INVALID",
    name: "a funding source is empty",
    variation: () => ({ funding: patchRow(1, { source: null }) }),
    cell: (b) => fundingCell(b, 1, 1),
  },
  {
    rule: "FUND-NOT-NUMBER",
    name: "an amount is a word",
    variation: () => ({ funding: patchRow(0, { amounts: [100_000, "paljon", 50_000] }) }),
    cell: (b) => fundingCell(b, 0, 3),
  },
  {
    rule: "FUND-NEGATIVE",
    name: "an amount is negative",
    variation: () => ({ funding: patchRow(3, { amounts: [5_000, -5_000, 5_000], total: 5_000 }) }),
    cell: (b) => fundingCell(b, 3, 3),
  },
  {
    rule: "FUND-CENTS",
    name: "an amount has fractions of a cent",
    variation: () => ({
      funding: patchRow(3, { amounts: [5_000.005, 5_000, 5_000], total: 15_000.01 }),
    }),
    cell: (b) => fundingCell(b, 3, 2),
    severity: "warning",
    fix: () => 5_000.01,
  },
  {
    rule: "ITEM-STATUTE-FORM",
    name: "a legislative need names its statute without a number",
    variation: () => ({
      items: patchItem(1, { legislation: "Muutos", statute: "työvoimapalvelulaki" }),
    }),
    cell: (b) => itemCell(b, 1, "statute"),
    severity: "info",
  },
  {
    rule: "ITEM-STATUTE-FORM",
    name: "a legislative need names no statute",
    variation: () => ({ items: patchItem(1, { legislation: "Muutos", statute: null }) }),
    cell: (b) => itemCell(b, 1, "statute"),
    severity: "info",
  },
  {
    rule: "FUND-TOTAL-MISMATCH",
    name: "the total differs from the years (fix: the years' sum; or leave it)",
    variation: () => ({ funding: patchRow(3, { total: 15_000.02 }) }),
    cell: (b) => fundingCell(b, 3, 5),
    fix: () => 15_000,
  },
  {
    rule: "FUND-DUPLICATE-LINE",
    name: "one item and source on two rows",
    variation: (lang) => ({
      funding: patchRow(1, { source: labelOf(FUNDING_SOURCES, "akke", lang) }),
    }),
    cell: (b) => fundingCell(b, 1, 0),
  },
  {
    rule: "FUND-ITEM-UNFUNDED",
    name: "a proposed item has no funding rows",
    variation: () => ({ funding: (rows) => rows.filter((r) => r.itemId !== "2.1") }),
    cell: (b) => itemCell(b, 2, "itemId"),
    severity: "info",
  },
  {
    rule: "FUND-ITEM-UNFUNDED",
    name: "an agreed regional item has no funding rows",
    variation: (lang) => ({
      items: patchItem(1, { discussionStatus: labelOf(DISCUSSION_STATUS, "agreed", lang) }),
      funding: (rows) => rows.filter((r) => r.itemId !== "1.2"),
    }),
    cell: (b) => itemCell(b, 1, "itemId"),
    severity: "warning",
  },
];

describe.each(LANGS)("proposal rules on a %s sheet", (lang) => {
  /** The unchanged sheet under the round's defaults: none of the cases' issues. */
  const clean = run(proposal(lang).sheet);

  describe.each(CASES.map((c) => [`${c.rule}: ${c.name}`, c] as const))("%s", (_, c) => {
    const settings = { ...SETTINGS, ...c.settings };
    const built = proposal(lang, c.variation(lang));
    const { issues } = run(built.sheet, settings);
    const cell = c.cell(built);
    const found = issues.filter((i) => i.rule === c.rule && i.cell === cell);

    it("is reported at its cell, and not on the clean sheet", () => {
      expect(brief(found)).toEqual([`${c.rule}@${cell ?? "-"}`]);
      expect(found[0].severity).toBe(c.severity ?? defaultSeverity(c.rule));
      expect(brief(clean.issues)).not.toContain(`${c.rule}@${cell ?? "-"}`);
    });

    if (c.fix) {
      const expected = c.fix(lang);
      it("offers a fix in the sheet's language that mends it", () => {
        const fix = found[0].fix;
        expect(fix).not.toBeNull();
        const written =
          fix?.value.kind === "text" || fix?.value.kind === "number"
            ? fix.value.kind === "text"
              ? fix.value.text
              : fix.value.value
            : null;
        expect(written).toBe(expected);
        const again = run(applyFixes(built.sheet, found), settings).issues;
        expect(brief(again)).not.toContain(`${c.rule}@${cell ?? "-"}`);
      });
    }
  });
});
