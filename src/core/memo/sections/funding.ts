import type { Consolidation, RegionSummary } from "../../consolidate/types";
import type { MemoWriter } from "../format";
import { buildTable, nameColumn, sumColumn } from "../table";
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
      nameColumn(w, w.t("memo.col.region"), (r) => w.region(r.region)),
      sumColumn(w.t("memo.col.items"), "count", (r) => r.items),
      sumColumn(w.t("memo.col.akke"), "euros", (r) => r.akkeCents),
      sumColumn(w.t("memo.col.allocation"), "euros", (r) => r.allocationCents),
      sumColumn(w.t("memo.col.difference"), "euros", (r) => r.differenceCents),
      sumColumn(w.t("memo.col.other"), "euros", (r) => r.otherCents),
      sumColumn(w.t("memo.col.total"), "euros", (r) => r.totalCents),
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
