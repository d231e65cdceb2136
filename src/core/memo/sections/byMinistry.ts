import type { RegionItem } from "../../consolidate/types";
import { compareMinistries } from "../../consolidate/vocab";
import type { MemoWriter } from "../format";
import type { MemoBlock } from "../types";

/** Items grouped by lead ministry in the Government's order (no ministry last). */
export function byLeadMinistry(
  items: readonly RegionItem[],
): [ministry: string | null, items: RegionItem[]][] {
  const groups = new Map<string | null, RegionItem[]>();
  for (const ri of items) {
    const list = groups.get(ri.item.leadMinistry) ?? [];
    list.push(ri);
    groups.set(ri.item.leadMinistry, list);
  }
  return [...groups.entries()].sort(([a], [b]) => compareMinistries(a, b));
}

/** Per lead ministry: its name in bold, then one line per item. */
export function ministryLists(
  items: readonly RegionItem[],
  w: MemoWriter,
  line: (item: RegionItem) => string,
): MemoBlock[] {
  return byLeadMinistry(items).flatMap(([ministry, list]): MemoBlock[] => [
    { kind: "paragraph", strong: true, text: w.ministry(ministry) },
    { kind: "list", items: list.map(line) },
  ]);
}

/** `Satakunta (1)`: an item named by its region and its number in the region's proposal. */
export function itemRef(ri: RegionItem, w: MemoWriter): string {
  return `${w.region(ri.region)} (${ri.item.itemId})`;
}
