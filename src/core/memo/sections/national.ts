import type { Consolidation, RegionItem } from "../../consolidate/types";
import { compareMinistries, compareRegions, itemValueName } from "../../consolidate/vocab";
import { capitalise } from "../../locale/numberWords";
import { findStatute, statuteNumber } from "../../vocabulary/statutes";
import { pluralForm } from "../../i18n/plural";
import type { MemoWriter } from "../format";
import { buildTable, type ColumnSpec } from "../table";
import type { MemoBlock } from "../types";

/**
 * Kansalliset kysymykset ja säädösmuutostarpeet: the national and interregional questions as
 * a table per lead ministry, then the legislative change needs grouped by statute and the
 * ministry that owns it (the statute table of `src/core/vocabulary/statutes.ts`), each
 * statute once with its title and the number of regions asking, then the requests.
 */
export function nationalSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const requests = c.legislation.flatMap((g) => g.entries);
  const blocks: MemoBlock[] = [{ kind: "heading", text: w.t("memo.heading.national") }];
  if (c.nationalQuestions.length === 0 && requests.length === 0) {
    blocks.push({ kind: "paragraph", text: w.t("memo.national.none") });
    return blocks;
  }
  blocks.push({
    kind: "paragraph",
    text: w.t("memo.national.intro", {
      n: w.words(c.nationalQuestions.length),
      m: w.words(requests.length),
    }),
  });
  const leads = [...new Set(c.nationalQuestions.map((q) => q.item.leadMinistry))].sort(
    compareMinistries,
  );
  for (const ministry of leads) {
    blocks.push({ kind: "subheading", text: w.ministry(ministry) });
    const questions = c.nationalQuestions.filter((q) => q.item.leadMinistry === ministry);
    blocks.push({ kind: "table", table: questionTable(questions, w) });
  }
  if (requests.length > 0) blocks.push(...legislationBlocks(requests, w));
  return blocks;
}

/** The ministry's position and the follow-up decision, `none` where the item has none yet. */
export function positionColumns<R extends RegionItem>(
  w: MemoWriter,
  none: string,
): ColumnSpec<R>[] {
  const value = (list: "ministryPosition" | "nationalFollowUp", code: string | null): string =>
    code === null ? none : itemValueName(list, code, w.lang);
  return [
    {
      label: w.t("memo.col.position"),
      kind: "text",
      value: (i) => value("ministryPosition", i.item.ministryPosition),
    },
    {
      label: w.t("memo.col.followUp"),
      kind: "text",
      value: (i) => value("nationalFollowUp", i.item.nationalFollowUp),
    },
  ];
}

function questionTable(questions: readonly RegionItem[], w: MemoWriter) {
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
      ...positionColumns<RegionItem>(w, ""),
    ],
    questions,
    false,
  );
}

/** Requests for one statute number (null: no number named), with the ministry that owns it. */
interface StatuteGroup {
  readonly number: string | null;
  /** The owning ministry; null when the number is not in the statute table, or none was named. */
  readonly ministry: string | null;
  readonly entries: RegionItem[];
}

/** The requests grouped by statute number, in the order of the owning ministries, then number. */
export function statuteGroups(requests: readonly RegionItem[]): StatuteGroup[] {
  const groups = new Map<string, StatuteGroup>();
  for (const request of requests) {
    const number = statuteNumber(request.item.statute);
    const key = number ?? "";
    const group = groups.get(key) ?? {
      number,
      ministry: number === null ? null : (findStatute(number)?.ministry ?? null),
      entries: [],
    };
    group.entries.push(request);
    groups.set(key, group);
  }
  for (const group of groups.values())
    group.entries.sort((a, b) => compareRegions(a.region, b.region));
  return [...groups.values()].sort(
    (a, b) =>
      compareMinistries(a.ministry, b.ministry) ||
      (a.number === null ? 1 : 0) - (b.number === null ? 1 : 0) ||
      compareStatuteNumbers(a.number ?? "", b.number ?? ""),
  );
}

/** Statute numbers by year, then by number within the year. */
function compareStatuteNumbers(a: string, b: string): number {
  const [na, ya] = a.split("/").map(Number);
  const [nb, yb] = b.split("/").map(Number);
  return (ya ?? 0) - (yb ?? 0) || (na ?? 0) - (nb ?? 0);
}

function legislationBlocks(requests: readonly RegionItem[], w: MemoWriter): MemoBlock[] {
  const blocks: MemoBlock[] = [{ kind: "subheading", text: w.t("memo.legislation.heading") }];
  let ministry: string | null | undefined;
  for (const group of statuteGroups(requests)) {
    if (group.ministry !== ministry) {
      ministry = group.ministry;
      blocks.push({
        kind: "paragraph",
        strong: true,
        text: ministry === null ? w.t("memo.legislation.noMinistry") : w.ministry(ministry),
      });
    }
    blocks.push({ kind: "paragraph", text: statuteSentence(group, w) });
    blocks.push({ kind: "list", items: group.entries.map((e) => requestLine(e, w)) });
  }
  return blocks;
}

/** "14 maakuntaa esittää muutoksia lakiin työvoimapalvelujen järjestämisestä (380/2023):" */
function statuteSentence(group: StatuteGroup, w: MemoWriter): string {
  if (group.number === null) return w.t("memo.legislation.noStatute");
  const entry = findStatute(group.number);
  const statute =
    entry === undefined
      ? w.t("memo.legislation.unknownStatute", { number: group.number })
      : `${entry.changesTo[w.lang]} (${group.number})`;
  const regions = [...new Set(group.entries.map((e) => e.region))].sort(compareRegions);
  const who = regions.length === 1 ? w.region(regions[0]) : w.count("regions", regions.length);
  return capitalise(
    w.t(`memo.legislation.changes.${pluralForm(w.lang, regions.length)}`, {
      regions: who,
      statute,
    }),
  );
}

/** `Satakunta: the request (27 §)`: a section the statute cell names after the number, if any. */
function requestLine(entry: RegionItem, w: MemoWriter): string {
  return `${w.region(entry.region)}: ${requestText(entry)}`;
}

/** `the request (27 §)`: the need, and the section the statute cell names after the number, if any. */
export function requestText(entry: RegionItem): string {
  const statute = entry.item.statute.trim().replace(/\s+/g, " ");
  const detail =
    statuteNumber(statute) === null
      ? statute
      : (/\d+\s*[a-z]?\s*(?:§|luku|kap\.?|chapter|section)|(?:§|section|chapter)\s*\d+[a-z]?/i.exec(
          statute.replace(/\d{1,4}\s*\/\s*\d{4}/, ""),
        )?.[0] ?? "");
  const need = entry.item.legislation.trim();
  return detail === "" ? need : `${need} (${detail})`;
}
