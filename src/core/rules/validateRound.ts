import type { Lang } from "../model/lang";
import type { RegionProposal, RoundSettings } from "../model/round";
import type { SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import {
  recogniseWorkbook,
  type RecognisedProposal,
  type RecognisedSettings,
} from "../recognise/recognise";
import { parseA1 } from "../model/address";
import type { Issue, Severity } from "./issue";
import { interpretProposal } from "./proposal";
import { defaultSettings } from "./round/defaults";
import { makeIssue } from "./round/issues";
import {
  regionRules,
  type ProposalCells,
  type ProposalInRound,
  type SkippedRule,
} from "./round/regionRules";
import { interpretSettings } from "./round/settings";

/** Why a file could not be read, as the .xlsx adapter reports it (`code` plus details). */
export interface UnreadableReason {
  readonly code: string;
  readonly [detail: string]: unknown;
}

/** One file of the round: its snapshot, or null with the reason it could not be read. */
export interface RoundFile {
  readonly file: string;
  readonly snapshot: WorkbookSnapshot | null;
  readonly unreadable?: UnreadableReason;
}

export interface ValidateOptions {
  /** A separate settings workbook (`--settings`); else a settings sheet among the files. */
  readonly settings?: RoundFile;
  /** Overrides each sheet's language for numbers typed as text. */
  readonly locale?: Lang | null;
}

export type SheetKind = "proposal" | "settings";

export interface FileReport {
  readonly file: string;
  /** The unreadable reason's code, or null. */
  readonly error: string | null;
  readonly sheets: readonly {
    readonly sheet: string;
    readonly kind: SheetKind;
    readonly region: string | null;
  }[];
}

export interface RoundValidation {
  readonly files: readonly FileReport[];
  /** Ordered by file, sheet, row, column and rule. */
  readonly issues: readonly Issue[];
  readonly proposals: readonly RegionProposal[];
  readonly settings: RoundSettings;
  /** Where the settings came from; null when the defaults apply. */
  readonly settingsSource: { readonly file: string; readonly sheet: string } | null;
  /** Rules not run, each with the reason (e.g. no settings: no allocation to check against). */
  readonly skipped: readonly SkippedRule[];
  readonly counts: Readonly<Record<Severity, number>>;
}

interface FoundSheet<R> {
  readonly file: string;
  readonly fileIndex: number;
  readonly sheet: SheetSnapshot;
  readonly recognised: R;
}

/**
 * Validates a whole round (docs/design.md § 6): every recognised sheet of every file, the
 * settings, and the rules across regions and files. Unreadable files are reported and the
 * rest still checked.
 */
export function validateRound(
  workbooks: readonly RoundFile[],
  options: ValidateOptions = {},
): RoundValidation {
  const locale = options.locale ?? null;
  const all = options.settings ? [options.settings, ...workbooks] : [...workbooks];
  const issues: Issue[] = [];
  const proposalSheets: FoundSheet<RecognisedProposal>[] = [];
  const settingsSheets: FoundSheet<RecognisedSettings>[] = [];
  const sheetOrder = new Map<string, number>();

  all.forEach((workbook, fileIndex) => {
    if (workbook.snapshot === null) {
      const reason = workbook.unreadable ?? { code: "unknown" };
      issues.push(
        makeIssue(
          "FILE-UNREADABLE",
          { file: workbook.file, sheet: null, at: null, region: null },
          { value: workbook.file, params: { ...reasonParams(reason), variant: reason.code } },
        ),
      );
      return;
    }
    const snapshot = workbook.snapshot;
    let found = 0;
    recogniseWorkbook(snapshot).forEach((recognised, sheetIndex) => {
      sheetOrder.set(sheetKey(workbook.file, recognised.sheet), sheetIndex);
      const sheet = snapshot.sheets[sheetIndex];
      if (recognised.kind === "skipped" && recognised.reason === "hidden" && recognised.looksLike)
        issues.push(
          makeIssue(
            "SHEET-HIDDEN",
            { file: workbook.file, sheet: sheet.name, at: null, region: null },
            { value: sheet.name, params: { sheet: sheet.name, kind: recognised.looksLike } },
          ),
        );
      if (recognised.kind === "proposal")
        proposalSheets.push({ file: workbook.file, fileIndex, sheet, recognised });
      else if (recognised.kind === "settings")
        settingsSheets.push({ file: workbook.file, fileIndex, sheet, recognised });
      else return;
      found += 1;
    });
    if (found === 0)
      issues.push(
        makeIssue(
          "FILE-NO-PROPOSAL",
          { file: workbook.file, sheet: null, at: null, region: null },
          { value: workbook.file },
        ),
      );
  });

  const source = roundSettingsSheet(settingsSheets, proposalSheets, all.length, !!options.settings);
  issues.push(...source.issues);
  const chosen = source.sheet
    ? {
        source: source.sheet,
        ...interpretSettings(
          source.sheet.sheet,
          source.sheet.recognised,
          source.sheet.file,
          locale,
        ),
      }
    : undefined;
  if (chosen) issues.push(...chosen.issues);
  const settings = chosen?.settings ?? defaultSettings(proposalSheets[0]?.recognised.lang ?? "fi");

  const inRound: ProposalInRound[] = proposalSheets.map((p) => {
    const result = interpretProposal(p.sheet, p.recognised, { file: p.file, settings, locale });
    issues.push(...result.issues);
    return { proposal: result.proposal, cells: cellsOf(p.recognised) };
  });
  const region = regionRules(inRound, settings);
  issues.push(...region.issues);

  const regionOf = new Map(
    inRound.map((p) => [sheetKey(p.proposal.file, p.proposal.sheet), p.proposal.region]),
  );
  const files: FileReport[] = all.map((workbook) => ({
    file: workbook.file,
    error: workbook.snapshot === null ? (workbook.unreadable?.code ?? "unknown") : null,
    sheets: [
      ...proposalSheets
        .filter((p) => p.file === workbook.file)
        .map((p) => ({ sheet: p.sheet.name, kind: "proposal" as const, p })),
      ...settingsSheets
        .filter((s) => s.file === workbook.file)
        .map((s) => ({ sheet: s.sheet.name, kind: "settings" as const, p: s })),
    ]
      .sort(
        (a, b) =>
          (sheetOrder.get(sheetKey(workbook.file, a.sheet)) ?? 0) -
          (sheetOrder.get(sheetKey(workbook.file, b.sheet)) ?? 0),
      )
      .map(({ sheet, kind }) => ({
        sheet,
        kind,
        region: kind === "proposal" ? (regionOf.get(sheetKey(workbook.file, sheet)) ?? null) : null,
      })),
  }));

  const fileOrder = new Map(all.map((w, i) => [w.file, i]));
  const sorted = sortRoundIssues(issues, fileOrder, sheetOrder);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of sorted) counts[issue.severity] += 1;
  return {
    files,
    issues: sorted,
    proposals: inRound.map((p) => p.proposal),
    settings,
    settingsSource: chosen ? { file: chosen.source.file, sheet: chosen.source.sheet.name } : null,
    skipped: region.skipped,
    counts,
  };
}

/**
 * The one sheet the round's settings come from (docs/intake.md): the `--settings` file's when
 * given; else the only settings sheet among the files. Two candidates are SETTINGS-DUPLICATE
 * and neither is used, whatever the order of the files. In a round of several files, a
 * settings sheet in a file that also holds a proposal is a region's copy, not the round's
 * (SETTINGS-IN-PROPOSAL); a single workbook (the task pane's) keeps its own settings sheet.
 */
function roundSettingsSheet(
  settingsSheets: readonly FoundSheet<RecognisedSettings>[],
  proposalSheets: readonly FoundSheet<RecognisedProposal>[],
  fileCount: number,
  settingsFileGiven: boolean,
): { sheet: FoundSheet<RecognisedSettings> | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const place = (s: FoundSheet<RecognisedSettings>) => ({
    file: s.file,
    sheet: s.sheet.name,
    at: null,
    region: null,
  });
  const withProposal = new Set(proposalSheets.map((p) => p.fileIndex));
  let candidates: FoundSheet<RecognisedSettings>[] = [...settingsSheets];
  if (settingsFileGiven) candidates = settingsSheets.filter((s) => s.fileIndex === 0);
  else if (fileCount > 1) {
    candidates = [];
    for (const s of settingsSheets) {
      if (!withProposal.has(s.fileIndex)) candidates.push(s);
      else
        issues.push(
          makeIssue("SETTINGS-IN-PROPOSAL", place(s), {
            value: s.sheet.name,
            params: { sheet: s.sheet.name, file: s.file },
          }),
        );
    }
  }
  if (candidates.length <= 1) return { sheet: candidates[0] ?? null, issues };
  const [first, second] = candidates;
  const name = (s: FoundSheet<RecognisedSettings>) => `${s.file} / ${s.sheet.name}`;
  issues.push(
    makeIssue("SETTINGS-DUPLICATE", place(second), {
      value: second.sheet.name,
      params: { first: name(first), second: name(second) },
    }),
  );
  return { sheet: null, issues };
}

function sheetKey(file: string, sheet: string): string {
  return `${file}\u0000${sheet}`;
}

export function reasonParams(reason: UnreadableReason): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(reason)) {
    if (typeof value === "string" || typeof value === "number") params[key] = value;
    else if (typeof value === "boolean") params[key] = String(value);
  }
  return params;
}

function cellsOf(recognised: RecognisedProposal): ProposalCells {
  const funding = recognised.funding;
  return {
    region: recognised.fields.region?.value ?? null,
    itemIdCol: recognised.items.columns.itemId?.col ?? null,
    sourceCol: funding?.columns.source?.col ?? null,
    yearCols: new Map((funding?.years ?? []).map((y) => [y.year, y.col])),
  };
}

/** File (as given), sheet (workbook order; file-level first), row, column, rule. */
export function sortRoundIssues(
  issues: readonly Issue[],
  fileOrder: ReadonlyMap<string, number>,
  sheetOrder: ReadonlyMap<string, number>,
): Issue[] {
  const keyed = issues.map((issue, index) => {
    const ref = issue.cell === null ? null : parseA1(issue.cell);
    return {
      issue,
      index,
      file: fileOrder.get(issue.file) ?? Number.MAX_SAFE_INTEGER,
      sheet:
        issue.sheet === null
          ? -1
          : (sheetOrder.get(sheetKey(issue.file, issue.sheet)) ?? Number.MAX_SAFE_INTEGER),
      row: ref?.row ?? -1,
      col: ref?.col ?? -1,
    };
  });
  keyed.sort(
    (a, b) =>
      a.file - b.file ||
      a.sheet - b.sheet ||
      a.row - b.row ||
      a.col - b.col ||
      (a.issue.rule < b.issue.rule ? -1 : a.issue.rule > b.issue.rule ? 1 : 0) ||
      a.index - b.index,
  );
  return keyed.map((k) => k.issue);
}
