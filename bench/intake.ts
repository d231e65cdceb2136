/**
 * The reader against the limits of docs/intake.md: the worst hostile files (time and peak
 * memory, each read in a process of its own, against 1 GB and 20 s), heap per cell of
 * ExcelJS and of the project's reader on the same file, and the 18-file round read both ways.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { readXlsx } from "../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../src/workbook/xlsx/writeXlsx";
import { rawPackage } from "../test/workbook/xlsx/rawPackage";
import { HOSTILE_CASES, numericRows, type HostileCase } from "../test/hostile/intake/corpus";
import type { ChildFigures } from "./intakeChild";
import { roundFiles } from "./round";
import { median, round } from "./stats";

export const PROCESS_LIMIT_MB = 1024;
export const TIME_LIMIT_MS = 20_000;

export interface HostileFigures extends ChildFigures {
  readonly name: string;
  readonly what: string;
  readonly fileKB: number;
  readonly withinLimits: boolean;
}

export interface HeapPerCell {
  readonly cells: number;
  readonly fileKB: number;
  readonly exceljs: ChildFigures & { readonly bytesPerCell: number };
  readonly reader: ChildFigures & { readonly bytesPerCell: number };
}

export interface RoundRead {
  readonly files: number;
  readonly runs: number;
  readonly excelJsMs: number;
  readonly readerMs: number;
}

function child(mode: "reader" | "exceljs", path: string, limits?: object): ChildFigures {
  const args = [
    "--import",
    "tsx",
    "--max-old-space-size=4096",
    join(__dirname, "intakeChild.ts"),
    mode,
    path,
  ];
  if (limits) args.push(JSON.stringify(limits));
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1024 * 1024 });
  const line = run.stdout.trim().split("\n").pop() ?? "";
  if (run.status !== 0 || !line.startsWith("{"))
    return {
      outcome: `CRASH: exit ${run.status} ${run.stderr.slice(0, 200)}`,
      ms: NaN,
      maxRssMB: NaN,
      baseRssMB: NaN,
      retainedHeapMB: NaN,
      cells: 0,
    };
  return JSON.parse(line) as ChildFigures;
}

export function hostileFigures(): HostileFigures[] {
  const dir = mkdtempSync(join(tmpdir(), "ra-bench-intake-"));
  try {
    const worst = [
      ...HOSTILE_CASES.filter((c) => c.heavy || c.name === "entry-larger-than-declared"),
      ...LARGEST_ACCEPTED,
    ];
    return worst.map((hostile) => {
      const bytes = hostile.bytes();
      const path = join(dir, `${hostile.name}.xlsx`);
      writeFileSync(path, bytes);
      const figures = child("reader", path, hostile.limits);
      return {
        name: hostile.name,
        what: hostile.what,
        fileKB: round(bytes.length / 1024),
        ...figures,
        withinLimits: figures.maxRssMB < PROCESS_LIMIT_MB && figures.ms < TIME_LIMIT_MS,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The largest files the limits accept: what a legitimate read may cost at most. */
const LARGEST_ACCEPTED: readonly HostileCase[] = [
  {
    name: "two-sheets-at-file-limit",
    what: "2 sheets of 1 000 000 numeric cells: the file's cell limit, accepted",
    bytes: () =>
      rawPackage(
        ["A", "B"].map((name) => ({
          name,
          body: `<sheetData>${numericRows(100_000, 10)}</sheetData>`,
        })),
      ),
    outcome: { kind: "read", check: () => undefined },
  },
  {
    name: "largest-part",
    what: "one sheet part of 190 MB (filler elements at about 15:1), under the 200 MB limit",
    bytes: () => {
      const filler: string[] = [];
      let seed = 7;
      for (let size = 0; size < 190 * 1024 * 1024;) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const element = `<x a="${seed % 100}"/>`;
        filler.push(element);
        size += element.length;
      }
      return rawPackage([
        {
          name: "A",
          body: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><extLst>${filler.join("")}</extLst>`,
        },
      ]);
    },
    outcome: { kind: "read", check: () => undefined },
  },
];

/** A sheet of `rows` × 10 cells as ExcelJS writes it: half text (shared strings), half numbers. */
async function gridFile(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  for (let r = 1; r <= rows; r++) {
    const values: (string | number)[] = [];
    for (let c = 0; c < 10; c++)
      values.push(c % 2 === 0 ? `teksti ${(r * 7 + c) % 5000}` : r * 10 + c + 0.5);
    sheet.addRow(values);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function heapPerCell(rows: number): Promise<HeapPerCell> {
  const dir = mkdtempSync(join(tmpdir(), "ra-bench-heap-"));
  try {
    const bytes = await gridFile(rows);
    const path = join(dir, "grid.xlsx");
    writeFileSync(path, bytes);
    const perCell = (f: ChildFigures) => ({
      ...f,
      bytesPerCell: f.cells > 0 ? Math.round((f.retainedHeapMB * 1024 * 1024) / f.cells) : NaN,
    });
    return {
      cells: rows * 10,
      fileKB: round(bytes.length / 1024),
      exceljs: perCell(child("exceljs", path)),
      reader: perCell(child("reader", path)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The 18 proposal files of 18 × `itemsPerRegion` read one after another, both ways. */
export async function roundRead(itemsPerRegion: number, runs: number): Promise<RoundRead> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const file of roundFiles(itemsPerRegion).filter((f) => f.kind === "proposal"))
    files.push({ name: file.fileName, bytes: (await writeXlsx(file.plan)).bytes });
  const time = async (
    read: (bytes: Uint8Array, name: string) => Promise<unknown>,
  ): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      for (const file of files) await read(file.bytes, file.name);
      if (i > 0) times.push(performance.now() - start);
    }
    return round(median(times));
  };
  const excelJsMs = await time(async (bytes) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    for (const sheet of workbook.worksheets)
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, () => undefined),
      );
  });
  const readerMs = await time((bytes, name) => readXlsx(bytes, name));
  return { files: files.length, runs, excelJsMs, readerMs };
}
