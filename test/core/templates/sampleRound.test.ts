import { REGIONS } from "../../../src/core/vocabulary";
import {
  buildSampleRound,
  ELIGIBLE_REGIONS,
  proposalLayout,
  SAMPLE_ALLOCATIONS,
  SAMPLE_PERIOD,
  SAMPLE_REGIONS,
  sampleRoundFiles,
} from "../../../src/core/templates";
import { gridOf } from "./planGrid";

describe("the demo round", () => {
  const files = sampleRoundFiles();

  it("has allocations adding up to the 16 000 000 € envelope, Åland none", () => {
    const total = ELIGIBLE_REGIONS.reduce((sum, region) => sum + SAMPLE_ALLOCATIONS[region], 0);
    expect(total).toBe(16_000_000);
    expect(SAMPLE_ALLOCATIONS.MK04).toBe(866_000);
    expect(SAMPLE_ALLOCATIONS.MK14).toBe(843_000);
    expect(SAMPLE_ALLOCATIONS.MK10).toBe(626_000);
  });

  it("gives each clean region AKKE rows adding up to its allocation", () => {
    for (const sample of SAMPLE_REGIONS) {
      const akke = sample.funding
        .filter((line) => line.source === "akke")
        .flatMap((line) => line.amounts)
        .reduce((a, b) => a + b, 0);
      expect([sample.region, akke]).toEqual([sample.region, SAMPLE_ALLOCATIONS[sample.region]]);
      expect(new Set(sample.items.map((i) => i.theme)).size).toBeLessThanOrEqual(3);
    }
  });

  it("is a settings file, five regions in fi, sv and en, and one messy file", () => {
    expect(files.map((f) => f.kind)).toEqual(["settings", ...Array(6).fill("proposal")]);
    expect(new Set(files.map((f) => f.lang))).toEqual(new Set(["fi", "sv", "en"]));
    expect(new Set(files.map((f) => f.fileName)).size).toBe(files.length);
    expect(files.filter((f) => f.fileName.includes("virheita"))).toHaveLength(1);
  });

  it("is the same every time", () => {
    expect(JSON.stringify(sampleRoundFiles())).toBe(JSON.stringify(files));
  });

  it("writes the data over the template rows, keeping the template's tables", () => {
    const satakunta = files.find((f) => f.region === "MK04")!;
    const sheet = satakunta.plan.sheets![0];
    const layout = proposalLayout(SAMPLE_PERIOD);
    const grid = gridOf(sheet);
    expect(grid.get(`A${layout.itemsFirstRow + 1}`)).toEqual({ kind: "text", text: "1.1" });
    expect(grid.get(`C${layout.fundingFirstRow + 1}`)).toMatchObject({
      kind: "number",
      value: 120_000,
    });
    expect(sheet.tables).toHaveLength(2);
  });
});

describe("buildSampleRound", () => {
  it("makes 18 regions × N items, each region's AKKE adding up to its allocation", () => {
    const files = buildSampleRound({ itemsPerRegion: 30, lang: "mixed", seed: 7 });
    expect(files).toHaveLength(19);
    const proposals = files.filter((f) => f.kind === "proposal");
    expect(proposals.map((f) => f.region)).toEqual([...ELIGIBLE_REGIONS]);
    expect(proposals.find((f) => f.region === "MK15")!.lang).toBe("sv");
    const layout = proposalLayout(SAMPLE_PERIOD, 30, 60);
    for (const file of proposals) {
      const grid = gridOf(file.plan.sheets![0]);
      const ids = Array.from({ length: 30 }, (_, i) =>
        grid.get(`A${layout.itemsFirstRow + i + 1}`),
      );
      expect(new Set(ids.map((c) => JSON.stringify(c))).size).toBe(30);
      let akke = 0;
      for (let r = 0; r < 60; r++) {
        const row = layout.fundingFirstRow + r + 1;
        const source = grid.get(`B${row}`);
        if (source?.kind === "text" && source.text.startsWith("AKKE (")) {
          for (const col of ["C", "D", "E"]) {
            const cell = grid.get(`${col}${row}`);
            akke += cell?.kind === "number" ? cell.value : 0;
          }
        }
      }
      expect(akke).toBe(SAMPLE_ALLOCATIONS[file.region!]);
    }
  });

  it("is deterministic for a seed", () => {
    const a = JSON.stringify(buildSampleRound({ itemsPerRegion: 5, seed: 1 }));
    expect(JSON.stringify(buildSampleRound({ itemsPerRegion: 5, seed: 1 }))).toBe(a);
    expect(REGIONS.entries.length).toBe(19);
  });
});
