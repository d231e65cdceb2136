import type { Consolidation } from "../../consolidate/types";
import { itemValueName } from "../../consolidate/vocab";
import { MINISTRY_POSITION } from "../../vocabulary/itemValues";
import { codesOf } from "../../vocabulary/vocabulary";
import type { MemoWriter } from "../format";
import type { MemoBlock } from "../types";
import { byLeadMinistry, itemRef } from "./byMinistry";

/**
 * Ministeriöiden kannat / Ministeriernas ståndpunkter / Ministry positions, only where a
 * position has been recorded: how many national and interregional items have one, then per
 * lead ministry the positions counted and the items still without one.
 */
export function positionsSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const items = c.nationalQuestions;
  const withPosition = items.filter((q) => q.item.ministryPosition !== null);
  if (withPosition.length === 0) return [];
  const lines = byLeadMinistry(items).map(([ministry, list]) => {
    const counts = codesOf(MINISTRY_POSITION)
      .map((code) => ({
        code,
        n: list.filter((q) => q.item.ministryPosition === code).length,
      }))
      .filter(({ n }) => n > 0)
      .map(
        ({ code, n }) =>
          `${lowerFirst(itemValueName("ministryPosition", code, w.lang))} ${w.integer(n)}`,
      );
    const missing = list.filter((q) => q.item.ministryPosition === null).map((q) => itemRef(q, w));
    const parts: string[] = [];
    if (counts.length > 0) parts.push(counts.join(", "));
    if (missing.length > 0) parts.push(w.t("memo.positions.missing", { items: w.list(missing) }));
    return `${w.ministry(ministry)}: ${parts.join("; ")}`;
  });
  return [
    { kind: "heading", text: w.t("memo.heading.positions") },
    {
      kind: "paragraph",
      text: w.t("memo.positions.intro", {
        n: w.words(withPosition.length),
        total: w.words(items.length),
      }),
    },
    { kind: "list", items: lines },
  ];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
