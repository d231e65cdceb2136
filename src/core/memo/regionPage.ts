import type {
  ConsolidatedItem,
  Consolidation,
  RegionItem,
  RegionSummary,
} from "../consolidate/types";
import { addCents, sumCents } from "../locale/money";
import { AKKE_ALLOCATION_SOURCE } from "../vocabulary/fundingSources";
import { compareSources, regionName, sourceName } from "../consolidate/vocab";
import { capitalise } from "../locale/numberWords";
import type { Lang } from "../model/lang";
import type { RoundSettings } from "../model/round";
import { fileNameStem } from "../text/fileName";
import { translate } from "../i18n/translate";
import { findStatute, statuteTitle } from "../vocabulary/statutes";
import { documentHead } from "./document";
import type { MemoWriter } from "./format";
import { renderBlocks } from "./renderMemo";
import { ministryLists } from "./sections/byMinistry";
import { positionColumns } from "./sections/national";
import { requestText, statuteGroups } from "./sections/national";
import { buildTable, nameColumn, sumColumn } from "./table";
import type { Memo, MemoBlock, MemoOptions } from "./types";

/**
 * The page of one region (docs/region-page.md): the draft of its discussion memo and
 * cooperation document, in the memo's house style, rendered like the memo (HTML for Word,
 * every workbook value escaped, and plain text). A region without a proposal gets a short
 * page with its allocation. Throws RangeError when `options.date` is not a date.
 */
export function regionPage(
  consolidation: Consolidation,
  settings: RoundSettings,
  region: string,
  options: MemoOptions,
): Memo {
  return renderBlocks(regionPageDocument(consolidation, settings, region, options), options.lang);
}

/** `Satakunta-alkekeskustelu.html`: the region's name in the language and the page's kind. */
export function regionPageFileName(region: string, lang: Lang): string {
  const name = fileNameStem(regionName(region, lang)) || fileNameStem(region);
  return `${name}-${translate(lang, "regionPage.fileName")}.html`;
}

/** The page as blocks of text in `options.lang`, ready to render. */
function regionPageDocument(
  c: Consolidation,
  settings: RoundSettings,
  region: string,
  options: MemoOptions,
): MemoBlock[] {
  const { w, date, head } = documentHead(
    settings,
    options,
    (w, round) =>
      round === ""
        ? w.t("regionPage.titleNoRound", { region: w.region(region) })
        : w.t("regionPage.title", { round, region: w.region(region) }),
    (w) => w.t("regionPage.header.kind"),
  );
  const summary = c.regions.find((r) => r.region === region);
  if (summary === undefined) return [...head, ...noProposal(c, region, w)];
  const items = c.items.filter((i) => i.region === region);
  return [
    ...head,
    { kind: "paragraph", text: w.t("regionPage.intro", { date }) },
    { kind: "paragraph", text: summarySentences(c, summary, w) },
    ...themesBlocks(c, items, w),
    ...measuresBlocks(items, w),
    ...legislationBlocks(items, w),
    ...expertSupportBlocks(items, w),
    ...positionsBlocks(c, items, w),
    ...fundingBlocks(c, summary, items, w),
    ...monitoringBlocks(items, w),
  ];
}

function itemLabel(i: RegionItem, w: MemoWriter): string {
  return w.t("regionPage.item", { id: i.item.itemId });
}

function summarySentences(c: Consolidation, r: RegionSummary, w: MemoWriter): string {
  const params = { items: w.count("items", r.items), themes: w.count("themes", r.themes) };
  const regionOf = w.regionOf(r.region);
  const sentences = [
    regionOf === null
      ? w.t("regionPage.summaryPlain", { region: w.region(r.region), ...params })
      : w.t("regionPage.summary", { regionOf, ...params }),
  ];
  if (r.received !== null)
    sentences.push(
      w.t(r.late ? "regionPage.receivedLate" : "regionPage.received", { date: w.date(r.received) }),
    );
  if (r.flagged) sentences.push(w.t("regionPage.notReady"));
  if (!r.eligible) sentences.push(w.t("memo.annex.outside", { total: w.integer(c.eligibleCount) }));
  return sentences.join(" ");
}

/** The region's items by theme, in the order of the memo's theme table, with their objectives. */
function themesBlocks(
  c: Consolidation,
  items: readonly ConsolidatedItem[],
  w: MemoWriter,
): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("regionPage.heading.themes") };
  if (items.length === 0)
    return [heading, { kind: "paragraph", text: w.t("regionPage.themes.none") }];
  const order = c.themes.map((t) => t.theme);
  const rank = (i: ConsolidatedItem): number => {
    const at = order.indexOf(i.item.theme);
    return at < 0 ? order.length : at;
  };
  const sorted = [...items].sort((a, b) => rank(a) - rank(b));
  const table = buildTable<ConsolidatedItem>(
    w,
    [
      { label: w.t("memo.col.theme"), kind: "text", value: (i) => w.theme(i.item.theme) },
      { label: w.t("regionPage.col.item"), kind: "text", value: (i) => i.item.itemId },
      { label: w.t("memo.col.objective"), kind: "text", value: (i) => i.item.objective.trim() },
      {
        label: w.t("regionPage.col.leadMinistry"),
        kind: "text",
        value: (i) => (i.item.leadMinistry === null ? "" : w.ministryShort(i.item.leadMinistry)),
      },
    ],
    sorted,
    false,
  );
  return [heading, { kind: "table", table }];
}

function measuresBlocks(items: readonly ConsolidatedItem[], w: MemoWriter): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("regionPage.heading.measures") };
  const asked = items.filter((i) => i.item.nationalMeasure.trim() !== "");
  if (asked.length === 0)
    return [heading, { kind: "paragraph", text: w.t("regionPage.measures.none") }];
  return [
    heading,
    { kind: "paragraph", text: w.t("regionPage.measures.intro") },
    ...ministryLists(asked, w, (i) => `${itemLabel(i, w)}: ${i.item.nationalMeasure.trim()}`),
  ];
}

/** By statute number and the ministry that owns it (docs/memo.md, the statute table). */
function legislationBlocks(items: readonly ConsolidatedItem[], w: MemoWriter): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("regionPage.heading.legislation") };
  const requests = items.filter((i) => i.item.legislation.trim() !== "");
  if (requests.length === 0)
    return [heading, { kind: "paragraph", text: w.t("regionPage.legislation.none") }];
  return [
    heading,
    ...statuteGroups(requests).flatMap((group): MemoBlock[] => [
      { kind: "paragraph", strong: true, text: statuteHeading(group.number, w) },
      {
        kind: "list",
        items: group.entries.map((e) => `${itemLabel(e, w)}: ${requestText(e)}`),
      },
    ]),
  ];
}

function statuteHeading(number: string | null, w: MemoWriter): string {
  if (number === null) return w.t("memo.legislation.noStatute");
  const entry = findStatute(number);
  return entry === undefined
    ? w.t("regionPage.legislation.unknownStatute", { number })
    : `${capitalise(statuteTitle(number, w.lang))} – ${w.ministryShort(entry.ministry)}`;
}

function expertSupportBlocks(items: readonly ConsolidatedItem[], w: MemoWriter): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("memo.heading.expertSupport") };
  const asked = items.filter((i) => i.item.expertSupport.trim() !== "");
  if (asked.length === 0)
    return [heading, { kind: "paragraph", text: w.t("regionPage.expertSupport.none") }];
  return [
    heading,
    { kind: "paragraph", text: w.t("regionPage.expertSupport.intro") },
    ...ministryLists(asked, w, (i) => `${itemLabel(i, w)}: ${i.item.expertSupport.trim()}`),
  ];
}

/**
 * The positions as the consolidation has them (the ministries' returned packages fill
 * them in): the items at national or interregional level and any item with a position.
 */
function positionsBlocks(
  c: Consolidation,
  items: readonly ConsolidatedItem[],
  w: MemoWriter,
): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("memo.heading.positions") };
  const national = new Set(c.nationalQuestions.map((q) => q.item));
  const decided = (i: ConsolidatedItem): boolean =>
    i.item.ministryPosition !== null || i.item.nationalFollowUp !== null;
  const listed = items.filter((i) => national.has(i.item) || decided(i));
  if (listed.length === 0)
    return [heading, { kind: "paragraph", text: w.t("regionPage.positions.noItems") }];
  if (!listed.some(decided))
    return [heading, { kind: "paragraph", text: w.t("regionPage.positions.none") }];
  const table = buildTable<ConsolidatedItem>(
    w,
    [
      { label: w.t("regionPage.col.item"), kind: "text", value: (i) => i.item.itemId },
      { label: w.t("memo.col.objective"), kind: "text", value: (i) => i.item.objective.trim() },
      {
        label: w.t("regionPage.col.leadMinistry"),
        kind: "text",
        value: (i) => (i.item.leadMinistry === null ? "" : w.ministryShort(i.item.leadMinistry)),
      },
      ...positionColumns<ConsolidatedItem>(w, "–"),
    ],
    listed,
    false,
  );
  return [
    heading,
    { kind: "paragraph", text: w.t("regionPage.positions.intro") },
    { kind: "table", table },
  ];
}

interface SourceRow {
  readonly label: string;
  readonly source: string | null;
  readonly cents: number;
}

/** AKKE against the allocation and the envelope, in exact euros; other funding by source. */
function fundingBlocks(
  c: Consolidation,
  r: RegionSummary,
  items: readonly ConsolidatedItem[],
  w: MemoWriter,
): MemoBlock[] {
  const regionOf = w.regionOf(r.region);
  const subject =
    regionOf === null
      ? w.t("regionPage.money.subjectPlain", { region: w.region(r.region) })
      : w.t("regionPage.money.subject", { regionOf });
  const akke = w.exactEuros(r.akkeCents);
  const allocation = r.allocationCents;
  let money: string;
  if (allocation === null) money = w.t("regionPage.money.noAllocation", { subject, akke });
  else if (r.akkeCents > allocation)
    money = w.t("regionPage.money.over", {
      subject,
      akke,
      allocation: w.exactEuros(allocation),
      amount: w.exactEurosBy(r.akkeCents - allocation),
    });
  else if (r.akkeCents < allocation)
    money = w.t("regionPage.money.under", {
      subject,
      akke,
      allocation: w.exactEuros(allocation),
      amount: w.exactEuros(allocation - r.akkeCents),
    });
  else money = w.t("regionPage.money.equal", { subject, akke });
  const envelope = c.totals.envelopeCents;
  const sentences = [money];
  if (envelope > 0) {
    const share = w.percent(r.akkeCents / envelope, 1);
    const envelopeText = w.exactEuros(envelope);
    sentences.push(
      allocation === null
        ? w.t("regionPage.money.share", { share, envelope: envelopeText })
        : w.t("regionPage.money.shareWithAllocation", {
            share,
            envelope: envelopeText,
            allocationShare: w.percent(allocation / envelope, 1),
          }),
    );
  }
  const blocks: MemoBlock[] = [
    { kind: "heading", text: w.t("memo.heading.funding") },
    { kind: "paragraph", text: sentences.join(" ") },
  ];
  const rows = otherFunding(r, items, w);
  if (rows.length === 0) blocks.push({ kind: "paragraph", text: w.t("regionPage.money.noOther") });
  else
    blocks.push(
      { kind: "paragraph", text: w.t("regionPage.money.otherIntro") },
      {
        kind: "table",
        table: buildTable<SourceRow>(
          w,
          [
            nameColumn(w, w.t("regionPage.col.source"), (row) => row.label),
            sumColumn(w.t("regionPage.col.amount"), "euros", (row) => row.cents),
          ],
          rows,
          true,
        ),
      },
    );
  return blocks;
}

/**
 * Every source but AKKE, summed from the items' funding; what the region's lines hold
 * beyond that (lines naming no item of the proposal) is a row of its own, so that the
 * table's total is the region's other funding.
 */
function otherFunding(
  r: RegionSummary,
  items: readonly ConsolidatedItem[],
  w: MemoWriter,
): SourceRow[] {
  const bySource = new Map<string | null, number>();
  for (const i of items)
    for (const [key, cents] of Object.entries(i.funding)) {
      if (key === AKKE_ALLOCATION_SOURCE) continue;
      const source = key === "" ? null : key;
      bySource.set(source, addCents(bySource.get(source) ?? 0, cents));
    }
  const rows: SourceRow[] = [...bySource.entries()]
    .filter(([, cents]) => cents !== 0)
    .sort(([a], [b]) => compareSources(a, b))
    .map(([source, cents]) => ({
      source,
      cents,
      label: source === null ? w.t("regionPage.source.none") : sourceName(source, w.lang),
    }));
  const rest = r.otherCents - sumCents(rows.map((row) => row.cents));
  if (rest !== 0) rows.push({ source: null, cents: rest, label: w.t("regionPage.source.notTied") });
  return rows;
}

function monitoringBlocks(items: readonly ConsolidatedItem[], w: MemoWriter): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("memo.heading.monitoring") };
  const set = items.filter(
    (i) =>
      i.item.indicator.trim() !== "" ||
      i.item.baseline.trim() !== "" ||
      i.item.target.trim() !== "" ||
      i.item.targetYear !== null,
  );
  if (set.length === 0)
    return [heading, { kind: "paragraph", text: w.t("regionPage.monitoring.none") }];
  const table = buildTable<ConsolidatedItem>(
    w,
    [
      { label: w.t("regionPage.col.item"), kind: "text", value: (i) => i.item.itemId },
      {
        label: w.t("regionPage.col.indicator"),
        kind: "text",
        value: (i) => i.item.indicator.trim(),
      },
      { label: w.t("regionPage.col.baseline"), kind: "text", value: (i) => i.item.baseline.trim() },
      { label: w.t("regionPage.col.target"), kind: "text", value: (i) => i.item.target.trim() },
      {
        label: w.t("regionPage.col.targetYear"),
        kind: "text",
        value: (i) => (i.item.targetYear === null ? "" : String(i.item.targetYear)),
      },
    ],
    set,
    false,
  );
  return [
    heading,
    { kind: "paragraph", text: w.t("regionPage.monitoring.intro") },
    { kind: "table", table },
  ];
}

/** A region that sent nothing: that, any file of its that could not be read, its allocation. */
function noProposal(c: Consolidation, region: string, w: MemoWriter): MemoBlock[] {
  const blocks: MemoBlock[] = [
    { kind: "paragraph", text: w.t("regionPage.noProposal", { region: w.region(region) }) },
  ];
  const unread = c.filesNotRead.filter((f) => f.region === region).map((f) => f.file);
  if (unread.length > 0)
    blocks.push({ kind: "paragraph", text: w.t("regionPage.notRead", { files: w.list(unread) }) });
  const allocation = w.settings.allocations.find((a) => a.region === region);
  const envelope = c.totals.envelopeCents;
  blocks.push({
    kind: "paragraph",
    text:
      allocation === undefined
        ? w.t("regionPage.noAllocation")
        : w.t("regionPage.allocation", {
            allocation: w.exactEuros(allocation.cents),
            share: envelope > 0 ? w.percent(allocation.cents / envelope, 1) : "–",
          }),
  });
  return blocks;
}
