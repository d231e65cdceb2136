import { matchKey } from "../text/normalise";
import { statuteNumber } from "../vocabulary/statutes";
import type { Consolidation, RegionItem } from "./types";
import { compareMinistries, compareRegions, compareStatutes } from "./vocab";

/** The coordinator's follow-up decisions that leave a national item open. */
const OPEN_FOLLOW_UP = new Set(["examine"]);

export interface OpenStatuteGroup {
  /** The statute as first written; "" for items that name none (last). */
  readonly statute: string;
  /** Its number (`756/2021`) where the text names one (the statute table's key). */
  readonly number: string | null;
  readonly entries: readonly RegionItem[];
}

export interface OpenMinistryGroup {
  /** The lead ministry; null for items without one (last). */
  readonly ministry: string | null;
  readonly statutes: readonly OpenStatuteGroup[];
}

/** National follow-up not yet decided: empty, or only "selvitetään" / "under examination". */
function isOpenDecision(ri: RegionItem): boolean {
  const followUp = ri.item.nationalFollowUp;
  return followUp === null || OPEN_FOLLOW_UP.has(followUp);
}

/**
 * Open national decisions (docs/design.md § 7.1): national, interregional and national-and-regional
 * items without a follow-up decision or only under examination, by lead ministry in the
 * Government's order, then by statute (the same number, or else the same text whatever its case
 * and spacing), then region.
 */
export function openNationalDecisions(c: Consolidation): OpenMinistryGroup[] {
  const byMinistry = new Map<string | null, RegionItem[]>();
  for (const ri of c.nationalQuestions.filter(isOpenDecision)) {
    const key = ri.item.leadMinistry;
    byMinistry.set(key, [...(byMinistry.get(key) ?? []), ri]);
  }
  return [...byMinistry.entries()]
    .sort(([a], [b]) => compareMinistries(a, b))
    .map(([ministry, entries]) => {
      const byStatute = new Map<string, RegionItem[]>();
      for (const ri of entries) {
        const key = statuteNumber(ri.item.statute) ?? matchKey(ri.item.statute);
        byStatute.set(key, [...(byStatute.get(key) ?? []), ri]);
      }
      const statutes = [...byStatute.entries()].map(([key, list]) => ({
        key,
        number: statuteNumber(list[0].item.statute),
        statute: key === "" ? "" : list[0].item.statute.trim().replace(/\s+/g, " "),
        entries: [...list].sort((a, b) => compareRegions(a.region, b.region)),
      }));
      statutes.sort((a, b) =>
        a.key === "" || b.key === ""
          ? Number(a.key === "") - Number(b.key === "")
          : compareStatutes(a.statute, b.statute),
      );
      return {
        ministry,
        statutes: statutes.map(({ statute, number, entries: e }) => ({
          statute,
          number,
          entries: e,
        })),
      };
    });
}
