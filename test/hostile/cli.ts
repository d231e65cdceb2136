import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

export interface JsonIssue {
  rule: string;
  severity: string;
  file: string;
  sheet: string | null;
  cell: string | null;
  value: unknown;
  message: string;
  fix: unknown;
}
export interface JsonReport {
  files: {
    file: string;
    error: string | null;
    sheets: { sheet: string; kind: string; region: string | null }[];
  }[];
  issues: JsonIssue[];
  counts: { error: number; warning: number; info: number };
  regions?: { region: string; items: number; akke: number; other: number; total: number }[];
  totals?: { akke: number; other: number; total: number };
}

/** A temporary directory for the files of one test file. */
export function tempDir(prefix: string): { path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    path: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function writeFile(path: string, bytes: Uint8Array | string): string {
  writeFileSync(path, bytes);
  return path;
}

/** Runs the command line in-process and returns its exit code and output. */
export async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(
    argv,
    { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } },
    {},
  );
  return { code, out, err };
}

export async function cliJson(argv: string[]): Promise<{ code: number; report: JsonReport }> {
  const { code, out } = await cli([...argv, "--json"]);
  return { code, report: JSON.parse(out) as JsonReport };
}
