/**
 * The .xlsx adapter. The file limits load at once; the reader (the project's own, no
 * ExcelJS) and the writer (ExcelJS) load on first use, each in its own chunk, so that
 * neither is in the task pane's first bundle and reading never loads ExcelJS.
 */
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
