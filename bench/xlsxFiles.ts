/**
 * The .xlsx side: writing and reading the 18 regional files with ExcelJS, and the import of
 * 18 files outside Excel (the browser page's path: file limits, reading, previews, one plan).
 */
import { createBrowserHost } from "../src/workbook/browser";
import type { FileLike } from "../src/workbook/files";
import { applyImport, readImportFiles } from "../src/operations/import";
import { readXlsx } from "../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../src/workbook/xlsx/writeXlsx";
import { xlsxFileReader } from "../src/workbook/xlsx";
import { roundFiles } from "./round";
import { median, peakMemory, type MemoryPeak } from "./stats";

export interface XlsxStep {
  readonly step: string;
  readonly files: number;
  readonly runs: number;
  /** Medians over the runs; the peak is each figure's median. */
  readonly ms: number;
  readonly cpuMs: number;
  readonly peak: MemoryPeak;
  readonly note?: string;
}

const NOW = (): Date => new Date("2026-03-16T09:00:00Z");

function fileLike(name: string, bytes: Uint8Array): FileLike {
  return {
    name,
    size: bytes.length,
    arrayBuffer: () =>
      Promise.resolve(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      ),
  };
}

type Measured = Awaited<ReturnType<typeof peakMemory<unknown>>>;

/** The steps `runs` times over; each figure is the median of the runs. */
export async function xlsxFigures(itemsPerRegion: number, runs: number): Promise<XlsxStep[]> {
  const all: XlsxStep[][] = [];
  for (let i = 0; i < runs; i++) all.push(await xlsxOnce(itemsPerRegion));
  const mid = (pick: (s: XlsxStep) => number, i: number): number =>
    median(all.map((steps) => pick(steps[i])));
  return all[0].map((step, i) => ({
    ...step,
    runs,
    ms: mid((s) => s.ms, i),
    cpuMs: mid((s) => s.cpuMs, i),
    peak: {
      rssMB: mid((s) => s.peak.rssMB, i),
      heapUsedMB: mid((s) => s.peak.heapUsedMB, i),
      rssGrowthMB: mid((s) => s.peak.rssGrowthMB, i),
      heapGrowthMB: mid((s) => s.peak.heapGrowthMB, i),
    },
  }));
}

function figures(m: Measured): Pick<XlsxStep, "runs" | "ms" | "cpuMs" | "peak"> {
  return { runs: 1, ms: m.ms, cpuMs: m.cpuMs, peak: m.peak };
}

async function xlsxOnce(itemsPerRegion: number): Promise<XlsxStep[]> {
  const proposals = roundFiles(itemsPerRegion).filter((f) => f.kind === "proposal");
  const written = await peakMemory(async () => {
    const out: { name: string; bytes: Uint8Array }[] = [];
    for (const file of proposals)
      out.push({ name: file.fileName, bytes: (await writeXlsx(file.plan)).bytes });
    return out;
  });
  const totalBytes = written.result.reduce((sum, f) => sum + f.bytes.length, 0);
  const read = await peakMemory(async () => {
    let sheets = 0;
    for (const file of written.result)
      sheets += (await readXlsx(file.bytes, file.name)).sheets.length;
    return sheets;
  });
  const imported = await peakMemory(async () => {
    const host = createBrowserHost(undefined, NOW);
    const previews = await readImportFiles(
      xlsxFileReader(),
      written.result.map((f) => fileLike(f.name, f.bytes)),
      { now: NOW },
    );
    const sources = previews.flatMap((p) =>
      p.proposals.flatMap((q) => (q.source ? [q.source] : [])),
    );
    const outcome = await applyImport(host, sources, { lang: "fi", now: NOW });
    return outcome.imported.length;
  });
  return [
    {
      step: "write 18 regional files (writeXlsx)",
      files: proposals.length,
      ...figures(written),
      note: `${(totalBytes / 1024).toFixed(0)} KiB in all`,
    },
    {
      step: "read 18 regional files (readXlsx)",
      files: written.result.length,
      ...figures(read),
    },
    {
      step: "import 18 files outside Excel (browser host)",
      files: written.result.length,
      ...figures(imported),
      note: `${imported.result} proposals imported; limits, SHA-256, readXlsx, previews, one plan`,
    },
  ];
}
