import type { PlanCell } from "../model/cell";
import { rangeToA1 } from "../model/address";
import type { ChartSpec } from "../model/plan";
import type { Lang } from "../model/lang";
import type { RoundSettings } from "../model/round";
import {
  countCell,
  dateCell,
  EMPTY_CELL,
  moneyCell,
  moneyFormat,
  ratioCell,
  textCell,
} from "./cells";
import { Grid } from "./grid";
import { headers, msg, type Namer } from "./text";
import type { Consolidation, FileReceipt, Money, RegionSummary } from "./types";
import { issueMessage } from "../rules/issueMessage";
import { sourceName } from "./vocab";
import type { SheetContent } from "./sheetContent";

const REGION_COLUMNS = [
  "consolidate.col.regionCode",
  "consolidate.col.region",
  "consolidate.col.received",
  "consolidate.col.late",
  "consolidate.col.items",
  "consolidate.col.themes",
  "consolidate.col.akke",
  "consolidate.col.allocation",
  "consolidate.col.difference",
  "consolidate.col.other",
  "consolidate.col.total",
  "consolidate.col.errors",
  "consolidate.col.warnings",
] as const;

type MessageKey = Parameters<typeof msg>[1];

/** What every part of the Summary writes with: the grid, the words and one money format. */
interface SummaryWriter {
  readonly c: Consolidation;
  readonly n: Namer;
  readonly lang: Lang;
  readonly g: Grid;
  readonly title: (key: MessageKey) => number;
  readonly money: (cents: number | null) => PlanCell;
  /** Akke, other and total, in that order. */
  readonly moneyCols: (m: Money) => PlanCell[];
  /** A titled table after a blank row: the header row, then one row per item. */
  readonly section: <T>(
    key: MessageKey,
    columns: Parameters<typeof headers>[1],
    items: readonly T[],
    row: (item: T) => PlanCell[],
  ) => void;
}

function summaryWriter(c: Consolidation, n: Namer): SummaryWriter {
  const { lang } = n;
  const g = new Grid();
  const title = (key: MessageKey) => g.add([textCell(msg(lang, key))]);
  const fmt = moneyFormat(allCents(c));
  const money = (cents: number | null) => moneyCell(cents, fmt);
  return {
    c,
    n,
    lang,
    g,
    title,
    money,
    moneyCols: (m) => [money(m.akkeCents), money(m.otherCents), money(m.totalCents)],
    section: (key, columns, items, row) => {
      g.blank();
      title(key);
      g.add(headers(lang, columns));
      for (const item of items) g.add(row(item));
    },
  };
}

/** The Summary sheet (docs/design.md § 7): every view of the consolidation, with the charts' data. */
export function summarySheet(
  c: Consolidation,
  settings: RoundSettings,
  n: Namer,
  date: number,
  receipts: readonly FileReceipt[] = [],
): SheetContent {
  const w = summaryWriter(c, n);
  writeHeading(w, settings, date);
  writeRegions(w);
  writeMissingAndLeftOut(w, receipts);
  writeTotals(w);
  writeThemes(w);
  writeMatrices(w);
  writeInvestment(w);
  writeMinistriesYearsSources(w);
  const charts = writeChartData(w);
  return {
    blocks: [w.g.block()],
    freeze: { rows: 1, cols: 0 },
    columnWidths: [
      { col: 0, width: 30 },
      { col: 1, width: 24 },
      ...Array.from({ length: 12 }, (_, i) => ({ col: i + 2, width: 15 })),
    ],
    charts,
  };
}

/** The title, the round, its reference number, the date and how many regions submitted. */
function writeHeading(
  { c, lang, g, title }: SummaryWriter,
  settings: RoundSettings,
  date: number,
): void {
  title("consolidate.title.summary");
  g.add([textCell(msg(lang, "consolidate.label.round")), textCell(settings.round)]);
  g.add([
    textCell(msg(lang, "consolidate.label.referenceNumber")),
    textCell(settings.referenceNumber),
  ]);
  g.add([textCell(msg(lang, "consolidate.label.date")), dateCell(date)]);
  g.add([
    textCell(msg(lang, "consolidate.label.submitted")),
    textCell(`${c.submitted} / ${c.eligibleCount}`),
  ]);
}

/** One row per region, those outside the round under their own title, then the totals row. */
function writeRegions({ c, n, lang, g, title, money }: SummaryWriter): void {
  g.blank();
  title("consolidate.title.regions");
  g.add(headers(lang, REGION_COLUMNS));
  const regionRow = (r: RegionSummary): PlanCell[] => [
    textCell(r.region),
    textCell(n.region(r.region)),
    dateCell(r.received),
    textCell(r.late ? msg(lang, "consolidate.label.yes") : ""),
    countCell(r.items),
    countCell(r.themes),
    money(r.akkeCents),
    money(r.allocationCents),
    money(r.differenceCents),
    money(r.otherCents),
    money(r.totalCents),
    countCell(r.errors),
    countCell(r.warnings),
  ];
  for (const r of c.regions.filter((x) => x.eligible)) g.add(regionRow(r));
  const outside = c.regions.filter((x) => !x.eligible);
  if (outside.length > 0) {
    title("consolidate.title.outside");
    for (const r of outside) g.add(regionRow(r));
  }
  g.add([
    textCell(msg(lang, "consolidate.col.total")),
    EMPTY_CELL,
    EMPTY_CELL,
    EMPTY_CELL,
    countCell(c.totals.items),
    EMPTY_CELL,
    money(c.totals.akkeCents),
    money(c.totals.allocatedCents),
    EMPTY_CELL,
    money(c.totals.otherCents),
    money(c.totals.totalCents),
  ]);
}

/** Regions that sent nothing, files not read, proposals left out as duplicates, the receipts. */
function writeMissingAndLeftOut(w: SummaryWriter, receipts: readonly FileReceipt[]): void {
  const { c, n, lang, g, title, section } = w;
  if (c.missingRegions.length > 0) {
    g.blank();
    title("consolidate.title.missing");
    for (const code of c.missingRegions) g.add([textCell(code), textCell(n.region(code))]);
  }
  if (c.filesNotRead.length > 0)
    section(
      "consolidate.title.notRead",
      [
        "consolidate.col.regionCode",
        "consolidate.col.region",
        "consolidate.col.file",
        "consolidate.col.reason",
      ],
      c.filesNotRead,
      (f) => [
        textCell(f.region ?? ""),
        textCell(f.region === null ? "" : n.region(f.region)),
        textCell(f.file),
        textCell(issueMessage(f.reason, lang)),
      ],
    );
  if (c.duplicates.length > 0)
    section(
      "consolidate.title.duplicates",
      [
        "consolidate.col.regionCode",
        "consolidate.col.region",
        "consolidate.col.file",
        "consolidate.col.sheet",
      ],
      c.duplicates.flatMap((d) => d.leftOut.map((ref) => ({ region: d.region, ref }))),
      ({ region, ref }) => [
        textCell(region),
        textCell(n.region(region)),
        textCell(ref.file),
        textCell(ref.sheet),
      ],
    );

  if (receipts.length > 0)
    section(
      "consolidate.title.receipts",
      [
        "consolidate.col.file",
        "consolidate.col.bytes",
        "consolidate.col.sha256",
        "consolidate.col.result",
      ],
      receipts,
      (r) => [
        textCell(r.file),
        countCell(r.bytes),
        textCell(r.sha256),
        textCell(receiptResult(c, r.file, n)),
      ],
    );
}

/** The round's totals: AKKE against the envelope, other funding, leverage, investment need. */
function writeTotals({ c, lang, g, title, money }: SummaryWriter): void {
  g.blank();
  title("consolidate.title.totals");
  const t = c.totals;
  const line = (key: MessageKey, cell: PlanCell) => g.add([textCell(msg(lang, key)), cell]);
  line("consolidate.col.akke", money(t.akkeCents));
  line("consolidate.label.envelope", money(t.envelopeCents));
  line("consolidate.label.allocated", money(t.allocatedCents));
  line("consolidate.label.envelopeRemaining", money(t.envelopeRemainingCents));
  line("consolidate.col.other", money(t.otherCents));
  line("consolidate.col.total", money(t.totalCents));
  line("consolidate.label.leverage", ratioCell(t.leverage));
  line("consolidate.label.investmentTotal", money(t.investmentNeedCents));
}

/** One row per theme, then one per theme group. */
function writeThemes({ c, n, lang, g, title, moneyCols, section }: SummaryWriter): void {
  g.blank();
  title("consolidate.title.themes");
  g.add(
    headers(lang, [
      "consolidate.col.theme",
      "consolidate.col.group",
      "consolidate.col.regions",
      "consolidate.col.items",
      "consolidate.col.akke",
      "consolidate.col.other",
      "consolidate.col.total",
      "consolidate.col.leadMinistries",
    ]),
  );
  for (const th of c.themes) {
    g.add([
      textCell(n.theme(th.theme)),
      textCell(th.theme === null ? "" : n.group(th.group)),
      countCell(th.regions),
      countCell(th.items),
      ...moneyCols(th),
      textCell(th.leadMinistries.map((m) => n.ministry(m)).join(", ")),
    ]);
  }

  section(
    "consolidate.title.groups",
    [
      "consolidate.col.group",
      "consolidate.col.regions",
      "consolidate.col.items",
      "consolidate.col.akke",
      "consolidate.col.other",
      "consolidate.col.total",
    ],
    c.themeGroups,
    (gr) => [
      textCell(n.group(gr.group)),
      countCell(gr.regions),
      countCell(gr.items),
      ...moneyCols(gr),
    ],
  );
}

/** Region × theme: AKKE, then the number of items, each row with its total. */
function writeMatrices({ c, n, lang, g, title, money }: SummaryWriter): void {
  const matrix = (
    key: MessageKey,
    cell: (i: number, j: number) => PlanCell,
    rowTotal: (i: number) => PlanCell,
  ) => {
    g.blank();
    title(key);
    g.add([
      ...headers(lang, ["consolidate.col.regionCode", "consolidate.col.region"]),
      ...c.matrix.themes.map((th) => textCell(n.theme(th))),
      textCell(msg(lang, "consolidate.col.total")),
    ]);
    c.matrix.regions.forEach((code, i) =>
      g.add([
        textCell(code),
        textCell(n.region(code)),
        ...c.matrix.themes.map((_, j) => cell(i, j)),
        rowTotal(i),
      ]),
    );
  };
  matrix(
    "consolidate.title.matrixAkke",
    (i, j) => money(c.matrix.cells[i][j].akkeCents),
    (i) => money(c.matrix.cells[i].reduce((s, x) => s + x.akkeCents, 0)),
  );
  matrix(
    "consolidate.title.matrixItems",
    (i, j) => countCell(c.matrix.cells[i][j].items),
    (i) => countCell(c.matrix.cells[i].reduce((s, x) => s + x.items, 0)),
  );
}

/** The investment need by region, then by theme, then in all. */
function writeInvestment({ c, n, lang, g, title, money }: SummaryWriter): void {
  g.blank();
  title("consolidate.title.investment");
  g.add(
    headers(lang, [
      "consolidate.col.regionCode",
      "consolidate.col.region",
      "consolidate.col.items",
      "consolidate.col.investment",
    ]),
  );
  for (const r of c.investment.byRegion)
    g.add([textCell(r.region), textCell(n.region(r.region)), countCell(r.items), money(r.cents)]);
  g.add(
    headers(lang, ["consolidate.col.theme", "consolidate.col.items", "consolidate.col.investment"]),
  );
  for (const r of c.investment.byTheme)
    g.add([textCell(n.theme(r.theme)), countCell(r.items), money(r.cents)]);
  g.add([
    textCell(msg(lang, "consolidate.label.investmentTotal")),
    EMPTY_CELL,
    money(c.investment.totalCents),
  ]);
}

/** The ministries' share of the items, the money by year and by funding source. */
function writeMinistriesYearsSources({
  c,
  n,
  lang,
  money,
  moneyCols,
  section,
}: SummaryWriter): void {
  section(
    "consolidate.title.ministries",
    [
      "consolidate.col.ministry",
      "consolidate.col.lead",
      "consolidate.col.participating",
      "consolidate.col.regions",
    ],
    c.ministries,
    (m) => [
      textCell(n.ministry(m.ministry)),
      countCell(m.lead),
      countCell(m.participating),
      countCell(m.regions),
    ],
  );

  section(
    "consolidate.title.byYear",
    [
      "consolidate.col.year",
      "consolidate.col.akke",
      "consolidate.col.other",
      "consolidate.col.total",
    ],
    c.byYear,
    (y) => [{ kind: "number", value: y.year, format: "0" }, ...moneyCols(y)],
  );

  section(
    "consolidate.title.bySource",
    ["consolidate.col.source", "consolidate.col.amount"],
    c.bySource,
    (s) => [
      textCell(
        s.source === null ? msg(lang, "consolidate.label.noSource") : sourceName(s.source, lang),
      ),
      money(s.cents),
    ],
  );
}

/** The two charts' data (AKKE by region, regions per theme) and the charts drawn from it. */
function writeChartData({ c, n, lang, g, title, money }: SummaryWriter): ChartSpec[] {
  g.blank();
  title("consolidate.title.chartData");
  const akkeTop = g.add(headers(lang, ["consolidate.col.region", "consolidate.col.akke"]));
  for (const r of c.regions) g.add([textCell(n.region(r.region)), money(r.akkeCents)]);
  const akkeRange = rangeToA1({ top: akkeTop, left: 0, bottom: g.next - 1, right: 1 });
  g.blank();
  const themeTop = g.add(headers(lang, ["consolidate.col.theme", "consolidate.col.regions"]));
  for (const th of c.themes) g.add([textCell(n.theme(th.theme)), countCell(th.regions)]);
  const themeRange = rangeToA1({ top: themeTop, left: 0, bottom: g.next - 1, right: 1 });

  return [
    {
      kind: "barClustered",
      title: msg(lang, "consolidate.chart.akkeByRegion"),
      dataRange: akkeRange,
      anchor: "O2",
    },
    {
      kind: "barClustered",
      title: msg(lang, "consolidate.chart.regionsPerTheme"),
      dataRange: themeRange,
      anchor: "O24",
    },
  ];
}

/** Every amount the Summary shows, to choose one money format for the sheet. */
function allCents(c: Consolidation): number[] {
  const out: number[] = [
    c.totals.envelopeCents,
    c.totals.allocatedCents,
    c.totals.investmentNeedCents,
  ];
  for (const r of c.regions) out.push(r.akkeCents, r.otherCents, r.allocationCents ?? 0);
  for (const th of c.themes) out.push(th.akkeCents, th.otherCents);
  for (const s of c.bySource) out.push(s.cents);
  for (const y of c.byYear) out.push(y.akkeCents, y.otherCents);
  for (const r of c.investment.byRegion) out.push(r.cents);
  for (const r of c.investment.byTheme) out.push(r.cents);
  for (const row of c.matrix.cells) for (const cell of row) out.push(cell.akkeCents);
  return out;
}

/** What became of a received file: the regions read from it, or why nothing was. */
function receiptResult(c: Consolidation, file: string, n: Namer): string {
  const notRead = c.filesNotRead.find((f) => f.file === file);
  if (notRead) return issueMessage(notRead.reason, n.lang);
  const regions = c.regions.filter((r) => r.file === file).map((r) => n.region(r.region));
  const read = msg(n.lang, "consolidate.label.read");
  return regions.length > 0 ? `${read}: ${regions.join(", ")}` : read;
}
