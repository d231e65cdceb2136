/**
 * A round → packages → positions filled in by other programs (openpyxl for TEM, ExcelJS for
 * LVM) → `consolidate --positions`: every position lands on its item, the figures stay.
 * Needs Debian's python3-openpyxl, as test/templates/openpyxl.test.ts does.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../hostile/cli";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { writeReturnedPackages, writeSampleRound } from "../../scripts/sample-round";

const PYTHON = "/usr/bin/python3";

/** Fills every lead row of TEM's package: positions in turn, a decision, a reasoning. */
const OPENPYXL_FILL = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Vastuulla"]
head = {c.value: c.column for c in ws[1]}
values = ["Tukee", "Ei tue", "Selvitettävä"]
filled = []
for r in range(2, ws.max_row + 1):
    region = ws.cell(r, head["Koodi"]).value
    if region is None:
        continue
    n = len(filled)
    ws.cell(r, head["Ministeriön kanta"]).value = values[n % 3]
    ws.cell(r, head["Jatkokäsittely"]).value = "Viedään eteenpäin"
    ws.cell(r, head["Perustelut"]).value = "openpyxl %d" % n
    filled.append([region, ws.cell(r, head["Nro"]).value])
wb.save(sys.argv[2])
print(json.dumps(filled))
`;

/**
 * What openpyxl sees of the protection: per visible sheet, whether it is protected, its
 * password, and the unlocked cells (by header on the tables, by address on the cover).
 */
const OPENPYXL_PROTECTION = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    if ws.sheet_state != "visible":
        continue
    if ws.title == "Ohje":
        unlocked = [c.coordinate for row in ws.iter_rows() for c in row if not c.protection.locked]
    else:
        unlocked = [ws.cell(1, c.column).value for c in ws[2] if not c.protection.locked]
    out[ws.title] = {
        "protected": bool(ws.protection.sheet),
        "password": ws.protection.password,
        "unlocked": unlocked,
    }
print(json.dumps(out))
`;

// Each test writes and reads whole workbooks; the machine is shared.
jest.setTimeout(60_000);

let dir: string;
let round: string[];
let settings: string;
let proposals: string[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ra-packages-"));
  round = await writeSampleRound(join(dir, "round"));
  settings = round.find((f) => f.endsWith("Kierroksen-asetukset.xlsx")) ?? "";
  proposals = round.filter((f) => f !== settings);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PackagesJson {
  packages: { ministry: string; file: string; lead: number; participating: number }[];
}
interface Received {
  region: string;
  item: string;
  ministry: string;
  part: string;
  position: string | null;
  followUp: string | null;
  reasoning: string;
}
interface ConsolidateJson {
  regions: unknown;
  themes: unknown;
  totals: unknown;
  issues: { rule: string; file: string; cell: string | null }[];
  positions?: {
    answered: string[];
    missing: string[];
    itemsWithoutPosition: number;
    received: Received[];
    packages: { file: string; ministry: string; merged: boolean }[];
  };
}

function sheet(snapshotSheets: readonly SheetSnapshot[], name: string): SheetSnapshot {
  const found = snapshotSheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Rows of a generated list sheet as records by header. */
function records(s: SheetSnapshot): Record<string, string>[] {
  const [head = [], ...rows] = s.cells;
  const names = head.map((c) => (c.kind === "text" ? c.text : ""));
  return rows.map((row) =>
    Object.fromEntries(names.map((n, i) => [n, row[i]?.kind === "text" ? row[i].text : ""])),
  );
}

describe("packages → positions filled in elsewhere → consolidate --positions", () => {
  let packages: PackagesJson["packages"];
  const out = () => join(dir, "packages");

  beforeAll(async () => {
    mkdirSync(out());
    const run = await cli(["packages", ...round, "--out-dir", out(), "--lang", "fi", "--json"]);
    // The sample round has a proposal with deliberate mistakes: exit 1, packages written.
    expect(run.code).toBe(1);
    packages = (JSON.parse(run.out) as PackagesJson).packages;
  });

  it("writes one package per ministry the round concerns", () => {
    expect(packages.map((p) => p.ministry)).toEqual([
      "SM",
      "OKM",
      "MMM",
      "LVM",
      "TEM",
      "STM",
      "YM",
    ]);
    expect(packages.find((p) => p.ministry === "TEM")?.file).toBe(
      join(out(), "TEM-valmistelu.xlsx"),
    );
    for (const p of packages) expect(readFileSync(p.file).length).toBeGreaterThan(0);
  });

  it("protects the package's sheets without a password, the fill-in cells unlocked (as openpyxl sees it)", () => {
    const seen = JSON.parse(
      execFileSync(PYTHON, ["-c", OPENPYXL_PROTECTION, join(out(), "TEM-valmistelu.xlsx")], {
        encoding: "utf8",
      }),
    ) as Record<string, { protected: boolean; password: string | null; unlocked: string[] }>;
    expect(Object.keys(seen)).toEqual([
      "Ohje",
      "Vastuulla",
      "Mukana",
      "Säädösmuutokset",
      "Asiantuntijatuki",
    ]);
    for (const s of Object.values(seen)) {
      expect(s.protected).toBe(true);
      expect(s.password).toBeNull();
    }
    expect(seen.Vastuulla.unlocked).toEqual([
      "Ministeriön kanta",
      "Perustelut",
      "Jatkokäsittely",
      "Yhteyshenkilö",
    ]);
    expect(seen.Ohje.unlocked).toEqual(["B6", "B7"]);
  });

  it("merges TEM's positions (openpyxl) and LVM's (ExcelJS) onto their items; the figures stay as they were", async () => {
    const temReturned = join(dir, "TEM-palautettu.xlsx");
    const temFilled = JSON.parse(
      execFileSync(PYTHON, ["-c", OPENPYXL_FILL, join(out(), "TEM-valmistelu.xlsx"), temReturned], {
        encoding: "utf8",
      }),
    ) as [string, string][];
    expect(temFilled.length).toBeGreaterThan(1);

    const lvmReturned = join(dir, "lvm answer.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out(), "LVM-valmistelu.xlsx"));
    const ws = workbook.getWorksheet("Vastuulla");
    if (!ws) throw new Error("Vastuulla");
    const head = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => head.set(String(cell.value), col));
    const lvmFilled: [string, string][] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const region = ws.getCell(r, head.get("Koodi") ?? 0).value;
      if (typeof region !== "string") continue;
      ws.getCell(r, head.get("Ministeriön kanta") ?? 0).value = "Stöder inte";
      ws.getCell(r, head.get("Yhteyshenkilö") ?? 0).value = "ExcelJS";
      lvmFilled.push([region, String(ws.getCell(r, head.get("Nro") ?? 0).value)]);
    }
    await workbook.xlsx.writeFile(lvmReturned);
    expect(lvmFilled.length).toBeGreaterThan(1);

    const base = ["consolidate", ...proposals, "--settings", settings, "--lang", "fi", "--json"];
    const without = await cli([...base, "--out", join(dir, "without.xlsx")]);
    const summary = join(dir, "with.xlsx");
    const withPositions = await cli([
      ...base,
      "--out",
      summary,
      "--positions",
      temReturned,
      lvmReturned,
    ]);
    expect(withPositions.err).toBe("");
    const a = JSON.parse(without.out) as ConsolidateJson;
    const b = JSON.parse(withPositions.out) as ConsolidateJson;
    expect(b.issues.filter((i) => i.rule.startsWith("POSITION"))).toEqual([]);
    expect(withPositions.code).toBe(without.code);
    // A returned package never changes a region's figures.
    expect(b.regions).toEqual(a.regions);
    expect(b.themes).toEqual(a.themes);
    expect(b.totals).toEqual(a.totals);

    const positions = b.positions;
    if (!positions) throw new Error("positions");
    expect(positions.answered).toEqual(["LVM", "TEM"]);
    expect(positions.missing).toEqual(["SM", "OKM", "MMM", "STM", "YM"]);
    expect(positions.packages.every((p) => p.merged)).toBe(true);
    const codes = ["supports", "does-not-support", "to-be-examined"];
    temFilled.forEach(([region, item], n) =>
      expect(positions.received).toContainEqual(
        expect.objectContaining({
          region,
          item,
          ministry: "TEM",
          part: "lead",
          position: codes[n % 3],
          followUp: "forward",
          reasoning: `openpyxl ${n}`,
        }),
      ),
    );
    for (const [region, item] of lvmFilled)
      expect(positions.received).toContainEqual(
        expect.objectContaining({
          region,
          item,
          ministry: "LVM",
          part: "lead",
          position: "does-not-support",
        }),
      );

    // On the summary workbook: All items and National questions show the merged positions.
    const book = await readXlsx(new Uint8Array(readFileSync(summary)), "with.xlsx");
    const all = records(sheet(book.sheets, "Kaikki kohteet"));
    const labels = ["Tukee", "Ei tue", "Selvitettävä"];
    const row = (list: Record<string, string>[], region: string, item: string) =>
      list.find((r) => r.Koodi === region && r.Nro === item);
    temFilled.forEach(([region, item], n) => {
      expect(row(all, region, item)?.["Ministeriön kanta"]).toBe(labels[n % 3]);
      expect(row(all, region, item)?.Jatkokäsittely).toBe("Viedään eteenpäin");
    });
    for (const [region, item] of lvmFilled)
      expect(row(all, region, item)?.["Ministeriön kanta"]).toBe("Ei tue");
    const national = records(sheet(book.sheets, "Kansalliset kysymykset"));
    for (const [region, item] of [...temFilled, ...lvmFilled]) {
      const q = row(national, region, item);
      if (q) expect(q["Ministeriön kanta"]).not.toBe("");
    }
    expect(positions.itemsWithoutPosition).toBe(
      all.filter((r) => r["Vastuuministeriö"] !== "" && r["Ministeriön kanta"] === "").length,
    );
  });

  it("refuses two packages of one ministry and a file that is no package, naming them; exit 1", async () => {
    const tem = join(out(), "TEM-valmistelu.xlsx");
    const copy = join(dir, "TEM-kopio.xlsx");
    copyFileSync(tem, copy);
    const run = await cli([
      "consolidate",
      ...proposals,
      "--settings",
      settings,
      "--out",
      join(dir, "refused.xlsx"),
      "--json",
      "--positions",
      tem,
      copy,
      proposals[0],
    ]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out) as ConsolidateJson;
    expect(
      json.issues.filter((i) => i.rule.startsWith("POSITION")).map((i) => [i.rule, i.file]),
    ).toEqual([
      ["POSITION-NOT-PACKAGE", proposals[0]],
      ["POSITION-DUPLICATE-MINISTRY", tem],
      ["POSITION-DUPLICATE-MINISTRY", copy],
    ]);
    expect(json.positions?.packages.map((p) => p.merged)).toEqual([false, false]);
  });

  it("refuses an output folder that does not exist, and a package given as --out-dir's own input; exit 2", async () => {
    const missing = await cli(["packages", ...round, "--out-dir", join(dir, "nowhere")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("nowhere");
    const usage = await cli(["packages", ...round]);
    expect(usage.code).toBe(2);
    // An input where a package would be written is never overwritten.
    const clash = join(dir, "clash");
    mkdirSync(clash);
    const input = join(clash, "TEM-valmistelu.xlsx");
    copyFileSync(proposals[0], input);
    const before = readFileSync(input);
    const refused = await cli(["packages", ...round, input, "--out-dir", clash, "--lang", "fi"]);
    expect(refused.code).toBe(2);
    expect(readFileSync(input)).toEqual(before);
  });
});

describe("npm run sample's returned packages", () => {
  it("are TEM's and LVM's, merge without an issue and leave one TEM item without a position", async () => {
    const returned = await writeReturnedPackages(dir, round);
    expect(returned.map((f) => f.slice(dir.length + 1))).toEqual([
      join("returned-positions", "TEM-valmistelu.xlsx"),
      join("returned-positions", "LVM-valmistelu.xlsx"),
    ]);
    const run = await cli([
      "consolidate",
      ...round,
      "--out",
      join(dir, "sample-summary.xlsx"),
      "--json",
      "--positions",
      ...returned,
    ]);
    const json = JSON.parse(run.out) as ConsolidateJson;
    expect(json.issues.filter((i) => i.rule.startsWith("POSITION"))).toEqual([]);
    expect(json.positions?.answered).toEqual(["LVM", "TEM"]);
    expect(
      json.positions?.received.filter((r) => r.ministry === "TEM" && r.position === null),
    ).toEqual([]);
  });
});
