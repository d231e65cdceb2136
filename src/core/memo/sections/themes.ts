import type { Consolidation, ThemeSummary } from "../../consolidate/types";
import type { MemoWriter } from "../format";
import { buildTable, nameColumn, sumColumn } from "../table";
import type { MemoBlock } from "../types";

/** Teemat / Teman / Themes: one row per theme with regions, items, money and lead ministries. */
export function themesSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("memo.heading.themes") };
  if (c.themes.length === 0) return [heading, { kind: "paragraph", text: w.t("memo.themes.none") }];
  const table = buildTable<ThemeSummary>(
    w,
    [
      nameColumn(w, w.t("memo.col.theme"), (t) => w.theme(t.theme)),
      { label: w.t("memo.col.regions"), kind: "count", value: (t) => t.regions },
      sumColumn(w.t("memo.col.items"), "count", (t) => t.items),
      sumColumn(w.t("memo.col.akke"), "euros", (t) => t.akkeCents),
      sumColumn(w.t("memo.col.other"), "euros", (t) => t.otherCents),
      sumColumn(w.t("memo.col.total"), "euros", (t) => t.totalCents),
      {
        label: w.t("memo.col.leadMinistries"),
        kind: "text",
        value: (t) => t.leadMinistries.map(w.ministryShort).join(", "),
      },
    ],
    c.themes,
    true,
  );
  return [heading, { kind: "paragraph", text: w.t("memo.themes.intro") }, { kind: "table", table }];
}
