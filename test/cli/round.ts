import ExcelJS from "exceljs";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { ELIGIBLE_REGION_CODES } from "../../src/core/vocabulary";
import { buildProposal, type Raw } from "../core/recognise/sheetBuilder";
import { regionName, roundSheet, type AllocationLine } from "../core/rules/round/build";

/** A clean proposal: every item complete, funded, AKKE at most 80 % of each item. */
export function cleanProposal(
  region: string,
  akkePerItem = 80_000,
  name = "Esitys",
): SheetSnapshot {
  const item = (itemId: string, theme: string, level: string): Partial<Record<string, Raw>> => ({
    itemId,
    theme,
    objective: "Parempi saavutettavuus",
    nationalMeasure: "Rahoitus",
    level,
    leadMinistry: "LVM",
    indicator: "Matka-aika",
    baseline: 60,
    target: 45,
    targetYear: 2028,
    discussionStatus: "Ehdotettu",
  });
  return buildProposal({
    region,
    name,
    items: [
      item("1.1", "Saavutettavuus", "Alueellinen"),
      item("1.2", "Digitalisaatio", "Alueellinen"),
    ],
    funding: {
      years: [2026, 2027, 2028],
      rows: ["1.1", "1.2"].flatMap((id) => [
        {
          itemId: id,
          source: "AKKE (sopimuksellinen yhteistyö)",
          amounts: [akkePerItem / 2, akkePerItem / 2, 0],
          total: akkePerItem,
        },
        {
          itemId: id,
          source: "Maakunnan liitto",
          amounts: [akkePerItem / 4, 0, 0],
          total: akkePerItem / 4,
        },
      ]),
    },
  }).sheet;
}

/** Settings where `funded` regions get 160 000 € each and the others nothing; the envelope matches. */
export function cleanSettings(funded: readonly string[]): SheetSnapshot {
  const allocation: AllocationLine[] = ELIGIBLE_REGION_CODES.map((code) => ({
    region: regionName(code, "fi"),
    allocation: funded.includes(code) ? 160_000 : 0,
  }));
  return roundSheet({ fields: { akkeEnvelope: 160_000 * funded.length }, allocation }).sheet;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Writes snapshot sheets into an .xlsx with ExcelJS, cell by cell, as a user's file would hold them. */
export async function xlsxOf(sheets: readonly SheetSnapshot[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const target = ws.getCell(r + 1, c + 1);
        switch (cell.kind) {
          case "text":
            target.value = cell.text;
            break;
          case "number":
            target.value = cell.value;
            break;
          case "boolean":
            target.value = cell.value;
            break;
          case "date":
            target.value = new Date(EXCEL_EPOCH + cell.serial * MS_PER_DAY);
            target.numFmt = "d.m.yyyy";
            break;
          case "error":
            target.value = { error: cell.code as ExcelJS.CellErrorValue["error"] };
            break;
          default:
            break;
        }
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
