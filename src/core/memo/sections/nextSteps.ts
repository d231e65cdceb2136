import { openNationalDecisions, type OpenStatuteGroup } from "../../consolidate/openDecisions";
import type { Consolidation, RegionItem } from "../../consolidate/types";
import { itemValueName } from "../../consolidate/vocab";
import type { MemoWriter } from "../format";
import type { MemoBlock } from "../types";
import { itemRef } from "./byMinistry";

/**
 * Jatkotoimenpiteet / Fortsatta åtgärder / Next steps: the national and interregional items
 * whose follow-up has not been decided (none yet, or only under examination), by lead
 * ministry and then statute (docs/design.md § 7.1, docs/follow-up.md), each with the ministry's
 * position where one has been given.
 */
export function nextStepsSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("memo.heading.nextSteps") };
  if (c.nationalQuestions.length === 0) return [];
  const groups = openNationalDecisions(c);
  const open = groups.flatMap((m) => m.statutes.flatMap((s) => s.entries));
  if (open.length === 0)
    return [heading, { kind: "paragraph", text: w.t("memo.nextSteps.allDecided") }];
  return [
    heading,
    {
      kind: "paragraph",
      text: w.t("memo.nextSteps.intro", { items: w.count("items", open.length) }),
    },
    ...groups.flatMap(({ ministry, statutes }): MemoBlock[] => {
      const named = statutes.some((s) => s.statute !== "");
      return [
        { kind: "paragraph", strong: true, text: w.ministry(ministry) },
        ...statutes.flatMap((s): MemoBlock[] => [
          ...(named ? [{ kind: "paragraph" as const, text: `${statuteLabel(s, w)}:` }] : []),
          { kind: "list", items: s.entries.map((q) => itemLine(q, w)) },
        ]),
      ];
    }),
  ];
}

/**
 * The statute by its number (its title is given once, under the national questions), else as
 * the region wrote it.
 */
function statuteLabel(s: OpenStatuteGroup, w: MemoWriter): string {
  if (s.statute === "") return w.t("memo.nextSteps.noStatute");
  return s.number ?? s.statute;
}

/** `Satakunta (1): objective (position: supports; under examination)`. */
function itemLine(q: RegionItem, w: MemoWriter): string {
  const notes: string[] = [];
  if (q.item.ministryPosition !== null)
    notes.push(
      w.t("memo.nextSteps.position", {
        position: lowerFirst(itemValueName("ministryPosition", q.item.ministryPosition, w.lang)),
      }),
    );
  if (q.item.nationalFollowUp !== null)
    notes.push(lowerFirst(itemValueName("nationalFollowUp", q.item.nationalFollowUp, w.lang)));
  const line = `${itemRef(q, w)}: ${q.item.objective.trim()}`;
  return notes.length === 0 ? line : `${line} (${notes.join("; ")})`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
