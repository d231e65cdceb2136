/**
 * The .xlsx adapter. The file limits load at once; the reader (the project's own, no
 * ExcelJS) and the writer (ExcelJS) load on first use, each in its own chunk, so that
 * neither is in the task pane's first bundle and reading never loads ExcelJS.
 */
import type { XlsxFileRead, XlsxFileReader, XlsxFileWriter } from "../files";
import { XlsxReadError } from "./errors";
import { checkFileLimits, type FileLimitOptions } from "./fileLimits";

export { checkFileLimits, FILE_LIMITS } from "./fileLimits";
export type {
  FileLimitCode,
  FileLimitOptions,
  FileLimitReason,
  FileLimitResult,
  FileLimits,
} from "./fileLimits";
export type { Inflater } from "./inflate";
export { XlsxReadError, XlsxWriteError, MAX_CELL_TEXT } from "./errors";
export type { XlsxReadCode, XlsxReadReason, XlsxWriteReason } from "./errors";
export type { XlsxWriteResult } from "./writeXlsx";

export interface XlsxAdapter {
  readonly readXlsx: typeof import("./readXlsx").readXlsx;
  readonly writeXlsx: typeof import("./writeXlsx").writeXlsx;
}

let reading: Promise<typeof import("./readXlsx").readXlsx> | null = null;
let loading: Promise<XlsxAdapter> | null = null;

/** The reader alone, without ExcelJS. */
export function loadXlsxReader(): Promise<typeof import("./readXlsx").readXlsx> {
  reading ??= import("./readXlsx").then((reader) => reader.readXlsx);
  reading.catch(() => {
    reading = null;
  });
  return reading;
}

export function loadXlsxAdapter(): Promise<XlsxAdapter> {
  loading ??= Promise.all([loadXlsxReader(), import("./writeXlsx")]).then(([readXlsx, writer]) => ({
    readXlsx,
    writeXlsx: writer.writeXlsx,
  }));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The file-reading port over this adapter: the limits first, then the bounded reader. */
export function xlsxFileReader(options: FileLimitOptions = {}): XlsxFileReader {
  return async (file): Promise<XlsxFileRead> => {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return { ok: false, size: file.size ?? 0, code: "parse-failed" };
    }
    try {
      const limits = await checkFileLimits(bytes, file.name, options);
      if (!limits.ok) return { ok: false, size: bytes.length, code: limits.reason.code };
      const readXlsx = await loadXlsxReader();
      return { ok: true, bytes, snapshot: await readXlsx(bytes, file.name, options) };
    } catch (error) {
      const code = error instanceof XlsxReadError ? error.reason.code : "parse-failed";
      return { ok: false, size: bytes.length, code };
    }
  };
}

/** The file-writing port over this adapter: a new workbook from a write plan. */
export function xlsxFileWriter(): XlsxFileWriter {
  return async (plan) => (await loadXlsxAdapter()).writeXlsx(plan).then((written) => written.bytes);
}
