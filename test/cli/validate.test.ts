import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { toA1 } from "../../src/core/model/address";
import { buildProposal } from "../core/recognise/sheetBuilder";
import { roundSheet } from "../core/rules/round/build";
import { cleanProposal, cleanSettings, xlsxOf } from "./round";

interface JsonIssue {
  rule: string;
  severity: string;
  file: string;
  sheet: string | null;
  cell: string | null;
  value: unknown;
  message: string;
  fix: unknown;
}
interface JsonReport {
  files: {
    file: string;
    error: string | null;
    sheets: { sheet: string; kind: string; region: string | null }[];
  }[];
  issues: JsonIssue[];
  counts: { error: number; warning: number; info: number };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-validate-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(name: string, bytes: Promise<Buffer> | Buffer | string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await bytes);
  return path;
}

async function cli(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(
    argv,
    { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } },
    {},
  );
  return { code, out, err };
}

describe("regional-agreements validate", () => {
  it("passes a clean round of three regions: exit 0, no issues", async () => {
    const settings = await write(
      "clean-settings.xlsx",
      xlsxOf([cleanSettings(["MK02", "MK11", "MK19"])]),
    );
    const files = [
      await write("clean-mk02.xlsx", xlsxOf([cleanProposal("Varsinais-Suomi")])),
      await write("clean-mk11.xlsx", xlsxOf([cleanProposal("Pohjois-Savo")])),
      await write("clean-mk19.xlsx", xlsxOf([cleanProposal("Lappi")])),
    ];
    const { code, out } = await cli(["validate", ...files, "--settings", settings, "--json"]);
    const report = JSON.parse(out) as JsonReport;
    expect(report.issues).toEqual([]);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(code).toBe(0);
    expect(report.files.map((f) => [f.error, f.sheets.map((s) => s.region ?? s.kind)])).toEqual([
      [null, ["settings"]],
      [null, ["MK02"]],
      [null, ["MK11"]],
      [null, ["MK19"]],
    ]);
  });

  it("reports a messy round with each problem at its cell: exit 1", async () => {
    const settingsSheet = roundSheet({
      fields: { akkeEnvelope: 1_000_000 },
      allocation: [
        { region: "Varsinais-Suomii", allocation: 400_000 },
        { region: "Lappi", allocation: 700_000.5 },
      ],
    });
    const messy = buildProposal({
      region: "Lappi",
      items: [
        {
          itemId: "1",
          theme: "Saavutettavuus",
          objective: "Tiet",
          level: "Alueellinen",
          leadMinistry: "LVM",
          indicator: "x",
          target: 1,
        },
      ],
      funding: {
        years: [2026, 2027, 2028],
        rows: [
          {
            itemId: "1",
            source: "AKKE (sopimuksellinen yhteistyö)",
            amounts: [-500, 900_000, 0],
            total: 899_500,
          },
          { itemId: "1", source: "Maakunnan liitto", amounts: [1_000, 0, 0], total: 1_000 },
        ],
      },
    });
    const settings = await write("messy-settings.xlsx", xlsxOf([settingsSheet.sheet]));
    const a = await write("messy-a.xlsx", xlsxOf([messy.sheet]));
    const b = await write("messy-b.xlsx", xlsxOf([cleanProposal("Lappi", 80_000, "Toinen")]));
    const { code, out } = await cli([
      "validate",
      a,
      b,
      "--settings",
      settings,
      "--json",
      "--lang",
      "en",
    ]);
    const report = JSON.parse(out) as JsonReport;
    const find = (rule: string) => report.issues.filter((i) => i.rule === rule);
    expect(code).toBe(1);

    const negative = find("FUND-NEGATIVE");
    expect(negative.map((i) => [i.file, i.sheet, i.cell, i.value])).toEqual([
      [a, "Esitys", toA1({ row: messy.fundingRows[0], col: 2 }), -500],
    ]);

    const unknown = find("ALLOC-REGION-UNKNOWN")[0];
    expect(unknown).toMatchObject({
      file: settings,
      cell: toA1({ row: settingsSheet.rows[0], col: 0 }),
      fix: "Varsinais-Suomi",
      severity: "error",
    });
    expect(find("ALLOC-CENTS")[0]).toMatchObject({
      cell: toA1({ row: settingsSheet.rows[1], col: 1 }),
      fix: 700_001,
    });
    expect(find("ALLOC-UNDER-ENVELOPE")[0]).toMatchObject({
      cell: toA1({ row: settingsSheet.fieldRows.akkeEnvelope ?? -1, col: 1 }),
      value: 700_000.5,
    });
    expect(find("ALLOC-REGION-MISSING")).toHaveLength(17);

    const over = find("FUND-AKKE-OVER-ALLOCATION");
    expect(over.map((i) => [i.file, i.cell, i.value])).toEqual([[a, null, 899_500]]);
    expect(over[0].message).toContain("Lapland");
    expect(find("FUND-AKKE-SHARE").map((i) => [i.file, i.cell])).toEqual([
      [a, toA1({ row: messy.itemRows[0], col: 0 })],
    ]);
    expect(find("HDR-DUPLICATE-REGION").map((i) => [i.file, i.sheet, i.cell])).toEqual([
      [b, "Toinen", "B1"],
    ]);
    expect(report.counts.error).toBe(report.issues.filter((i) => i.severity === "error").length);
  });

  it("reports a file that is not a zip as FILE-UNREADABLE and still checks the others", async () => {
    const bad = await write("not-a-zip.xlsx", "Maakunta;AKKE\nLappi;100\n");
    const good = await write("good.xlsx", xlsxOf([cleanProposal("Kainuu")]));
    const missing = join(dir, "does-not-exist.xlsx");
    const { code, out } = await cli(["validate", bad, good, missing, "--json"]);
    const report = JSON.parse(out) as JsonReport;
    expect(code).toBe(1);
    expect(report.files.map((f) => [f.file, f.error])).toEqual([
      [bad, "not-zip"],
      [good, null],
      [missing, "io"],
    ]);
    const unreadable = report.issues.filter((i) => i.rule === "FILE-UNREADABLE");
    expect(unreadable.map((i) => [i.file, i.sheet, i.cell])).toEqual([
      [bad, null, null],
      [missing, null, null],
    ]);
    expect(unreadable[0].message).toMatch(/\.xlsx/);
    expect(report.files[1].sheets).toEqual([{ sheet: "Esitys", kind: "proposal", region: "MK18" }]);
  });

  it("reports a readable file without proposal or settings as FILE-NO-PROPOSAL", async () => {
    const other = await write(
      "other.xlsx",
      xlsxOf([
        {
          name: "Muistiinpanot",
          visibility: "visible",
          isProtected: false,
          cells: [[{ kind: "text", text: "Kokous" }]],
          tables: [],
        },
      ]),
    );
    const { code, out } = await cli(["validate", other, "--json"]);
    expect(code).toBe(1);
    expect((JSON.parse(out) as JsonReport).issues.map((i) => i.rule)).toEqual(["FILE-NO-PROPOSAL"]);
  });

  it("prints a readable report by file and sheet in the chosen language, counts last", async () => {
    const a = await write("report-a.xlsx", xlsxOf([cleanProposal("Lappi", 80_000, "Förslag")]));
    const b = await write("report-b.xlsx", xlsxOf([cleanProposal("Lappi", 80_000, "Andra")]));
    const { code, out } = await cli(["validate", a, b, "--lang", "sv"]);
    expect(code).toBe(1);
    expect(out).toContain("Omgångens inställningar: standardvärden.");
    expect(out).toContain("FUND-AKKE-OVER-ALLOCATION");
    expect(out).toContain(
      `Fil ${b}\n  Blad Andra\n    B1: Fel HDR-DUPLICATE-REGION: Landskapet Lappland har ett annat förslag`,
    );
    expect(out.trimEnd().split("\n").at(-1)).toBe("Fel 1, varningar 0, anmärkningar 0.");
  });

  it("exits 2 on a usage error", async () => {
    expect((await cli(["validate"])).code).toBe(2);
    const wrong = await cli(["validate", "a.xlsx", "--lang", "de"]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--lang");
  });
});

describe("the installed command", () => {
  it("runs validate through bin/regional-agreements.js", async () => {
    const file = await write("bin-clean.xlsx", xlsxOf([cleanProposal("Kainuu")]));
    const bin = join(__dirname, "..", "..", "bin", "regional-agreements.js");
    const run = spawnSync(process.execPath, [bin, "validate", file, "--json"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).files[0].sheets[0].region).toBe("MK18");
  }, 130_000);
});
