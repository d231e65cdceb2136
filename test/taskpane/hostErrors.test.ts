import "../../src/core/i18n/messages/paneImport";
import { hostError, hostErrorNotice, noticeText, sheetList } from "../../src/taskpane/hostErrors";
import { HostFailure, type HostError } from "../../src/workbook/host";

const excelError = Object.assign(new Error("The requested resource doesn't exist."), {
  code: "ItemNotFound",
});

/** What a host throws for a failure it knows (each adapter's translation: its own tests). */
const failure = (reason: HostError): HostFailure => new HostFailure(reason, excelError);

describe("what a failed write means to the user", () => {
  it("takes the host's reason, and words anything else as unexpected with its own words apart", () => {
    expect(
      hostError(failure({ kind: "protected", sheets: ["Esitys MK02"], structure: false })),
    ).toEqual({ kind: "protected", sheets: ["Esitys MK02"], structure: false });
    expect(hostError(failure({ kind: "changed", sheets: ["Yhteenveto"] }))).toEqual({
      kind: "changed",
      sheets: ["Yhteenveto"],
    });
    // An Excel error code the host did not translate is not the pane's to read.
    expect(
      hostError(Object.assign(new Error("edit"), { code: "InvalidOperationInCellEditMode" })),
    ).toEqual({ kind: "unexpected", detail: "edit" });
    expect(hostError(excelError)).toEqual({
      kind: "unexpected",
      detail: "The requested resource doesn't exist.",
    });
    expect(hostError("boom")).toEqual({ kind: "unexpected", detail: "boom" });
  });

  it("names the protected sheets in each language", () => {
    const notice = hostErrorNotice(
      failure({ kind: "protected", sheets: ["Esitys MK02", "Esitys MK03"], structure: false }),
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
    expect(notice.detail).toBeUndefined();
  });

  it("says when the workbook structure is protected, with or without sheets", () => {
    expect(
      noticeText(
        "en",
        hostErrorNotice(failure({ kind: "protected", sheets: [], structure: true })),
      ),
    ).toMatch(
      /^The workbook structure is protected, so no sheet can be added, renamed or removed\. Nothing was written\./,
    );
    expect(
      noticeText(
        "fi",
        hostErrorNotice(failure({ kind: "protected", sheets: ["Yhteenveto"], structure: true })),
      ),
    ).toMatch(
      /^Työkirjan rakenne ja nämä taulukot on suojattu, joten mitään ei kirjoitettu: ”Yhteenveto”\./,
    );
  });

  it("names the sheets that went away, says the others are untouched and that a new run reads again", () => {
    const notice = hostErrorNotice(failure({ kind: "changed", sheets: ["Summary", "All items"] }));
    expect(noticeText("en", notice)).toBe(
      "These sheets were deleted or renamed after the workbook was read: “Summary” and “All items”. Nothing was changed on the other sheets. Try again: the workbook is then read again as it is now.",
    );
    expect(noticeText("sv", notice)).toMatch(
      /Inget ändrades på de andra bladen\. Försök igen: arbetsboken läses då på nytt/,
    );
    expect(noticeText("fi", notice)).toMatch(/Muihin taulukoihin ei tehty muutoksia\./);
  });

  it("asks to finish editing the cell, in each language", () => {
    const notice = hostErrorNotice(failure({ kind: "cellEditMode" }));
    expect(noticeText("fi", notice)).toBe(
      "Excel odottaa, että solun muokkaus päättyy. Paina solussa Enter tai Esc ja yritä sitten uudelleen.",
    );
    expect(noticeText("sv", notice)).toMatch(/^Excel väntar/);
    expect(noticeText("en", notice)).toMatch(/^Excel is waiting for you to finish editing a cell/);
    expect(notice.detail).toBeUndefined();
  });

  it("names the sheet whose used range is too large, and where it ends", () => {
    const notice = hostErrorNotice(
      failure({
        kind: "tooLarge",
        sheet: "Esitys MK02",
        range: "A1:XFD1048576",
        cells: 17_179_869_184,
        limit: 2_000_000,
      }),
    );
    expect(noticeText("en", notice)).toBe(
      "The used range of sheet “Esitys MK02” reaches cell XFD1048576 (17179869184 cells), more than the add-in reads (2000000). Usually a stray value or format far from the data causes it: delete the rows and columns beyond the data (Ctrl+End shows the last cell), save, and try again.",
    );
    expect(noticeText("fi", notice)).toMatch(
      /^Taulukon ”Esitys MK02” käytetty alue ulottuu soluun XFD1048576/,
    );
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
    const led = hostErrorNotice(failure({ kind: "protected", sheets: [], structure: true }), {
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
