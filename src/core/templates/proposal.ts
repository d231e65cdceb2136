import { columnLetters, rangeToA1, toA1 } from "../model/address";
import type { PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";
import type {
  ColumnWidth,
  FillSpec,
  ListValidationSpec,
  RangeFormatSpec,
  SheetSpec,
  ValidationSpec,
  WritePlan,
} from "../model/plan";
import type { Period } from "../model/round";
import { NUMBER_FORMATS } from "../locale/numberFormats";
import { years } from "../locale/periods";
import {
  ITEM_COLUMNS,
  labelsFor,
  PROPOSAL_FIELDS,
  SECTION_TITLES,
  type ItemKey,
  type ProposalFieldKey,
} from "../recognise/labels";
import type { TemplatesMessageKey } from "../i18n/messages/templates";
import type { RegionCode } from "../vocabulary/regions";
import {
  DEFAULT_TEMPLATE_THEMES,
  listsSheet,
  regionEntryLabel,
  type TemplateTheme,
} from "./listsSheet";
import { listName, tableName, type ListKind } from "./names";
import { freeSheetName } from "../model/sheetNames";
import { EMPTY_CELL, EMPTY_TEXT, templatesMsg, exactTextCell } from "./text";
import { putCell } from "./putCell";

const DEFAULT_ITEM_ROWS = 20;
const DEFAULT_FUNDING_ROWS = 30;

/** `2026–2028` with an en dash, as the header block shows it. */
export function periodText(period: Period): string {
  return period.start === period.end ? String(period.start) : `${period.start}\u2013${period.end}`;
}

/** Where everything of a proposal template lies; rows and columns zero-based. */
export interface ProposalLayout {
  readonly titleRow: number;
  readonly helpRow: number;
  /** The value cell of each header-block field is in column `fieldValueCol`. */
  readonly fieldRows: Readonly<Record<ProposalFieldKey, number>>;
  readonly fieldValueCol: number;
  readonly itemsHeaderRow: number;
  readonly itemsFirstRow: number;
  readonly itemRows: number;
  readonly itemColumns: Readonly<Record<ItemKey, number>>;
  readonly fundingHeaderRow: number;
  readonly fundingFirstRow: number;
  readonly fundingRows: number;
  readonly fundingColumns: {
    readonly itemId: number;
    readonly source: number;
    /** One column per year of the period, in order. */
    readonly years: readonly { readonly year: number; readonly col: number }[];
    readonly total: number;
  };
}

export function proposalLayout(
  period: Period,
  itemRows = DEFAULT_ITEM_ROWS,
  fundingRows = DEFAULT_FUNDING_ROWS,
): ProposalLayout {
  const fieldRows = {} as Record<ProposalFieldKey, number>;
  PROPOSAL_FIELDS.forEach((field, i) => (fieldRows[field.key] = 2 + i));
  const itemsTitleRow = 2 + PROPOSAL_FIELDS.length + 1;
  const itemsHeaderRow = itemsTitleRow + 1;
  const itemColumns = {} as Record<ItemKey, number>;
  ITEM_COLUMNS.forEach((column, col) => (itemColumns[column.key] = col));
  const fundingHeaderRow = itemsHeaderRow + itemRows + 3;
  const yearList = years(period).map((year, i) => ({ year, col: 2 + i }));
  return {
    titleRow: 0,
    helpRow: 1,
    fieldRows,
    fieldValueCol: 1,
    itemsHeaderRow,
    itemsFirstRow: itemsHeaderRow + 1,
    itemRows,
    itemColumns,
    fundingHeaderRow,
    fundingFirstRow: fundingHeaderRow + 1,
    fundingRows,
    fundingColumns: { itemId: 0, source: 1, years: yearList, total: 2 + yearList.length },
  };
}

export interface ProposalTemplateOptions {
  readonly lang: Lang;
  /** A region code such as `MK02`; none leaves the region to pick from the dropdown. */
  readonly region?: RegionCode;
  readonly period: Period;
  readonly round?: string;
  /** The round's themes; the defaults when absent. Only used when the lists sheet is written. */
  readonly themes?: readonly TemplateTheme[];
  readonly existingSheetNames: readonly string[];
  /** The workbook already has the lists sheet (and its names): it is not written again. */
  readonly listsSheetExists: boolean;
  /** Empty rows of the items and funding tables (defaults 20 and 30). */
  readonly itemRows?: number;
  readonly fundingRows?: number;
  /** ISO time for the registry row; the shell supplies the clock. */
  readonly time?: string;
  /** From the round settings: the region's AKKE allocation (cents), shown in the header block. */
  readonly allocationCents?: number | null;
  /** From the round settings: the deadline (Excel date serial), shown in the header block. */
  readonly deadline?: number | null;
}

/**
 * Where the round's facts stand beside the header block (label, then value): to the right
 * of the region's fields, from the period's row on. Never on the region's row: "Maakunta"
 * and "AKKE-jako" side by side would read as an allocation table's header. Recognition
 * reads only the proposal's own fields, so these labels change nothing else.
 */
const ROUND_FACTS_COL = 3;

/** The columns the ministry fills in, marked apart from the region's own. */
const MINISTRY_COLUMNS: readonly ItemKey[] = ["ministryPosition", "nationalFollowUp"];

/** The ministry's header cells: a light green, apart from the table style's blue header. */
const MINISTRY_HEADER_FILL = { color: "#E2EFDA", fontColor: "#375623" } as const;

/** Dates a header-block date may take: any day of 2000–2100 (Excel serials). */
const DATE_MIN = 36_526;
const DATE_MAX = 73_415;

/** The dropdown of each vocabulary column of the items table and the key of its prompt. */
const ITEM_DROPDOWNS: readonly { key: ItemKey; list: ListKind; prompt: PromptKey }[] = [
  { key: "theme", list: "themes", prompt: "theme" },
  { key: "level", list: "levels", prompt: "level" },
  { key: "leadMinistry", list: "ministries", prompt: "leadMinistry" },
  { key: "discussionStatus", list: "discussionStatus", prompt: "discussionStatus" },
  { key: "ministryPosition", list: "ministryPosition", prompt: "ministryPosition" },
  { key: "nationalFollowUp", list: "nationalFollowUp", prompt: "nationalFollowUp" },
  { key: "implementationStatus", list: "implementationStatus", prompt: "implementationStatus" },
];

type PromptKey =
  | "region"
  | "theme"
  | "level"
  | "leadMinistry"
  | "discussionStatus"
  | "ministryPosition"
  | "nationalFollowUp"
  | "implementationStatus"
  | "source"
  | "group"
  | "active"
  | "statute"
  | "date";

export function prompt(lang: Lang, key: PromptKey): { title: string; message: string } {
  return {
    title: templatesMsg(lang, `templates.prompt.${key}.title` as TemplatesMessageKey),
    message: templatesMsg(lang, `templates.prompt.${key}.message` as TemplatesMessageKey),
  };
}

/** Columns kept as text: ids (`1.1`) and statutes (`1/2021`) that Excel would turn into dates. */
const TEXT_COLUMNS: ReadonlySet<ItemKey> = new Set(["itemId", "statute"]);

const WIDTHS: Partial<Record<ItemKey, number>> = {
  itemId: 8,
  theme: 32,
  crossCutting: 24,
  objective: 40,
  regionalNeed: 36,
  nationalMeasure: 40,
  regionCommitment: 36,
  level: 18,
  leadMinistry: 30,
  otherMinistries: 22,
  statute: 16,
  investmentNeed: 16,
  baseline: 14,
  target: 14,
  targetYear: 12,
  progress: 14,
};

const PROPOSAL_ITEMS_TABLE_PREFIX = "ra_items";
const PROPOSAL_FUNDING_TABLE_PREFIX = "ra_funding";

export function proposalSheetBase(lang: Lang, region?: RegionCode): string {
  const base = templatesMsg(lang, "templates.sheet.proposal");
  return region ? `${base} ${region}` : base;
}

/** The proposal sheet alone (no lists sheet), for a name already chosen. */
export function proposalSheet(
  name: string,
  options: Omit<ProposalTemplateOptions, "existingSheetNames" | "listsSheetExists" | "themes">,
): SheetSpec {
  const { lang, period } = options;
  const layout = proposalLayout(period, options.itemRows, options.fundingRows);
  const rows: PlanCell[][] = [];
  const put = (row: number, col: number, cell: PlanCell): void => putCell(rows, row, col, cell);

  put(layout.titleRow, 0, exactTextCell(templatesMsg(lang, "templates.title.proposal")));
  put(layout.helpRow, 0, exactTextCell(templatesMsg(lang, "templates.help.proposal")));
  const fieldValues: Record<ProposalFieldKey, PlanCell> = {
    region: options.region ? exactTextCell(regionEntryLabel(options.region, lang)) : EMPTY_TEXT,
    period: exactTextCell(periodText(period)),
    contact: EMPTY_TEXT,
    date: EMPTY_CELL,
    round: options.round ? exactTextCell(options.round) : EMPTY_TEXT,
    programme: EMPTY_TEXT,
  };
  for (const field of PROPOSAL_FIELDS) {
    const row = layout.fieldRows[field.key];
    put(row, 0, exactTextCell(field.labels[lang]));
    put(row, layout.fieldValueCol, fieldValues[field.key]);
  }
  const facts: PlanCell[][] = [];
  if (options.allocationCents !== undefined && options.allocationCents !== null)
    facts.push([
      exactTextCell(labelsFor("allocation", lang)),
      { kind: "number", value: options.allocationCents / 100, format: NUMBER_FORMATS.euros },
    ]);
  if (options.deadline !== undefined && options.deadline !== null)
    facts.push([
      exactTextCell(labelsFor("deadline", lang)),
      { kind: "date", serial: options.deadline, format: NUMBER_FORMATS.date },
    ]);
  facts.forEach(([label, value], i) => {
    const row = layout.fieldRows.period + i;
    put(row, ROUND_FACTS_COL, label);
    put(row, ROUND_FACTS_COL + 1, value);
  });

  put(layout.itemsHeaderRow - 1, 0, exactTextCell(SECTION_TITLES.items[lang]));
  // Above the header: who fills the ministry's columns, and how to write a statute.
  for (const key of MINISTRY_COLUMNS)
    put(
      layout.itemsHeaderRow - 1,
      layout.itemColumns[key],
      exactTextCell(templatesMsg(lang, "templates.note.ministryColumns")),
    );
  put(
    layout.itemsHeaderRow - 1,
    layout.itemColumns.statute,
    exactTextCell(templatesMsg(lang, "templates.note.statute")),
  );
  ITEM_COLUMNS.forEach((column, col) =>
    put(layout.itemsHeaderRow, col, exactTextCell(column.labels[lang])),
  );
  const lastItemCol = ITEM_COLUMNS.length - 1;
  for (let r = 0; r < layout.itemRows; r++) {
    const row = layout.itemsFirstRow + r;
    ITEM_COLUMNS.forEach((column, col) =>
      put(row, col, TEXT_COLUMNS.has(column.key) ? EMPTY_TEXT : EMPTY_CELL),
    );
  }

  const f = layout.fundingColumns;
  put(layout.fundingHeaderRow - 1, 0, exactTextCell(SECTION_TITLES.funding[lang]));
  put(layout.fundingHeaderRow, f.itemId, exactTextCell(labelsFor("itemId", lang)));
  put(layout.fundingHeaderRow, f.source, exactTextCell(labelsFor("source", lang)));
  for (const { year, col } of f.years)
    put(layout.fundingHeaderRow, col, exactTextCell(String(year)));
  put(layout.fundingHeaderRow, f.total, exactTextCell(labelsFor("total", lang)));
  for (let r = 0; r < layout.fundingRows; r++) {
    const row = layout.fundingFirstRow + r;
    put(row, f.itemId, EMPTY_TEXT);
    put(row, f.source, EMPTY_CELL);
    for (const { col } of f.years) put(row, col, EMPTY_CELL);
    put(row, f.total, totalFormula(row, f.years[0].col, f.years[f.years.length - 1].col));
  }

  const column = (first: number, rows: number, col: number): string =>
    rangeToA1({ top: first, left: col, bottom: first + rows - 1, right: col });
  const itemsRange = (col: number): string => column(layout.itemsFirstRow, layout.itemRows, col);
  const fundingRange = (col: number): string =>
    column(layout.fundingFirstRow, layout.fundingRows, col);
  const dropdown = (range: string, list: ListKind, key: PromptKey): ListValidationSpec => ({
    range,
    source: { kind: "name", name: listName(lang, list) },
    allowBlank: true,
    prompt: prompt(lang, key),
    errorStyle: "warning",
  });
  const dateCell = toA1({ row: layout.fieldRows.date, col: layout.fieldValueCol });
  const validations: ValidationSpec[] = [
    dropdown(
      toA1({ row: layout.fieldRows.region, col: layout.fieldValueCol }),
      "regions",
      "region",
    ),
    ...ITEM_DROPDOWNS.map((d) => dropdown(itemsRange(layout.itemColumns[d.key]), d.list, d.prompt)),
    dropdown(fundingRange(f.source), "fundingSources", "source"),
    {
      kind: "date",
      range: dateCell,
      min: DATE_MIN,
      max: DATE_MAX,
      allowBlank: true,
      prompt: prompt(lang, "date"),
      errorStyle: "warning",
    },
    {
      kind: "prompt",
      range: itemsRange(layout.itemColumns.statute),
      prompt: prompt(lang, "statute"),
    },
  ];
  const rangeFormats: RangeFormatSpec[] = [
    { range: dateCell, format: NUMBER_FORMATS.date },
    { range: itemsRange(layout.itemColumns.investmentNeed), format: NUMBER_FORMATS.euros },
    {
      range: rangeToA1({
        top: layout.fundingFirstRow,
        left: f.years[0].col,
        bottom: layout.fundingFirstRow + layout.fundingRows - 1,
        right: f.years[f.years.length - 1].col,
      }),
      format: NUMBER_FORMATS.euros,
    },
  ];
  const fills: FillSpec[] = MINISTRY_COLUMNS.map((key) => ({
    range: toA1({ row: layout.itemsHeaderRow, col: layout.itemColumns[key] }),
    ...MINISTRY_HEADER_FILL,
  }));

  // Column A also holds the header-block labels, column B the funding sources.
  const widths: ColumnWidth[] = ITEM_COLUMNS.map((column, col) => ({
    col,
    width: col === 0 ? 18 : col === f.source ? 36 : (WIDTHS[column.key] ?? 28),
  }));

  return {
    name,
    mode: "add",
    blocks: [{ topLeft: "A1", cells: rows }],
    tables: [
      {
        name: tableName(PROPOSAL_ITEMS_TABLE_PREFIX, name),
        range: rangeToA1({
          top: layout.itemsHeaderRow,
          left: 0,
          bottom: layout.itemsFirstRow + layout.itemRows - 1,
          right: lastItemCol,
        }),
        style: "TableStyleMedium2",
        showFilterButton: true,
      },
      {
        name: tableName(PROPOSAL_FUNDING_TABLE_PREFIX, name),
        range: rangeToA1({
          top: layout.fundingHeaderRow,
          left: 0,
          bottom: layout.fundingFirstRow + layout.fundingRows - 1,
          right: f.total,
        }),
        style: "TableStyleMedium4",
        showFilterButton: true,
      },
    ],
    validations,
    rangeFormats,
    fills,
    freeze: { rows: layout.itemsHeaderRow + 1, cols: 1 },
    columnWidths: widths,
  };
}

/**
 * The row's total: a SUM of its years, left blank while the years are, so that an unused
 * template row reads as empty rather than as a funding row of 0 €.
 */
export function totalFormula(row: number, firstCol: number, lastCol: number): PlanCell {
  const range = `${columnLetters(firstCol)}${row + 1}:${columnLetters(lastCol)}${row + 1}`;
  return {
    kind: "formula",
    formula: `=IF(COUNT(${range})=0,"",SUM(${range}))`,
    format: NUMBER_FORMATS.euros,
  };
}

/**
 * A regional proposal (docs/design.md § 5.2) as a write plan: the proposal sheet under a free
 * name, and the lists sheet with its names when the workbook lacks it.
 */
export function proposalTemplate(options: ProposalTemplateOptions): WritePlan {
  const name = freeSheetName(proposalSheetBase(options.lang, options.region), [
    ...options.existingSheetNames,
  ]);
  const sheet = proposalSheet(name, options);
  const layout = proposalLayout(options.period);
  const activate = {
    sheet: name,
    select: toA1({ row: layout.fieldRows.region, col: layout.fieldValueCol }),
  };
  const lists = listsSheetFor(options);
  return lists
    ? { sheets: [sheet, lists.sheet], registry: [lists.registry], activate }
    : { sheets: [sheet], activate };
}

/**
 * The lists sheet a plan writes: added when absent; replaced when present and the caller
 * brings the round's own themes (the sheet is the add-in's own); else left as it is.
 */
export function listsSheetFor(options: {
  readonly themes?: readonly TemplateTheme[];
  readonly listsSheetExists: boolean;
  readonly time?: string;
}): ReturnType<typeof listsSheet> | null {
  if (options.listsSheetExists && options.themes === undefined) return null;
  return listsSheet(options.themes ?? DEFAULT_TEMPLATE_THEMES, {
    mode: options.listsSheetExists ? "replace" : "add",
    time: options.time,
  });
}
