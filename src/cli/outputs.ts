/**
 * Where the command line writes (docs/intake.md): never over one of its inputs, never two
 * outputs into one file, and never a half-written file.
 */
import { randomBytes } from "node:crypto";
import { stat, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { translate } from "../core/i18n/translate";
import type { Lang } from "../core/model/lang";
import { XlsxWriteError } from "../workbook/xlsx/errors";

export type OutputProblem =
  | { readonly kind: "is-input"; readonly output: string; readonly input: string }
  | { readonly kind: "same-output"; readonly first: string; readonly second: string }
  | { readonly kind: "no-folder"; readonly output: string; readonly folder: string };

interface FileId {
  readonly dev: number;
  readonly ino: number;
}

async function fileId(path: string): Promise<FileId | null> {
  try {
    const s = await stat(path);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/**
 * The same file by device and inode (symlinks and hard links meet here; so do two spellings
 * on a case-insensitive file system), or by the resolved path compared without case when
 * the output does not exist yet.
 */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [idA, idB] = await Promise.all([fileId(a), fileId(b)]);
  if (idA && idB) return idA.dev === idB.dev && idA.ino === idB.ino;
  return resolve(a).toLowerCase() === resolve(b).toLowerCase();
}

/** Whether `path` is an existing folder, for outputs written into one. */
export async function isFolder(path: string): Promise<boolean> {
  const found = await stat(path).catch(() => null);
  return found?.isDirectory() === true;
}

/** The first reason the outputs cannot be written as asked, checked before anything is read. */
export async function checkOutputs(
  outputs: readonly string[],
  inputs: readonly string[],
): Promise<OutputProblem | null> {
  for (const output of outputs) {
    const folder = dirname(resolve(output));
    if (!(await isFolder(folder))) return { kind: "no-folder", output, folder };
    for (const input of inputs)
      if (await sameFile(output, input)) return { kind: "is-input", output, input };
  }
  for (let i = 0; i < outputs.length; i++)
    for (let j = i + 1; j < outputs.length; j++)
      if (await sameFile(outputs[i], outputs[j]))
        return { kind: "same-output", first: outputs[i], second: outputs[j] };
  return null;
}

/**
 * Writes the whole file beside its target under a temporary name, then renames it over the
 * target: a failed run leaves the old file (or none), never a half-written one.
 */
export async function writeWhole(path: string, content: Uint8Array | string): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString("hex")}.partial`,
  );
  try {
    await writeFile(temporary, content, { flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** That `file` could not be written, and why: the .xlsx writer's reason or the system's error code. */
export function writeFailedText(file: string, error: unknown, lang: Lang): string {
  const reason =
    error instanceof XlsxWriteError
      ? error.reason.code
      : ((error as NodeJS.ErrnoException).code ?? translate(lang, "cli.unexpected"));
  return translate(lang, "memo.cli.writeFailed", { file, reason });
}
