import type { PlanCell } from "../model/cell";
import { quoteSheetName, rangeToA1 } from "../model/address";
import type { ColumnWidth } from "../model/plan";
import { labelsFor, type LabelKey } from "../recognise/labels";
import { moneyCell, moneyFormat, textCell, yearCell } from "./cells";
import { Grid } from "./grid";
import { linkFormula, msg, type Namer } from "./text";
import type { SheetContent } from "./sheetContent";
import type { Consolidation, RegionItem } from "./types";
import { compareSources, itemValueName, sourceName, type ItemValueList } from "./vocab";

/** One column of a list sheet: its header and how an item fills it. */
export interface Column<T> {
  readonly header: string;
  readonly width: number;
  readonly cell: (row: T) => PlanCell;
}

export function label(n: Namer, key: LabelKey): string {
  return labelsFor(key, n.lang);
}

export function listSheet<T>(
  columns: readonly Column<T>[],
  rows: readonly T[],
  table?: { name: string },
): SheetContent {
  const g = new Grid();
  g.add(columns.map((c) => textCell(c.header)));
  for (const row of rows) g.add(columns.map((c) => c.cell(row)));
  // An Excel table needs a data row; an empty list gets one blank row.
  if (rows.length === 0 && table) g.add([]);
  const widths: ColumnWidth[] = columns.map((c, col) => ({ col, width: c.width }));
  const range = rangeToA1({ top: 0, left: 0, bottom: g.next - 1, right: columns.length - 1 });
  return {
    blocks: [g.block()],
    freeze: { rows: 1, cols: 0 },
    columnWidths: widths,
    ...(table
      ? {
          tables: [{ name: table.name, range, showFilterButton: true, style: "TableStyleMedium2" }],
        }
      : {}),
  };
}

/** Region code, region name and item id: the columns every list starts with. */
export function itemKeyColumns(n: Namer): Column<RegionItem>[] {
  return [
    {
      header: msg(n.lang, "consolidate.col.regionCode"),
      width: 8,
      cell: (r) => textCell(r.region),
    },
    {
      header: msg(n.lang, "consolidate.col.region"),
      width: 20,
      cell: (r) => textCell(n.region(r.region)),
    },
    { header: label(n, "itemId"), width: 8, cell: (r) => textCell(r.item.itemId) },
  ];
}

export function linkColumn(n: Namer): Column<RegionItem> {
  const text = msg(n.lang, "consolidate.label.linkText");
  return {
    header: msg(n.lang, "consolidate.label.link"),
    width: 10,
    cell: (r) => {
      const target = n.linkTarget(r.item.source);
      const { file, sheet, row } = r.item.source;
      return target === null
        ? textCell(`${n.filePath(file)} ${quoteSheetName(sheet)}!A${row + 1}`)
        : linkFormula(target, text);
    },
  };
}

export const textColumn = (
  n: Namer,
  key: LabelKey,
  get: (r: RegionItem) => string,
  width = 30,
): Column<RegionItem> => ({
  header: label(n, key),
  width,
  cell: (r) => textCell(get(r)),
});

export function themeColumn(n: Namer): Column<RegionItem> {
  return {
    header: label(n, "theme"),
    width: 24,
    cell: (r) => textCell(r.item.theme === null ? "" : n.theme(r.item.theme)),
  };
}

export function valueName(
  n: Namer,
  list: Parameters<typeof itemValueName>[0],
  code: string | null,
): string {
  return code === null || code === "" ? "" : itemValueName(list, code, n.lang);
}

/** A column of the item's value from one of the item value lists, named in the output language. */
export function valueColumn(
  n: Namer,
  list: Exclude<ItemValueList, "crossCutting">,
  width: number,
): Column<RegionItem> {
  return textColumn(n, list, (r) => valueName(n, list, r.item[list]), width);
}

export function otherMinistriesColumn(n: Namer): Column<RegionItem> {
  return textColumn(
    n,
    "otherMinistries",
    (r) => r.item.otherMinistries.map((m) => n.ministry(m)).join(", "),
    16,
  );
}

/** Items at level national, interregional or both; a filter button on the lead ministry column. */
export function nationalSheet(c: Consolidation, n: Namer, tableName: string): SheetContent {
  const columns: Column<RegionItem>[] = [
    textColumn(n, "leadMinistry", (r) => n.ministry(r.item.leadMinistry), 14),
    ...itemKeyColumns(n),
    themeColumn(n),
    valueColumn(n, "level", 14),
    textColumn(n, "objective", (r) => r.item.objective, 40),
    textColumn(n, "nationalMeasure", (r) => r.item.nationalMeasure, 40),
    otherMinistriesColumn(n),
    valueColumn(n, "ministryPosition", 16),
    valueColumn(n, "nationalFollowUp", 16),
    linkColumn(n),
  ];
  return listSheet(columns, c.nationalQuestions, { name: tableName });
}

/** Legislative change needs, alike requests (same statute) one after another with their regions. */
export function legislationSheet(c: Consolidation, n: Namer): SheetContent {
  const rows = c.legislation.flatMap((group) => group.entries.map((entry) => ({ group, entry })));
  type Row = (typeof rows)[number];
  const on = (col: Column<RegionItem>): Column<Row> => ({ ...col, cell: (r) => col.cell(r.entry) });
  const columns: Column<Row>[] = [
    { header: label(n, "statute"), width: 20, cell: (r) => textCell(r.group.statute) },
    {
      header: msg(n.lang, "consolidate.col.groupRegions"),
      width: 24,
      cell: (r) => textCell(r.group.regions.join(", ")),
    },
    ...itemKeyColumns(n).map(on),
    on(textColumn(n, "legislation", (r) => r.item.legislation, 50)),
    on(textColumn(n, "leadMinistry", (r) => n.ministry(r.item.leadMinistry), 14)),
    on(themeColumn(n)),
    on(linkColumn(n)),
  ];
  return listSheet(columns, rows);
}

export function expertSheet(c: Consolidation, n: Namer): SheetContent {
  const columns: Column<RegionItem>[] = [
    ...itemKeyColumns(n),
    themeColumn(n),
    textColumn(n, "objective", (r) => r.item.objective, 40),
    textColumn(n, "expertSupport", (r) => r.item.expertSupport, 50),
    textColumn(n, "leadMinistry", (r) => n.ministry(r.item.leadMinistry), 14),
    linkColumn(n),
  ];
  return listSheet(columns, c.expertSupport);
}

export function monitoringSheet(c: Consolidation, n: Namer): SheetContent {
  const columns: Column<RegionItem>[] = [
    ...itemKeyColumns(n),
    themeColumn(n),
    textColumn(n, "objective", (r) => r.item.objective, 40),
    textColumn(n, "indicator", (r) => r.item.indicator, 30),
    textColumn(n, "baseline", (r) => r.item.baseline, 14),
    textColumn(n, "target", (r) => r.item.target, 14),
    { header: label(n, "targetYear"), width: 10, cell: (r) => yearCell(r.item.targetYear) },
    valueColumn(n, "implementationStatus", 16),
    textColumn(n, "progress", (r) => r.item.progress, 20),
    linkColumn(n),
  ];
  return listSheet(columns, c.monitoring);
}

/** One flat table: every column of the items table, funding per source, a link to the source row. */
export function allItemsSheet(c: Consolidation, n: Namer, tableName: string): SheetContent {
  type Row = Consolidation["items"][number];
  const sources = [...new Set(c.items.flatMap((i) => Object.keys(i.funding)))]
    .map((k) => (k === "" ? null : k))
    .sort(compareSources);
  const fundingFormat = moneyFormat(
    c.items.flatMap((i) => [...Object.values(i.funding), i.totalCents, i.item.investmentNeedCents]),
  );
  const sourceHeader = (s: string | null) =>
    `${s === null ? msg(n.lang, "consolidate.label.noSource") : sourceName(s, n.lang)} (€)`;
  const it = (col: Column<RegionItem>): Column<Row> => col;
  const columns: Column<Row>[] = [
    ...itemKeyColumns(n).map(it),
    it(themeColumn(n)),
    it(
      textColumn(
        n,
        "crossCutting",
        (r) => r.item.crossCutting.map((x) => valueName(n, "crossCutting", x)).join(", "),
        20,
      ),
    ),
    it(textColumn(n, "programmePriority", (r) => r.item.programmePriority)),
    it(textColumn(n, "objective", (r) => r.item.objective, 40)),
    it(textColumn(n, "regionalNeed", (r) => r.item.regionalNeed)),
    it(textColumn(n, "nationalMeasure", (r) => r.item.nationalMeasure)),
    it(textColumn(n, "regionCommitment", (r) => r.item.regionCommitment)),
    it(valueColumn(n, "level", 14)),
    it(textColumn(n, "leadMinistry", (r) => n.ministry(r.item.leadMinistry), 12)),
    it(otherMinistriesColumn(n)),
    it(textColumn(n, "regionalActors", (r) => r.item.regionalActors)),
    it(textColumn(n, "legislation", (r) => r.item.legislation)),
    it(textColumn(n, "statute", (r) => r.item.statute, 16)),
    it(textColumn(n, "expertSupport", (r) => r.item.expertSupport)),
    {
      header: `${label(n, "investmentNeed")} (€)`,
      width: 16,
      cell: (r) => moneyCell(r.item.investmentNeedCents, fundingFormat),
    },
    it(textColumn(n, "indicator", (r) => r.item.indicator)),
    it(textColumn(n, "baseline", (r) => r.item.baseline, 14)),
    it(textColumn(n, "target", (r) => r.item.target, 14)),
    { header: label(n, "targetYear"), width: 10, cell: (r) => yearCell(r.item.targetYear) },
    it(valueColumn(n, "discussionStatus", 14)),
    it(valueColumn(n, "ministryPosition", 14)),
    it(valueColumn(n, "nationalFollowUp", 14)),
    it(valueColumn(n, "implementationStatus", 14)),
    it(textColumn(n, "progress", (r) => r.item.progress, 16)),
    it(textColumn(n, "notes", (r) => r.item.notes)),
    ...sources.map((s): Column<Row> => ({
      header: sourceHeader(s),
      width: 16,
      cell: (r) => moneyCell(r.funding[s ?? ""] ?? 0, fundingFormat),
    })),
    {
      header: msg(n.lang, "consolidate.col.total"),
      width: 16,
      cell: (r) => moneyCell(r.totalCents, fundingFormat),
    },
    it(linkColumn(n)),
  ];
  return listSheet(columns, c.items, { name: tableName });
}
