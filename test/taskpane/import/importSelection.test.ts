import type { FilePreview, ProposalPreview } from "../../../src/core/import";
import {
  chosenSources,
  defaultIncluded,
  previewRows,
  toggle,
} from "../../../src/taskpane/sections/import/importSelection";

const proposal = (sheet: string, region: string | null): ProposalPreview => ({
  sheet,
  region,
  items: 1,
  akkeCents: 0,
  errors: 0,
  warnings: 0,
  issues: [],
  unusable: region === null ? "no-region" : null,
  source: null,
});
const file = (name: string, ...proposals: ProposalPreview[]): FilePreview => ({
  file: name,
  size: 1,
  unusable: null,
  proposals,
});

describe("which previewed proposals are imported", () => {
  const previews: FilePreview[] = [
    file("a.xlsx", proposal("Esitys", "MK02")),
    { file: "bad.xlsx", size: 1, unusable: "not-zip", proposals: [] },
    file("b.xlsx", proposal("Esitys", "MK02")),
    file("c.xlsx", proposal("Esitys", "MK04")),
    file("d.xlsx", proposal("Esitys", null)),
  ];

  it("ticks new regions only, once each, and never an unusable file", () => {
    const rows = previewRows(previews, new Map([["MK04", "Esitys MK04"]]));
    expect(rows.map((r) => [r.file, r.unusable, r.existingSheet, r.sameRegionAs])).toEqual([
      ["a.xlsx", null, null, null],
      ["bad.xlsx", "not-zip", null, null],
      ["b.xlsx", null, null, "a.xlsx"],
      ["c.xlsx", null, "Esitys MK04", null],
      ["d.xlsx", "no-region", null, null],
    ]);
    expect([...defaultIncluded(rows)]).toEqual([rows[0].key]);
  });

  it("unticks the other file of a region when one is ticked, and refuses unusable rows", () => {
    const rows = previewRows(previews, new Map());
    let included = defaultIncluded(rows);
    included = toggle(rows, included, rows[2].key, true);
    expect(included.has(rows[0].key)).toBe(false);
    expect(included.has(rows[2].key)).toBe(true);
    expect(toggle(rows, included, rows[1].key, true).has(rows[1].key)).toBe(false);
    expect(chosenSources(rows, included)).toEqual([]);
  });
});
