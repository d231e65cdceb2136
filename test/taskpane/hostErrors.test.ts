import "../../src/core/i18n/messages/paneImport";
import { ApplyPlanError } from "../../src/core/model/applyPlan";
import { hostError, hostErrorNotice, noticeText, sheetList } from "../../src/taskpane/hostErrors";
import { WorkbookChangedError, WorkbookProtectedError } from "../../src/workbook/office/errors";

const excelError = Object.assign(new Error("The requested resource doesn't exist."), {
  code: "ItemNotFound",
});

describe("what a failed write means to the user", () => {
  it("tells protection, sheets gone since the read and anything else apart", () => {
    expect(hostError(new WorkbookProtectedError(["Esitys MK02"], false))).toEqual({
      kind: "protected",
      sheets: ["Esitys MK02"],
      structure: false,
    });
    expect(hostError(new WorkbookChangedError(["Yhteenveto"], excelError))).toEqual({
      kind: "changed",
      sheets: ["Yhteenveto"],
    });
    // The in-browser workbook refuses a plan for a sheet that is gone the same way.
    expect(hostError(new ApplyPlanError({ code: "missing-sheet", sheet: "Esitys MK12" }))).toEqual({
      kind: "changed",
      sheets: ["Esitys MK12"],
    });
    expect(hostError(excelError)).toEqual({
      kind: "unexpected",
      detail: "The requested resource doesn't exist.",
    });
    expect(hostError("boom")).toEqual({ kind: "unexpected", detail: "boom" });
  });

  it("names the protected sheets in each language", () => {
    const notice = hostErrorNotice(
      new WorkbookProtectedError(["Esitys MK02", "Esitys MK03"], false),
    );
    expect(noticeText("fi", notice)).toBe(
      "Nämä taulukot on suojattu, joten mitään ei kirjoitettu: ”Esitys MK02” ja ”Esitys MK03”. Poista suojaus (Tarkista › Poista taulukon suojaus) ja yritä uudelleen.",
    );
    expect(noticeText("sv", notice)).toMatch(
      /^De här bladen är skyddade, så inget skrevs: ”Esitys MK02” och ”Esitys MK03”\./,
    );
    expect(noticeText("en", notice)).toMatch(
      /^These sheets are protected, so nothing was written: “Esitys MK02” and “Esitys MK03”\./,
    );
  });

  it("says when the workbook structure is protected, with or without sheets", () => {
    expect(noticeText("en", hostErrorNotice(new WorkbookProtectedError([], true)))).toMatch(
      /^The workbook structure is protected, so no sheet can be added, renamed or removed\. Nothing was written\./,
    );
    expect(
      noticeText("fi", hostErrorNotice(new WorkbookProtectedError(["Yhteenveto"], true))),
    ).toMatch(
      /^Työkirjan rakenne ja nämä taulukot on suojattu, joten mitään ei kirjoitettu: ”Yhteenveto”\./,
    );
  });

  it("names the sheets that went away, says the others are untouched and that a new run reads again", () => {
    const notice = hostErrorNotice(new WorkbookChangedError(["Summary", "All items"], excelError));
    expect(noticeText("en", notice)).toBe(
      "These sheets were deleted or renamed after the workbook was read: “Summary” and “All items”. Nothing was changed on the other sheets. Try again: the workbook is then read again as it is now.",
    );
    expect(noticeText("sv", notice)).toMatch(
      /Inget ändrades på de andra bladen\. Försök igen: arbetsboken läses då på nytt/,
    );
    expect(noticeText("fi", notice)).toMatch(/Muihin taulukoihin ei tehty muutoksia\./);
  });

  it("keeps the technical detail of an unexpected error apart from the words in the UI language", () => {
    const notice = hostErrorNotice(excelError);
    expect(noticeText("fi", notice)).toBe(
      "Toiminto keskeytyi odottamattomaan virheeseen. Tarkista työkirja ja yritä uudelleen.",
    );
    expect(noticeText("sv", notice)).not.toMatch(/resource/);
    expect(notice.detail).toBe("The requested resource doesn't exist.");
  });

  it("lets a section say what failed first, and use its own words for an unexpected error", () => {
    const imported = hostErrorNotice(excelError, { unexpected: "paneImport.failed" });
    expect(noticeText("en", imported)).toBe("The import failed and nothing was written.");
    expect(imported.detail).toBe("The requested resource doesn't exist.");
    const led = hostErrorNotice(new WorkbookProtectedError([], true), {
      lead: "paneImport.failed",
    });
    expect(noticeText("en", led)).toMatch(
      /^The import failed and nothing was written\. The workbook structure is protected/,
    );
  });

  it("lists one sheet without a conjunction and quotes names as each language does", () => {
    expect(sheetList(["Esitys MK02"], "fi")).toBe("”Esitys MK02”");
    expect(sheetList(["A", "B", "C"], "en")).toBe("“A”, “B”, and “C”");
    expect(sheetList(["A", "B", "C"], "sv")).toBe("”A”, ”B” och ”C”");
  });
});
