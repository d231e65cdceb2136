/** `consolidate --positions`: returned ministry packages merged into the round (docs/packages.md). */
import { consolidate, type Consolidation } from "../core/consolidate";
import { ministryAbbreviation } from "../core/consolidate/vocab";
import { translate } from "../core/i18n/translate";
import type { Lang } from "../core/model/lang";
import {
  mergePositions,
  readPositionFiles,
  withPositions,
  type PositionsReport,
} from "../core/packages";
import type { Issue } from "../core/rules/issue";
import type { RoundValidation } from "../core/rules/validateRound";
import { readRoundFile } from "./validate";

/** The `positions` member of `consolidate --json`. */
export interface PositionsJson {
  readonly answered: readonly string[];
  readonly missing: readonly string[];
  readonly itemsWithoutPosition: number;
  readonly withoutPosition: readonly {
    readonly region: string;
    readonly item: string;
    readonly ministry: string;
  }[];
  readonly packages: PositionsReport["packages"];
  readonly received: readonly {
    readonly region: string;
    readonly item: string;
    readonly ministry: string;
    readonly part: string;
    readonly position: string | null;
    readonly followUp: string | null;
    readonly reasoning: string;
    readonly contact: string;
    readonly changed: boolean;
  }[];
  /** The issues found in the returned packages (also in `issues`). */
  readonly issues: number;
}

export interface WithPositions {
  readonly consolidation: Consolidation;
  /** The round's validation with the packages' issues added. */
  readonly result: RoundValidation;
  readonly report: PositionsReport;
  readonly issues: readonly Issue[];
}

/**
 * Reads the returned packages and consolidates again with their positions merged into the
 * items. The funding lines are the proposals' own, so every figure stays as it was.
 */
export async function consolidateWithPositions(
  files: readonly string[],
  result: RoundValidation,
  lang: Lang,
): Promise<WithPositions> {
  const received = [];
  for (const file of files) received.push(await readRoundFile(file));
  const read = readPositionFiles(received);
  const before = consolidate(result.proposals, result.settings, result.issues, result.files);
  const merge = mergePositions(before, result, read.packages, lang);
  const issues = [...read.issues, ...merge.issues];
  const all = [...result.issues, ...issues];
  const counted: RoundValidation = {
    ...result,
    issues: all,
    counts: {
      error: all.filter((i) => i.severity === "error").length,
      warning: all.filter((i) => i.severity === "warning").length,
      info: all.filter((i) => i.severity === "info").length,
    },
  };
  return {
    consolidation: consolidate(
      withPositions(result.proposals, merge),
      result.settings,
      result.issues,
      result.files,
    ),
    result: counted,
    report: merge.report,
    issues,
  };
}

export function positionsJson(merged: WithPositions): PositionsJson {
  const { report } = merged;
  return {
    answered: report.answered,
    missing: report.missing,
    itemsWithoutPosition: report.withoutPosition.length,
    withoutPosition: report.withoutPosition.map((w) => ({
      region: w.region,
      item: w.itemId,
      ministry: w.ministry,
    })),
    packages: report.packages,
    received: report.received.map((r) => ({
      region: r.region,
      item: r.itemId,
      ministry: r.ministry,
      part: r.part,
      position: r.position,
      followUp: r.followUp,
      reasoning: r.reasoning,
      contact: r.contact,
      changed: r.changed,
    })),
    issues: merged.issues.length,
  };
}

/** Three lines for the readable report: who answered, who has not, items still without a position. */
export function positionsText(report: PositionsReport, lang: Lang): string[] {
  const list = (codes: readonly string[]): string =>
    codes.length === 0
      ? translate(lang, "packages.cli.nobody")
      : codes.map((code) => ministryAbbreviation(code, lang)).join(", ");
  return [
    translate(lang, "packages.cli.answered", { ministries: list(report.answered) }),
    translate(lang, "packages.cli.missing", { ministries: list(report.missing) }),
    translate(lang, "packages.cli.withoutPosition", { n: report.withoutPosition.length }),
  ];
}
