import type { Lang } from "../../../../src/core/model/lang";
import type { SheetSnapshot } from "../../../../src/core/model/snapshot";
import { labelsFor, type LabelKey } from "../../../../src/core/recognise/labels";
import { recogniseSheet, type RecognisedSettings } from "../../../../src/core/recognise/recognise";
import { ELIGIBLE_REGION_CODES, findEntry, REGIONS } from "../../../../src/core/vocabulary";
import { Grid, type Raw } from "../../recognise/sheetBuilder";

export const LANG_CASES: readonly Lang[] = ["fi", "sv", "en"];

export interface AllocationLine {
  readonly region: Raw;
  readonly allocation: Raw;
  readonly share?: Raw;
  readonly maxShare?: Raw;
}

export interface RoundSheetLayout {
  readonly lang?: Lang;
  /** Header fields by key; undefined keeps the default, null leaves the row out. */
  readonly fields?: Partial<Record<LabelKey, Raw>>;
  readonly allocation?: readonly AllocationLine[];
  /** Bracketed unit of the allocation column, e.g. `1 000 €`. */
  readonly allocationUnit?: string;
  readonly themes?: readonly Raw[][];
  readonly name?: string;
}

export function regionName(code: string, lang: Lang): string {
  return findEntry(REGIONS, code)?.labels[lang] ?? code;
}

/** 16 000 000 € over the 18 eligible regions, in whole euros, with exact shares. */
export function fullAllocation(lang: Lang = "fi", envelope = 16_000_000): AllocationLine[] {
  const each = Math.floor(envelope / 18);
  return ELIGIBLE_REGION_CODES.map((code, i) => {
    const amount = i === 17 ? envelope - 17 * each : each;
    return { region: regionName(code, lang), allocation: amount, share: amount / envelope };
  });
}

export interface RoundSheet {
  readonly sheet: SheetSnapshot;
  readonly recognised: RecognisedSettings;
  /** Sheet row (zero-based) of each allocation line. */
  readonly rows: readonly number[];
  /** Row of each header field written. */
  readonly fieldRows: Partial<Record<LabelKey, number>>;
}

const FIELD_ORDER: readonly LabelKey[] = [
  "round",
  "referenceNumber",
  "legalBasis",
  "period",
  "budgetYear",
  "akkeEnvelope",
  "akkeMaxShare",
  "maxThemes",
  "deadline",
];

const FIELD_DEFAULTS: Partial<Record<LabelKey, Raw>> = {
  round: "ALKE 2026",
  referenceNumber: "VN/1234/2026",
  period: "2026–2028",
  budgetYear: 2026,
  akkeEnvelope: 16_000_000,
  akkeMaxShare: 0.8,
  maxThemes: 3,
};

/** A settings sheet: header block in column A/B, allocation table (A..D), optional themes table. */
export function roundSheet(layout: RoundSheetLayout = {}): RoundSheet {
  const lang = layout.lang ?? "fi";
  const grid = new Grid();
  let row = 0;
  const fieldRows: Partial<Record<LabelKey, number>> = {};
  for (const key of FIELD_ORDER) {
    const given = layout.fields && key in layout.fields ? layout.fields[key] : FIELD_DEFAULTS[key];
    if (given === undefined || given === null) continue;
    fieldRows[key] = row;
    grid.line(row++, 0, [labelsFor(key, lang), given]);
  }
  row++;
  const unit = layout.allocationUnit ? ` (${layout.allocationUnit})` : "";
  grid.line(row++, 0, [
    labelsFor("region", lang),
    `${labelsFor("allocation", lang)}${unit}`,
    labelsFor("share", lang),
    labelsFor("maxShare", lang),
  ]);
  const rows: number[] = [];
  for (const a of layout.allocation ?? fullAllocation(lang)) {
    rows.push(row);
    grid.line(row++, 0, [a.region, a.allocation, a.share ?? null, a.maxShare ?? null]);
  }
  if (layout.themes) {
    row++;
    grid.line(
      row++,
      0,
      (["code", "group", "fi", "sv", "en", "active"] as const).map((k) => labelsFor(k, lang)),
    );
    for (const t of layout.themes) grid.line(row++, 0, t);
  }
  const sheet = grid.sheet(layout.name ?? "Asetukset");
  const recognised = recogniseSheet(sheet);
  if (recognised.kind !== "settings")
    throw new Error(`not recognised as settings: ${recognised.kind}`);
  return { sheet, recognised, rows, fieldRows };
}
