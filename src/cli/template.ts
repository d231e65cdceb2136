/** `regional-agreements template`: proposal or settings templates written as .xlsx files. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Command } from "./args";
import type { CliIo } from "./main";
import type { TemplatesMessageKey } from "../core/i18n/messages/templates";
import { templates as messages } from "../core/i18n/messages/templates";
import { interpolate } from "../core/i18n/translate";
import { parsePeriod } from "../core/locale/periods";
import type { Lang } from "../core/model/lang";
import type { WritePlan } from "../core/model/plan";
import type { Period, RoundSettings } from "../core/model/round";
import { recogniseWorkbook, type RecognisedSettings } from "../core/recognise";
import { defaultSettings } from "../core/rules/round/defaults";
import { interpretSettings } from "../core/rules/round/settings";
import {
  defaultPeriod,
  proposalFileName,
  proposalTemplate,
  proposalTemplateFiles,
  regionEntryLabel,
  templateThemes,
  settingsTemplate,
} from "../core/templates";
import { lookup, suggest } from "../core/vocabulary";
import { REGIONS, type RegionCode } from "../core/vocabulary/regions";
import { readXlsx } from "../workbook/xlsx/readXlsx";
import { writeXlsx } from "../workbook/xlsx/writeXlsx";
import { EXIT_OK, EXIT_USAGE } from "./exitCodes";
import { sameSheetName } from "../core/model/sheetNames";

export type TemplateCommand = Extract<Command, { readonly name: "template" }>;

class TemplateFailure extends Error {}

function text(
  lang: Lang,
  key: TemplatesMessageKey,
  params?: Record<string, string | number>,
): string {
  return interpolate(messages[lang][key], params);
}

function fail(
  lang: Lang,
  key: TemplatesMessageKey,
  params?: Record<string, string | number>,
): never {
  throw new TemplateFailure(text(lang, key, params));
}

function describe(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}

async function readRoundSettings(file: string, lang: Lang): Promise<RoundSettings> {
  let settings: RoundSettings | null = null;
  try {
    const snapshot = await readXlsx(new Uint8Array(await readFile(file)), basename(file));
    const recognised = recogniseWorkbook(snapshot).find(
      (sheet): sheet is RecognisedSettings => sheet.kind === "settings",
    );
    const sheet =
      recognised && snapshot.sheets.find((s) => sameSheetName(s.name, recognised.sheet));
    if (recognised && sheet)
      settings = interpretSettings(sheet, recognised, basename(file)).settings;
  } catch (error) {
    fail(lang, "templates.cli.settingsUnreadable", { file, reason: describe(error) });
  }
  return settings ?? fail(lang, "templates.cli.noSettings", { file });
}

function resolveRegion(raw: string, lang: Lang): RegionCode {
  const code = lookup(REGIONS, raw);
  if (code === null) {
    const close = suggest(REGIONS, raw, lang);
    if (close) {
      fail(lang, "templates.cli.unknownRegionSuggestion", {
        value: raw,
        suggestion: regionEntryLabel(close.code, lang),
      });
    }
    fail(lang, "templates.cli.unknownRegion", { value: raw });
  }
  const entry = REGIONS.entries.find((e) => e.code === code);
  if (!entry?.eligible)
    fail(lang, "templates.cli.notEligible", { region: entry?.labels[lang] ?? raw });
  return code;
}

function periodOf(command: TemplateCommand, settings: RoundSettings | null): Period | null {
  if (command.period !== null) {
    const read = parsePeriod(command.period);
    if (!read.ok) fail(command.lang, "templates.cli.badPeriod", { value: command.period });
    return read.period;
  }
  return settings?.period ?? null;
}

async function writePlan(plan: WritePlan, path: string, lang: Lang): Promise<void> {
  try {
    const { bytes } = await writeXlsx(plan);
    await writeFile(path, bytes);
  } catch (error) {
    fail(lang, "templates.cli.cannotWrite", { file: path, reason: describe(error) });
  }
}

async function ensureDir(dir: string, lang: Lang): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    fail(lang, "templates.cli.cannotWrite", { file: dir, reason: describe(error) });
  }
}

/** `Kierroksen asetukset` → `Kierroksen-asetukset.xlsx`. */
function fileNameOf(title: string): string {
  return `${title.trim().replace(/\s+/g, "-")}.xlsx`;
}

export async function runTemplate(
  command: TemplateCommand,
  io: CliIo,
  now: Date = new Date(),
): Promise<number> {
  const { lang } = command;
  const time = now.toISOString();
  try {
    const read = command.settings === null ? null : await readRoundSettings(command.settings, lang);
    let period = periodOf(command, read);

    if (command.kind === "settings") {
      const plan = settingsTemplate({
        lang,
        withThemes: true,
        ...(period ? { period, budgetYear: period.start } : {}),
        ...(read?.round ? { round: read.round } : {}),
      });
      const path =
        command.out ??
        join(command.outDir ?? ".", fileNameOf(messages[lang]["templates.sheet.settings"]));
      if (command.outDir) await ensureDir(command.outDir, lang);
      await writePlan(plan, path, lang);
      io.stdout.write(`${text(lang, "templates.cli.written", { file: path })}\n`);
      return EXIT_OK;
    }

    if (command.allRegions) {
      if (period === null) fail(lang, "templates.cli.needsPeriod");
      const settings: RoundSettings = { ...(read ?? defaultSettings(lang)), period };
      const dir = command.outDir ?? ".";
      await ensureDir(dir, lang);
      const files = proposalTemplateFiles(settings, lang, time);
      for (const file of files) await writePlan(file.plan, join(dir, file.fileName), lang);
      io.stdout.write(`${text(lang, "templates.cli.writtenMany", { count: files.length, dir })}\n`);
      return EXIT_OK;
    }

    const region = command.region === null ? undefined : resolveRegion(command.region, lang);
    if (period === null) {
      period = defaultPeriod(now);
      io.stderr.write(
        `${text(lang, "templates.cli.periodDefaulted", { period: `${period.start}-${period.end}` })}\n`,
      );
    }
    const themes = read ? templateThemes(read) : undefined;
    const plan = proposalTemplate({
      lang,
      ...(region ? { region } : {}),
      period,
      ...(read?.round ? { round: read.round } : {}),
      ...(themes ? { themes } : {}),
      existingSheetNames: [],
      listsSheetExists: false,
      time,
    });
    const name = region
      ? proposalFileName(region, lang)
      : fileNameOf(messages[lang]["templates.sheet.proposal"]);
    const path = command.out ?? join(command.outDir ?? ".", name);
    if (command.outDir) await ensureDir(command.outDir, lang);
    await writePlan(plan, path, lang);
    io.stdout.write(`${text(lang, "templates.cli.written", { file: path })}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof TemplateFailure) {
      io.stderr.write(`regional-agreements: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
