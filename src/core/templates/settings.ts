import { columnLetters, rangeToA1, toA1 } from "../model/address";
import type { PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";
import type { ListValidationSpec, SheetSpec, WritePlan } from "../model/plan";
import {
  DEFAULT_ENVELOPE_CENTS,
  DEFAULT_MAX_SHARE,
  DEFAULT_MAX_THEMES,
  type Period,
  type RoundSettings,
  type ThemeDefinition,
} from "../model/round";
import { NUMBER_FORMATS } from "../locale/numberFormats";
import {
  ALLOCATION_COLUMNS,
  SECTION_TITLES,
  SETTINGS_FIELDS,
  THEME_COLUMNS,
  type AllocationKey,
  type SettingsFieldKey,
  type ThemeColumnKey,
} from "../recognise/labels";
import { DEFAULT_LEGAL_BASIS } from "../rules/round/defaults";
import { REGIONS, type RegionCode } from "../vocabulary/regions";
import { THEME_GROUPS } from "../vocabulary/themes";
import { YES_NO } from "../vocabulary/itemValues";
import { DEFAULT_TEMPLATE_THEMES, regionEntryLabel, type TemplateTheme } from "./listsSheet";
import { tableName } from "./names";
import { periodText, prompt } from "./proposal";
import { freeSheetName } from "../model/sheetNames";
import { EMPTY_CELL, EMPTY_TEXT, templatesMsg, exactTextCell } from "./text";
import { columnWidths } from "./columnWidths";
import { putCell } from "./putCell";

/** The 18 regions of Act 756/2021, in code order. */
export const ELIGIBLE_REGIONS: readonly RegionCode[] = REGIONS.entries
  .filter((entry) => entry.eligible)
  .map((entry) => entry.code);

export interface SettingsLayout {
  readonly titleRow: number;
  readonly helpRow: number;
  readonly fieldRows: Readonly<Record<SettingsFieldKey, number>>;
  readonly fieldValueCol: number;
  readonly allocationHeaderRow: number;
  readonly allocationFirstRow: number;
  /** Region of each allocation row, in order. */
  readonly allocationRegions: readonly RegionCode[];
  readonly allocationColumns: Readonly<Record<AllocationKey, number>>;
  /** Null when the template has no themes table. */
  readonly themesHeaderRow: number | null;
  readonly themesFirstRow: number | null;
  readonly themeColumns: Readonly<Record<ThemeColumnKey, number>>;
}

export function settingsLayout(withThemes: boolean): SettingsLayout {
  const fieldRows = {} as Record<SettingsFieldKey, number>;
  SETTINGS_FIELDS.forEach((field, i) => (fieldRows[field.key] = 2 + i));
  const allocationHeaderRow = 2 + SETTINGS_FIELDS.length + 2;
  const allocationColumns = {} as Record<AllocationKey, number>;
  ALLOCATION_COLUMNS.forEach((column, col) => (allocationColumns[column.key] = col));
  const themeColumns = {} as Record<ThemeColumnKey, number>;
  THEME_COLUMNS.forEach((column, col) => (themeColumns[column.key] = col));
  const themesHeaderRow = allocationHeaderRow + 1 + ELIGIBLE_REGIONS.length + 2;
  return {
    titleRow: 0,
    helpRow: 1,
    fieldRows,
    fieldValueCol: 1,
    allocationHeaderRow,
    allocationFirstRow: allocationHeaderRow + 1,
    allocationRegions: ELIGIBLE_REGIONS,
    allocationColumns,
    themesHeaderRow: withThemes ? themesHeaderRow : null,
    themesFirstRow: withThemes ? themesHeaderRow + 1 : null,
    themeColumns,
  };
}

export interface SettingsTemplateOptions {
  readonly lang: Lang;
  readonly period?: Period;
  readonly budgetYear?: number;
  /** Add the round's own themes table, filled with the default themes, all active. */
  readonly withThemes: boolean;
  /** The round's own themes (with their active flags) for the themes table, instead of the defaults. */
  readonly themes?: readonly ThemeDefinition[];
  readonly round?: string;
  /** Sheets already in the workbook: the new sheet takes a free name. */
  readonly existingSheetNames?: readonly string[];
}

/** `=IF(B15="","",B15/$B$9)`: the share of the envelope, blank while the allocation is. */
function shareFormula(row: number, allocationCol: number, envelope: string): PlanCell {
  const allocation = toA1({ row, col: allocationCol });
  return {
    kind: "formula",
    formula: `=IF(${allocation}="","",${allocation}/${envelope})`,
    format: NUMBER_FORMATS.percentOneDecimal,
  };
}

export function settingsSheet(name: string, options: SettingsTemplateOptions): SheetSpec {
  const { lang } = options;
  const layout = settingsLayout(options.withThemes);
  const rows: PlanCell[][] = [];
  const put = (row: number, col: number, cell: PlanCell): void => putCell(rows, row, col, cell);

  put(layout.titleRow, 0, exactTextCell(templatesMsg(lang, "templates.title.settings")));
  put(layout.helpRow, 0, exactTextCell(templatesMsg(lang, "templates.help.settings")));
  const values: Record<SettingsFieldKey, PlanCell> = {
    round: options.round ? exactTextCell(options.round) : EMPTY_TEXT,
    referenceNumber: EMPTY_TEXT,
    legalBasis: exactTextCell(DEFAULT_LEGAL_BASIS[lang]),
    period: options.period ? exactTextCell(periodText(options.period)) : EMPTY_TEXT,
    budgetYear:
      options.budgetYear === undefined
        ? EMPTY_CELL
        : { kind: "number", value: options.budgetYear, format: NUMBER_FORMATS.year },
    akkeEnvelope: {
      kind: "number",
      value: DEFAULT_ENVELOPE_CENTS / 100,
      format: NUMBER_FORMATS.euros,
    },
    akkeMaxShare: { kind: "number", value: DEFAULT_MAX_SHARE, format: NUMBER_FORMATS.percent },
    maxThemes: { kind: "number", value: DEFAULT_MAX_THEMES, format: NUMBER_FORMATS.year },
    deadline: EMPTY_CELL,
    author: EMPTY_TEXT,
  };
  for (const field of SETTINGS_FIELDS) {
    put(layout.fieldRows[field.key], 0, exactTextCell(field.labels[lang]));
    put(layout.fieldRows[field.key], layout.fieldValueCol, values[field.key]);
  }
  const envelope = `$${columnLetters(layout.fieldValueCol)}$${layout.fieldRows.akkeEnvelope + 1}`;

  const a = layout.allocationColumns;
  put(layout.allocationHeaderRow - 1, 0, exactTextCell(SECTION_TITLES.allocation[lang]));
  ALLOCATION_COLUMNS.forEach((column, col) =>
    put(layout.allocationHeaderRow, col, exactTextCell(column.labels[lang])),
  );
  layout.allocationRegions.forEach((code, i) => {
    const row = layout.allocationFirstRow + i;
    put(row, a.region, exactTextCell(regionEntryLabel(code, lang)));
    put(row, a.allocation, EMPTY_CELL);
    put(row, a.share, shareFormula(row, a.allocation, envelope));
    put(row, a.maxShare, EMPTY_CELL);
  });
  const allocationBottom = layout.allocationFirstRow + layout.allocationRegions.length - 1;

  const tables: NonNullable<SheetSpec["tables"]>[number][] = [
    {
      name: tableName("ra_allocation", name),
      range: rangeToA1({
        top: layout.allocationHeaderRow,
        left: 0,
        bottom: allocationBottom,
        right: ALLOCATION_COLUMNS.length - 1,
      }),
      style: "TableStyleMedium2",
      showFilterButton: true,
    },
  ];
  const validations: ListValidationSpec[] = [];

  if (layout.themesHeaderRow !== null && layout.themesFirstRow !== null) {
    const t = layout.themeColumns;
    put(layout.themesHeaderRow - 1, 0, exactTextCell(SECTION_TITLES.themes[lang]));
    THEME_COLUMNS.forEach((column, col) =>
      put(layout.themesHeaderRow as number, col, exactTextCell(column.labels[lang])),
    );
    const themes: readonly (TemplateTheme & { readonly active?: boolean })[] =
      options.themes ?? DEFAULT_TEMPLATE_THEMES;
    const yesNo = (code: "yes" | "no"): string =>
      YES_NO.entries.find((e) => e.code === code)?.labels[lang] ?? "";
    themes.forEach((theme, i) => {
      const row = (layout.themesFirstRow as number) + i;
      const group = THEME_GROUPS.entries.find((g) => g.code === theme.group);
      put(row, t.code, exactTextCell(theme.code));
      put(row, t.group, exactTextCell(group?.labels[lang] ?? theme.group));
      put(row, t.fi, exactTextCell(theme.labels.fi));
      put(row, t.sv, exactTextCell(theme.labels.sv));
      put(row, t.en, exactTextCell(theme.labels.en));
      put(row, t.active, exactTextCell(yesNo(theme.active === false ? "no" : "yes")));
    });
    const bottom = layout.themesFirstRow + themes.length - 1;
    tables.push({
      name: tableName("ra_themes", name),
      range: rangeToA1({
        top: layout.themesHeaderRow,
        left: 0,
        bottom,
        right: THEME_COLUMNS.length - 1,
      }),
      style: "TableStyleMedium4",
      showFilterButton: true,
    });
    // Short closed lists: written into the rule, so the settings sheet needs no lists sheet.
    const column = (col: number): string =>
      rangeToA1({ top: layout.themesFirstRow as number, left: col, bottom, right: col });
    validations.push(
      {
        range: column(t.group),
        source: { kind: "values", values: THEME_GROUPS.entries.map((g) => g.labels[lang]) },
        allowBlank: false,
        prompt: prompt(lang, "group"),
        errorStyle: "warning",
      },
      {
        range: column(t.active),
        source: { kind: "values", values: YES_NO.entries.map((e) => e.labels[lang]) },
        allowBlank: true,
        prompt: prompt(lang, "active"),
        errorStyle: "warning",
      },
    );
  }

  return {
    name,
    mode: "add",
    blocks: [{ topLeft: "A1", cells: rows }],
    tables,
    validations,
    freeze: { rows: 1, cols: 1 },
    columnWidths: columnWidths([30, 40, 14, 24, 40, 12]),
  };
}

/** The coordinator's round settings sheet (docs/design.md § 5.3) as a write plan. */
export function settingsTemplate(options: SettingsTemplateOptions): WritePlan {
  const name = freeSheetName(templatesMsg(options.lang, "templates.sheet.settings"), [
    ...(options.existingSheetNames ?? []),
  ]);
  const layout = settingsLayout(options.withThemes);
  return {
    sheets: [settingsSheet(name, options)],
    activate: {
      sheet: name,
      select: toA1({ row: layout.fieldRows.round, col: layout.fieldValueCol }),
    },
  };
}

/**
 * A round's settings written out as the settings sheet (the template filled with them): what
 * Import writes for a settings file picked with the regions' files, so that validation,
 * consolidation and the memo of the workbook use the round's own settings.
 */
export function settingsSheetFrom(name: string, settings: RoundSettings, lang: Lang): SheetSpec {
  const withThemes = settings.themes !== null;
  const layout = settingsLayout(withThemes);
  const spec = settingsSheet(name, {
    lang,
    withThemes,
    ...(settings.themes !== null ? { themes: settings.themes } : {}),
    ...(settings.period !== null ? { period: settings.period } : {}),
    ...(settings.budgetYear !== null ? { budgetYear: settings.budgetYear } : {}),
    round: settings.round,
  });
  const text = (value: string): PlanCell => (value === "" ? EMPTY_TEXT : exactTextCell(value));
  const fields: Partial<Record<SettingsFieldKey, PlanCell>> = {
    referenceNumber: text(settings.referenceNumber),
    author: text(settings.author ?? ""),
    legalBasis: text(settings.legalBasis),
    akkeEnvelope: {
      kind: "number",
      value: settings.envelopeCents / 100,
      format: NUMBER_FORMATS.euros,
    },
    akkeMaxShare: { kind: "number", value: settings.maxShare, format: NUMBER_FORMATS.percent },
    maxThemes: { kind: "number", value: settings.maxThemes, format: NUMBER_FORMATS.year },
    ...(settings.deadline !== null
      ? { deadline: { kind: "date", serial: settings.deadline, format: NUMBER_FORMATS.date } }
      : {}),
  };
  const blocks = Object.entries(fields).map(([key, cell]) => ({
    topLeft: toA1({ row: layout.fieldRows[key as SettingsFieldKey], col: layout.fieldValueCol }),
    cells: [[cell]],
  }));
  layout.allocationRegions.forEach((region, i) => {
    const allocation = settings.allocations.find((a) => a.region === region);
    if (allocation === undefined) return;
    const row = layout.allocationFirstRow + i;
    blocks.push({
      topLeft: toA1({ row, col: layout.allocationColumns.allocation }),
      cells: [[{ kind: "number", value: allocation.cents / 100, format: NUMBER_FORMATS.euros }]],
    });
    if (allocation.maxShare !== null)
      blocks.push({
        topLeft: toA1({ row, col: layout.allocationColumns.maxShare }),
        cells: [[{ kind: "number", value: allocation.maxShare, format: NUMBER_FORMATS.percent }]],
      });
  });
  return { ...spec, blocks: [...spec.blocks, ...blocks] };
}
