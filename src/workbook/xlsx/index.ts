/**
 * The .xlsx adapter. The file limits load without ExcelJS; the reader and writer, which
 * need it, load on first use so that ExcelJS stays out of the task pane's first bundle.
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
export type { XlsxReadReason, XlsxWriteReason } from "./errors";
export type { XlsxWriteResult } from "./writeXlsx";

export interface XlsxAdapter {
  readonly readXlsx: typeof import("./readXlsx").readXlsx;
  readonly writeXlsx: typeof import("./writeXlsx").writeXlsx;
}

let loading: Promise<XlsxAdapter> | null = null;

export function loadXlsxAdapter(): Promise<XlsxAdapter> {
  loading ??= Promise.all([import("./readXlsx"), import("./writeXlsx")]).then(
    ([reader, writer]) => ({
      readXlsx: reader.readXlsx,
      writeXlsx: writer.writeXlsx,
    }),
  );
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
