import { hostError, hostErrorNotice, noticeText } from "../../src/taskpane/hostErrors";
import { SheetTooLargeError } from "../../src/workbook/office/errors";
import { buildWorkbook, fakeContext } from "../fake-excel";
import { readWorkbook } from "../../src/workbook/office";

describe("what Excel's own refusals mean to the user", () => {
  it("asks to finish editing the cell when Excel is in cell-edit mode, in each language", async () => {
    const book = buildWorkbook({ sheets: [{ name: "A" }] });
    const { context } = fakeContext(book);
    book.startCellEdit();
    const error = await readWorkbook(context).catch((e: unknown) => e);
    expect(hostError(error)).toEqual({ kind: "cellEditMode" });
    const notice = hostErrorNotice(error);
    expect(noticeText("fi", notice)).toBe(
      "Excel odottaa, että solun muokkaus päättyy. Paina solussa Enter tai Esc ja yritä sitten uudelleen.",
    );
    expect(noticeText("sv", notice)).toMatch(/^Excel väntar/);
    expect(noticeText("en", notice)).toMatch(/^Excel is waiting for you to finish editing a cell/);
    expect(notice.detail).toBeUndefined();
  });

  it("names the sheet whose used range is too large, and where it ends", () => {
    const notice = hostErrorNotice(
      new SheetTooLargeError("Esitys MK02", "A1:XFD1048576", 17_179_869_184, 2_000_000),
    );
    expect(noticeText("en", notice)).toBe(
      "The used range of sheet “Esitys MK02” reaches cell XFD1048576 (17179869184 cells), more than the add-in reads (2000000). Usually a stray value or format far from the data causes it: delete the rows and columns beyond the data (Ctrl+End shows the last cell), save, and try again.",
    );
    expect(noticeText("fi", notice)).toMatch(
      /^Taulukon ”Esitys MK02” käytetty alue ulottuu soluun XFD1048576/,
    );
  });
});
