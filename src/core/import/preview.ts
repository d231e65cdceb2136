/**
 * What the Import section shows for a file before anything is written: per proposal in it,
 * the region, the number of items, the AKKE total and the findings of the rules; or why the
 * file cannot be used. One file's trouble never touches another's preview.
 */
import type { RegionProposal, RoundSettings } from "../model/round";
import type { WorkbookSnapshot } from "../model/snapshot";
import { validateRound } from "../rules/validateRound";
import type { Issue } from "../rules/issue";
import { readReturnedPackage, type ReturnedPackage } from "../packages/read";
import type { ImportSource, SettingsSource } from "./plan";
import { sameSheetName } from "../model/sheetNames";
import { sumCents } from "../locale/money";
import { AKKE_ALLOCATION_SOURCE } from "../vocabulary/fundingSources";

/** Why a file cannot be imported: a file-limit or reader code, `no-proposal` or `no-region`. */
export type UnusableReason = string;

export interface ProposalPreview {
  readonly sheet: string;
  readonly region: string | null;
  readonly items: number;
  /** The `akke` funding of the proposal, in cents. */
  readonly akkeCents: number;
  readonly errors: number;
  readonly warnings: number;
  readonly issues: readonly Issue[];
  /** Null when the proposal can be imported. */
  readonly unusable: UnusableReason | null;
  /** What the import plan needs; null when unusable. */
  readonly source: ImportSource | null;
}

/** A round settings file picked with the regions' files: imported as the round's settings. */
export interface SettingsPreview {
  readonly sheet: string;
  readonly settings: RoundSettings;
  readonly errors: number;
  readonly warnings: number;
  readonly issues: readonly Issue[];
  readonly source: SettingsSource;
}

export interface FilePreview {
  readonly file: string;
  readonly size: number;
  /** Null when the whole file cannot be used. */
  readonly unusable: UnusableReason | null;
  readonly proposals: readonly ProposalPreview[];
  /** A ministry's returned preparation package (docs/packages.md): positions, not a proposal. */
  readonly returnedPackage?: ReturnedPackage;
  /** The file's round settings, when it holds them (absent or null otherwise). */
  readonly settings?: SettingsPreview | null;
}

export interface ReadFile {
  readonly file: string;
  readonly size: number;
  readonly sha256: string;
  readonly time: string;
}

export function akkeCents(proposal: RegionProposal): number {
  return sumCents(
    proposal.funding
      .filter((line) => line.fundingSource === AKKE_ALLOCATION_SOURCE)
      .map((line) => line.totalCents),
  );
}

export function unusableFile(file: string, size: number, reason: UnusableReason): FilePreview {
  return { file, size, unusable: reason, proposals: [] };
}

/** The preview of a file read into a snapshot. */
export function previewFile(read: ReadFile, snapshot: WorkbookSnapshot): FilePreview {
  const returnedPackage = readReturnedPackage({ ...snapshot, file: read.file });
  if (returnedPackage)
    return { file: read.file, size: read.size, unusable: null, proposals: [], returnedPackage };
  const validation = validateRound([{ file: read.file, snapshot }]);
  const settings = settingsPreview(read, snapshot, validation);
  if (validation.proposals.length === 0)
    return settings === null
      ? unusableFile(read.file, read.size, "no-proposal")
      : { file: read.file, size: read.size, unusable: null, proposals: [], settings };
  const proposals = validation.proposals.map((proposal): ProposalPreview => {
    const issues = validation.issues.filter(
      (issue) => issue.sheet !== null && sameSheetName(issue.sheet, proposal.sheet),
    );
    const region = proposal.region;
    return {
      sheet: proposal.sheet,
      region,
      items: proposal.items.length,
      akkeCents: akkeCents(proposal),
      errors: issues.filter((issue) => issue.severity === "error").length,
      warnings: issues.filter((issue) => issue.severity === "warning").length,
      issues,
      unusable: region === null ? "no-region" : null,
      source:
        region === null
          ? null
          : { ...read, snapshot, sheet: proposal.sheet, proposal: { ...proposal, region } },
    };
  });
  return { file: read.file, size: read.size, unusable: null, proposals, settings };
}

/** The file's settings sheet read into the round's settings, or null when it has none. */
function settingsPreview(
  read: ReadFile,
  snapshot: WorkbookSnapshot,
  validation: ReturnType<typeof validateRound>,
): SettingsPreview | null {
  const from = validation.settingsSource;
  if (from === null || from.file !== read.file) return null;
  const issues = validation.issues.filter(
    (issue) => issue.sheet !== null && sameSheetName(issue.sheet, from.sheet),
  );
  return {
    sheet: from.sheet,
    settings: validation.settings,
    errors: issues.filter((issue) => issue.severity === "error").length,
    warnings: issues.filter((issue) => issue.severity === "warning").length,
    issues,
    source: {
      kind: "settings",
      ...read,
      snapshot,
      sheet: from.sheet,
      settings: validation.settings,
    },
  };
}
