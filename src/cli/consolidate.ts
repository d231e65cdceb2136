import { dirname, relative, resolve, sep } from "node:path";
import { consolidate, consolidationJson, consolidationPlan } from "../core/consolidate";
import type { Consolidation, ConsolidationPlanOptions } from "../core/consolidate";
import { translate } from "../core/i18n/translate";
import { todaySerial } from "../core/locale/dates";
import { formatEuros, formatPercent } from "../core/locale/houseStyle";
import { regionName } from "../core/consolidate/vocab";
import type { Lang } from "../core/model/lang";
import type { WorkbookSnapshot } from "../core/model/snapshot";
import { memoHtmlDocument, renderMemo } from "../core/memo";
import {
  compareRounds,
  previousJson,
  readPreviousSummary,
  type PreviousSummary,
  type RoundComparison,
} from "../core/previous";
import type { RoundValidation } from "../core/rules/validateRound";
import { writeXlsx } from "../workbook/xlsx/writeXlsx";
import type { Command } from "./args";
import { checkOutputs, writeFailedText, writeWhole, type OutputProblem } from "./outputs";
import { consolidateWithPositions, positionsJson, positionsText } from "./positions";
import { readRound, readRoundFile, validationJson } from "./validate";
import { EXIT_ISSUES, EXIT_OK, EXIT_USAGE } from "./exitCodes";

export type ConsolidateCommand = Extract<Command, { name: "consolidate" }>;

export interface ConsolidateIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/**
 * `regional-agreements consolidate` (docs/design.md § 9): validates the files, consolidates them,
 * writes a new summary workbook (and the memo when asked). Exit 0 without error-level
 * issues, 1 with them (the outputs are still written, the regions flagged), 2 when an
 * output cannot be written. `now` is the time of the run, for the Summary's date.
 */
export async function runConsolidate(
  command: ConsolidateCommand,
  io: ConsolidateIo,
  now: Date = new Date(),
): Promise<number> {
  const lang = command.lang;
  const positionFiles = command.positions ?? [];
  const inputs = [
    ...command.files,
    ...(command.settings ? [command.settings] : []),
    ...positionFiles,
    ...(command.previous !== null ? [command.previous] : []),
  ];
  const outputFiles = [command.out, ...(command.memo !== null ? [command.memo] : [])];
  const problem = await checkOutputs(outputFiles, inputs);
  if (problem !== null) {
    io.stderr.write(`regional-agreements: ${outputProblemText(problem, lang)}\n`);
    return EXIT_USAGE;
  }

  const { files, settings: settingsFile, result: validated } = await readRound(command);
  const merged =
    positionFiles.length === 0
      ? null
      : await consolidateWithPositions(positionFiles, validated, lang);
  const result = merged?.result ?? validated;
  const consolidation =
    merged?.consolidation ??
    consolidate(result.proposals, result.settings, result.issues, result.files);
  let comparison: RoundComparison | undefined;
  if (command.previous !== null) {
    const previous = await readPrevious(command.previous, result.settings, lang);
    if (typeof previous === "string") {
      io.stderr.write(`regional-agreements: ${previous}\n`);
      return EXIT_USAGE;
    }
    comparison = compareRounds(previous, consolidation, result.settings);
  }
  const date = todaySerial(now);
  const summaryFolder = dirname(resolve(command.out));
  const received = [...(settingsFile ? [settingsFile] : []), ...files];
  const plan = {
    time: now.toISOString(),
    date,
    fileLink: (file: string) => relative(summaryFolder, resolve(file)).split(sep).join("/"),
    receipts: received.flatMap((f) => (f.receipt ? [f.receipt] : [])),
    ...(comparison ? { comparison } : {}),
  };

  const outputs: { file: string; content: () => Promise<Uint8Array | string> }[] = [
    { file: command.out, content: () => summaryWorkbook(consolidation, result, lang, plan) },
  ];
  if (command.memo !== null)
    outputs.push({
      file: command.memo,
      content: async () => memoFile(consolidation, result, lang, date, comparison),
    });
  const written: string[] = [];
  for (const output of outputs) {
    try {
      await writeWhole(output.file, await output.content());
      written.push(output.file);
    } catch (error) {
      io.stderr.write(`regional-agreements: ${writeFailedText(output.file, error, lang)}\n`);
      return EXIT_USAGE;
    }
  }

  io.stdout.write(
    command.json
      ? `${JSON.stringify(
          {
            ...validationJson(result, lang),
            ...consolidationJson(consolidation),
            ...(merged ? { positions: positionsJson(merged) } : {}),
            ...(comparison ? { previous: previousJson(comparison) } : {}),
          },
          null,
          2,
        )}\n`
      : summaryText(consolidation, result, lang, written, comparison) +
          (merged ? `${positionsText(merged.report, lang).join("\n")}\n` : ""),
  );
  return result.counts.error > 0 ? EXIT_ISSUES : EXIT_OK;
}

/**
 * The previous round's summary (docs/follow-up.md), or the reason it cannot be used: a file
 * the user chose to compare with, so an unusable one stops the run like a usage error.
 */
async function readPrevious(
  path: string,
  settings: RoundValidation["settings"],
  lang: Lang,
): Promise<PreviousSummary | string> {
  const file = await readRoundFile(path);
  if (file.snapshot === null)
    return translate(lang, "consolidate.previous.unreadable", {
      file: path,
      reason: file.unreadable?.code ?? "",
    });
  const read = readPreviousSummary(file.snapshot, settings);
  if (read.ok) return read.summary;
  return translate(
    lang,
    read.reason === "no-registry"
      ? "consolidate.previous.noRegistry"
      : "consolidate.previous.noItemsTable",
    { file: path },
  );
}

/** The Excel serial of the run's local calendar date. */
async function summaryWorkbook(
  consolidation: Consolidation,
  result: RoundValidation,
  lang: Lang,
  options: ConsolidationPlanOptions,
): Promise<Uint8Array> {
  const empty: WorkbookSnapshot = { file: "", sheets: [], registry: [], structureProtected: false };
  const plan = consolidationPlan(consolidation, result.settings, lang, empty, options);
  return (await writeXlsx(plan)).bytes;
}

export function outputProblemText(problem: OutputProblem, lang: Lang): string {
  switch (problem.kind) {
    case "is-input":
      return translate(lang, "memo.cli.outIsInput", { file: problem.output });
    case "same-output":
      return translate(lang, "cli.outputsClash", { out: problem.first, memo: problem.second });
    case "no-folder":
      return translate(lang, "cli.noOutputFolder", {
        folder: problem.folder,
        file: problem.output,
      });
  }
}

function memoFile(
  consolidation: Consolidation,
  result: RoundValidation,
  lang: Lang,
  date: number,
  comparison?: RoundComparison,
): string {
  const memo = renderMemo(consolidation, result.settings, {
    lang,
    date,
    ...(comparison ? { comparison } : {}),
  });
  return memoHtmlDocument(memo.html, lang, memo.title);
}

/** A few lines: what was written, who submitted, AKKE against the envelope, the issue counts. */
function summaryText(
  c: Consolidation,
  result: RoundValidation,
  lang: Lang,
  written: readonly string[],
  comparison?: RoundComparison,
): string {
  const t = translate;
  const names = (codes: readonly string[]): string =>
    codes.map((code) => regionName(code, lang)).join(", ");
  const lines = written.map((file) => t(lang, "memo.cli.written", { file }));
  lines.push(t(lang, "memo.findings.submitted", { n: c.submitted, total: c.eligibleCount }));
  if (c.missingRegions.length > 0)
    lines.push(t(lang, "memo.findings.missing", { regions: names(c.missingRegions) }));
  const flagged = c.regions.filter((r) => r.flagged);
  if (flagged.length > 0)
    lines.push(
      t(lang, "memo.findings.errors", {
        regions: flagged
          .map((r) =>
            t(lang, "memo.findings.errorCount", {
              region: regionName(r.region, lang),
              n: r.errors,
            }),
          )
          .join(", "),
      }),
    );
  const envelope = c.totals.envelopeCents;
  lines.push(
    t(lang, "memo.findings.akke", {
      akke: formatEuros(c.totals.akkeCents, lang, "text"),
      envelope: formatEuros(envelope, lang, "text"),
      share: envelope > 0 ? formatPercent(c.totals.akkeCents / envelope, lang, 1) : "–",
    }),
  );
  if (comparison) {
    const json = previousJson(comparison);
    lines.push(
      t(lang, "cli.report.previous", {
        file: comparison.file,
        new: json.new,
        dropped: json.dropped,
        continued: json.continued,
        byObjective: json.matchedByObjective,
        statusChanges: json.statusChanges,
      }),
    );
  }
  lines.push(t(lang, "cli.report.counts", { ...result.counts }));
  return `${lines.join("\n")}\n`;
}
