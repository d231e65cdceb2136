import {
  consolidate,
  consolidationPlan,
  EditedGeneratedSheetsError,
  type Consolidation,
} from "../core/consolidate";
import { todaySerial } from "../core/locale/dates";
import type { Lang } from "../core/model/lang";
import type { WorkbookSnapshot } from "../core/model/snapshot";
import { validateRound, type RoundValidation } from "../core/rules/validateRound";
import { compareRounds, readPreviousSummary } from "../core/previous";
import type { WorkbookHost } from "../workbook/host";

export type ConsolidationPhase = "reading" | "computing" | "writing";

export interface ConsolidationOptions {
  /** Language of the generated sheets. */
  readonly lang: Lang;
  /** The user agreed to replace generated sheets they edited. */
  readonly replaceEdited?: boolean;
  /** Cancels the run; honoured up to the write, never in the middle of it. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (phase: ConsolidationPhase) => void;
  readonly now?: () => Date;
  /** A previous round's summary (checked by `readPreviousSummaryFile`): adds the comparison. */
  readonly previous?: WorkbookSnapshot;
}

/** What the pane shows once the sheets are written. */
export interface ConsolidationSummary {
  /** Eligible regions with a proposal: the n of "n / 18". */
  readonly submitted: number;
  readonly eligible: number;
  readonly missingRegions: readonly string[];
  /** AKKE proposed and the round's envelope, in cents. */
  readonly akkeCents: number;
  readonly envelopeCents: number;
  /** Regions with error-level issues ("not ready"). */
  readonly regionsWithErrors: readonly string[];
  /** The generated sheets written, Summary first. */
  readonly sheets: readonly string[];
  /** The change since the previous summary, when one was given. */
  readonly previous: {
    readonly file: string;
    readonly new: number;
    readonly dropped: number;
    readonly continued: number;
  } | null;
}

export type ConsolidationOutcome =
  | { readonly kind: "done"; readonly summary: ConsolidationSummary }
  /** Generated sheets were edited since: ask, then run again with `replaceEdited`. */
  | { readonly kind: "needsConsent"; readonly editedSheets: readonly string[] }
  | { readonly kind: "cancelled" };

/** The round a workbook holds, validated and consolidated: what the sheets and the memo show. */
export function consolidateSnapshot(snapshot: WorkbookSnapshot): {
  validation: RoundValidation;
  consolidation: Consolidation;
} {
  const validation = validateRound([{ file: snapshot.file, snapshot }]);
  const consolidation = consolidate(validation.proposals, validation.settings, validation.issues);
  return { validation, consolidation };
}

/**
 * Consolidates the proposals of the workbook into the generated sheets (docs/design.md § 7):
 * one read, the core computes, one write (more only per further 4 MB). Only generated
 * sheets are replaced; source sheets are never written.
 */
export async function runConsolidation(
  host: WorkbookHost,
  options: ConsolidationOptions,
): Promise<ConsolidationOutcome> {
  const aborted = (): boolean => options.signal?.aborted === true;
  if (aborted()) return { kind: "cancelled" };
  options.onProgress?.("reading");
  const snapshot = await host.read();
  if (aborted()) return { kind: "cancelled" };

  options.onProgress?.("computing");
  const { validation, consolidation } = consolidateSnapshot(snapshot);
  const now = (options.now ?? (() => new Date()))();
  const previous =
    options.previous === undefined
      ? null
      : readPreviousSummary(options.previous, validation.settings);
  const comparison =
    previous?.ok === true
      ? compareRounds(previous.summary, consolidation, validation.settings)
      : undefined;
  let plan;
  try {
    plan = consolidationPlan(consolidation, validation.settings, options.lang, snapshot, {
      replaceEdited: options.replaceEdited === true,
      time: now.toISOString(),
      date: todaySerial(now),
      ...(comparison ? { comparison } : {}),
    });
  } catch (error) {
    if (error instanceof EditedGeneratedSheetsError)
      return { kind: "needsConsent", editedSheets: error.sheets };
    throw error;
  }
  if (aborted()) return { kind: "cancelled" };

  options.onProgress?.("writing");
  await host.apply(plan, snapshot);
  return {
    kind: "done",
    summary: {
      submitted: consolidation.submitted,
      eligible: consolidation.eligibleCount,
      missingRegions: consolidation.missingRegions,
      akkeCents: consolidation.totals.akkeCents,
      envelopeCents: consolidation.totals.envelopeCents,
      regionsWithErrors: consolidation.regions.filter((r) => r.flagged).map((r) => r.region),
      sheets: (plan.sheets ?? []).map((s) => s.name),
      previous: comparison
        ? {
            file: comparison.file,
            new: comparison.new.length,
            dropped: comparison.dropped.length,
            continued: comparison.continued.length,
          }
        : null,
    },
  };
}
