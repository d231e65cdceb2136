/**
 * Stands in for Office.js in the browser tests of taskpane.html: the test serves this bundle
 * at Office.js's address, so the pane starts "in Excel" over the fake Excel of
 * test/fake-excel, with Finnish regional settings on Windows.
 */
import { buildWorkbook, fakeExcel, fakeOffice, FI_FI } from "../fake-excel";

const book = buildWorkbook({
  sheets: [
    {
      name: "Esitys MK02",
      rows: [
        ["Maakunta", "Pohjois-Karjala"],
        ["Summa", 1200],
      ],
    },
    { name: "Muistiinpanot", rows: [["oma teksti"]] },
  ],
});
book.culture = FI_FI;

const page = window as unknown as Record<string, unknown>;
page.Office = fakeOffice(book);
page.Excel = fakeExcel(book);
page.__fakeBook = {
  sheets: () => book.sheets.map((sheet) => sheet.name),
  names: () => book.names.map((name) => name.name),
};
