/** `regional-agreements packages`: one preparation workbook per ministry (docs/packages.md). */
import { join } from "node:path";
import { consolidate } from "../core/consolidate";
import { translate } from "../core/i18n/translate";
import { packagePlans, type MinistryPackage } from "../core/packages";
import { writeXlsx } from "../workbook/xlsx/writeXlsx";
import type { Command } from "./args";
import { todaySerial } from "../core/locale/dates";
import { outputProblemText } from "./consolidate";
import type { CliIo } from "./main";
import { checkOutputs, isFolder, writeFailedText, writeWhole } from "./outputs";
import { readRound, validationJson } from "./validate";
import { EXIT_ISSUES, EXIT_OK, EXIT_USAGE } from "./exitCodes";

export type PackagesCommand = Extract<Command, { name: "packages" }>;

/**
 * Validates and consolidates the round, then writes one package per ministry the round
 * concerns into `--out-dir`, each file whole. Exit 0 without error-level issues, 1 with them
 * (the packages are still written), 2 when the folder is missing or a file cannot be written.
 */
export async function runPackages(
  command: PackagesCommand,
  io: CliIo,
  now: Date = new Date(),
): Promise<number> {
  const { lang } = command;
  if (!(await isFolder(command.outDir))) {
    io.stderr.write(
      `regional-agreements: ${translate(lang, "packages.cli.noFolder", { dir: command.outDir })}\n`,
    );
    return EXIT_USAGE;
  }

  const { result } = await readRound(command);
  const consolidation = consolidate(result.proposals, result.settings, result.issues, result.files);
  const packages = packagePlans(consolidation, result.settings, {
    lang,
    time: now.toISOString(),
    date: todaySerial(now),
  });

  const paths = packages.map((p) => join(command.outDir, p.fileName));
  const inputs = [...command.files, ...(command.settings ? [command.settings] : [])];
  const problem = await checkOutputs(paths, inputs);
  if (problem !== null) {
    io.stderr.write(`regional-agreements: ${outputProblemText(problem, lang)}\n`);
    return EXIT_USAGE;
  }
  for (const [i, p] of packages.entries()) {
    try {
      await writeWhole(paths[i], (await writeXlsx(p.plan)).bytes);
    } catch (error) {
      io.stderr.write(`regional-agreements: ${writeFailedText(paths[i], error, lang)}\n`);
      return EXIT_USAGE;
    }
  }

  io.stdout.write(
    command.json
      ? `${JSON.stringify({ ...validationJson(result, lang), packages: packagesJson(packages, paths) }, null, 2)}\n`
      : `${readable(packages, paths, command.outDir, lang)}\n${translate(lang, "cli.report.counts", { ...result.counts })}\n`,
  );
  return result.counts.error > 0 ? EXIT_ISSUES : EXIT_OK;
}

/** The `packages` member of `packages --json`: per ministry its file and rows per table. */
function packagesJson(packages: readonly MinistryPackage[], paths: readonly string[]) {
  return packages.map((p, i) => ({
    ministry: p.ministry,
    file: paths[i],
    lead: p.rows.lead,
    participating: p.rows.participating,
    legislation: p.rows.legislation,
    expert: p.rows.expert,
  }));
}

function readable(
  packages: readonly MinistryPackage[],
  paths: readonly string[],
  dir: string,
  lang: PackagesCommand["lang"],
): string {
  if (packages.length === 0) return translate(lang, "packages.cli.none");
  return translate(lang, "packages.cli.written", {
    count: packages.length,
    dir,
    files: packages.map((p) => p.fileName).join(", "),
  });
}
