import type { FilePreview } from "../../src/core/import";
import type { ReturnedPackage } from "../../src/core/packages";
import {
  chosenPackages,
  chosenSources,
  defaultIncluded,
  previewRows,
  toggle,
} from "../../src/core/import/selection";

const pkg = (ministry: string): ReturnedPackage => ({
  file: `${ministry}.xlsx`,
  ministry,
  round: "ALKE 2026",
  referenceNumber: "",
  roundHash: "00000000",
  lang: "fi",
  rows: [],
});

describe("returned packages among the previewed files", () => {
  const previews: FilePreview[] = [
    {
      file: "a.xlsx",
      size: 1,
      unusable: null,
      proposals: [
        {
          sheet: "Esitys",
          region: "MK02",
          items: 1,
          akkeCents: 0,
          errors: 0,
          warnings: 0,
          issues: [],
          unusable: null,
          source: null,
        },
      ],
    },
    { file: "TEM.xlsx", size: 1, unusable: null, proposals: [], returnedPackage: pkg("TEM") },
    { file: "LVM.xlsx", size: 1, unusable: null, proposals: [], returnedPackage: pkg("LVM") },
  ];

  it("are rows of their own, ticked at first, never unticking one another or a proposal", () => {
    const rows = previewRows(previews, new Map());
    expect(rows.map((r) => [r.file, r.returnedPackage?.ministry ?? null])).toEqual([
      ["a.xlsx", null],
      ["TEM.xlsx", "TEM"],
      ["LVM.xlsx", "LVM"],
    ]);
    const all = defaultIncluded(rows);
    expect(all.size).toBe(3);
    const offAndOn = toggle(rows, toggle(rows, all, "1", false), "1", true);
    expect([...offAndOn].sort()).toEqual(["0:Esitys", "1", "2"]);
    expect(chosenPackages(rows, offAndOn).map((p) => p.ministry)).toEqual(["TEM", "LVM"]);
    expect(chosenSources(rows, offAndOn)).toEqual([]);
  });
});
