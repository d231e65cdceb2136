/** Two files for one region: reported, naming both files, and the region counted once. */
import { cleanProposal, xlsxOf } from "../cli/round";
import { cliJson, tempDir, writeFile } from "./cli";

jest.setTimeout(60_000);

const files = tempDir("ra-hostile-dup-");
afterAll(() => files.remove());

describe("two files for one region", () => {
  it("HDR-DUPLICATE-REGION names both files, and consolidation counts the region once", async () => {
    const first = writeFile(
      files.path("lappi.xlsx"),
      await xlsxOf([cleanProposal("Lappi", 80_000)]),
    );
    const second = writeFile(
      files.path("lappi-korjattu.xlsx"),
      await xlsxOf([cleanProposal("Lappland", 40_000, "Förslag")]),
    );
    const other = writeFile(files.path("kainuu.xlsx"), await xlsxOf([cleanProposal("Kainuu")]));

    const { code, report } = await cliJson(["validate", first, second, other, "--lang", "en"]);
    expect(code).toBe(1);
    const dup = report.issues.filter((i) => i.rule === "HDR-DUPLICATE-REGION");
    expect(dup.map((i) => [i.file, i.sheet, i.cell, i.severity])).toEqual([
      [second, "Förslag", "B1", "error"],
    ]);
    // The one issue tells the user of both files: where it is and the file it repeats.
    expect(dup[0].message).toContain(first);
    expect(report.issues.filter((i) => i.file === other)).toEqual([]);

    const { report: summary } = await cliJson([
      "consolidate",
      first,
      second,
      other,
      "--out",
      files.path("summary.xlsx"),
    ]);
    const lapland = summary.regions?.filter((r) => r.region === "MK19") ?? [];
    expect(lapland).toHaveLength(1);
    // The first file is counted: 2 items × 80 000 € of AKKE, not the second's 40 000 € added.
    expect(lapland[0].akke).toBe(160_000);
    expect(summary.regions?.map((r) => r.region).sort()).toEqual(["MK18", "MK19"]);
    expect(summary.totals?.akke).toBe(2 * 160_000);
  });
});
