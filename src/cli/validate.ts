import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { FileReceipt } from "../core/consolidate/types";
import { translate } from "../core/i18n/translate";
import type { Lang } from "../core/model/lang";
import { issueMessage } from "../core/rules/issueMessage";
import { foundValue } from "../core/rules/round/cellReading";
import type { Issue } from "../core/rules/issue";
import { validateRound, type RoundFile, type RoundValidation } from "../core/rules/validateRound";
import { checkFileLimits, XlsxReadError } from "../workbook/xlsx";
import { readXlsx } from "../workbook/xlsx/readXlsx";
import { nodeInflater } from "../workbook/xlsx/nodeInflater";
import type { Command } from "./args";
import { EXIT_ISSUES, EXIT_OK } from "./exitCodes";

export type ValidateCommand = Extract<Command, { name: "validate" }>;

export interface Output {
  write(text: string): unknown;
}

/** A file read from disk with its receipt (size and SHA-256 of the bytes as received). */
export type ReceivedFile = RoundFile & { readonly receipt: FileReceipt | null };

/**
 * Reads one file from disk: limits first, then the workbook. Any failure, even one the
 * reader did not foresee, is the file's reason: the other files of the round go on.
 */
export async function readRoundFile(path: string): Promise<ReceivedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    return { file: path, snapshot: null, unreadable: { code: "io", detail: code }, receipt: null };
  }
  const receipt: FileReceipt = {
    file: path,
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
  const options = { inflate: nodeInflater };
  try {
    const limits = await checkFileLimits(bytes, path, options);
    if (!limits.ok) return { file: path, snapshot: null, unreadable: limits.reason, receipt };
    // Imported directly, not through `loadXlsxAdapter()`: the bin runs under tsx's CommonJS
    // hook, where the adapter's dynamic `import()` of a .ts module is not resolved.
    return { file: path, snapshot: await readXlsx(bytes, path, options), receipt };
  } catch (error) {
    const unreadable =
      error instanceof XlsxReadError ? error.reason : { code: "parse-failed", detail: "" };
    return { file: path, snapshot: null, unreadable, receipt };
  }
}

/** The round a command names: its files and settings read from disk, then validated. */
export async function readRound(command: {
  readonly files: readonly string[];
  readonly settings: string | null;
  readonly locale: Lang | null;
}): Promise<{
  readonly files: readonly ReceivedFile[];
  readonly settings: ReceivedFile | undefined;
  readonly result: RoundValidation;
}> {
  const files: ReceivedFile[] = [];
  for (const path of command.files) files.push(await readRoundFile(path));
  const settings = command.settings === null ? undefined : await readRoundFile(command.settings);
  const result = validateRound(files, { settings, locale: command.locale });
  return { files, settings, result };
}

/** `regional-agreements validate` (docs/design.md § 9): exit 0 without error-level issues, else 1. */
export async function runValidate(command: ValidateCommand, stdout: Output): Promise<number> {
  const { result } = await readRound(command);
  stdout.write(
    command.json
      ? `${JSON.stringify(validationJson(result, command.lang), null, 2)}\n`
      : readableReport(result, command.lang),
  );
  return result.counts.error > 0 ? EXIT_ISSUES : EXIT_OK;
}

export interface IssueJson extends Pick<
  Issue,
  "rule" | "severity" | "file" | "sheet" | "cell" | "value"
> {
  readonly message: string;
  readonly fix: string | number | boolean | null;
}

/** The `--json` document: files, issues, counts, and the rules not run with the reason. */
export function validationJson(result: RoundValidation, lang: Lang) {
  return {
    files: result.files.map((f) => ({
      file: f.file,
      error: f.error,
      sheets: f.sheets.map((s) => ({ sheet: s.sheet, kind: s.kind, region: s.region })),
    })),
    issues: result.issues.map((issue): IssueJson => issueJson(issue, lang)),
    counts: {
      error: result.counts.error,
      warning: result.counts.warning,
      info: result.counts.info,
    },
    skipped: result.skipped.map((s) => ({ rule: s.rule, reason: translateSkip(s.reason, lang) })),
  };
}

function issueJson(issue: Issue, lang: Lang): IssueJson {
  return {
    rule: issue.rule,
    severity: issue.severity,
    file: issue.file,
    sheet: issue.sheet,
    cell: issue.cell,
    value: issue.value,
    message: issueMessage(issue, lang),
    fix: issue.fix === null ? null : foundValue(issue.fix.value),
  };
}

function translateSkip(reason: string, lang: Lang): string {
  return reason === "noBudgetYear"
    ? translate(lang, "rules.skipped.noBudgetYear")
    : translate(lang, "rules.skipped.noSettings");
}

/** The readable report: by file and sheet, one line per issue, the counts last. */
function readableReport(result: RoundValidation, lang: Lang): string {
  const lines: string[] = [];
  const source = result.settingsSource;
  lines.push(
    source
      ? translate(lang, "cli.report.settingsFrom", { file: source.file, sheet: source.sheet })
      : translate(lang, "cli.report.settingsDefault"),
  );
  const byReason = new Map<string, string[]>();
  for (const s of result.skipped)
    byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.rule]);
  for (const [reason, rules] of byReason)
    lines.push(
      translate(lang, "cli.report.skipped", {
        rules: rules.join(", "),
        reason: translateSkip(reason, lang),
      }),
    );
  lines.push("");

  let file: string | null = null;
  let sheet: string | null | undefined;
  for (const issue of result.issues) {
    if (issue.file !== file) {
      file = issue.file;
      sheet = undefined;
      lines.push(translate(lang, "cli.report.file", { file }));
    }
    if (issue.sheet !== sheet) {
      sheet = issue.sheet;
      if (sheet !== null) lines.push(`  ${translate(lang, "cli.report.sheet", { sheet })}`);
    }
    const indent = issue.sheet === null ? "  " : "    ";
    const where =
      issue.cell ?? (issue.sheet === null ? "" : translate(lang, "cli.report.wholeSheet"));
    const severity = translate(lang, `common.severity.${issue.severity}`);
    const fix =
      issue.fix === null
        ? ""
        : ` (${translate(lang, "cli.report.fix", { fix: String(foundValue(issue.fix.value)) })})`;
    lines.push(
      `${indent}${where ? `${where}: ` : ""}${severity} ${issue.rule}: ${issueMessage(issue, lang)}${fix}`,
    );
  }
  if (result.issues.length === 0) lines.push(translate(lang, "cli.report.noIssues"));
  lines.push("");
  lines.push(translate(lang, "cli.report.counts", { ...result.counts }));
  return `${lines.join("\n")}\n`;
}
