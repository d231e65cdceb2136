import type { Consolidation, RegionSummary } from "../../consolidate/types";
import type { MemoWriter } from "../format";
import { buildTable } from "../table";
import type { MemoBlock } from "../types";

/** Rahoitus / Finansiering / Funding: one row per region, then funding by year. */
export function fundingSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const blocks: MemoBlock[] = [{ kind: "heading", text: w.t("memo.heading.funding") }];
  if (c.regions.length > 0) {
    blocks.push({ kind: "paragraph", text: w.t("memo.funding.intro") });
    blocks.push({ kind: "table", table: regionTable(c.regions, w) });
  }
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

function regionTable(regions: readonly RegionSummary[], w: MemoWriter) {
  return buildTable<RegionSummary>(
    w,
    [
      {
        label: w.t("memo.col.region"),
        kind: "text",
        value: (r) => w.region(r.region),
        total: w.t("memo.total"),
      },
      { label: w.t("memo.col.items"), kind: "count", value: (r) => r.items, total: "sum" },
      { label: w.t("memo.col.akke"), kind: "euros", value: (r) => r.akkeCents, total: "sum" },
      {
        label: w.t("memo.col.allocation"),
        kind: "euros",
        value: (r) => r.allocationCents,
        total: "sum",
      },
      {
        label: w.t("memo.col.difference"),
        kind: "euros",
        value: (r) => r.differenceCents,
        total: "sum",
      },
      { label: w.t("memo.col.other"), kind: "euros", value: (r) => r.otherCents, total: "sum" },
      { label: w.t("memo.col.total"), kind: "euros", value: (r) => r.totalCents, total: "sum" },
      { label: w.t("memo.col.notes"), kind: "text", value: (r) => regionNotes(r, w) },
    ],
    regions,
    true,
  );
}

function regionNotes(r: RegionSummary, w: MemoWriter): string {
  const notes: string[] = [];
  if (!r.eligible) notes.push(w.t("memo.note.outside"));
  if (r.late) notes.push(w.t("memo.note.late"));
  if (r.errors > 0) notes.push(w.t("memo.note.errors", { n: w.integer(r.errors) }));
  return notes.join("; ");
}
