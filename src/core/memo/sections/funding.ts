import type { Consolidation, RegionSummary } from "../../consolidate/types";
import { compareRegions } from "../../consolidate/vocab";
import { ELIGIBLE_REGION_CODES } from "../../vocabulary/regions";
import type { MemoWriter } from "../format";
import { buildTable, nameColumn, sumColumn } from "../table";
import type { MemoBlock } from "../types";

/** One row of the funding table: a region with its proposal, or without one. */
interface FundingRow {
  readonly region: string;
  readonly summary: RegionSummary | null;
  readonly allocationCents: number | null;
}

/**
 * Rahoitus / Finansiering / Funding: every eligible region (those without a proposal with
 * their allocation), Åland when it sent one; the total row is the sum of the rows, and the
 * envelope is stated apart. Then funding by year.
 */
export function fundingSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const t = c.totals;
  const blocks: MemoBlock[] = [
    { kind: "heading", text: w.t("memo.heading.funding") },
    { kind: "paragraph", text: w.t("memo.funding.intro") },
    { kind: "table", table: regionTable(fundingRows(c, w), w) },
    {
      kind: "paragraph",
      text:
        t.allocatedCents > 0
          ? w.t("memo.funding.envelope", {
              envelope: w.exactEuros(t.envelopeCents),
              allocated: w.exactEuros(t.allocatedCents),
            })
          : w.t("memo.funding.envelopeOnly", { envelope: w.exactEuros(t.envelopeCents) }),
    },
  ];
  const years = c.byYear.filter((y) => y.totalCents !== 0);
  if (years.length > 0)
    blocks.push({
      kind: "paragraph",
      text: w.t("memo.funding.byYear", {
        years: w.list(years.map((y) => `${y.year}: ${w.euros(y.totalCents)}`)),
      }),
    });
  return blocks;
}

function fundingRows(c: Consolidation, w: MemoWriter): FundingRow[] {
  const summaries = new Map(c.regions.map((r) => [r.region, r]));
  const allocations = new Map(w.settings.allocations.map((a) => [a.region, a.cents]));
  const codes = [...new Set([...ELIGIBLE_REGION_CODES, ...summaries.keys()])].sort(compareRegions);
  return codes.map((region) => {
    const summary = summaries.get(region) ?? null;
    return {
      region,
      summary,
      allocationCents: summary?.allocationCents ?? allocations.get(region) ?? null,
    };
  });
}

/** The part of the allocation not yet proposed for items; null without an allocation. */
function notProposed(r: FundingRow): number | null {
  if (r.allocationCents === null) return null;
  return Math.max(0, r.allocationCents - (r.summary?.akkeCents ?? 0));
}

function regionTable(rows: readonly FundingRow[], w: MemoWriter) {
  return buildTable<FundingRow>(
    w,
    [
      nameColumn(w, w.t("memo.col.region"), (r) => w.region(r.region)),
      sumColumn(w.t("memo.col.items"), "count", (r) => r.summary?.items ?? null),
      sumColumn(w.t("memo.col.akke"), "euros", (r) => r.summary?.akkeCents ?? null),
      sumColumn(w.t("memo.col.allocation"), "euros", (r) => r.allocationCents),
      sumColumn(w.t("memo.col.notProposed"), "euros", notProposed),
      sumColumn(w.t("memo.col.other"), "euros", (r) => r.summary?.otherCents ?? null),
      sumColumn(w.t("memo.col.total"), "euros", (r) => r.summary?.totalCents ?? null),
      { label: w.t("memo.col.notes"), kind: "text", value: (r) => regionNotes(r, w) },
    ],
    rows,
    true,
  );
}

function regionNotes(row: FundingRow, w: MemoWriter): string {
  const r = row.summary;
  if (r === null) return w.t("memo.note.noProposal");
  const notes: string[] = [];
  if (!r.eligible) notes.push(w.t("memo.note.outside"));
  if (r.late) notes.push(w.t("memo.note.late"));
  if (r.flagged) notes.push(w.t("memo.note.notReady"));
  if (row.allocationCents !== null && r.akkeCents > row.allocationCents)
    notes.push(
      w.t("memo.note.over", { amount: w.exactEurosBy(r.akkeCents - row.allocationCents) }),
    );
  return notes.join("; ");
}
