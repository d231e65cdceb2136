import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { consolidate, consolidationJson, consolidationPlan } from "../core/consolidate";
import type { Consolidation } from "../core/consolidate";
import { translate } from "../core/i18n/translate";
import { dateToSerial } from "../core/locale/dates";
import { formatEuros, formatPercent } from "../core/locale/houseStyle";
import { regionName } from "../core/consolidate/vocab";
import type { Lang } from "../core/model/lang";
import type { WorkbookSnapshot } from "../core/model/snapshot";
import { memoHtmlDocument, renderMemo } from "../core/memo";
import { validateRound, type RoundFile, type RoundValidation } from "../core/rules/validateRound";
import { writeXlsx } from "../workbook/xlsx/writeXlsx";
import type { Command } from "./args";
import { readRoundFile, validationJson } from "./validate";

export type ConsolidateCommand = Extract<Command, { name: "consolidate" }>;

export interface ConsolidateIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const EXIT_OK = 0;
const EXIT_ISSUES = 1;
const EXIT_OUTPUT = 2;

/**
 * `regional-agreements consolidate` (DESIGN.md § 9): validates the files, consolidates them,
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
  const clash = [...command.files, ...(command.settings ? [command.settings] : [])].find((input) =>
    [command.out, command.memo].some((out) => out !== null && resolve(out) === resolve(input)),
  );
  if (clash !== undefined) {
    io.stderr.write(
      `regional-agreements: ${translate(lang, "memo.cli.outIsInput", { file: clash })}\n`,
    );
    return EXIT_OUTPUT;
  }

  const files: RoundFile[] = [];
  for (const path of command.files) files.push(await readRoundFile(path));
  const settingsFile =
    command.settings === null ? undefined : await readRoundFile(command.settings);
  const result = validateRound(files, { settings: settingsFile, locale: command.locale });
  const consolidation = consolidate(result.proposals, result.settings, result.issues);
  const date = todaySerial(now);

  const outputs: { file: string; content: () => Promise<Uint8Array | string> }[] = [
    { file: command.out, content: () => summaryWorkbook(consolidation, result, lang, now, date) },
  ];
  if (command.memo !== null)
    outputs.push({
      file: command.memo,
      content: async () => memoFile(consolidation, result, lang, date),
    });
  const written: string[] = [];
  for (const output of outputs) {
    try {
      await writeFile(output.file, await output.content());
      written.push(output.file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr.write(
        `regional-agreements: ${translate(lang, "memo.cli.writeFailed", { file: output.file, reason })}\n`,
      );
      return EXIT_OUTPUT;
    }
  }

  io.stdout.write(
    command.json
      ? `${JSON.stringify({ ...validationJson(result, lang), ...consolidationJson(consolidation) }, null, 2)}\n`
      : summaryText(consolidation, result, lang, written),
  );
  return result.counts.error > 0 ? EXIT_ISSUES : EXIT_OK;
}

/** The Excel serial of the run's local calendar date. */
function todaySerial(now: Date): number {
  return dateToSerial({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() }) ?? 0;
}

async function summaryWorkbook(
  consolidation: Consolidation,
  result: RoundValidation,
  lang: Lang,
  now: Date,
  date: number,
): Promise<Uint8Array> {
  const empty: WorkbookSnapshot = { file: "", sheets: [], registry: [], structureProtected: false };
  const plan = consolidationPlan(consolidation, result.settings, lang, empty, {
    time: now.toISOString(),
    date,
  });
  return (await writeXlsx(plan)).bytes;
}

function memoFile(
  consolidation: Consolidation,
  result: RoundValidation,
  lang: Lang,
  date: number,
): string {
  const memo = renderMemo(consolidation, result.settings, { lang, date });
  const title = memo.text.split("\n", 1)[0];
  return memoHtmlDocument(memo.html, lang, title);
}

/** A few lines: what was written, who submitted, AKKE against the envelope, the issue counts. */
function summaryText(
  c: Consolidation,
  result: RoundValidation,
  lang: Lang,
  written: readonly string[],
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
  lines.push(t(lang, "cli.report.counts", { ...result.counts }));
  return `${lines.join("\n")}\n`;
}
