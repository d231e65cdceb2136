import type { Consolidation } from "../../consolidate/types";
import type { MemoWriter } from "../format";
import type { MemoBlock } from "../types";
import { itemRef, ministryLists } from "./byMinistry";

/**
 * Jatkotoimenpiteet / Fortsatta åtgärder / Next steps: the national and interregional items
 * whose follow-up has not been decided, by lead ministry.
 */
export function nextStepsSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const heading: MemoBlock = { kind: "heading", text: w.t("memo.heading.nextSteps") };
  if (c.nationalQuestions.length === 0) return [];
  const open = c.nationalQuestions.filter((q) => q.item.nationalFollowUp === null);
  if (open.length === 0)
    return [heading, { kind: "paragraph", text: w.t("memo.nextSteps.allDecided") }];
  return [
    heading,
    {
      kind: "paragraph",
      text: w.t("memo.nextSteps.intro", { items: w.count("items", open.length) }),
    },
    ...ministryLists(open, w, (q) => `${itemRef(q, w)}: ${q.item.objective.trim()}`),
  ];
}
