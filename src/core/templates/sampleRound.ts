import type { PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";
import type { SheetSpec, WritePlan } from "../model/plan";
import type { RegistryRow } from "../model/snapshot";
import type { Period } from "../model/round";
import { NUMBER_FORMATS } from "../locale/numberFormats";
import type { ItemKey } from "../recognise/labels";
import { FUNDING_SOURCES, type FundingSourceCode } from "../vocabulary/fundingSources";
import { CROSS_CUTTING, LEVELS, type LevelCode } from "../vocabulary/itemValues";
import { MINISTRIES, type MinistryCode } from "../vocabulary/ministries";
import type { RegionCode } from "../vocabulary/regions";
import { DEFAULT_THEMES, type DefaultThemeCode } from "../vocabulary/themes";
import { labelOf } from "../vocabulary/vocabulary";
import { fillProposal, fillSettings, type FundingRowInput, type ProposalData } from "./fill";
import { LISTS_SHEET_NAME, ministryEntryLabel } from "./listsSheet";
import { proposalLayout, proposalTemplate } from "./proposal";
import { proposalFileName } from "./round";
import { ELIGIBLE_REGIONS, settingsLayout, settingsTemplate } from "./settings";
import {
  MESSY_REGION,
  SAMPLE_ALLOCATIONS,
  SAMPLE_REGIONS,
  type SampleFunding,
  type SampleItem,
  type SampleRegion,
} from "./sampleData";
import { exactTextCell } from "./text";

/**
 * The demo round (`npm run sample`) and rounds of any size for tests and benches, all
 * made from the templates' own plans with the data written over them.
 */

export interface SampleFile {
  readonly fileName: string;
  readonly kind: "settings" | "proposal";
  readonly region: RegionCode | null;
  readonly lang: Lang;
  readonly plan: WritePlan;
}

export const SAMPLE_PERIOD: Period = { start: 2026, end: 2028 };
const SAMPLE_ROUND_NAME = "ALKE 2026";
const SAMPLE_REFERENCE = "VN/1234/2026";
/** The official who prepares the sample round's memo (a made-up name). */
const SAMPLE_AUTHOR = "Aino Esimerkki";

/** Excel's serial of a calendar date (days since 1899-12-30). */
export function dateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const euros = (value: number): PlanCell => ({
  kind: "number",
  value,
  format: NUMBER_FORMATS.euros,
});
const plain = (value: number): PlanCell => ({ kind: "number", value });
const year = (value: number): PlanCell => ({ kind: "number", value, format: NUMBER_FORMATS.year });
const date = (serial: number): PlanCell => ({ kind: "date", serial, format: NUMBER_FORMATS.date });

function ministryLabel(code: MinistryCode, lang: Lang): string {
  const entry = MINISTRIES.entries.find((e) => e.code === code);
  return entry ? ministryEntryLabel(entry, lang) : code;
}

/** Other ministries as abbreviations (Swedish ones in Swedish): `OKM, SM`. */
function ministryCodes(codes: readonly MinistryCode[], lang: Lang): string {
  return codes
    .map((code) => {
      const entry = MINISTRIES.entries.find((e) => e.code === code);
      return lang === "sv" && entry ? entry.svCode : code;
    })
    .join(", ");
}

/** One item as the cells of its row, labels in `lang`. */
function itemCells(item: SampleItem, lang: Lang): Partial<Record<ItemKey, PlanCell>> {
  const cells: Partial<Record<ItemKey, PlanCell>> = {
    itemId: exactTextCell(item.id),
    theme: exactTextCell(labelOf(DEFAULT_THEMES, item.theme, lang)),
    objective: exactTextCell(item.objective),
    level: exactTextCell(labelOf(LEVELS, item.level, lang)),
    leadMinistry: exactTextCell(ministryLabel(item.lead, lang)),
  };
  const text = (key: ItemKey, value: string | undefined): void => {
    if (value) cells[key] = exactTextCell(value);
  };
  text("regionalNeed", item.need);
  text("nationalMeasure", item.measure);
  text("regionCommitment", item.commitment);
  text("regionalActors", item.actors);
  text("legislation", item.legislation);
  text("statute", item.statute);
  text("expertSupport", item.expert);
  text("indicator", item.indicator);
  if (item.others?.length) cells.otherMinistries = exactTextCell(ministryCodes(item.others, lang));
  if (item.crossCutting?.length) {
    cells.crossCutting = exactTextCell(
      item.crossCutting.map((code) => labelOf(CROSS_CUTTING, code, lang)).join(", "),
    );
  }
  if (item.investment !== undefined) cells.investmentNeed = euros(item.investment);
  if (item.baseline !== undefined) cells.baseline = plain(item.baseline);
  if (item.target !== undefined) cells.target = plain(item.target);
  if (item.targetYear !== undefined) cells.targetYear = year(item.targetYear);
  return cells;
}

/**
 * A funding row with its total as the number the template's SUM gives: ExcelJS writes no
 * cached formula results, so a file never opened in Excel would read a formula total as
 * empty, which the rules take as 0 in an Excel table.
 */
function fundingCells(line: SampleFunding, lang: Lang): FundingRowInput {
  return {
    itemId: exactTextCell(line.item),
    source: exactTextCell(labelOf(FUNDING_SOURCES, line.source, lang)),
    years: line.amounts.map(euros),
    total: euros(line.amounts.reduce((sum, amount) => sum + amount, 0)),
  };
}

function regionData(sample: SampleRegion): ProposalData {
  return {
    fields: {
      contact: exactTextCell(sample.contact),
      date: date(dateSerial(2026, 3, 10)),
      programme: exactTextCell(sample.programme),
    },
    items: sample.items.map((item) => itemCells(item, sample.lang)),
    funding: sample.funding.map((line) => fundingCells(line, sample.lang)),
  };
}

/** A filled proposal file: the template of `region` with `data` written over it. */
function filledProposal(
  region: RegionCode,
  lang: Lang,
  data: ProposalData,
  period: Period = SAMPLE_PERIOD,
  rows?: { readonly items: number; readonly funding: number },
): SampleFile {
  const plan = proposalTemplate({
    lang,
    region,
    period,
    round: SAMPLE_ROUND_NAME,
    existingSheetNames: [],
    listsSheetExists: false,
    ...(rows ? { itemRows: rows.items, fundingRows: rows.funding } : {}),
  });
  const sheet = plan.sheets?.[0]?.name ?? "";
  const layout = proposalLayout(period, rows?.items, rows?.funding);
  return {
    fileName: proposalFileName(region, lang),
    kind: "proposal",
    region,
    lang,
    plan: fillProposal(plan, sheet, layout, data),
  };
}

/** The coordinator's settings (fi) with the demo allocations, adding up to 16 000 000 €. */
export function sampleSettingsFile(
  allocations: Partial<Record<RegionCode, number>> = SAMPLE_ALLOCATIONS,
): SampleFile {
  const plan = settingsTemplate({
    lang: "fi",
    period: SAMPLE_PERIOD,
    budgetYear: 2026,
    withThemes: true,
    round: SAMPLE_ROUND_NAME,
  });
  const sheet = plan.sheets?.[0]?.name ?? "";
  const cells: Partial<Record<RegionCode, PlanCell>> = {};
  for (const region of ELIGIBLE_REGIONS) {
    const amount = allocations[region];
    if (amount !== undefined) cells[region] = euros(amount);
  }
  return {
    fileName: "Kierroksen-asetukset.xlsx",
    kind: "settings",
    region: null,
    lang: "fi",
    plan: fillSettings(plan, sheet, settingsLayout(true), {
      fields: {
        referenceNumber: exactTextCell(SAMPLE_REFERENCE),
        deadline: date(dateSerial(2026, 3, 15)),
        author: exactTextCell(SAMPLE_AUTHOR),
      },
      allocations: cells,
    }),
  };
}

/**
 * Pohjois-Karjala with four deliberate mistakes for demos: a near-miss theme, an unknown
 * lead ministry, an amount typed as text and a total that does not match its years.
 */
export function messyProposalFile(): SampleFile {
  const base = regionData(MESSY_REGION);
  const items = base.items.map((cells, i) => {
    if (i === 0) return { ...cells, theme: exactTextCell("Työvoiman saatavuus ja työlisyys") };
    if (i === 1) return { ...cells, leadMinistry: exactTextCell("Biotalousministeriö") };
    return cells;
  });
  const funding = base.funding.map((line, i): FundingRowInput => {
    if (i === 1)
      return { ...line, years: [line.years[0], exactTextCell("100 000"), line.years[2]] };
    if (i === 3) return { ...line, total: euros(100_000) };
    return line;
  });
  const file = filledProposal(MESSY_REGION.region, MESSY_REGION.lang, { ...base, items, funding });
  return { ...file, fileName: file.fileName.replace(/\.xlsx$/, "-virheita.xlsx") };
}

/** The demo round: settings, five regions in fi, sv and en, and the messy file. */
export function sampleRoundFiles(): SampleFile[] {
  return [
    sampleSettingsFile(),
    ...SAMPLE_REGIONS.map((sample) =>
      filledProposal(sample.region, sample.lang, regionData(sample)),
    ),
    messyProposalFile(),
  ];
}

export interface RoundSizeOptions {
  readonly itemsPerRegion: number;
  /** One language for every region, or the demo's mix (sv for Pohjanmaa, en for Lappi). */
  readonly lang?: Lang | "mixed";
  readonly seed?: number;
}

/** A small deterministic generator (mulberry32): the same seed, the same round. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYNTHETIC_THEMES: readonly DefaultThemeCode[] = [
  "sustainable-vitality",
  "labour-availability",
  "accessibility",
  "green-transition",
  "skills-education",
  "rdi",
];
const SYNTHETIC_LEVELS: readonly LevelCode[] = ["both", "regional", "interregional"];
const SYNTHETIC_MINISTRIES: readonly MinistryCode[] = ["TEM", "OKM", "LVM", "MMM", "YM", "STM"];
const SYNTHETIC_OTHER: readonly FundingSourceCode[] = [
  "municipalities",
  "eu-structural",
  "private",
];

function regionLang(region: RegionCode, lang: Lang | "mixed"): Lang {
  if (lang !== "mixed") return lang;
  return region === "MK15" ? "sv" : region === "MK19" ? "en" : "fi";
}

/**
 * A round of the 18 regions × `itemsPerRegion` items in memory: the settings file and one
 * proposal file per region, each region's AKKE adding up to its allocation exactly, three
 * themes at most per region, two funding rows per item.
 */
export function buildSampleRound(options: RoundSizeOptions): SampleFile[] {
  const n = Math.max(1, Math.floor(options.itemsPerRegion));
  const next = seededRandom(options.seed ?? 2026);
  const yearsCount = SAMPLE_PERIOD.end - SAMPLE_PERIOD.start + 1;
  const proposals = ELIGIBLE_REGIONS.map((region) => {
    const lang = regionLang(region, options.lang ?? "fi");
    const start = Math.floor(next() * SYNTHETIC_THEMES.length);
    const themes = [0, 1, 2].map((k) => SYNTHETIC_THEMES[(start + k) % SYNTHETIC_THEMES.length]);
    const allocation = SAMPLE_ALLOCATIONS[region];
    const slices = n * yearsCount;
    const slice = Math.floor(allocation / slices);
    const remainder = allocation - slice * slices;
    const items: SampleItem[] = [];
    const funding: SampleFunding[] = [];
    for (let i = 0; i < n; i++) {
      const id = `${Math.floor(i / 9) + 1}.${(i % 9) + 1}`;
      const theme = themes[i % themes.length];
      const level = SYNTHETIC_LEVELS[Math.floor(next() * SYNTHETIC_LEVELS.length)];
      items.push({
        id,
        theme,
        objective: `${labelOf(DEFAULT_THEMES, theme, lang)} ${id}`,
        measure: `${region} ${id}`,
        level,
        lead: SYNTHETIC_MINISTRIES[Math.floor(next() * SYNTHETIC_MINISTRIES.length)],
        indicator: `${region} ${id}`,
        baseline: Math.round(next() * 100),
        target: 100 + Math.round(next() * 100),
        targetYear: SAMPLE_PERIOD.end,
      });
      const akke = Array.from({ length: yearsCount }, (_, y) =>
        i === 0 && y === 0 ? slice + remainder : slice,
      );
      funding.push({ item: id, source: "akke", amounts: akke });
      funding.push({
        item: id,
        source: SYNTHETIC_OTHER[Math.floor(next() * SYNTHETIC_OTHER.length)],
        amounts: akke.map((amount) => Math.ceil(amount / 3)),
      });
    }
    const sample: SampleRegion = { region, lang, contact: "", programme: "", items, funding };
    return filledProposal(region, lang, regionData(sample), SAMPLE_PERIOD, {
      items: n,
      funding: 2 * n,
    });
  });
  return [sampleSettingsFile(), ...proposals];
}

/** A round's files as one workbook's plan, the shared lists sheet written once. */
export function roundAsOneWorkbook(files: readonly SampleFile[]): WritePlan {
  const sheets: SheetSpec[] = [];
  const registry: RegistryRow[] = [];
  for (const file of files) {
    for (const sheet of file.plan.sheets ?? []) {
      if (sheet.name === LISTS_SHEET_NAME) {
        if (sheets.some((s) => s.name === LISTS_SHEET_NAME)) continue;
        registry.push(...(file.plan.registry ?? []));
      }
      sheets.push(sheet);
    }
  }
  return { sheets, registry };
}
