import { join } from "node:path";
import { consolidate } from "../core/consolidate";
import { centsToEuros } from "../core/locale/money";
import { translate } from "../core/i18n/translate";
import type { RoundSettings } from "../core/model/round";
import { memoHtmlDocument, regionPage, regionPageFileName } from "../core/memo";
import { lookup } from "../core/vocabulary";
import { REGIONS } from "../core/vocabulary/regions";
import type { Command } from "./args";
import { todaySerial } from "../core/locale/dates";
import { outputProblemText } from "./consolidate";
import type { CliIo } from "./main";
import { checkOutputs, isFolder, writeFailedText, writeWhole } from "./outputs";
import { readRound, validationJson } from "./validate";
import { EXIT_ISSUES, EXIT_OK, EXIT_USAGE } from "./exitCodes";

export type RegionsCommand = Extract<Command, { name: "regions" }>;

/**
 * `regional-agreements regions` (docs/region-page.md): one HTML page per region with a
 * proposal (or per region asked for with `--region`), written into an existing folder.
 * Exit 0 without error-level issues, 1 with them (the pages are still written), 2 for an
 * unknown region, a missing folder, a page that would overwrite an input, or a failed write.
 */
export async function runRegions(
  command: RegionsCommand,
  io: CliIo,
  now: Date = new Date(),
): Promise<number> {
  const lang = command.lang;
  const fail = (text: string): number => {
    io.stderr.write(`regional-agreements: ${text}\n`);
    return EXIT_USAGE;
  };
  const asked: string[] = [];
  for (const raw of command.regions ?? []) {
    const code = lookup(REGIONS, raw);
    if (code === null) return fail(translate(lang, "regionPage.cli.unknownRegion", { value: raw }));
    if (!asked.includes(code)) asked.push(code);
  }
  if (!(await isFolder(command.outDir)))
    return fail(
      translate(lang, "cli.noOutputFolder", {
        folder: command.outDir,
        file: `*-${translate(lang, "regionPage.fileName")}.html`,
      }),
    );

  const { result } = await readRound(command);
  const c = consolidate(result.proposals, result.settings, result.issues, result.files);
  const regions = command.regions === null ? c.regions.map((r) => r.region) : asked;
  const pages = regions.map((region) => ({
    region,
    file: join(command.outDir, regionPageFileName(region, lang)),
    summary: c.regions.find((r) => r.region === region) ?? null,
  }));
  const inputs = [...command.files, ...(command.settings ? [command.settings] : [])];
  const problem = await checkOutputs(
    pages.map((p) => p.file),
    inputs,
  );
  if (problem !== null) return fail(outputProblemText(problem, lang));

  const date = todaySerial(now);
  for (const page of pages) {
    const rendered = regionPage(c, result.settings, page.region, { lang, date });
    try {
      await writeWhole(page.file, memoHtmlDocument(rendered.html, lang, rendered.title));
    } catch (error) {
      return fail(writeFailedText(page.file, error, lang));
    }
  }

  if (command.json) {
    const json = {
      ...validationJson(result, lang),
      pages: pages.map((p) => ({
        region: p.region,
        file: p.file,
        items: p.summary?.items ?? 0,
        akke: centsToEuros(p.summary?.akkeCents ?? 0),
        allocation: allocationOf(p.summary?.allocationCents, p.region, result.settings),
      })),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const lines = pages.map((p) => translate(lang, "memo.cli.written", { file: p.file }));
    if (pages.length === 0) lines.push(translate(lang, "regionPage.cli.noPages"));
    lines.push(translate(lang, "cli.report.counts", { ...result.counts }));
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return result.counts.error > 0 ? EXIT_ISSUES : EXIT_OK;
}

/** The region's allocation in euros: the consolidation's, or the settings' for a region without a proposal. */
function allocationOf(
  cents: number | null | undefined,
  region: string,
  settings: RoundSettings,
): number | null {
  if (cents !== undefined) return cents === null ? null : centsToEuros(cents);
  const allocation = settings.allocations.find((a) => a.region === region);
  return allocation === undefined ? null : centsToEuros(allocation.cents);
}
