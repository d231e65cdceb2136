import ExcelJS from "exceljs";

/** A one-sheet .xlsx written by ExcelJS: the baseline the limit tests break in one way each. */
export async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Esitys");
  sheet.getCell("A1").value = "Teema";
  sheet.getCell("B2").value = 12;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
