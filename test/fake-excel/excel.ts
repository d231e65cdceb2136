import { FakeContextCore } from "./context";
import { invalidArgument } from "./errors";
import type { FakeWorkbook } from "./model";
import { FakeRequestContext } from "./proxies";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The parts of `Excel.RunOptions` the fake honours. */
interface FakeRunOptions {
  readonly delayForCellEdit?: boolean;
}

/**
 * `Excel.run` over a fake workbook, with its overloads: `run(batch)`, `run(options, batch)`
 * and `run(context, batch)` (an existing context, as event handlers are removed in). Each new
 * run gets a fresh context; `{ delayForCellEdit: true }` makes its syncs wait while the user
 * edits a cell instead of failing with `InvalidOperationInCellEditMode`.
 */
export function fakeExcelRun(book: FakeWorkbook) {
  function run<T>(
    first: Batch<T> | FakeRunOptions | OfficeExtension.ClientRequestContext,
    second?: Batch<T>,
  ): Promise<T> {
    if (typeof first === "function") {
      const core = new FakeContextCore(book);
      return first(new FakeRequestContext(core) as unknown as Excel.RequestContext);
    }
    if (second === undefined) return Promise.reject(new Error("Excel.run needs a batch"));
    if (first instanceof FakeRequestContext)
      return second(first as unknown as Excel.RequestContext);
    const options = first as FakeRunOptions;
    const core = new FakeContextCore(book, options.delayForCellEdit === true);
    return second(new FakeRequestContext(core) as unknown as Excel.RequestContext);
  }
  return run;
}

/**
 * Installs a global `Excel` (and a minimal `Office`) over `book`, as Office.js would, for
 * code that calls `Excel.run` itself; returns the function that removes them again.
 */
export function installFakeExcel(book: FakeWorkbook): () => void {
  const global = globalThis as Record<string, unknown>;
  const before = { Excel: global.Excel, Office: global.Office };
  global.Excel = fakeExcel(book);
  global.Office = fakeOffice(book);
  return () => {
    global.Excel = before.Excel;
    global.Office = before.Office;
  };
}

/**
 * The global `Excel` over `book`: `run`, and `createWorkbook` (ExcelApi 1.8), which records
 * each workbook it opens in `book.createdWorkbooks`. Like Excel, it refuses what is not a
 * base64 .xlsx (a zip package: `PK\x03\x04`, `UEsDB` in base64) and is missing where the
 * claimed requirement set is older.
 */
export function fakeExcel(book: FakeWorkbook) {
  const createWorkbook = (base64?: string): Promise<void> => {
    if (base64 !== undefined && !base64.startsWith("UEsDB"))
      return Promise.reject(invalidArgument("base64File"));
    book.createdWorkbooks.push(base64 ?? "");
    return Promise.resolve();
  };
  return {
    run: fakeExcelRun(book),
    ...(supportsExcelApi(book, "1.8") ? { createWorkbook } : {}),
  };
}

/** Whether `book`'s Excel claims the ExcelApi set `version` (1.8 is older than 1.17). */
function supportsExcelApi(book: FakeWorkbook, version: string): boolean {
  const minor = (v: string): number => Number(v.split(".")[1] ?? "0");
  return minor(version) <= minor(book.excelApi);
}

/** What the add-in reads of `Office`: the host, its platform and version, the languages. */
export function fakeOffice(book: FakeWorkbook, displayLanguage = book.culture.name) {
  const info = { host: "Excel", platform: book.platform };
  return {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    onReady: () => Promise.resolve(info),
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      diagnostics: { host: "Excel", platform: book.platform, version: "16.0.fake" },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && supportsExcelApi(book, version ?? "1.1"),
      },
    },
  };
}
