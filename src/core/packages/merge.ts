import type { ConsolidatedItem, Consolidation } from "../consolidate/types";
import { compareMinistries, compareRegions } from "../consolidate/vocab";
import { parseA1 } from "../model/address";
import type { Lang } from "../model/lang";
import type { Item, RegionProposal, RoundSettings } from "../model/round";
import type { Issue } from "../rules/issue";
import { makeIssue, type IssuePlace } from "../rules/round/issues";
import { reasonParams, type RoundFile } from "../rules/validateRound";
import {
  lookup,
  MINISTRY_POSITION,
  NATIONAL_FOLLOW_UP,
  isRegionCode,
  suggest,
  type Vocabulary,
} from "../vocabulary";
import { header, type FillKey } from "./columns";
import {
  itemContentHash,
  itemKey,
  packageContents,
  type PackagePart,
  type StatuteOwner,
} from "./contents";
import { matchKey } from "../text/normalise";
import { roundIdentity } from "./identity";
import { readReturnedPackage, type ReturnedPackage, type ReturnedRow } from "./read";

/** What one ministry said of one item, from one row of its returned package. */
export interface ReceivedPosition {
  readonly region: string;
  readonly itemId: string;
  readonly ministry: string;
  readonly part: PackagePart;
  /** MINISTRY_POSITION code, or null where the cell was empty or not in the list. */
  readonly position: string | null;
  /** NATIONAL_FOLLOW_UP code, or null. */
  readonly followUp: string | null;
  readonly reasoning: string;
  readonly contact: string;
  /** The region changed the item after the package was made. */
  readonly changed: boolean;
  readonly file: string;
}

export interface PositionsReport {
  /** Ministries whose package was merged with at least one position or decision filled in. */
  readonly answered: readonly string[];
  /** Ministries the round concerns that have not answered. */
  readonly missing: readonly string[];
  /** Items with a lead ministry and, after the merge, no ministry position. */
  readonly withoutPosition: readonly {
    readonly region: string;
    readonly itemId: string;
    readonly ministry: string;
  }[];
  /** Every row with something filled in, of every merged package. */
  readonly received: readonly ReceivedPosition[];
  readonly packages: readonly {
    readonly file: string;
    readonly ministry: string;
    readonly merged: boolean;
  }[];
}

export interface PositionMerge {
  /** By `itemKey`: the lead ministry's position and follow-up decision, where given. */
  readonly items: ReadonlyMap<
    string,
    { readonly ministryPosition: string | null; readonly nationalFollowUp: string | null }
  >;
  readonly report: PositionsReport;
  readonly issues: readonly Issue[];
}

/**
 * The returned packages among files: each readable file that is a package of this add-in;
 * any other file is POSITION-NOT-PACKAGE (or FILE-UNREADABLE), never a regional proposal.
 */
export function readPositionFiles(files: readonly RoundFile[]): {
  packages: ReturnedPackage[];
  issues: Issue[];
} {
  const packages: ReturnedPackage[] = [];
  const issues: Issue[] = [];
  for (const f of files) {
    const place: IssuePlace = { file: f.file, sheet: null, at: null, region: null };
    if (f.snapshot === null) {
      const reason = f.unreadable ?? { code: "unknown" };
      issues.push(
        makeIssue("FILE-UNREADABLE", place, {
          value: f.file,
          params: { ...reasonParams(reason), variant: reason.code },
        }),
      );
      continue;
    }
    const found = readReturnedPackage({ ...f.snapshot, file: f.file });
    if (found) packages.push(found);
    else issues.push(makeIssue("POSITION-NOT-PACKAGE", place, { value: f.file }));
  }
  return { packages, issues };
}

function roundName(round: string, referenceNumber: string): string {
  return [round, referenceNumber].filter((part) => part !== "").join(", ") || "–";
}

/** The round the positions are merged into: its settings and its regions' proposals. */
export interface PositionRound {
  readonly settings: RoundSettings;
  readonly proposals: readonly RegionProposal[];
}

/**
 * The round name the proposals give, when every proposal that names one names the same
 * (compared as labels are); null when none does or they disagree.
 */
export function roundNamedByProposals(proposals: readonly RegionProposal[]): string | null {
  const named = proposals.map((p) => p.round.trim()).filter((name) => name !== "");
  if (named.length === 0) return null;
  const key = matchKey(named[0]);
  return named.every((name) => matchKey(name) === key) ? named[0] : null;
}

/**
 * Whether a package belongs to this round. With the round's settings: its identity hash.
 * Without them (the defaults apply), the round the proposals name, when they name one
 * consistently and the package names one too; otherwise the item keys and content hashes
 * still check every row.
 */
function sameRoundCheck(round: PositionRound): {
  readonly accepts: (p: ReturnedPackage) => boolean;
  readonly name: string;
} {
  if (round.settings.fromWorkbook) {
    const identity = roundIdentity(round.settings);
    return {
      accepts: (p) => p.roundHash === identity.hash,
      name: roundName(identity.round, identity.referenceNumber),
    };
  }
  const named = roundNamedByProposals(round.proposals);
  return {
    accepts: (p) =>
      named === null || p.round.trim() === "" || matchKey(p.round) === matchKey(named),
    name: named ?? "–",
  };
}

/**
 * Merges returned packages into the round's items (docs/packages.md): a package of another
 * round is refused (by the settings' identity, or without settings by the round the
 * proposals name), two packages of one ministry are both left out, each row is matched by
 * region and item id and checked against the item's content hash and the vocabularies. The
 * lead ministry's position and follow-up decision go into the item; a participating
 * ministry's, and those on the legislation and expert support tables, are reported beside it.
 * Pure: no figure of the round is read or changed here.
 */
export function mergePositions(
  consolidation: Consolidation,
  round: PositionRound,
  packages: readonly ReturnedPackage[],
  lang: Lang,
  statuteOwner?: StatuteOwner,
): PositionMerge {
  const issues: Issue[] = [];
  const check = sameRoundCheck(round);
  const sameRound = packages.filter((p) => {
    if (check.accepts(p)) return true;
    issues.push(
      makeIssue(
        "POSITION-ROUND-MISMATCH",
        { file: p.file, sheet: null, at: null, region: null },
        {
          value: p.file,
          params: { packageRound: roundName(p.round, p.referenceNumber), round: check.name },
        },
      ),
    );
    return false;
  });
  const byMinistry = new Map<string, ReturnedPackage[]>();
  for (const p of sameRound) byMinistry.set(p.ministry, [...(byMinistry.get(p.ministry) ?? []), p]);
  const accepted: ReturnedPackage[] = [];
  for (const [ministry, list] of byMinistry) {
    if (list.length === 1) {
      accepted.push(list[0]);
      continue;
    }
    for (const p of list)
      issues.push(
        makeIssue(
          "POSITION-DUPLICATE-MINISTRY",
          { file: p.file, sheet: null, at: null, region: null },
          {
            value: p.file,
            params: { ministry, first: list[0].file, second: list[1].file },
          },
        ),
      );
  }

  const itemsByKey = new Map(
    consolidation.items.map((ci) => [itemKey(ci.region, ci.item.itemId), ci]),
  );
  const merged = new Map<
    string,
    { ministryPosition: string | null; nationalFollowUp: string | null }
  >();
  const received: ReceivedPosition[] = [];
  const answered = new Set<string>();
  for (const p of accepted) {
    const changedReported = new Set<string>();
    for (const row of p.rows) {
      const key = itemKey(row.region, row.itemId);
      const ci = itemsByKey.get(key);
      const place = rowPlace(p, row);
      if (!ci) {
        issues.push(
          makeIssue("POSITION-ITEM-UNKNOWN", place, {
            value: row.itemId,
            params: { item: row.itemId, region: row.region },
          }),
        );
        continue;
      }
      const changed = row.hash !== itemContentHash(ci);
      if (changed && !changedReported.has(key)) {
        changedReported.add(key);
        issues.push(
          makeIssue("POSITION-ITEM-CHANGED", place, {
            value: row.itemId,
            params: { item: row.itemId, region: row.region },
          }),
        );
      }
      const position = vocabularyValue(MINISTRY_POSITION, row, "position", p, lang, issues);
      const followUp = vocabularyValue(NATIONAL_FOLLOW_UP, row, "followUp", p, lang, issues);
      const filled = Object.values(row.values).some((v) => v !== "");
      if (!filled) continue;
      const part = partOf(row, ci, p.ministry);
      received.push({
        region: ci.region,
        itemId: ci.item.itemId,
        ministry: p.ministry,
        part,
        position,
        followUp,
        reasoning: row.values.reasoning,
        contact: row.values.contact,
        changed,
        file: p.file,
      });
      if (position !== null || followUp !== null) answered.add(p.ministry);
      if (part === "lead" && (position !== null || followUp !== null)) {
        const before = merged.get(key);
        merged.set(key, {
          ministryPosition: position ?? before?.ministryPosition ?? null,
          nationalFollowUp: followUp ?? before?.nationalFollowUp ?? null,
        });
      }
    }
  }

  const concerned = packageContents(consolidation, statuteOwner).map((c) => c.ministry);
  const withoutPosition = consolidation.items
    .filter(
      (ci) =>
        ci.item.leadMinistry !== null &&
        (merged.get(itemKey(ci.region, ci.item.itemId))?.ministryPosition ??
          ci.item.ministryPosition) === null,
    )
    .map((ci) => ({
      region: ci.region,
      itemId: ci.item.itemId,
      ministry: ci.item.leadMinistry ?? "",
    }));
  const acceptedFiles = new Set(accepted.map((p) => p.file));
  return {
    items: merged,
    issues,
    report: {
      answered: [...answered].sort(compareMinistries),
      missing: concerned.filter((m) => !answered.has(m)),
      withoutPosition: withoutPosition.sort(
        (a, b) => compareMinistries(a.ministry, b.ministry) || compareRegions(a.region, b.region),
      ),
      received,
      packages: packages.map((p) => ({
        file: p.file,
        ministry: p.ministry,
        merged: acceptedFiles.has(p.file),
      })),
    },
  };
}

function partOf(row: ReturnedRow, ci: ConsolidatedItem, ministry: string): PackagePart {
  if (row.part !== "item") return row.part;
  return ci.item.leadMinistry === ministry ? "lead" : "participating";
}

function rowPlace(p: ReturnedPackage, row: ReturnedRow, key: FillKey = "position"): IssuePlace {
  const at = row.cells[key] === null ? null : parseA1(row.cells[key] ?? "");
  return {
    file: p.file,
    sheet: row.sheet,
    at: at ?? { row: row.row, col: 0 },
    region: isRegionCode(row.region) ? row.region : null,
  };
}

/** A fill-in cell read against its list: the code, or null (empty, or POSITION-VALUE-INVALID). */
function vocabularyValue(
  vocabulary: Vocabulary,
  row: ReturnedRow,
  key: "position" | "followUp",
  p: ReturnedPackage,
  lang: Lang,
  issues: Issue[],
): string | null {
  const raw = row.values[key];
  if (raw === "") return null;
  const code = lookup(vocabulary, raw);
  if (code !== null) return code;
  const close = suggest(vocabulary, raw, p.lang ?? lang);
  issues.push(
    makeIssue("POSITION-VALUE-INVALID", rowPlace(p, row, key), {
      value: raw,
      params: {
        column: header(key, lang),
        value: raw,
        ...(close ? { suggestion: close.label, variant: "suggestion" } : {}),
      },
    }),
  );
  return null;
}

/** The proposals with each item's ministry position and follow-up decision as merged; funding untouched. */
export function withPositions(
  proposals: readonly RegionProposal[],
  merge: PositionMerge,
): RegionProposal[] {
  if (merge.items.size === 0) return [...proposals];
  return proposals.map((proposal) => {
    const region = proposal.region;
    if (region === null) return proposal;
    let touched = false;
    const items = proposal.items.map((item): Item => {
      const found = merge.items.get(itemKey(region, item.itemId));
      if (!found) return item;
      touched = true;
      return {
        ...item,
        ministryPosition: found.ministryPosition ?? item.ministryPosition,
        nationalFollowUp: found.nationalFollowUp ?? item.nationalFollowUp,
      };
    });
    return touched ? { ...proposal, items } : proposal;
  });
}
