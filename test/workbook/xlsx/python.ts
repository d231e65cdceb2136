/**
 * A third-party writer for the reader's tests: Debian's python3-openpyxl (`apt-get install
 * python3-openpyxl`) runs a script that saves a workbook to `sys.argv[1]`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const PYTHON = "/usr/bin/python3";

export function openpyxlWorkbook(script: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "ra-openpyxl-"));
  try {
    const path = join(dir, "book.xlsx");
    execFileSync(PYTHON, ["-c", script, path], { stdio: ["ignore", "ignore", "pipe"] });
    return new Uint8Array(readFileSync(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
