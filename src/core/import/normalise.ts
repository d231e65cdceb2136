/**
 * A recognised proposal rewritten as ONE regional sheet in the template's layout and the
 * workbook's language (docs/design.md § 2 item 5): header block, items table and funding table
 * where the template puts them, every value typed. Text stays text whatever it looks like
 * (`=HYPERLINK(…)`, `1.1`, `00123`); numbers typed as text in a money or year column are
 * read in the source sheet's locale and written as numbers; money is scaled by its header's
 * unit into euros; vocabulary values the vocabularies know are written as the label of the
 * workbook's language, others as written so that the rules still report them.
 */
import { isBlank, type CellValue, type PlanCell } from "../model/cell";
import type { Lang } from "../model/lang";
import type { SheetSpec } from "../model/plan";
import type { Period, RegionProposal } from "../model/round";
import type { SheetSnapshot } from "../model/snapshot";
import { NUMBER_FORMATS } from "../locale/numberFormats";
import { readNumber } from "../locale/readNumber";
import { ITEM_COLUMNS, type ContentType, type VocabularyName } from "../recognise/labels";
import { readProposal } from "../recognise/read";
import type { RecognisedProposal } from "../recognise/recognise";
import { ministryEntryLabel, regionEntryLabel } from "../templates/listsSheet";
import { periodText, proposalLayout, proposalSheet } from "../templates/proposal";
import { VOCABULARIES } from "../vocabulary/all";
import { lookup, splitList } from "../vocabulary/lookup";
import { MINISTRIES } from "../vocabulary/ministries";
import type { RegionCode } from "../vocabulary/regions";
import { putCell } from "../templates/putCell";

const EMPTY: PlanCell = { kind: "empty" };
const EMPTY_TEXT: PlanCell = { kind: "text", text: "" };
const MONEY: ContentType = { kind: "money" };
const ID: ContentType = { kind: "id" };
const SOURCE: ContentType = { kind: "vocabulary", vocabulary: "fundingSources" };

export interface NormaliseOptions {
  /** The new sheet's name. */
  readonly name: string;
  /** The workbook's language: labels, headers and vocabulary values are written in it. */
  readonly lang: Lang;
  /** The year used when neither the period nor the funding columns give one. */
  readonly fallbackYear: number;
}

/** A cell as read, written back with its own type (an Excel error as its text). */
function keepCell(cell: CellValue): PlanCell {
  switch (cell.kind) {
    case "empty":
      return EMPTY;
    case "error":
      return { kind: "text", text: cell.code };
    case "date":
      return { kind: "date", serial: cell.serial, format: NUMBER_FORMATS.date };
    default:
      return cell;
  }
}

function asText(cell: CellValue): PlanCell {
  switch (cell.kind) {
    case "number":
      return { kind: "text", text: String(cell.value) };
    case "boolean":
      return { kind: "text", text: cell.value ? "TRUE" : "FALSE" };
    default:
      return keepCell(cell);
  }
}

/** The label of a vocabulary code in `lang`, as the template's dropdown lists spell it. */
function vocabularyLabel(name: VocabularyName, code: string, lang: Lang): string {
  if (name === "regions") return regionEntryLabel(code, lang);
  if (name === "ministries") {
    const entry = MINISTRIES.entries.find((e) => e.code === code);
    return entry ? ministryEntryLabel(entry, lang) : code;
  }
  const entries: readonly { code: string; labels: Readonly<Record<Lang, string>> }[] =
    VOCABULARIES[name].entries;
  return entries.find((entry) => entry.code === code)?.labels[lang] ?? code;
}

function rawText(cell: CellValue): string | null {
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number") return String(cell.value);
  return null;
}

/** One cell of a known column, converted for the normalised sheet. */
function convertCell(
  content: ContentType,
  cell: CellValue,
  sourceLang: Lang,
  lang: Lang,
  scale: number | null = 1,
): PlanCell {
  if (cell.kind === "empty") return content.kind === "id" ? EMPTY_TEXT : EMPTY;
  switch (content.kind) {
    case "text":
    case "id":
      return cell.kind === "date" ? keepCell(cell) : asText(cell);
    case "money": {
      const read = readNumber(cell, sourceLang);
      if (!read.ok || scale === null) return keepCell(cell);
      const euros = Math.round(read.value * scale * 100) / 100;
      return {
        kind: "number",
        value: euros,
        format: Number.isInteger(euros) ? NUMBER_FORMATS.euros : NUMBER_FORMATS.eurosCents,
      };
    }
    case "year":
    case "integer": {
      const read = readNumber(cell, sourceLang);
      return read.ok
        ? {
            kind: "number",
            value: read.value,
            format: content.kind === "year" ? NUMBER_FORMATS.year : NUMBER_FORMATS.integer,
          }
        : keepCell(cell);
    }
    case "percent": {
      const read = readNumber(cell, sourceLang);
      return read.ok
        ? { kind: "number", value: read.value, format: NUMBER_FORMATS.percent }
        : keepCell(cell);
    }
    case "vocabulary": {
      const raw = rawText(cell);
      const code = raw === null ? null : lookup(VOCABULARIES[content.vocabulary], raw);
      return code === null
        ? asText(cell)
        : { kind: "text", text: vocabularyLabel(content.vocabulary, code, lang) };
    }
    case "multiVocabulary": {
      const raw = rawText(cell);
      if (raw === null) return asText(cell);
      const parts = splitList(raw);
      const codes = parts.map((part) => lookup(VOCABULARIES[content.vocabulary], part));
      if (parts.length === 0 || codes.some((code) => code === null)) return asText(cell);
      const labels = [...new Set(codes as string[])].map((code) =>
        vocabularyLabel(content.vocabulary, code, lang),
      );
      return { kind: "text", text: labels.join(", ") };
    }
    case "period":
    case "date":
    case "numberOrText":
      return keepCell(cell);
  }
}

/** The period the layout needs: the proposal's, widened to every year the funding table has. */
function layoutPeriod(
  proposal: RegionProposal,
  fundingYears: readonly number[],
  fallbackYear: number,
): Period {
  const years = [...fundingYears];
  if (proposal.period) years.push(proposal.period.start, proposal.period.end);
  if (years.length === 0) return { start: fallbackYear, end: fallbackYear };
  return { start: Math.min(...years), end: Math.max(...years) };
}

export function normaliseProposal(
  sheet: SheetSnapshot,
  recognised: RecognisedProposal,
  proposal: RegionProposal,
  options: NormaliseOptions,
): SheetSpec {
  const { lang, name } = options;
  const sourceLang = recognised.lang;
  const read = readProposal(sheet, recognised);
  const period = layoutPeriod(
    proposal,
    read.fundingYears.map((y) => y.year),
    options.fallbackYear,
  );
  const itemRows = Math.max(1, read.items.length);
  const fundingRows = Math.max(1, read.funding.length);
  const region = proposal.region as RegionCode | null;
  const template = proposalSheet(name, {
    lang,
    ...(region ? { region } : {}),
    period,
    itemRows,
    fundingRows,
  });
  const layout = proposalLayout(period, itemRows, fundingRows);
  const grid: PlanCell[][] = template.blocks[0].cells.map((row) => [...row]);
  const put = (row: number, col: number, cell: PlanCell): void => putCell(grid, row, col, cell);

  const field = (key: keyof typeof read.fields): CellValue | null =>
    read.fields[key]?.value ?? null;
  const header = (key: keyof typeof layout.fieldRows, cell: PlanCell): void =>
    put(layout.fieldRows[key], layout.fieldValueCol, cell);
  const regionCell = field("region");
  if (!region && regionCell) header("region", asText(regionCell));
  if (proposal.period) header("period", { kind: "text", text: periodText(proposal.period) });
  else {
    const raw = field("period");
    header("period", raw ? asText(raw) : EMPTY_TEXT);
  }
  for (const key of ["contact", "round", "programme"] as const) {
    const raw = field(key);
    if (raw) header(key, asText(raw));
  }
  if (proposal.date !== null)
    header("date", { kind: "date", serial: proposal.date, format: NUMBER_FORMATS.date });
  else {
    const raw = field("date");
    if (raw) header("date", keepCell(raw));
  }

  read.items.forEach((item, i) => {
    for (const column of ITEM_COLUMNS) {
      const at = item.cells[column.key];
      if (!at) continue;
      const scale = read.itemColumns[column.key]?.scale ?? 1;
      put(
        layout.itemsFirstRow + i,
        layout.itemColumns[column.key],
        convertCell(column.content, at.value, sourceLang, lang, scale),
      );
    }
  });

  const f = layout.fundingColumns;
  read.funding.forEach((line, j) => {
    const row = layout.fundingFirstRow + j;
    if (line.itemId) put(row, f.itemId, convertCell(ID, line.itemId.value, sourceLang, lang));
    if (line.source) put(row, f.source, convertCell(SOURCE, line.source.value, sourceLang, lang));
    let sum = 0;
    for (const { year, col } of f.years) {
      const cell = line.years.find((y) => y.year === year);
      if (!cell) continue;
      const amount = convertCell(MONEY, cell.value, sourceLang, lang, cell.scale);
      if (amount.kind === "number") sum += amount.value;
      put(row, col, amount);
    }
    // The template's SUM stands where the region's own total agrees with it; a total that
    // disagrees (or is not a number) is kept as written, so the check still reports it.
    if (line.total && !isBlank(line.total.value)) {
      const total = convertCell(MONEY, line.total.value, sourceLang, lang, line.total.scale);
      const agrees = total.kind === "number" && Math.abs(total.value - sum) < 0.005;
      if (!agrees) put(row, f.total, total);
    }
  });

  return { ...template, blocks: [{ topLeft: "A1", cells: grid }] };
}
