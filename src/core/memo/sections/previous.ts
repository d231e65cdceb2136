import type { RegionChange, RoundComparison } from "../../previous/types";
import type { MemoWriter } from "../format";
import { buildTable, nameColumn, sumColumn } from "../table";
import type { MemoBlock } from "../types";

/**
 * Muutos edelliseen kierrokseen (docs/design.md § 7.1, docs/follow-up.md): a few sentences on
 * items new, dropped and continued, status and indicator changes, funding and themes, then a
 * table by region.
 */
export function previousSection(cmp: RoundComparison, w: MemoWriter): MemoBlock[] {
  const byObjective = cmp.continued.filter(
    (x) => x.rule === "objective" || x.rule === "objective-near",
  ).length;
  const sentences = [
    w.t("memo.previous.intro", {
      file: cmp.file,
      continued: w.integer(cmp.continued.length),
      new: w.integer(cmp.new.length),
      dropped: w.integer(cmp.dropped.length),
    }),
  ];
  if (byObjective > 0)
    sentences.push(w.t("memo.previous.byObjective", { n: w.integer(byObjective) }));
  sentences.push(
    w.t("memo.previous.changes", {
      status: w.integer(cmp.continued.filter((x) => x.statusChanged).length),
      indicator: w.integer(cmp.continued.filter((x) => x.indicatorChanged).length),
    }),
    w.t("memo.previous.akke", {
      akke: w.euros(cmp.totals.akkeCents),
      akkePrevious: w.euros(cmp.totals.akkePreviousCents),
      other: w.euros(cmp.totals.otherCents),
      otherPrevious: w.euros(cmp.totals.otherPreviousCents),
    }),
  );
  const notNow = cmp.regions.filter((r) => !r.now).map((r) => w.region(r.region));
  if (notNow.length > 0) sentences.push(w.t("memo.previous.notNow", { regions: w.list(notNow) }));
  const themes = (pick: (r: RegionChange) => readonly string[]): string =>
    cmp.regions
      .filter((r) => pick(r).length > 0)
      .map((r) => `${w.region(r.region)}: ${pick(r).map(w.theme).join(", ")}`)
      .join("; ");
  const added = themes((r) => r.themesAdded);
  const dropped = themes((r) => r.themesDropped);
  if (added !== "") sentences.push(w.t("memo.previous.themesAdded", { list: added }));
  if (dropped !== "") sentences.push(w.t("memo.previous.themesDropped", { list: dropped }));

  return [
    { kind: "heading", text: w.t("memo.heading.previous") },
    { kind: "paragraph", text: sentences.join(" ") },
    {
      kind: "table",
      table: buildTable<RegionChange>(
        w,
        [
          nameColumn(w, w.t("memo.col.region"), (r) => w.region(r.region)),
          sumColumn(w.t("memo.col.itemsPrevious"), "count", (r) => r.itemsPrevious),
          sumColumn(w.t("memo.col.items"), "count", (r) => r.items),
          sumColumn(w.t("memo.col.new"), "count", (r) => r.new),
          sumColumn(w.t("memo.col.dropped"), "count", (r) => r.dropped),
          sumColumn(w.t("memo.col.akkePrevious"), "euros", (r) => r.akkePreviousCents),
          sumColumn(w.t("memo.col.akke"), "euros", (r) => r.akkeCents),
          sumColumn(w.t("memo.col.otherPrevious"), "euros", (r) => r.otherPreviousCents),
          sumColumn(w.t("memo.col.other"), "euros", (r) => r.otherCents),
        ],
        cmp.regions,
        true,
      ),
    },
  ];
}
