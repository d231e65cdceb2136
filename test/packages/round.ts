import { consolidate } from "../../src/core/consolidate";
import type { Consolidation } from "../../src/core/consolidate";
import { parseA1 } from "../../src/core/model/address";
import type { CellValue } from "../../src/core/model/cell";
import type { WritePlan } from "../../src/core/model/plan";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import {
  validateRound,
  type RoundFile,
  type RoundValidation,
} from "../../src/core/rules/validateRound";
import { sampleRoundFiles } from "../../src/core/templates";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";

/** A plan written to .xlsx and read back, as a returned file would be. */
export async function roundTrip(plan: WritePlan, file: string): Promise<WorkbookSnapshot> {
  const { bytes } = await writeXlsx(plan);
  return readXlsx(bytes, file);
}

let cached: Promise<RoundFile[]> | null = null;

/** The demo round of `npm run sample`: settings first, then the proposals. */
export function sampleRound(): Promise<RoundFile[]> {
  cached ??= Promise.all(
    sampleRoundFiles().map(async (f) => ({
      file: f.fileName,
      snapshot: await roundTrip(f.plan, f.fileName),
    })),
  );
  return cached;
}

export interface Round {
  readonly validation: RoundValidation;
  readonly consolidation: Consolidation;
}

export function roundOf(files: readonly RoundFile[]): Round {
  const validation = validateRound(files);
  return {
    validation,
    consolidation: consolidate(
      validation.proposals,
      validation.settings,
      validation.issues,
      validation.files,
    ),
  };
}

/** The snapshot with one cell set, as a ministry fills it in. */
export function withCell(
  snapshot: WorkbookSnapshot,
  sheet: string,
  a1: string,
  value: CellValue,
): WorkbookSnapshot {
  const at = parseA1(a1);
  if (!at) throw new Error(a1);
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const cells = s.cells.map((row) => [...row]);
      while (cells.length <= at.row) cells.push([]);
      const row = cells[at.row];
      while (row.length < at.col) row.push({ kind: "empty" });
      row[at.col] = value;
      return { ...s, cells };
    }),
  };
}

/** Zero-based column of a header in a sheet's first row. */
export function columnOf(snapshot: WorkbookSnapshot, sheet: string, header: string): number {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  const col = s?.cells[0]?.findIndex((c) => c.kind === "text" && c.text === header) ?? -1;
  if (col < 0) throw new Error(`${sheet}: no column ${header}`);
  return col;
}
