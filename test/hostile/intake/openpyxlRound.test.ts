/**
 * A whole round as another program writes it: the 18 regional proposals and the round
 * settings, each loaded and saved again by openpyxl (Debian's python3-openpyxl). openpyxl
 * writes absolute part targets (`/xl/tables/table1.xml`), inline-free shared strings of its
 * own and formulas without cached values. The round must validate as cleanly as the files
 * this project wrote, and consolidate to the same figures.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { buildSampleRound } from "../../../src/core/templates";
import { writeXlsx } from "../../../src/workbook/xlsx/writeXlsx";
import { cli, tempDir, type JsonReport } from "../cli";

jest.setTimeout(240_000);

const RESAVE = String.raw`
import sys, openpyxl
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    wb.save(path)
`;

const dir = tempDir("ra-openpyxl-round-");
afterAll(() => dir.remove());

async function writeRound(folder: string): Promise<string[]> {
  mkdirSync(dir.path(folder));
  const paths: string[] = [];
  for (const file of buildSampleRound({ itemsPerRegion: 6, lang: "mixed" })) {
    const path = join(dir.path(folder), file.fileName);
    writeFileSync(path, (await writeXlsx(file.plan)).bytes);
    paths.push(path);
  }
  return paths;
}

describe("a round of 18 proposals and the settings saved by openpyxl", () => {
  let ours: string[];
  let theirs: string[];
  beforeAll(async () => {
    ours = await writeRound("ours");
    theirs = await writeRound("openpyxl");
    execFileSync("/usr/bin/python3", ["-c", RESAVE, ...theirs]);
  });

  it("really holds absolute table targets, as openpyxl writes them", async () => {
    const zip = await JSZip.loadAsync(readFileSync(theirs[0]));
    const rels = Object.keys(zip.files).filter((name) => /worksheets\/_rels\/.*\.rels$/.test(name));
    const texts = await Promise.all(rels.map((name) => zip.file(name)!.async("string")));
    expect(texts.join("\n")).toMatch(/Target="\/xl\/tables\/table\d+\.xml"/);
  });

  it("validates with no error and no warning, every region read once", async () => {
    const run = await cli(["validate", ...theirs, "--json"]);
    const report = JSON.parse(run.out) as JsonReport;
    expect(report.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(run.code).toBe(0);
    const regions = report.files.flatMap((f) => f.sheets).filter((s) => s.kind === "proposal");
    expect(new Set(regions.map((s) => s.region)).size).toBe(18);
    expect(report.files.every((f) => f.error === null)).toBe(true);
  });

  it("consolidates to exactly the figures of the same round as this project wrote it", async () => {
    const figures = async (paths: string[], folder: string) => {
      const out = join(dir.path(folder), "summary.xlsx");
      const run = await cli(["consolidate", ...paths, "--out", out, "--json"]);
      const { regions, totals } = JSON.parse(run.out) as JsonReport;
      return { code: run.code, regions, totals };
    };
    const expected = await figures(ours, "ours");
    expect(expected.regions).toHaveLength(18);
    expect(await figures(theirs, "openpyxl")).toEqual(expected);
  });
});
