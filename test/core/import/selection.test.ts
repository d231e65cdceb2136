import type { FilePreview, ProposalPreview } from "../../../src/core/import";
import { defaultSettings } from "../../../src/core/rules";
import {
  chosenSources,
  defaultIncluded,
  previewRows,
  toggle,
} from "../../../src/core/import/selection";

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

describe("a round settings file among the proposals", () => {
  const settingsPreview = (name: string): FilePreview => {
    const source = {
      kind: "settings" as const,
      file: name,
      size: 1,
      sha256: "",
      time: "",
      snapshot: { file: name, sheets: [], registry: [], structureProtected: false },
      sheet: "Kierroksen asetukset",
      settings: defaultSettings("fi"),
    };
    return {
      file: name,
      size: 1,
      unusable: null,
      proposals: [],
      settings: {
        sheet: source.sheet,
        settings: source.settings,
        errors: 0,
        warnings: 0,
        issues: [],
        source,
      },
    };
  };
  const previews = [
    settingsPreview("asetukset.xlsx"),
    file("a.xlsx", proposal("Esitys", "MK02")),
    settingsPreview("toiset.xlsx"),
  ];

  it("is a row of its own, the first one ticked, and chosen as the settings source", () => {
    const rows = previewRows(previews, new Map());
    expect(rows.map((r) => [r.file, Boolean(r.settings), r.unusable])).toEqual([
      ["asetukset.xlsx", true, null],
      ["a.xlsx", false, null],
      ["toiset.xlsx", true, null],
    ]);
    const included = defaultIncluded(rows);
    expect([...included]).toEqual([rows[0].key, rows[1].key]);
    expect(chosenSources(rows, included).map((s) => ("kind" in s ? s.kind : "proposal"))).toEqual([
      "settings",
    ]);
    // Ticking the other settings file unticks the first, never a proposal.
    const other = toggle(rows, included, rows[2].key, true);
    expect([...other].sort()).toEqual([rows[1].key, rows[2].key].sort());
  });
});
