/**
 * Which previewed files and proposals are imported: one row per proposal, settings file or
 * returned package; at first the first file of each region new to the workbook and the first
 * round settings are ticked, and ticking a row unticks the others of its region.
 */
import { firstPerRegion } from "../model/firstPerRegion";
import type { ReturnedPackage } from "../packages/read";
import type { ImportSource } from "./plan";
import type { FilePreview, ProposalPreview, SettingsPreview } from "./preview";

export interface PreviewRow {
  readonly key: string;
  readonly file: string;
  /** Null for a file that cannot be used at all, and for the round settings. */
  readonly proposal: ProposalPreview | null;
  /** The round settings a file holds: imported as the round's settings. */
  readonly settings?: SettingsPreview | null;
  /** Why the row cannot be imported (a reason code), or null. */
  readonly unusable: string | null;
  /** The workbook's sheet for the same region, if any. */
  readonly existingSheet: string | null;
  /** An earlier row's file for the same region, if any. */
  readonly sameRegionAs: string | null;
  /** A ministry's returned package: its positions are merged into the proposals. */
  readonly returnedPackage?: ReturnedPackage;
}

export function previewRows(
  previews: readonly FilePreview[],
  existing: ReadonlyMap<string, string>,
): PreviewRow[] {
  const rows: PreviewRow[] = [];
  const { first } = firstPerRegion(
    previews
      .filter((p) => !p.returnedPackage && p.unusable === null)
      .flatMap((p) => p.proposals.map((proposal) => ({ file: p.file, proposal }))),
    (entry) => entry.proposal.region,
  );
  previews.forEach((preview, i) => {
    if (preview.returnedPackage) {
      rows.push({
        key: `${i}`,
        file: preview.file,
        proposal: null,
        unusable: null,
        existingSheet: null,
        sameRegionAs: null,
        returnedPackage: preview.returnedPackage,
      });
      return;
    }
    if (preview.unusable === null && preview.settings) {
      rows.push({
        key: `${i}:settings`,
        file: preview.file,
        proposal: null,
        settings: preview.settings,
        unusable: null,
        existingSheet: null,
        sameRegionAs: null,
      });
    }
    if (preview.unusable === null && preview.settings && preview.proposals.length === 0) return;
    if (preview.unusable !== null || preview.proposals.length === 0) {
      rows.push({
        key: `${i}`,
        file: preview.file,
        proposal: null,
        unusable: preview.unusable ?? "no-proposal",
        existingSheet: null,
        sameRegionAs: null,
      });
      return;
    }
    for (const proposal of preview.proposals) {
      const region = proposal.region;
      const earlier = region === null ? undefined : first.get(region);
      rows.push({
        key: `${i}:${proposal.sheet}`,
        file: preview.file,
        proposal,
        unusable: proposal.unusable,
        existingSheet: region === null ? null : (existing.get(region) ?? null),
        sameRegionAs: earlier === undefined || earlier.proposal === proposal ? null : earlier.file,
      });
    }
  });
  return rows;
}

/**
 * Ticked at first: usable rows of a region new to the workbook, the first file of each
 * region, and the first round settings file.
 */
export function defaultIncluded(rows: readonly PreviewRow[]): Set<string> {
  const firstSettings = rows.find((row) => row.settings)?.key;
  return new Set(
    rows
      .filter((row) =>
        row.settings
          ? row.key === firstSettings
          : row.unusable === null && row.existingSheet === null && row.sameRegionAs === null,
      )
      .map((row) => row.key),
  );
}

/** Ticks or unticks a row; ticking one unticks the other rows of its region. */
export function toggle(
  rows: readonly PreviewRow[],
  included: ReadonlySet<string>,
  key: string,
  on: boolean,
): Set<string> {
  const next = new Set(included);
  if (!on) {
    next.delete(key);
    return next;
  }
  const row = rows.find((r) => r.key === key);
  if (!row || row.unusable !== null) return next;
  const region = row.proposal?.region;
  for (const other of rows) {
    if (other.key === key || row.returnedPackage) continue;
    const sameKind = row.settings
      ? Boolean(other.settings)
      : !other.settings && region !== undefined && other.proposal?.region === region;
    if (sameKind) next.delete(other.key);
  }
  next.add(key);
  return next;
}

export function chosenSources(
  rows: readonly PreviewRow[],
  included: ReadonlySet<string>,
): ImportSource[] {
  return rows.flatMap((row): ImportSource[] => {
    if (!included.has(row.key)) return [];
    if (row.settings) return [row.settings.source];
    return row.proposal?.source ? [row.proposal.source] : [];
  });
}

export function chosenPackages(
  rows: readonly PreviewRow[],
  included: ReadonlySet<string>,
): ReturnedPackage[] {
  return rows.flatMap((row) =>
    included.has(row.key) && row.returnedPackage ? [row.returnedPackage] : [],
  );
}
