import type { Consolidation, ThemeSummary } from "../../consolidate/types";
import type { MemoWriter } from "../format";
import { buildTable } from "../table";
import type { MemoBlock } from "../types";

/** Teemat / Teman / Themes: one row per theme with regions, items, money and lead ministries. */
export function themesSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("memo.heading.themes") };
  if (c.themes.length === 0) return [heading, { kind: "paragraph", text: w.t("memo.themes.none") }];
  const table = buildTable<ThemeSummary>(
    w,
    [
      {
        label: w.t("memo.col.theme"),
        kind: "text",
        value: (t) => w.theme(t.theme),
        total: w.t("memo.total"),
      },
      { label: w.t("memo.col.regions"), kind: "count", value: (t) => t.regions },
      { label: w.t("memo.col.items"), kind: "count", value: (t) => t.items, total: "sum" },
      { label: w.t("memo.col.akke"), kind: "euros", value: (t) => t.akkeCents, total: "sum" },
      { label: w.t("memo.col.other"), kind: "euros", value: (t) => t.otherCents, total: "sum" },
      { label: w.t("memo.col.total"), kind: "euros", value: (t) => t.totalCents, total: "sum" },
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
