/**
 * Opens a new workbook in Excel from an .xlsx file, for the user to save: `Excel.createWorkbook`
 * (ExcelApi 1.8). The desktop Excels open it in a window of its own, Excel on the web in a
 * new tab. False where this Excel lacks the API set, so that the caller offers a download.
 */
export async function createWorkbook(base64: string): Promise<boolean> {
  if (
    !Office.context.requirements.isSetSupported("ExcelApi", "1.8") ||
    typeof Excel.createWorkbook !== "function"
  )
    return false;
  await Excel.createWorkbook(base64);
  return true;
}
