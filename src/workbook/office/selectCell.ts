/** Shows a cell to the user: activates its sheet and selects it, in one sync. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  a1: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(a1).select();
  await context.sync();
}
