/**
 * Import (docs/design.md § 2 item 5): read each chosen .xlsx through the file-reading port,
 * recognise and validate it into a preview; later, on the user's word, write all
 * chosen proposals as one plan. Works on any `WorkbookHost`: Excel or the in-browser one.
 */
import {
  buildImportPlan,
  previewFile,
  unusableFile,
  type FilePreview,
  type ImportedSheet,
  type ImportSource,
} from "../core/import";
import type { Lang } from "../core/model/lang";
import { positionsPlan, type PositionsInWorkbook } from "../core/packages/workbook";
import type { ReturnedPackage } from "../core/packages/read";
import type { FileLike, XlsxFileReader } from "../workbook/files";
import type { WorkbookHost } from "../workbook/host";

export interface ReadImportOptions {
  /** Called after each file: `done` of `total`. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops before the next file; what was read so far is returned. */
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
}

/** Hex SHA-256 of the bytes, through Web Crypto (also in Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** One file's preview; never throws: a bad file is a preview that says why. */
export async function readImportFile(
  readFile: XlsxFileReader,
  file: FileLike,
  options: ReadImportOptions = {},
): Promise<FilePreview> {
  const now = options.now ?? (() => new Date());
  const read = await readFile(file);
  if (!read.ok) return unusableFile(file.name, read.size, read.code);
  try {
    const sha256 = await sha256Hex(read.bytes);
    return previewFile(
      { file: file.name, size: read.bytes.length, sha256, time: now().toISOString() },
      read.snapshot,
    );
  } catch {
    return unusableFile(file.name, read.bytes.length, "parse-failed");
  }
}

/** Previews of `files`, one after another so that progress means something. */
export async function readImportFiles(
  readFile: XlsxFileReader,
  files: readonly FileLike[],
  options: ReadImportOptions = {},
): Promise<FilePreview[]> {
  const previews: FilePreview[] = [];
  for (const file of files) {
    if (options.signal?.aborted) break;
    previews.push(await readImportFile(readFile, file, options));
    options.onProgress?.(previews.length, files.length);
  }
  return previews;
}

export interface ImportOutcome {
  readonly imported: readonly ImportedSheet[];
  readonly logSheet: string;
}

/** Writes `sources` into the host's workbook as one plan. */
export async function applyImport(
  host: WorkbookHost,
  sources: readonly ImportSource[],
  options: { readonly lang: Lang; readonly now?: () => Date },
): Promise<ImportOutcome> {
  const now = (options.now ?? (() => new Date()))();
  const basis = await host.read();
  const { plan, imported, logSheet } = buildImportPlan(basis, sources, {
    lang: options.lang,
    time: now.toISOString(),
    today: now.toISOString().slice(0, 10),
    fallbackYear: now.getFullYear(),
  });
  if (imported.length > 0) await host.apply(plan, basis);
  return { imported, logSheet };
}

/**
 * Merges returned ministry packages into the host's workbook as one plan: each lead
 * ministry's position and follow-up decision written into its item's cells
 * (docs/packages.md). Nothing is written when no cell changes.
 */
export async function applyPositions(
  host: WorkbookHost,
  packages: readonly ReturnedPackage[],
  options: { readonly lang: Lang },
): Promise<PositionsInWorkbook> {
  const basis = await host.read();
  const result = positionsPlan(basis, packages, options.lang);
  if (result.cells > 0) await host.apply(result.plan, basis);
  return result;
}
