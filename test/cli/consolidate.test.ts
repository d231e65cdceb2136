import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { runConsolidate } from "../../src/cli/consolidate";
import { generatedSheetName, GENERATED_SHEETS } from "../../src/core/consolidate";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { REGISTRY_SHEET } from "../../src/core/model/snapshot";
import { ELIGIBLE_REGION_CODES } from "../../src/core/vocabulary";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import type { ConsolidateJson } from "./consolidateJson";
import { cleanProposal, cleanSettings, xlsxOf } from "./round";

const NBSP = "\u00a0";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-consolidate-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(name: string, sheets: readonly SheetSnapshot[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await xlsxOf(sheets));
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

/** Each clean proposal: two items, AKKE `akkePerItem` and a quarter of it from the regional council per item. */
const FUNDED = ["MK02", "MK11", "MK19"];
const AKKE_PER_ITEM = 80_000;

async function cleanRound(prefix: string) {
  const settings = await write(`${prefix}-settings.xlsx`, [cleanSettings(FUNDED)]);
  const files = await Promise.all(
    FUNDED.map((region) =>
      write(`${prefix}-${region}.xlsx`, [cleanProposal(region, AKKE_PER_ITEM)]),
    ),
  );
  return { settings, files };
}

/** The zero-based row of the first cell holding `text`. */
function rowOf(sheet: SheetSnapshot, text: string): number {
  return sheet.cells.findIndex((row) => row.some((c) => c.kind === "text" && c.text === text));
}

describe("regional-agreements consolidate", () => {
  it("writes a new summary workbook with the generated sheets and exits 0 on a clean round", async () => {
    const { settings, files } = await cleanRound("clean");
    const out = join(dir, "summary.xlsx");
    const result = await cli([
      "consolidate",
      ...files,
      "--settings",
      settings,
      "--out",
      out,
      "--lang",
      "fi",
    ]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Maakuntien esityksiä saatiin 3 / 18.");
    expect(result.out).toContain(`480${NBSP}000${NBSP}euroa`);

    const summary = await readXlsx(new Uint8Array(readFileSync(out)), "summary.xlsx");
    const names = summary.sheets.map((s) => s.name);
    for (const kind of GENERATED_SHEETS) expect(names).toContain(generatedSheetName(kind, "fi"));
    expect(names).toContain(REGISTRY_SHEET);
    expect(summary.registry.map((r) => r.sheet).sort()).toEqual(
      GENERATED_SHEETS.map((k) => generatedSheetName(k, "fi")).sort(),
    );

    const items = summary.sheets.find((s) => s.name === generatedSheetName("items", "fi"));
    if (!items) throw new Error("no All items sheet");
    const table = items.tables.find((t) => t.name.startsWith("RaAllItems"));
    if (!table) throw new Error("no All items table");
    expect(table.range.bottom - table.range.top).toBe(FUNDED.length * 2);
    const body = items.cells.slice(table.range.top + 1, table.range.bottom + 1);
    const firstTexts = body.map((row) => row.find((c) => c.kind === "text"));
    expect(firstTexts.map((c) => (c?.kind === "text" ? c.text : ""))).toEqual(
      FUNDED.flatMap((code) => [code, code]),
    );
  });

  it("links every row of All items back to its source row", async () => {
    const { settings, files } = await cleanRound("links");
    const out = join(dir, "links.xlsx");
    expect(
      (await cli(["consolidate", ...files, "--settings", settings, "--out", out, "--lang", "en"]))
        .code,
    ).toBe(0);

    const source = cleanProposal("MK02", AKKE_PER_ITEM);
    const expectedRows = [rowOf(source, "1.1") + 1, rowOf(source, "1.2") + 1];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
    const sheet = workbook.getWorksheet(generatedSheetName("items", "en"));
    if (!sheet) throw new Error("no All items sheet");
    const formulas: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(cell.formula);
      }),
    );
    expect(formulas).toHaveLength(FUNDED.length * 2);
    const targets = formulas.map((f) => /HYPERLINK\("([^"]*)"/.exec(f)?.[1] ?? "");
    const rows = targets.map((t) => Number(/'?Esitys'?!A(\d+)$/.exec(t)?.[1]));
    expect(rows).toEqual(FUNDED.flatMap(() => expectedRows));
  });

  it("prints the JSON of § 9 with --json, figures from the proposals", async () => {
    const { settings, files } = await cleanRound("json");
    const out = join(dir, "json.xlsx");
    const result = await cli([
      "consolidate",
      ...files,
      "--settings",
      settings,
      "--out",
      out,
      "--json",
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as ConsolidateJson;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        "files",
        "issues",
        "counts",
        "regions",
        "themes",
        "ministries",
        "totals",
        "missingRegions",
      ]),
    );
    const akke = 2 * AKKE_PER_ITEM;
    const other = 2 * (AKKE_PER_ITEM / 4);
    expect(json.regions).toEqual(
      FUNDED.map((region) => ({
        region,
        items: 2,
        themes: 2,
        akke,
        other,
        total: akke + other,
        allocation: 160_000,
        errors: 0,
        warnings: expect.any(Number),
      })),
    );
    expect(json.totals).toEqual({
      akke: akke * FUNDED.length,
      envelope: 160_000 * FUNDED.length,
      other: other * FUNDED.length,
      total: (akke + other) * FUNDED.length,
    });
    expect(json.missingRegions).toEqual(ELIGIBLE_REGION_CODES.filter((c) => !FUNDED.includes(c)));
    expect(json.ministries).toContainEqual({
      ministry: "LVM",
      lead: 6,
      participating: 0,
      regions: 3,
    });
    expect(json.themes.map((t) => [t.theme, t.regions, t.items])).toEqual([
      ["accessibility", 3, 3],
      ["digitalisation", 3, 3],
    ]);
    expect(json.files.map((f) => f.sheets[0]?.kind)).toEqual([
      "settings",
      "proposal",
      "proposal",
      "proposal",
    ]);
    expect(json.counts.error).toBe(0);
  });

  it("writes the memo as a whole HTML document in the chosen language", async () => {
    const { settings, files } = await cleanRound("memo");
    const out = join(dir, "memo.xlsx");
    const memo = join(dir, "memo.html");
    const result = await cli([
      "consolidate",
      ...files,
      "--settings",
      settings,
      "--out",
      out,
      "--memo",
      memo,
      "--lang",
      "sv",
    ]);
    expect(result.code).toBe(0);
    const html = readFileSync(memo, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(">Bakgrund</h2>");
    expect(html).toContain("Tre av 18 landskap lämnade förslag.");
    expect(result.out).toContain(memo);
  });

  it("exits 1 on error-level issues, still writing the summary with the region flagged", async () => {
    const settings = await write("errors-settings.xlsx", [cleanSettings(FUNDED)]);
    const files = [
      await write("errors-MK02.xlsx", [cleanProposal("MK02", AKKE_PER_ITEM)]),
      // 2 × 100 000 € of AKKE against an allocation of 160 000 €.
      await write("errors-MK11.xlsx", [cleanProposal("MK11", 100_000)]),
    ];
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, "not a workbook");
    const out = join(dir, "errors.xlsx");
    const result = await cli([
      "consolidate",
      ...files,
      broken,
      "--settings",
      settings,
      "--out",
      out,
      "--json",
    ]);
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    const json = JSON.parse(result.out) as ConsolidateJson;
    expect(json.issues.map((i) => i.rule)).toEqual(
      expect.arrayContaining(["FUND-AKKE-OVER-ALLOCATION", "FILE-UNREADABLE"]),
    );
    expect(json.regions.find((r) => r.region === "MK11")?.errors).toBeGreaterThan(0);
    expect(json.regions.find((r) => r.region === "MK02")?.errors).toBe(0);
    expect(json.counts.error).toBeGreaterThanOrEqual(2);
  });

  it("exits 2 when an output cannot be written", async () => {
    const { settings, files } = await cleanRound("nowrite");
    const missingDir = join(dir, "no-such-dir", "summary.xlsx");
    const result = await cli([
      "consolidate",
      ...files,
      "--settings",
      settings,
      "--out",
      missingDir,
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(missingDir);
    expect(result.out).toBe("");

    const memo = await cli([
      "consolidate",
      ...files,
      "--settings",
      settings,
      "--out",
      join(dir, "ok.xlsx"),
      "--memo",
      join(dir, "no-such-dir", "memo.html"),
    ]);
    expect(memo.code).toBe(2);
  });

  it("refuses to write over one of the files it reads", async () => {
    const { settings, files } = await cleanRound("clash");
    const before = readFileSync(files[0]);
    let err = "";
    const code = await runConsolidate(
      {
        name: "consolidate",
        files,
        out: files[0],
        memo: null,
        settings,
        previous: null,
        json: false,
        lang: "en",
        locale: null,
      },
      { stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) } },
    );
    expect(code).toBe(2);
    expect(err).toContain("also a file to read");
    expect(readFileSync(files[0]).equals(before)).toBe(true);
  });
});
