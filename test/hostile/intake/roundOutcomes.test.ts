/**
 * The command line over a round with files that cannot be used: every file's fate is told
 * in the JSON, the memo and the summary; outputs never land on inputs or half-written; links
 * stay inside the round.
 */
import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildProposal } from "../../core/recognise/sheetBuilder";
import { cleanProposal, cleanSettings, xlsxOf } from "../../cli/round";
import { cli, tempDir, writeFile, type JsonReport } from "../cli";

interface OutcomeReport extends JsonReport {
  missingRegions: string[];
  filesNotRead: { file: string; region: string | null; rule: string; reason: string | null }[];
}

const dir = tempDir("ra-intake-");
afterAll(() => dir.remove());

async function round(name: string) {
  mkdirSync(dir.path(name));
  const at = (file: string) => join(dir.path(name), file);
  return {
    at,
    uusimaa: writeFile(at("uusimaa.xlsx"), await xlsxOf([cleanProposal("Uusimaa")])),
    satakunta: writeFile(at("satakunta.xlsx"), await xlsxOf([cleanProposal("Satakunta")])),
    settings: writeFile(
      at("asetukset.xlsx"),
      await xlsxOf([cleanSettings(["MK01", "MK04", "MK18"])]),
    ),
  };
}

async function summaryRows(path: string, sheetName = "Summary"): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName);
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => values.push(String(cell.value ?? "")));
    rows.push(values);
  });
  return rows;
}

describe("a file received but not readable", () => {
  it("is 'received, could not be read', never 'not received' nor 'no errors'", async () => {
    const r = await round("unreadable");
    const kainuu = writeFile(r.at("Kainuu_esitys.xlsx"), "alue;summa\nKainuu;700000\n");
    const out = r.at("summary.xlsx");
    const memo = r.at("memo.html");
    const args = ["consolidate", r.uusimaa, kainuu, r.satakunta, "--settings", r.settings];
    const run = await cli([...args, "--out", out, "--memo", memo, "--json", "--lang", "en"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as OutcomeReport;
    expect(report.filesNotRead).toEqual([
      { file: kainuu, region: "MK18", rule: "FILE-UNREADABLE", reason: "not-zip" },
    ]);
    expect(report.missingRegions).not.toContain("MK18");
    expect(report.regions?.map((x) => x.region)).toEqual(["MK01", "MK04"]);

    const html = readFileSync(memo, "utf8");
    // The file's title is the memo's title, not the letterhead above it.
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).not.toMatch(/<title>[^<]*(MINISTRY|MEMORANDUM)/);
    expect(html).toContain("Received but could not be read: Kainuu (");
    expect(html).toContain("Kainuu_esitys.xlsx: not an .xlsx workbook)");
    expect(html).not.toContain("contain no errors");
    expect(html).not.toMatch(/No proposal was received from:[^.]*Kainuu/);

    const rows = await summaryRows(out);
    const notRead = rows.find((row) => row.includes(kainuu));
    expect(notRead?.slice(0, 2)).toEqual(["MK18", "Kainuu"]);
  });

  it("whose name tells no region turns 'not received' into 'no readable proposal'", async () => {
    const r = await round("unnamed");
    const broken = writeFile(r.at("liite-3.xlsx"), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
    const memo = r.at("memo.html");
    const run = await cli([
      "consolidate",
      r.uusimaa,
      broken,
      "--out",
      r.at("s.xlsx"),
      "--memo",
      memo,
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(1);
    const html = readFileSync(memo, "utf8");
    expect(html).toContain("No readable proposal came from:");
    expect(html).not.toContain("No proposal was received from:");
    expect(html).toContain("liite-3.xlsx (damaged)");
  });

  it("logs every file received with its size and SHA-256 in the summary workbook", async () => {
    const r = await round("receipts");
    const kainuu = writeFile(r.at("kainuu.xlsx"), "not a workbook");
    const out = r.at("summary.xlsx");
    const run = await cli([
      "consolidate",
      r.uusimaa,
      kainuu,
      "--settings",
      r.settings,
      "--out",
      out,
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(1);
    const rows = await summaryRows(out);
    for (const file of [r.settings, r.uusimaa, kainuu]) {
      const bytes = readFileSync(file);
      const row = rows.find((x) => x[0] === file);
      expect(row?.slice(0, 3)).toEqual([
        file,
        String(bytes.length),
        createHash("sha256").update(bytes).digest("hex"),
      ]);
    }
    expect(rows.find((x) => x[0] === r.uusimaa)?.[3]).toBe("Read: Uusimaa");
    expect(rows.find((x) => x[0] === kainuu)?.[3]).toMatch(/xlsx|workbook/i);
  });
});

describe("one bad file never blocks the round", () => {
  it("a text over 32 767 characters is a warning, and the summary and memo are still written", async () => {
    const r = await round("long");
    const long = "x".repeat(40_000);
    const sheet = buildProposal({
      region: "Kainuu",
      items: [
        {
          itemId: "1.1",
          theme: "Saavutettavuus",
          objective: long,
          level: "Alueellinen",
          leadMinistry: "LVM",
        },
      ],
    }).sheet;
    const kainuu = writeFile(r.at("kainuu.xlsx"), await xlsxOf([sheet]));
    const out = r.at("summary.xlsx");
    const memo = r.at("memo.html");
    const validate = await cli(["validate", r.uusimaa, kainuu, "--json"]);
    const run = await cli([
      "consolidate",
      r.uusimaa,
      kainuu,
      "--out",
      out,
      "--memo",
      memo,
      "--json",
    ]);
    expect(run.code).toBeLessThan(2);
    for (const report of [validate, run].map((x) => JSON.parse(x.out) as JsonReport))
      expect(report.issues.find((i) => i.rule === "ITEM-TEXT-TOO-LONG")?.severity).toBe("warning");
    expect(existsSync(out) && existsSync(memo)).toBe(true);
    expect((JSON.parse(run.out) as JsonReport).regions?.map((x) => x.region)).toEqual([
      "MK01",
      "MK18",
    ]);
  });
});

describe("outputs never overwrite inputs", () => {
  it.each([
    ["a symlink to an input", (input: string, at: string) => symlinkSync(input, at)],
    ["a hard link to an input", (input: string, at: string) => linkSync(input, at)],
  ])("refuses --out that is %s, before anything is written", async (_, link) => {
    const r = await round(`link-${_.length}`);
    const before = readFileSync(r.uusimaa);
    const alias = r.at("alias.xlsx");
    link(r.uusimaa, alias);
    const memo = r.at("memo.html");
    const run = await cli(["consolidate", r.uusimaa, "--out", alias, "--memo", memo]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("alias.xlsx");
    expect(readFileSync(r.uusimaa).equals(before)).toBe(true);
    expect(existsSync(memo)).toBe(false);
  });

  it("refuses --memo that is the same file as --out", async () => {
    const r = await round("same");
    const out = r.at("out.xlsx");
    const run = await cli(["consolidate", r.uusimaa, "--out", out, "--memo", out]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an output in a folder that does not exist", async () => {
    const r = await round("nofolder");
    const run = await cli(["consolidate", r.uusimaa, "--out", r.at("missing/out.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it("leaves no half-written file when the write fails", async () => {
    const r = await round("failed");
    const out = r.at("taken");
    mkdirSync(out);
    const run = await cli(["consolidate", r.uusimaa, "--out", out]);
    expect(run.code).toBe(2);
    expect(readdirSync(r.at("")).filter((f) => f.includes("partial"))).toEqual([]);
    expect(run.err).not.toMatch(/\n\s+at /);
  });
});

describe("links never leave the round", () => {
  async function linkCells(out: string): Promise<{ formula: string | null; text: string }[]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const found: { formula: string | null; text: string }[] = [];
    workbook.getWorksheet("All items")?.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(row.cellCount);
      found.push({ formula: cell.formula ?? null, text: String(cell.value ?? "") });
    });
    return found;
  }

  it("writes a link relative to the summary's folder", async () => {
    const r = await round("relative");
    mkdirSync(r.at("regions"));
    const kainuu = writeFile(r.at("regions/kainuu.xlsx"), await xlsxOf([cleanProposal("Kainuu")]));
    const out = r.at("summary.xlsx");
    expect((await cli(["consolidate", kainuu, "--out", out])).code).toBe(0);
    const links = await linkCells(out);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.formula).toMatch(/^HYPERLINK\("regions\/kainuu\.xlsx#/);
  });

  it("writes a file name that would be a URL or absolute target as text, not a link", async () => {
    const r = await round("urls");
    const evil = writeFile(r.at("http:evil.xlsx"), await xlsxOf([cleanProposal("Kainuu")]));
    const out = r.at("summary.xlsx");
    expect((await cli(["consolidate", evil, "--out", out])).code).toBe(0);
    const links = await linkCells(out);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.formula).toBeNull();
      expect(l.text).toMatch(/^http:evil\.xlsx 'Esitys'!A\d+$/);
    }
  });
});
