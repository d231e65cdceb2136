/**
 * A whole round through `regional-agreements consolidate`: 17 regional files in mixed
 * layouts and languages, every figure of the JSON checked against figures computed here
 * from the ground truth with plain loops, then the summary workbook read back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import type { CellValue } from "../../src/core/model/cell";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/snapshot";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import {
  ALLOCATION_CENTS,
  ENVELOPE,
  NOT_SENT,
  roundTruth,
  SHARED_STATUTE,
  writeProposal,
  writeSettings,
  type ItemTruth,
  type RegionTruth,
} from "./round";
import type { ConsolidateJson } from "../cli/consolidateJson";
import { ELIGIBLE, MINISTRIES, REGION_NAMES, REGION_ORDER, THEMES } from "./vocabulary";

// ---------------------------------------------------------------- expected, from the truth

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
const lineCents = (cents: readonly number[]): number => sum(cents);
const akkeCents = (item: ItemTruth): number =>
  sum(item.funding.filter((l) => l.source === "akke").map((l) => lineCents(l.cents)));
/** § 9: `other` is every source but `akke`, so `akke-own` is in it. */
const otherCents = (item: ItemTruth): number =>
  sum(item.funding.filter((l) => l.source !== "akke").map((l) => lineCents(l.cents)));
const euros = (cents: number): number => cents / 100;
const rank = (order: readonly string[]) => (a: string, b: string) =>
  order.indexOf(a) - order.indexOf(b);
const byRegion = rank(REGION_ORDER);
const byMinistry = rank(MINISTRIES.map((m) => m.code));
const NATIONAL_LEVELS = new Set(["national", "interregional", "both"]);

function expectedRegions(round: readonly RegionTruth[]) {
  return [...round]
    .sort((a, b) => byRegion(a.region, b.region))
    .map((r) => {
      const akke = sum(r.items.map(akkeCents));
      const other = sum(r.items.map(otherCents));
      return {
        region: r.region,
        items: r.items.length,
        themes: new Set(r.items.map((i) => i.theme)).size,
        akke: euros(akke),
        other: euros(other),
        total: euros(akke + other),
        allocation: r.region in ALLOCATION_CENTS ? euros(ALLOCATION_CENTS[r.region]) : null,
      };
    });
}

function expectedThemes(round: readonly RegionTruth[]) {
  const out = [];
  for (const theme of THEMES) {
    const regions = new Set<string>();
    let items = 0;
    let akke = 0;
    let other = 0;
    for (const r of round)
      for (const item of r.items) {
        if (item.theme !== theme.code) continue;
        regions.add(r.region);
        items += 1;
        akke += akkeCents(item);
        other += otherCents(item);
      }
    if (items > 0)
      out.push({
        theme: theme.code,
        regions: regions.size,
        items,
        akke: euros(akke),
        other: euros(other),
        total: euros(akke + other),
      });
  }
  return out;
}

function expectedMinistries(round: readonly RegionTruth[]) {
  const out = [];
  for (const { code } of MINISTRIES) {
    let lead = 0;
    let participating = 0;
    const regions = new Set<string>();
    for (const r of round)
      for (const item of r.items) {
        if (item.lead === code) {
          lead += 1;
          regions.add(r.region);
        } else if (item.others.includes(code)) {
          participating += 1;
          regions.add(r.region);
        }
      }
    if (lead + participating > 0)
      out.push({ ministry: code, lead, participating, regions: regions.size });
  }
  return out;
}

// ---------------------------------------------------------------- the run

let dir: string;
let round: RegionTruth[];
const itemRows = new Map<string, ReadonlyMap<string, number>>();
let json: ConsolidateJson;
let exitCode: number;
let stderr = "";
let summary: WorkbookSnapshot;
let summaryBytes: Uint8Array;
let out: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ra-round17-"));
  round = roundTruth(dir);
  for (const region of round) {
    const written = await writeProposal(region);
    writeFileSync(region.file, written.bytes);
    itemRows.set(region.region, written.itemRows);
  }
  const settings = join(dir, "asetukset.xlsx");
  writeFileSync(settings, await writeSettings());
  out = join(dir, "summary.xlsx");
  let stdout = "";
  exitCode = await runCli(
    [
      "consolidate",
      ...round.map((r) => r.file),
      "--out",
      out,
      "--json",
      "--settings",
      settings,
      "--lang",
      "en",
    ],
    {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    },
    {},
  );
  json = JSON.parse(stdout) as ConsolidateJson;
  summaryBytes = new Uint8Array(readFileSync(out));
  summary = await readXlsx(summaryBytes, "summary.xlsx");
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ---------------------------------------------------------------- reading the summary back

function sheetNamed(name: string): SheetSnapshot {
  const sheet = summary.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${summary.sheets.map((s) => s.name).join()}`);
  return sheet;
}

function plain(cell: CellValue | undefined): string | number | null {
  if (cell === undefined || cell.kind === "empty") return null;
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number" || cell.kind === "boolean") return Number(cell.value);
  return null;
}

/** The body rows of the table whose name starts with `prefix`, as plain values. */
function tableRows(sheet: SheetSnapshot, prefix: string) {
  const table = sheet.tables.find((t) => t.name.startsWith(prefix));
  if (!table) throw new Error(`no table ${prefix} on ${sheet.name}`);
  const row = (r: number) =>
    Array.from({ length: table.range.right - table.range.left + 1 }, (_, c) =>
      plain(sheet.cells[r]?.[table.range.left + c]),
    );
  const header = row(table.range.top).map(String);
  const body = Array.from({ length: table.range.bottom - table.range.top }, (_, i) =>
    row(table.range.top + 1 + i),
  );
  return { table, header, body };
}

/** Rows under a heading of the Summary, up to the next blank row (the heading's block). */
function blockAfter(sheet: SheetSnapshot, first: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let r = first; r < sheet.cells.length; r++) {
    const values = sheet.cells[r].slice(0, 2).map(plain);
    if (values.every((v) => v === null)) break;
    rows.push(values);
  }
  return rows;
}

// ---------------------------------------------------------------- the checks

describe("a round of 17 regional files in mixed layouts and languages", () => {
  it("exits 1: Åland's AKKE and Lapland's AKKE over its allocation are error-level", () => {
    expect(stderr).toBe("");
    expect(exitCode).toBe(1);
    const fileOf = (code: string) => round.find((r) => r.region === code)?.file;
    const errors = json.issues.filter((i) => i.severity === "error");
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "FUND-AKKE-NOT-ELIGIBLE", file: fileOf("MK21") }),
        expect.objectContaining({ rule: "FUND-AKKE-OVER-ALLOCATION", file: fileOf("MK19") }),
      ]),
    );
    // Nothing else in the round is wrong: no error in any other file.
    expect(errors.filter((i) => i.file !== fileOf("MK21") && i.file !== fileOf("MK19"))).toEqual(
      [],
    );
    expect(json.counts.error).toBe(errors.length);
  });

  it("recognises every file as one proposal of the right region, whatever its layout", () => {
    for (const r of round) {
      const file = json.files.find((f) => f.file === r.file);
      expect({ file: r.file, error: file?.error }).toEqual({ file: r.file, error: null });
      expect(file?.sheets.filter((s) => s.kind === "proposal")).toEqual([
        expect.objectContaining({ kind: "proposal", region: r.region }),
      ]);
    }
  });

  it("reads amounts typed as text in the sheet's locale, and reports them", () => {
    const textFiles = round
      .filter((r) => r.items.some((i) => i.funding.some((l) => l.firstAsText)))
      .map((r) => r.file);
    expect(new Set(textFiles.map((f) => round.find((r) => r.file === f)?.layout.lang))).toEqual(
      new Set(["fi", "sv", "en"]),
    );
    for (const file of textFiles)
      expect(json.issues).toContainEqual(
        expect.objectContaining({ rule: "CELL-NUMBER-AS-TEXT", file }),
      );
  });

  it("gives each region its items, themes, AKKE, other funding, total and allocation", () => {
    const expected = expectedRegions(round);
    expect(json.regions.map(({ errors: _e, warnings: _w, ...figures }) => figures)).toEqual(
      expected,
    );
    const flagged = json.regions.filter((r) => r.errors > 0).map((r) => r.region);
    expect(flagged).toEqual(["MK19", "MK21"]);
  });

  it("gives each theme its regions, items, AKKE, other funding and total", () => {
    expect(json.themes).toEqual(expectedThemes(round));
  });

  it("counts for each ministry the items it leads, takes part in, and its regions", () => {
    expect(json.ministries).toEqual(expectedMinistries(round));
  });

  it("adds up the totals against the envelope, and names the missing regions", () => {
    const akke = sum(round.flatMap((r) => r.items.map(akkeCents)));
    const other = sum(round.flatMap((r) => r.items.map(otherCents)));
    expect(json.totals).toEqual({
      akke: euros(akke),
      envelope: euros(ENVELOPE),
      other: euros(other),
      total: euros(akke + other),
    });
    expect(json.missingRegions).toEqual(NOT_SENT);
    // 16 of the 18 mainland regions: Åland is the 17th file and not one of them.
    const sent = new Set(round.map((r) => r.region));
    expect(ELIGIBLE.filter((c) => sent.has(c))).toHaveLength(16);
    expect(json.missingRegions).not.toContain("MK21");
  });

  it("writes one All items row per item of every file, nothing lost", () => {
    const { header, body } = tableRows(sheetNamed("All items"), "RaAllItems");
    const expected = [...round]
      .sort((a, b) => byRegion(a.region, b.region))
      .flatMap((r) => r.items.map((item) => ({ r, item })));
    expect(body.map((row) => [row[0], row[2]])).toEqual(
      expected.map(({ r, item }) => [r.region, item.id]),
    );
    const totalCol = header.indexOf("Total (€)");
    const akkeCol = header.indexOf("AKKE (contractual cooperation) (€)");
    expect(totalCol).toBeGreaterThan(0);
    expect(akkeCol).toBeGreaterThan(0);
    expect(body.map((row) => [row[akkeCol], row[totalCol]])).toEqual(
      expected.map(({ item }) => [
        euros(akkeCents(item)),
        euros(akkeCents(item) + otherCents(item)),
      ]),
    );
  });

  it("links every All items row to its file beside the summary, quoted sheet and row", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(summaryBytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("All items");
    if (!sheet) throw new Error("no All items sheet");
    const links: { region: unknown; id: unknown; formula: string }[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula)
          links.push({
            region: row.getCell(1).value,
            id: row.getCell(3).value,
            formula: cell.formula,
          });
      }),
    );
    const expected = [...round]
      .sort((a, b) => byRegion(a.region, b.region))
      .flatMap((r) =>
        r.items.map((item) => {
          const row = itemRows.get(r.region)?.get(item.id);
          const sheetRef = `'${r.layout.sheet.replace(/'/g, "''")}'`;
          // Relative to the summary's folder, so the link survives the folder being moved.
          const file = relative(dirname(out), r.file);
          return { region: r.region, id: item.id, target: `${file}#${sheetRef}!A${row}` };
        }),
      );
    expect(
      links.map((l) => ({
        region: l.region,
        id: l.id,
        target: /HYPERLINK\("((?:[^"]|"")*)"/.exec(l.formula)?.[1],
      })),
    ).toEqual(expected);
  });

  it("lists the national questions sorted by ministry, in a table with a filter button", async () => {
    const { header, body } = tableRows(sheetNamed("National questions"), "RaNationalQuestions");
    const expected = [...round]
      .flatMap((r) => r.items.map((item) => ({ region: r.region, item })))
      .filter(({ item }) => NATIONAL_LEVELS.has(item.level))
      .sort((a, b) => byMinistry(a.item.lead, b.item.lead) || byRegion(a.region, b.region));
    const regionCol = header.indexOf("Code");
    const idCol = header.indexOf("No.");
    const leadCol = header.indexOf("Lead ministry");
    expect([regionCol, idCol, leadCol].every((c) => c >= 0)).toBe(true);
    expect(body.map((row) => [row[leadCol], row[regionCol], row[idCol]])).toEqual(
      expected.map(({ region, item }) => [item.lead, region, item.id]),
    );

    const zip = await JSZip.loadAsync(summaryBytes);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async("string") ?? Promise.resolve("")),
    );
    const national = tables.find((xml) => /displayName="RaNationalQuestions/.test(xml));
    expect(national).toBeDefined();
    expect(national).toMatch(/<autoFilter\b/);
  });

  it("groups the legislation needs with the same statute, with both regions", () => {
    const sheet = sheetNamed("Legislation");
    const header = sheet.cells[0].map(plain);
    const rows = sheet.cells.slice(1).map((r) => r.map(plain));
    const needs = round.flatMap((r) => r.items.filter((i) => i.legislation !== ""));
    expect(rows.filter((r) => r.some((v) => v !== null))).toHaveLength(needs.length);
    const statuteCol = header.indexOf("Statute");
    const shared = rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r[statuteCol] === SHARED_STATUTE);
    expect(shared).toHaveLength(2);
    expect(shared[1].i - shared[0].i).toBe(1);
    for (const { r } of shared) expect(String(r[statuteCol + 1])).toMatch(/MK02.*MK11/);
  });

  it("holds the chart data on the Summary: AKKE by region and regions per theme", () => {
    const sheet = sheetNamed("Summary");
    const at = sheet.cells.findIndex((r) => plain(r[0]) === "Chart data");
    expect(at).toBeGreaterThan(0);
    const akke = blockAfter(sheet, at + 1);
    expect(akke.slice(1)).toEqual(
      expectedRegions(round).map((r) => [REGION_NAMES[r.region].en, r.akke]),
    );
    const themes = blockAfter(sheet, at + akke.length + 2);
    expect(themes.slice(1)).toEqual(
      expectedThemes(round).map((t) => [
        THEMES.find((x) => x.code === t.theme)?.names.en,
        t.regions,
      ]),
    );
  });
});
