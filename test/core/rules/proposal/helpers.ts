import { toA1 } from "../../../../src/core/model/address";
import type { CellValue, PlanCell } from "../../../../src/core/model/cell";
import type { Lang } from "../../../../src/core/model/lang";
import {
  DEFAULT_ENVELOPE_CENTS,
  DEFAULT_MAX_SHARE,
  DEFAULT_MAX_THEMES,
  type RoundSettings,
} from "../../../../src/core/model/round";
import type { SheetSnapshot } from "../../../../src/core/model/snapshot";
import type { ItemKey } from "../../../../src/core/recognise/labels";
import { recogniseSheet } from "../../../../src/core/recognise/recognise";
import type { Fix, Issue } from "../../../../src/core/rules/issue";
import { interpretProposal } from "../../../../src/core/rules/proposal";
import {
  DEFAULT_THEMES,
  FUNDING_SOURCES,
  LEVELS,
  MINISTRIES,
  labelOf,
} from "../../../../src/core/vocabulary";
import {
  buildProposal,
  type FundingLayout,
  type ProposalLayout,
  type ProposalSheet,
  type Raw,
} from "../../recognise/sheetBuilder";

export const SETTINGS: RoundSettings = {
  fromWorkbook: false,
  round: "",
  referenceNumber: "",
  legalBasis: "",
  period: null,
  budgetYear: null,
  envelopeCents: DEFAULT_ENVELOPE_CENTS,
  maxShare: DEFAULT_MAX_SHARE,
  maxThemes: DEFAULT_MAX_THEMES,
  deadline: null,
  allocations: [],
  themes: null,
};

export function run(
  sheet: SheetSnapshot,
  settings: RoundSettings = SETTINGS,
  locale: Lang | null = null,
): ReturnType<typeof interpretProposal> {
  const recognised = recogniseSheet(sheet);
  if (recognised.kind !== "proposal") throw new Error(`not a proposal: ${recognised.kind}`);
  return interpretProposal(sheet, recognised, { file: "esitys.xlsx", settings, locale });
}

export function ministry(code: string, lang: Lang): string {
  const entry = MINISTRIES.entries.find((e) => e.code === code);
  return lang === "sv" && entry ? entry.svCode : code;
}

export type ItemPatch = Partial<Record<ItemKey, Raw>>;

/** Three items in `lang` that break no rule: two national, one regional. */
export function cleanItems(lang: Lang): ItemPatch[] {
  const base = (
    id: string,
    theme: string,
    level: string,
    lead: string,
    others: string,
  ): ItemPatch => ({
    itemId: id,
    theme: labelOf(DEFAULT_THEMES, theme, lang),
    objective: `Objective ${id}`,
    level: labelOf(LEVELS, level, lang),
    leadMinistry: ministry(lead, lang),
    otherMinistries: others,
    nationalMeasure: `Measure ${id}`,
    indicator: "Indicator",
    target: 100,
    targetYear: 2028,
    investmentNeed: 1_500_000,
  });
  return [
    base("1.1", "accessibility", "national", "LVM", ministry("TEM", lang)),
    base("1.2", "skills-education", "regional", "OKM", ""),
    base(
      "2.1",
      "digitalisation",
      "both",
      "LVM",
      `${ministry("VM", lang)}, ${ministry("TEM", lang)}`,
    ),
  ];
}

export interface FundingRowLayout {
  readonly itemId: Raw;
  readonly source: Raw;
  readonly amounts: readonly Raw[];
  readonly total?: Raw;
}

export function cleanFunding(lang: Lang): FundingRowLayout[] {
  const akke = labelOf(FUNDING_SOURCES, "akke", lang);
  const municipalities = labelOf(FUNDING_SOURCES, "municipalities", lang);
  return [
    { itemId: "1.1", source: akke, amounts: [100_000, 100_000, 50_000], total: 250_000 },
    { itemId: "1.1", source: municipalities, amounts: [10_000, 10_000, null], total: 20_000 },
    { itemId: "1.2", source: akke, amounts: [20_000.5, 0, 0], total: 20_000.5 },
    { itemId: "2.1", source: akke, amounts: [5_000, 5_000, 5_000], total: 15_000 },
  ];
}

export interface Variation {
  readonly items?: (items: ItemPatch[]) => ItemPatch[];
  readonly funding?: (rows: FundingRowLayout[]) => FundingRowLayout[];
  readonly layout?: Partial<ProposalLayout>;
  readonly fundingLayout?: Partial<FundingLayout>;
}

export function proposal(lang: Lang, variation: Variation = {}): ProposalSheet {
  const items = (variation.items ?? ((x) => x))(cleanItems(lang));
  const rows = (variation.funding ?? ((x) => x))(cleanFunding(lang));
  return buildProposal({
    lang,
    items,
    funding: { years: [2026, 2027, 2028], rows, ...variation.fundingLayout },
    ...variation.layout,
  });
}

/** Replaces item `index`'s fields. */
export function patchItem(index: number, patch: ItemPatch): (items: ItemPatch[]) => ItemPatch[] {
  return (items) => items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

export function patchRow(
  index: number,
  patch: Partial<FundingRowLayout>,
): (rows: FundingRowLayout[]) => FundingRowLayout[] {
  return (rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

/** A1 of an item's cell. */
export function itemCell(built: ProposalSheet, index: number, key: ItemKey): string {
  const col = built.colOf[key];
  if (col === undefined) throw new Error(`no column ${key}`);
  return toA1({ row: built.itemRows[index], col });
}

/** A1 of a funding cell: column 0 id, 1 source, 2.. years, then the total. */
export function fundingCell(built: ProposalSheet, index: number, col: number): string {
  return toA1({ row: built.fundingRows[index], col });
}

function toCellValue(value: PlanCell): CellValue {
  switch (value.kind) {
    case "formula":
      throw new Error("formula fixes are not evaluated here");
    case "number":
      return { kind: "number", value: value.value };
    case "date":
      return { kind: "date", serial: value.serial };
    default:
      return value;
  }
}

/** The sheet with one fix written into it. */
export function applyFix(sheet: SheetSnapshot, fix: Fix): SheetSnapshot {
  const m = /^([A-Z]+)(\d+)$/.exec(fix.cell);
  if (!m) throw new Error(fix.cell);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  col -= 1;
  const row = Number(m[2]) - 1;
  const cells = sheet.cells.map((line) => [...line]);
  while (cells.length <= row) cells.push([]);
  while (cells[row].length <= col) cells[row].push({ kind: "empty" });
  cells[row][col] = toCellValue(fix.value);
  return { ...sheet, cells };
}

export function applyFixes(sheet: SheetSnapshot, issues: readonly Issue[]): SheetSnapshot {
  return issues.reduce((s, issue) => (issue.fix ? applyFix(s, issue.fix) : s), sheet);
}

export function brief(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.rule}@${i.cell ?? "-"}`);
}

export function serious(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.severity !== "info");
}
