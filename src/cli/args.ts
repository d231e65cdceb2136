import { isLang, type Lang } from "../core/model/lang";

export type Command =
  | {
      readonly name: "validate";
      readonly files: readonly string[];
      readonly settings: string | null;
      readonly json: boolean;
      readonly lang: Lang;
      readonly locale: Lang | null;
    }
  | {
      readonly name: "consolidate";
      readonly files: readonly string[];
      readonly out: string;
      readonly memo: string | null;
      readonly settings: string | null;
      /** Returned ministry packages (`--positions FILE...`). */
      readonly positions?: readonly string[];
      /** A previous round's summary to compare with (docs/follow-up.md). */
      readonly previous: string | null;
      readonly json: boolean;
      readonly lang: Lang;
      readonly locale: Lang | null;
    }
  | {
      readonly name: "packages";
      readonly files: readonly string[];
      readonly settings: string | null;
      readonly outDir: string;
      readonly json: boolean;
      readonly lang: Lang;
      readonly locale: Lang | null;
    }
  | {
      readonly name: "template";
      readonly kind: "proposal" | "settings";
      readonly region: string | null;
      readonly allRegions: boolean;
      readonly settings: string | null;
      readonly period: string | null;
      readonly lang: Lang;
      readonly out: string | null;
      readonly outDir: string | null;
    }
  | {
      readonly name: "regions";
      readonly files: readonly string[];
      readonly settings: string | null;
      readonly outDir: string;
      /** The regions asked for with `--region MK04,MK02`; null: every region with a proposal. */
      readonly regions: readonly string[] | null;
      readonly json: boolean;
      readonly lang: Lang;
      readonly locale: Lang | null;
    }
  | { readonly name: "help" }
  | { readonly name: "version" };

export class UsageError extends Error {}

interface RawOptions {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
  /** Options that take every value up to the next option, and may be repeated. */
  readonly lists: Map<string, string[]>;
}

const VALUE_OPTIONS = new Set([
  "--settings",
  "--lang",
  "--locale",
  "--out",
  "--memo",
  "--kind",
  "--region",
  "--period",
  "--out-dir",
  "--previous",
]);
const LIST_OPTIONS = new Set(["--positions"]);
const FLAG_OPTIONS = new Set(["--json", "--all-regions", "--help", "-h", "--version", "-V"]);

function splitOptions(argv: readonly string[]): RawOptions {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      if (values.has(name)) throw new UsageError(`${name} given twice`);
      values.set(name, value);
    } else if (LIST_OPTIONS.has(name)) {
      const list = lists.get(name) ?? [];
      if (inline !== undefined) list.push(inline);
      while (i + 1 < argv.length && !(argv[i + 1].startsWith("-") && argv[i + 1] !== "-"))
        list.push(argv[++i]);
      if (list.length === 0) throw new UsageError(`${name} needs at least one FILE`);
      lists.set(name, list);
    } else if (FLAG_OPTIONS.has(name)) {
      flags.add(name);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  return { positional, values, flags, lists };
}

function language(raw: RawOptions, option: "--lang" | "--locale"): Lang | null {
  const value = raw.values.get(option);
  if (value === undefined) return null;
  if (!isLang(value)) throw new UsageError(`${option} must be fi, sv or en, not "${value}"`);
  return value;
}

function needFiles(files: readonly string[], command: string): void {
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE`);
}

function needOutDir(raw: RawOptions, command: string): string {
  const outDir = raw.values.get("--out-dir");
  if (!outDir) throw new UsageError(`${command} needs --out-dir DIR`);
  return outDir;
}

/** Refuses every option the command does not take (--help and --version aside). */
function allowOnly(raw: RawOptions, command: string, allowed: readonly string[]): void {
  const options = [...VALUE_OPTIONS, ...LIST_OPTIONS, "--json", "--all-regions"];
  for (const option of options) {
    if (allowed.includes(option)) continue;
    if (raw.values.has(option) || raw.flags.has(option) || raw.lists.has(option)) {
      throw new UsageError(`${option} does not apply to ${command}`);
    }
  }
}

export function parseArgs(argv: readonly string[], defaultLang: Lang): Command {
  const raw = splitOptions(argv);
  if (raw.flags.has("--version") || raw.flags.has("-V")) return { name: "version" };
  if (raw.flags.has("--help") || raw.flags.has("-h") || raw.positional.length === 0) {
    return { name: "help" };
  }
  const [command, ...files] = raw.positional;
  const lang = language(raw, "--lang") ?? defaultLang;
  const locale = language(raw, "--locale");
  const settings = raw.values.get("--settings") ?? null;
  switch (command) {
    case "validate":
      allowOnly(raw, command, ["--settings", "--lang", "--locale", "--json"]);
      needFiles(files, "validate");
      return { name: "validate", files, settings, json: raw.flags.has("--json"), lang, locale };
    case "consolidate": {
      allowOnly(raw, command, [
        "--settings",
        "--lang",
        "--locale",
        "--out",
        "--memo",
        "--previous",
        "--positions",
        "--json",
      ]);
      needFiles(files, "consolidate");
      const out = raw.values.get("--out");
      if (!out) throw new UsageError("consolidate needs --out SUMMARY.xlsx");
      const memo = raw.values.get("--memo") ?? null;
      return {
        name: "consolidate",
        files,
        out,
        memo,
        settings,
        positions: raw.lists.get("--positions") ?? [],
        previous: raw.values.get("--previous") ?? null,
        json: raw.flags.has("--json"),
        lang,
        locale,
      };
    }
    case "packages": {
      allowOnly(raw, command, ["--settings", "--lang", "--locale", "--out-dir", "--json"]);
      needFiles(files, "packages");
      const outDir = needOutDir(raw, "packages");
      return {
        name: "packages",
        files,
        settings,
        outDir,
        json: raw.flags.has("--json"),
        lang,
        locale,
      };
    }
    case "template": {
      allowOnly(raw, command, [
        "--settings",
        "--lang",
        "--out",
        "--kind",
        "--region",
        "--period",
        "--out-dir",
        "--all-regions",
      ]);
      if (files.length > 0) throw new UsageError(`template takes no FILE (got ${files[0]})`);
      const kind = raw.values.get("--kind");
      if (kind !== "proposal" && kind !== "settings") {
        throw new UsageError("template needs --kind proposal or --kind settings");
      }
      const region = raw.values.get("--region") ?? null;
      const allRegions = raw.flags.has("--all-regions");
      if (region && allRegions) throw new UsageError("give --region or --all-regions, not both");
      if (kind === "settings" && (region || allRegions)) {
        throw new UsageError("--region and --all-regions apply to --kind proposal");
      }
      const out = raw.values.get("--out") ?? null;
      const outDir = raw.values.get("--out-dir") ?? null;
      if ((out === null) === (outDir === null))
        throw new UsageError("give either --out FILE.xlsx or --out-dir DIR");
      if (allRegions && out)
        throw new UsageError("--all-regions writes one file per region: use --out-dir DIR");
      return {
        name: "template",
        kind,
        region,
        allRegions,
        settings,
        period: raw.values.get("--period") ?? null,
        lang,
        out,
        outDir,
      };
    }
    case "regions": {
      allowOnly(raw, command, [
        "--settings",
        "--lang",
        "--locale",
        "--region",
        "--out-dir",
        "--json",
      ]);
      needFiles(files, "regions");
      const outDir = needOutDir(raw, "regions");
      const region = raw.values.get("--region");
      const regions = region === undefined ? null : region.split(",").map((r) => r.trim());
      if (regions?.some((r) => r === "")) throw new UsageError("--region needs region codes");
      const json = raw.flags.has("--json");
      return { name: "regions", files, settings, outDir, regions, json, lang, locale };
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
