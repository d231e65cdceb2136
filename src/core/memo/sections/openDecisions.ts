import { openNationalDecisions, type OpenStatuteGroup } from "../../consolidate/openDecisions";
import type { Consolidation, RegionItem } from "../../consolidate/types";
import { itemValueName } from "../../consolidate/vocab";
import type { MemoWriter } from "../format";
import { buildTable } from "../table";
import type { MemoBlock } from "../types";

/**
 * Avoimet kansalliset päätökset (DESIGN.md § 7.1): the national questions still without a
 * follow-up decision, one table per lead ministry, by statute, with positions where given.
 */
export function openDecisionsSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const groups = openNationalDecisions(c);
  const blocks: MemoBlock[] = [{ kind: "heading", text: w.t("memo.heading.openDecisions") }];
  const entries = groups.flatMap((m) => m.statutes.flatMap((s) => s.entries));
  if (entries.length === 0) {
    blocks.push({ kind: "paragraph", text: w.t("memo.open.none") });
    return blocks;
  }
  blocks.push({
    kind: "paragraph",
    text: w.t("memo.open.intro", {
      n: w.integer(entries.length),
      m: w.integer(entries.filter((e) => e.item.nationalFollowUp === "examine").length),
    }),
  });
  for (const group of groups) {
    blocks.push({ kind: "subheading", text: w.ministry(group.ministry) });
    const rows = group.statutes.flatMap((s) => s.entries.map((entry) => ({ s, entry })));
    blocks.push({ kind: "table", table: table(rows, w) });
  }
  return blocks;
}

function table(rows: readonly { s: OpenStatuteGroup; entry: RegionItem }[], w: MemoWriter) {
  const value = (list: "ministryPosition" | "nationalFollowUp", code: string | null): string =>
    code === null ? "" : itemValueName(list, code, w.lang);
  return buildTable<(typeof rows)[number]>(
    w,
    [
      {
        label: w.t("memo.col.statute"),
        kind: "text",
        value: (r) => (r.s.statute === "" ? w.t("memo.open.noStatute") : r.s.statute),
      },
      { label: w.t("memo.col.region"), kind: "text", value: (r) => w.region(r.entry.region) },
      { label: w.t("memo.col.objective"), kind: "text", value: (r) => r.entry.item.objective },
      {
        label: w.t("memo.col.measure"),
        kind: "text",
        value: (r) => r.entry.item.nationalMeasure,
      },
      {
        label: w.t("memo.col.position"),
        kind: "text",
        value: (r) => value("ministryPosition", r.entry.item.ministryPosition),
      },
      {
        label: w.t("memo.col.followUp"),
        kind: "text",
        value: (r) => value("nationalFollowUp", r.entry.item.nationalFollowUp),
      },
    ],
    rows,
    false,
  );
}
