/**
 * One file read in a process of its own, for `bench/intake.ts`: the process's true peak
 * resident memory (`maxRSS`) is then the reader's, and a synchronous parse cannot hide its
 * peak between timer samples. Prints one line of JSON.
 *
 * Usage: node --import tsx bench/intakeChild.ts <reader|exceljs> <file> [limits JSON]
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import type { FileLimits } from "../src/workbook/xlsx/fileLimits";
import { XlsxReadError } from "../src/workbook/xlsx/errors";
import { nodeInflater } from "../src/workbook/xlsx/nodeInflater";
import { readXlsx } from "../src/workbook/xlsx/readXlsx";
import { collectGarbage } from "./stats";

export interface ChildFigures {
  readonly outcome: string;
  readonly ms: number;
  /** Peak resident memory of the whole process (Node and tsx included). */
  readonly maxRssMB: number;
  /** Resident memory before the read: what Node and the loaded modules take. */
  readonly baseRssMB: number;
  /** Heap the result keeps alive after a full collection. */
  readonly retainedHeapMB: number;
  /** Non-empty cells in the result. */
  readonly cells: number;
}

const MB = 1024 * 1024;

/** What the reader before this one did: ExcelJS loads the file, then every cell is walked. */
async function readWithExcelJS(
  bytes: Uint8Array,
): Promise<{ workbook: ExcelJS.Workbook; cells: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  let cells = 0;
  for (const sheet of workbook.worksheets)
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, () => {
        cells++;
      }),
    );
  return { workbook, cells };
}

async function main(): Promise<void> {
  const [mode, file, limitsJson] = process.argv.slice(2);
  const bytes = new Uint8Array(readFileSync(file));
  const limits = limitsJson ? (JSON.parse(limitsJson) as Partial<FileLimits>) : undefined;
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const baseRss = process.memoryUsage().rss;
  const start = performance.now();
  let kept: unknown = null;
  let outcome = "read";
  let cells = 0;
  try {
    if (mode === "exceljs") {
      const read = await readWithExcelJS(bytes);
      kept = read.workbook;
      cells = read.cells;
    } else {
      const snapshot = await readXlsx(bytes, basename(file), { inflate: nodeInflater, limits });
      kept = snapshot;
      for (const sheet of snapshot.sheets)
        for (const row of sheet.cells) for (const cell of row) if (cell.kind !== "empty") cells++;
    }
  } catch (error) {
    outcome =
      error instanceof XlsxReadError ? `refused: ${error.reason.code}` : `CRASH: ${String(error)}`;
  }
  const ms = performance.now() - start;
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  const figures: ChildFigures = {
    outcome,
    ms: Math.round(ms),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    baseRssMB: Math.round(baseRss / MB),
    retainedHeapMB: Math.round((retained / MB) * 10) / 10,
    cells,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  void kept;
}

void main();
