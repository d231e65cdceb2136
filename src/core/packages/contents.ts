import { akkeCentsOf } from "../consolidate/money";
import type { ConsolidatedItem, Consolidation } from "../consolidate/types";
import { compareMinistries } from "../consolidate/vocab";
import { text, num } from "../model/cell";
import { hashValues } from "../model/registry";
import { findStatute, statuteNumber } from "../vocabulary/statutes";

/** The four tables of a package, in the order of its sheets. */
export const PACKAGE_PARTS = ["lead", "participating", "legislation", "expert"] as const;
export type PackagePart = (typeof PACKAGE_PARTS)[number];

/** The ministry that owns a statute, where it is known; null leaves the item's lead ministry. */
export type StatuteOwner = (statute: string) => string | null;

/** The owner from the vocabulary's statute table, by the number the cell names (`380/2023`). */
const statuteTableOwner: StatuteOwner = (statute) => {
  const number = statuteNumber(statute);
  return number === null ? null : (findStatute(number)?.ministry ?? null);
};

/** What one ministry's package holds: the round's items, by table. */
export interface PackageContents {
  readonly ministry: string;
  readonly parts: Readonly<Record<PackagePart, readonly ConsolidatedItem[]>>;
}

/** The ministry a legislation request goes to: the statute's owner, else the item's lead. */
function legislationMinistry(
  item: ConsolidatedItem,
  statuteOwner: StatuteOwner = statuteTableOwner,
): string | null {
  return statuteOwner(item.item.statute) ?? item.item.leadMinistry;
}

/**
 * The packages a round needs, one per ministry it concerns (the lead and other ministries of
 * every counted item, and the owners of the statutes asked about: by default from the statute
 * table of `src/core/vocabulary/statutes.ts`), in the Government's order.
 */
export function packageContents(
  consolidation: Consolidation,
  statuteOwner: StatuteOwner = statuteTableOwner,
): PackageContents[] {
  const acc = new Map<string, Record<PackagePart, ConsolidatedItem[]>>();
  const add = (ministry: string | null, part: PackagePart, item: ConsolidatedItem): void => {
    if (ministry === null) return;
    let parts = acc.get(ministry);
    if (!parts) {
      parts = { lead: [], participating: [], legislation: [], expert: [] };
      acc.set(ministry, parts);
    }
    if (!parts[part].includes(item)) parts[part].push(item);
  };
  for (const ci of consolidation.items) {
    const { item } = ci;
    add(item.leadMinistry, "lead", ci);
    for (const other of item.otherMinistries)
      if (other !== item.leadMinistry) add(other, "participating", ci);
    if (item.legislation.trim() !== "")
      add(legislationMinistry(ci, statuteOwner), "legislation", ci);
    if (item.expertSupport.trim() !== "") add(item.leadMinistry, "expert", ci);
  }
  return [...acc.entries()]
    .sort(([a], [b]) => compareMinistries(a, b))
    .map(([ministry, parts]) => ({ ministry, parts }));
}

/**
 * The hash of what a package shows of an item, by code rather than label so that it does not
 * depend on the package's language: a returned row whose hash differs was changed since.
 */
export function itemContentHash(ci: ConsolidatedItem): string {
  const { item } = ci;
  const akke = akkeCentsOf(ci);
  return hashValues([
    [
      text(ci.region),
      text(item.itemId),
      text(item.theme ?? ""),
      text(item.objective),
      text(item.regionalNeed),
      text(item.nationalMeasure),
      text(item.level ?? ""),
      text(item.leadMinistry ?? ""),
      text(item.otherMinistries.join(",")),
      text(item.legislation),
      text(item.statute),
      text(item.expertSupport),
      num(akke),
      num(ci.totalCents - akke),
    ],
  ]);
}

/** `MK02|1.1`: an item's key in a round. */
export function itemKey(region: string, itemId: string): string {
  return `${region}|${itemId.trim()}`;
}
