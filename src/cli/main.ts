import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, UsageError, type Command } from "./args";
import { translate } from "../core/i18n/translate";
import { runTemplate } from "./template";
import { runConsolidate } from "./consolidate";
import { runPackages } from "./packages";
import { runRegions } from "./regions";
import { runValidate } from "./validate";
import type { Lang } from "../core/model/lang";
import { EXIT_OK, EXIT_USAGE } from "./exitCodes";

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const USAGE = `regional-agreements validate FILE... [--settings FILE] [--json] [--lang fi|sv|en] [--locale fi|sv|en]
regional-agreements consolidate FILE... --out SUMMARY.xlsx [--memo MEMO.html] [--settings FILE]
                    [--positions PACKAGE.xlsx...] [--previous LAST-SUMMARY.xlsx] [--json] [--lang fi|sv|en]
regional-agreements packages FILE... --out-dir DIR [--settings FILE] [--json] [--lang fi|sv|en]
regional-agreements regions FILE... --out-dir DIR [--region MK04,MK02] [--settings FILE] [--json] [--lang fi|sv|en]
regional-agreements template --kind proposal|settings [--region MK02 | --all-regions] [--settings FILE]
                    [--period 2026-2028] [--lang fi|sv|en] (--out FILE.xlsx | --out-dir DIR)

Exit codes: 0 no error-level issue; 1 error-level issues; 2 a usage error, a --previous file that is
not a summary this product wrote, or an output that could not be written.
`;

function packageVersion(): string {
  const manifest = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"),
  ) as {
    version: string;
  };
  return manifest.version;
}

function defaultLanguage(env: NodeJS.ProcessEnv): Lang {
  const raw = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").toLowerCase();
  if (raw.startsWith("fi")) return "fi";
  if (raw.startsWith("sv")) return "sv";
  return "en";
}

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv, defaultLanguage(env));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`regional-agreements: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  try {
    return await runCommand(command, io);
  } catch {
    // A fault of this program, not of the user's files: no stack trace, exit 2.
    const lang = "lang" in command ? command.lang : defaultLanguage(env);
    io.stderr.write(`regional-agreements: ${translate(lang, "cli.unexpected")}\n`);
    return EXIT_USAGE;
  }
}

async function runCommand(command: Command, io: CliIo): Promise<number> {
  switch (command.name) {
    case "help":
      io.stdout.write(USAGE);
      return EXIT_OK;
    case "version":
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT_OK;
    case "template":
      return runTemplate(command, io);
    case "validate":
      return runValidate(command, io.stdout);
    case "consolidate":
      return runConsolidate(command, io);
    case "packages":
      return runPackages(command, io);
    case "regions":
      return runRegions(command, io);
    default:
      io.stderr.write(
        `regional-agreements: "${(command as { name: string }).name}" is not available in this version yet\n`,
      );
      return EXIT_USAGE;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
