import {
  excelRun,
  runSelfCheck,
  SELF_CHECKS,
  selfCheckReportText,
} from "../../../src/workbook/office/selfCheckEntry";
import {
  buildWorkbook,
  dumpWorkbook,
  FI_FI,
  installFakeExcel,
  type FakeWorkbook,
} from "../../fake-excel";

function userBook(): FakeWorkbook {
  return buildWorkbook({
    sheets: [
      {
        name: "Esitys MK02",
        rows: [
          ["Maakunta", "Pohjois-Karjala"],
          ["Summa", 1200],
        ],
        conditionalFormats: [{ ranges: ["B2"], formula: "=B2>1000", fill: "#00FF00" }],
      },
      { name: "Muistiinpanot", rows: [["oma"]] },
    ],
  });
}

describe("the self-check against the fake Excel", () => {
  it.each([
    ["en-US on Windows", (b: FakeWorkbook) => b],
    [
      "fi-FI on Windows",
      (b: FakeWorkbook) => {
        b.culture = FI_FI;
        return b;
      },
    ],
    [
      "fi-FI on the web",
      (b: FakeWorkbook) => {
        b.culture = FI_FI;
        b.platform = "OfficeOnline";
        return b;
      },
    ],
  ])(
    "passes every check in %s and leaves the workbook as it was",
    async (_, setUp) => {
      const book = setUp(userBook());
      const before = dumpWorkbook(book);
      const names = book.names.length;
      const uninstall = installFakeExcel(book);
      try {
        const progress: number[] = [];
        const started = Date.now();
        const report = await runSelfCheck(excelRun, {
          eventWaitMs: 500,
          onProgress: (done) => progress.push(done),
        });
        expect(Date.now() - started).toBeLessThan(60_000);
        expect(report.results.filter((r) => !r.passed)).toEqual([]);
        expect(report.results.map((r) => r.id)).toEqual(SELF_CHECKS.map((c) => c.id));
        expect(progress).toEqual(SELF_CHECKS.map((_, i) => i + 1));
        expect(dumpWorkbook(book)).toEqual(before);
        expect(book.names).toHaveLength(names);
        expect(report.environment).toMatchObject({ host: "Excel", culture: book.culture.name });
        const text = selfCheckReportText(report);
        for (const { id } of SELF_CHECKS) expect(text).toContain(`PASS ${id}:`);
        expect(text).toContain(`platform: ${book.platform}`);
      } finally {
        uninstall();
      }
    },
    60_000,
  );

  it("reports a failing check and still deletes the scratch sheet", async () => {
    const book = userBook();
    const uninstall = installFakeExcel(book);
    try {
      // An Excel that delivers no change events.
      const silent = book.fireChange.bind(book);
      book.fireChange = () => Promise.resolve();
      const report = await runSelfCheck(excelRun, { eventWaitMs: 100 });
      book.fireChange = silent;
      expect(report.results.filter((r) => !r.passed).map((r) => r.id)).toEqual(["events"]);
      expect(selfCheckReportText(report)).toMatch(
        /FAIL events: .*\n {5}no onChanged event within 100 ms/,
      );
      expect(book.sheets.map((s) => s.name)).toEqual(["Esitys MK02", "Muistiinpanot"]);
    } finally {
      uninstall();
    }
  }, 60_000);
});
