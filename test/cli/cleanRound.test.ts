import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { buildSampleRound } from "../../src/core/templates";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";

jest.setTimeout(180_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-clean-round-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a clean round of the 18 regions and the round settings, as .xlsx files", () => {
  it("validates with no error and no warning, every region recognised once", async () => {
    const files = buildSampleRound({ itemsPerRegion: 12, lang: "mixed" });
    const paths: string[] = [];
    for (const file of files) {
      const { bytes } = await writeXlsx(file.plan);
      const path = join(dir, file.fileName);
      writeFileSync(path, bytes);
      paths.push(path);
    }
    let out = "";
    const code = await runCli(
      ["validate", ...paths, "--json"],
      { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => undefined } },
      {},
    );
    const report = JSON.parse(out) as {
      files: { sheets: { kind: string; region: string | null }[] }[];
      issues: { rule: string; severity: string; file: string; cell: string | null }[];
      counts: { error: number; warning: number; info: number };
    };
    const notInfo = report.issues.filter((issue) => issue.severity !== "info");
    expect(notInfo).toEqual([]);
    expect(report.counts).toMatchObject({ error: 0, warning: 0 });
    expect(code).toBe(0);
    const regions = report.files
      .flatMap((f) => f.sheets)
      .filter((s) => s.kind === "proposal")
      .map((s) => s.region);
    expect(new Set(regions).size).toBe(18);
    expect(regions).toHaveLength(18);
    expect(report.files.flatMap((f) => f.sheets).filter((s) => s.kind === "settings")).toHaveLength(
      1,
    );
  });
});
