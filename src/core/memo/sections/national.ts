import type { Consolidation, LegislationGroup, RegionItem } from "../../consolidate/types";
import { compareMinistries, itemValueName } from "../../consolidate/vocab";
import type { MemoWriter } from "../format";
import { buildTable } from "../table";
import type { MemoBlock } from "../types";

/**
 * Kansalliset kysymykset ja säädösmuutostarpeet by ministry: for each lead ministry its
 * national questions as a table, then the legislative change needs of the items it leads,
 * alike requests (same statute) together.
 */
export function nationalSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const legislationCount = c.legislation.reduce((n, g) => n + g.entries.length, 0);
  const blocks: MemoBlock[] = [{ kind: "heading", text: w.t("memo.heading.national") }];
  if (c.nationalQuestions.length === 0 && legislationCount === 0) {
    blocks.push({ kind: "paragraph", text: w.t("memo.national.none") });
    return blocks;
  }
  blocks.push({
    kind: "paragraph",
    text: w.t("memo.national.intro", {
      n: w.integer(c.nationalQuestions.length),
      m: w.integer(legislationCount),
    }),
  });
  for (const ministry of ministriesInOrder(c)) {
    blocks.push({ kind: "subheading", text: w.ministry(ministry) });
    const questions = c.nationalQuestions.filter((q) => q.item.leadMinistry === ministry);
    if (questions.length > 0) blocks.push({ kind: "table", table: questionTable(questions, w) });
    const needs = legislationOf(c.legislation, ministry);
    if (needs.length > 0) {
      blocks.push({ kind: "paragraph", text: w.t("memo.national.legislation") });
      blocks.push({ kind: "list", items: needs.map((g) => legislationLine(g, w)) });
    }
  }
  return blocks;
}

/** Lead ministries of the national questions and legislative needs, in the Government's order. */
function ministriesInOrder(c: Consolidation): (string | null)[] {
  const leads = [
    ...c.nationalQuestions.map((q) => q.item.leadMinistry),
    ...c.legislation.flatMap((g) => g.entries.map((e) => e.item.leadMinistry)),
  ];
  return [...new Set(leads)].sort(compareMinistries);
}

function questionTable(questions: readonly RegionItem[], w: MemoWriter) {
  const value = (list: "ministryPosition" | "nationalFollowUp", code: string | null): string =>
    code === null ? "" : itemValueName(list, code, w.lang);
  return buildTable<RegionItem>(
    w,
    [
      { label: w.t("memo.col.region"), kind: "text", value: (q) => w.region(q.region) },
      { label: w.t("memo.col.theme"), kind: "text", value: (q) => w.theme(q.item.theme) },
      { label: w.t("memo.col.objective"), kind: "text", value: (q) => q.item.objective },
      { label: w.t("memo.col.measure"), kind: "text", value: (q) => q.item.nationalMeasure },
      {
        label: w.t("memo.col.otherMinistries"),
        kind: "text",
        value: (q) => q.item.otherMinistries.map(w.ministryShort).join(", "),
      },
      {
        label: w.t("memo.col.position"),
        kind: "text",
        value: (q) => value("ministryPosition", q.item.ministryPosition),
      },
      {
        label: w.t("memo.col.followUp"),
        kind: "text",
        value: (q) => value("nationalFollowUp", q.item.nationalFollowUp),
      },
    ],
    questions,
    false,
  );
}

/** The statute groups narrowed to the items this ministry leads. */
function legislationOf(groups: readonly LegislationGroup[], ministry: string | null) {
  return groups
    .map((g) => ({ ...g, entries: g.entries.filter((e) => e.item.leadMinistry === ministry) }))
    .filter((g) => g.entries.length > 0);
}

/** `756/2021 27 § (Satakunta, Lappi): Satakunta: need; Lappi: need` */
function legislationLine(group: LegislationGroup, w: MemoWriter): string {
  const statute =
    group.statute.trim() === "" ? w.t("memo.national.noStatute") : group.statute.trim();
  const regions = [...new Set(group.entries.map((e) => e.region))].map(w.region);
  const needs = group.entries.map((e) => `${w.region(e.region)}: ${e.item.legislation.trim()}`);
  return `${statute} (${regions.join(", ")}): ${needs.join("; ")}`;
}
