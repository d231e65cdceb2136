/**
 * A round of 17 regional files (16 mainland regions and Åland) as plain ground-truth data,
 * and the .xlsx files written from it with ExcelJS directly, each in its own layout: fi, sv
 * or en labels, shuffled columns, Excel tables or plain ranges, header blocks at different
 * places, split periods, money units on the funding columns, amounts typed as text.
 */
import ExcelJS from "exceljs";
import {
  AGREED,
  IN_PROGRESS,
  LABEL,
  LEVELS,
  MINISTRIES,
  ministryAs,
  REGION_NAMES,
  SOURCES,
  SUPPORTS,
  THEMES,
  type Lang,
  type Level,
  type Source,
} from "./vocabulary";

export const YEARS = [2026, 2027, 2028] as const;

export interface FundingLine {
  readonly source: Source;
  /** Cents per year of the period. */
  readonly cents: readonly [number, number, number];
  /** Written as text in the sheet's locale (one amount: the first year's). */
  readonly firstAsText?: boolean;
}

export interface ItemTruth {
  readonly id: string;
  readonly theme: string;
  readonly level: Level;
  readonly lead: string;
  /** As written; may repeat the lead ministry, which then does not count as taking part. */
  readonly others: readonly string[];
  readonly objective: string;
  readonly measure: string;
  readonly legislation: string;
  readonly statute: string;
  readonly expertSupport: string;
  readonly indicator: string;
  readonly agreed: boolean;
  readonly inProgress: boolean;
  readonly funding: readonly FundingLine[];
}

export type Unit = "€" | "1 000 €" | "M€";
type ItemColumn = keyof typeof ITEM_CELL;

export interface Layout {
  readonly lang: Lang;
  readonly sheet: string;
  /** Top-left of the header block, 1-based. */
  readonly row: number;
  readonly col: number;
  readonly regionAs: "code" | "name" | "codeAndName" | "digits";
  readonly splitPeriod: boolean;
  readonly itemsAsTable: boolean;
  readonly fundingAsTable: boolean;
  readonly unit: Unit;
  readonly itemColumns: readonly ItemColumn[];
  readonly sourceFirst: boolean;
}

export interface RegionTruth {
  readonly region: string;
  readonly file: string;
  readonly layout: Layout;
  readonly items: readonly ItemTruth[];
}

/** The mainland regions that send a file, in the (unsorted) order the files are given. */
const SENDERS = [
  "MK11",
  "MK02",
  "MK19",
  "MK01",
  "MK06",
  "MK13",
  "MK04",
  "MK17",
  "MK05",
  "MK15",
  "MK07",
  "MK10",
  "MK12",
  "MK08",
  "MK14",
  "MK18",
  "MK21",
];
export const NOT_SENT = ["MK09", "MK16"];

/** The same statute asked for by two regions, written a little differently in each. */
export const SHARED_STATUTE = "756/2021 27 §";
const SHARED_STATUTE_REGIONS: Readonly<Record<string, string>> = {
  MK02: SHARED_STATUTE,
  MK11: "756/2021  27 §",
};

const ALL_ITEM_COLUMNS = [
  "itemId",
  "theme",
  "objective",
  "level",
  "leadMinistry",
  "nationalMeasure",
  "otherMinistries",
  "legislation",
  "statute",
  "expertSupport",
  "indicator",
  "baseline",
  "target",
  "targetYear",
  "discussionStatus",
  "ministryPosition",
  "implementationStatus",
  "progress",
  "extra",
] as const;

/** A deterministic shuffle (a small LCG), so every region gets its own column order. */
function shuffled<T>(values: readonly T[], seed: number): T[] {
  const out = [...values];
  let s = seed * 7919 + 17;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const MINISTRY_CODES = MINISTRIES.map((m) => m.code);
const LEVEL_ORDER: readonly Level[] = ["national", "regional", "interregional", "both"];

function itemsOf(region: string, k: number): ItemTruth[] {
  const count = 2 + ((k * 7) % 4);
  return Array.from({ length: count }, (_, i): ItemTruth => {
    const lead = MINISTRY_CODES[(k * 5 + i * 3) % MINISTRY_CODES.length];
    const others =
      i % 2 === 0
        ? [
            MINISTRY_CODES[(k * 5 + i * 3 + 1) % MINISTRY_CODES.length],
            MINISTRY_CODES[(k * 5 + i * 3 + 4) % MINISTRY_CODES.length],
            // One region repeats the lead among the others: it must not count twice.
            ...(k === 5 ? [lead] : []),
          ]
        : [];
    const yearly = (5_000 + 1_000 * ((k + i) % 7)) * 100;
    const funding: FundingLine[] = [{ source: "akke", cents: [yearly, yearly, 0] }];
    funding.push({
      source: "region",
      cents: [(2_000 + 500 * i) * 100, 1_000 * 100, 0],
    });
    if (i % 3 === 0) funding.push({ source: "akke-own", cents: [0, 4_000 * 100, 3_000 * 100] });
    if (i % 4 === 1)
      funding.push({ source: "eu-structural", cents: [10_000 * 100, 10_000 * 100, 5_000 * 100] });
    if ((k + i) % 5 === 2) funding.push({ source: "municipalities", cents: [3_000 * 100, 0, 0] });
    if ((k + i) % 6 === 3) funding.push({ source: "private", cents: [0, 0, 8_000 * 100] });
    if ((k + i) % 7 === 4)
      funding.push({ source: "state-other", cents: [0, 6_000 * 100, 6_000 * 100] });
    const shared = i === 0 ? SHARED_STATUTE_REGIONS[region] : undefined;
    const legislation = shared !== undefined || (i === 1 && k % 4 === 0);
    return {
      id: `${Math.floor(i / 2) + 1}.${(i % 2) + 1}`,
      theme: THEMES[(k * 3 + i * 4) % THEMES.length].code,
      level: LEVEL_ORDER[(k + i) % LEVEL_ORDER.length],
      lead,
      others,
      objective: `Tavoite ${region}-${i + 1}`,
      measure: `Toimenpide ${region}-${i + 1}`,
      legislation: legislation ? `Muutos ${region}-${i + 1}` : "",
      statute: shared ?? (legislation ? `${100 + k}/2020 ${i + 1} §` : ""),
      expertSupport: i === 1 && k % 2 === 0 ? `Asiantuntija ${region}` : "",
      indicator: `Mittari ${region}-${i + 1}`,
      agreed: (k + i) % 3 === 0,
      inProgress: i % 2 === 1,
      funding,
    };
  });
}

/**
 * A region's amounts as typed in a sheet with a decimal comma (fi, sv) or point (en):
 * `12 500,50`, with a no-break space as the group separator in fi.
 */
export function amountText(cents: number, lang: Lang): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, "0");
  if (lang === "en") return `${euros}.${rest}`;
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "fi" ? "\u00a0" : " ");
  return `${grouped},${rest}`;
}

function layoutOf(region: string, k: number): Layout {
  const lang: Lang = region === "MK21" ? "sv" : (["fi", "sv", "en"] as const)[k % 3];
  const unit: Unit = (["€", "1 000 €", "M€"] as const)[Math.floor(k / 3) % 3];
  const optional = ALL_ITEM_COLUMNS.filter(
    (c) => !["itemId", "theme", "objective", "level", "leadMinistry"].includes(c),
  );
  return {
    lang,
    sheet: k % 2 === 0 ? `Esitys ${region}` : "Proposal",
    row: 1 + (k % 4),
    col: 1 + (k % 3),
    regionAs: (["code", "name", "codeAndName", "digits"] as const)[k % 4],
    splitPeriod: k % 2 === 1,
    itemsAsTable: k % 3 !== 1,
    fundingAsTable: k % 2 === 1,
    unit,
    itemColumns: shuffled(
      ["itemId", "theme", "objective", "level", "leadMinistry", ...optional] as ItemColumn[],
      k,
    ),
    sourceFirst: k % 4 === 3,
  };
}

/**
 * The amounts a region types: M€ files hold whole thousands only, text amounts only
 * in the files without a unit; the cents of `12 500,50` appear there.
 */
function adjustFunding(items: ItemTruth[], unit: Unit): ItemTruth[] {
  if (unit !== "€") return items;
  return items.map((item, i) =>
    i !== 0
      ? item
      : {
          ...item,
          funding: item.funding.map((line) =>
            line.source === "region"
              ? {
                  ...line,
                  cents: [1_250_050, line.cents[1], line.cents[2]] as const,
                  firstAsText: true,
                }
              : line,
          ),
        },
  );
}

export function roundTruth(dir: string): RegionTruth[] {
  return SENDERS.map((region, k) => {
    const layout = layoutOf(region, k);
    return {
      region,
      file: `${dir}/${String(k + 1).padStart(2, "0")}-${region.toLowerCase()}.xlsx`,
      layout,
      items: adjustFunding(itemsOf(region, k), layout.unit),
    };
  });
}

/** AKKE allocations: 150 000 € each, Lapland 20 000 € (so its proposal is over it: an error). */
export const ALLOCATION_CENTS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.keys(REGION_NAMES)
    .filter((c) => c !== "MK21")
    .map((c) => [c, c === "MK19" ? 20_000_00 : 150_000_00]),
);
export const ENVELOPE = Object.values(ALLOCATION_CENTS).reduce((s, c) => s + c, 0);

const ITEM_CELL = {
  itemId: (item: ItemTruth) => item.id,
  theme: (item: ItemTruth, lang: Lang) => themeName(item.theme, lang),
  objective: (item: ItemTruth) => item.objective,
  level: (item: ItemTruth, lang: Lang) => LEVELS[item.level][lang],
  leadMinistry: (item: ItemTruth, lang: Lang) => ministryAs(item.lead, lang),
  nationalMeasure: (item: ItemTruth) => item.measure,
  otherMinistries: (item: ItemTruth, lang: Lang) =>
    item.others.map((m) => ministryAs(m, lang)).join(lang === "sv" ? "; " : ", "),
  legislation: (item: ItemTruth) => item.legislation,
  statute: (item: ItemTruth) => item.statute,
  expertSupport: (item: ItemTruth) => item.expertSupport,
  indicator: (item: ItemTruth) => item.indicator,
  baseline: () => 60,
  target: () => 45,
  targetYear: () => 2028,
  discussionStatus: (item: ItemTruth, lang: Lang) => (item.agreed ? AGREED[lang] : ""),
  ministryPosition: (item: ItemTruth, lang: Lang) => (item.agreed ? SUPPORTS[lang] : ""),
  implementationStatus: (item: ItemTruth, lang: Lang) => (item.inProgress ? IN_PROGRESS[lang] : ""),
  progress: (item: ItemTruth) => (item.inProgress ? "50 %" : ""),
  extra: (item: ItemTruth) => `ref-${item.id}`,
} satisfies Record<string, (item: ItemTruth, lang: Lang) => string | number>;

/** A column no label of § 5.2 knows: kept and ignored. */
const EXTRA_HEADER = { fi: "Sisäinen viite", sv: "Intern referens", en: "Internal ref" };

function themeName(code: string, lang: Lang): string {
  const theme = THEMES.find((t) => t.code === code);
  if (!theme) throw new Error(`unknown theme ${code}`);
  return theme.names[lang];
}

function regionCell(region: string, layout: Layout): string {
  const name = REGION_NAMES[region][layout.lang];
  switch (layout.regionAs) {
    case "code":
      return region;
    case "name":
      return name;
    case "codeAndName":
      return `${region} ${name}`;
    case "digits":
      return region.slice(2);
  }
}

type Cell = string | number | null;

/** Writes a grid at (row, col) as a plain range, or as an Excel table named `name`. */
function put(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  header: readonly string[],
  body: readonly (readonly Cell[])[],
  table: string | null,
): void {
  if (table !== null) {
    ws.addTable({
      name: table,
      ref: ws.getCell(row, col).address,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: body.map((r) => r.map((v) => (v === null ? "" : v))),
    });
    return;
  }
  header.forEach((h, c) => (ws.getCell(row, col + c).value = h));
  body.forEach((r, i) =>
    r.forEach((v, c) => {
      if (v !== null && v !== "") ws.getCell(row + 1 + i, col + c).value = v;
    }),
  );
}

const UNIT_SCALE: Readonly<Record<Unit, number>> = { "€": 100, "1 000 €": 100_000, "M€": 1e8 };

/** Writes the region's file; returns the 1-based sheet row of every item, by item id. */
export async function writeProposal(truth: RegionTruth): Promise<{
  bytes: Buffer;
  itemRows: ReadonlyMap<string, number>;
}> {
  const { layout, items, region } = truth;
  const { lang } = layout;
  const workbook = new ExcelJS.Workbook();
  // A sheet before the proposal that is neither proposal nor settings.
  workbook.addWorksheet("Ohje").getCell("A1").value = "Täytä esitys seuraavalle välilehdelle.";
  const ws = workbook.addWorksheet(layout.sheet);

  let row = layout.row;
  const col = layout.col;
  ws.getCell(row, col).value = LABEL.region[lang];
  ws.getCell(row, col + 1).value = regionCell(region, layout);
  row++;
  ws.getCell(row, col).value = LABEL.period[lang];
  if (layout.splitPeriod) {
    ws.getCell(row, col + 1).value = YEARS[0];
    ws.getCell(row, col + 2).value = YEARS[YEARS.length - 1];
  } else ws.getCell(row, col + 1).value = `${YEARS[0]}–${YEARS[YEARS.length - 1]}`;
  row++;
  ws.getCell(row, col).value = LABEL.contact[lang];
  ws.getCell(row, col + 1).value = `Yhteys ${region}`;
  row += 2;

  const itemsLeft = col + (layout.row % 2);
  const header = layout.itemColumns.map((c) =>
    c === "extra" ? EXTRA_HEADER[lang] : LABEL[c][lang],
  );
  const body = items.map((item) => layout.itemColumns.map((c) => ITEM_CELL[c](item, lang)));
  put(ws, row, itemsLeft, header, body, layout.itemsAsTable ? `Items${region}` : null);
  const itemRows = new Map(items.map((item, i) => [item.id, row + 1 + i]));
  row += items.length + 3;

  const scale = UNIT_SCALE[layout.unit];
  const unit = layout.unit === "€" ? "" : ` (${layout.unit})`;
  const keyHeaders = [LABEL.itemId[lang], LABEL.source[lang]];
  const fundingHeader = [
    ...(layout.sourceFirst ? [...keyHeaders].reverse() : keyHeaders),
    ...YEARS.map((y) => `${y}${unit}`),
    `${LABEL.total[lang]}${unit}`,
  ];
  const fundingBody = items.flatMap((item) =>
    item.funding.map((line) => {
      const keys = [item.id, SOURCES[line.source][lang]];
      const amounts: Cell[] = line.cents.map((c, y) =>
        y === 0 && line.firstAsText ? amountText(c, lang) : c / scale,
      );
      const total = line.cents.reduce((s, c) => s + c, 0) / scale;
      return [...(layout.sourceFirst ? [...keys].reverse() : keys), ...amounts, total];
    }),
  );
  put(ws, row, col, fundingHeader, fundingBody, layout.fundingAsTable ? `Funding${region}` : null);

  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), itemRows };
}

/** The round settings in Finnish: the envelope, and an allocation per mainland region. */
export async function writeSettings(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Asetukset");
  ws.getCell("A1").value = LABEL.round.fi;
  ws.getCell("B1").value = "ALKE 2026";
  ws.getCell("A2").value = LABEL.period.fi;
  ws.getCell("B2").value = "2026–2028";
  ws.getCell("A3").value = LABEL.budgetYear.fi;
  ws.getCell("B3").value = 2026;
  ws.getCell("A4").value = LABEL.akkeEnvelope.fi;
  ws.getCell("B4").value = ENVELOPE / 100;
  ws.getCell("A6").value = LABEL.region.fi;
  ws.getCell("B6").value = LABEL.allocation.fi;
  Object.entries(ALLOCATION_CENTS).forEach(([code, cents], i) => {
    ws.getCell(7 + i, 1).value = REGION_NAMES[code].fi;
    ws.getCell(7 + i, 2).value = cents / 100;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
