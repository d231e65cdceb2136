import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../hostile/cli";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { cleanProposal, cleanSettings, xlsxOf } from "./round";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-regions-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(name: string, sheets: readonly SheetSnapshot[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await xlsxOf(sheets));
  return path;
}

function folder(name: string): string {
  const path = join(dir, name);
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path);
  return path;
}

/** Each clean proposal: two items of AKKE 80 000 € each; each funded region's allocation is 160 000 €. */
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

interface RegionsJson {
  files: { file: string; error: string | null }[];
  counts: { error: number; warning: number; info: number };
  pages: {
    region: string;
    file: string;
    items: number;
    akke: number;
    allocation: number | null;
  }[];
}

describe("regional-agreements regions", () => {
  it("writes one whole HTML page per region with a proposal and exits 0 on a clean round", async () => {
    const { settings, files } = await cleanRound("clean");
    const out = folder("clean-pages");
    const result = await cli([
      "regions",
      ...files,
      "--settings",
      settings,
      "--out-dir",
      out,
      "--lang",
      "fi",
    ]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const names = ["Varsinais-Suomi", "Pohjois-Savo", "Lappi"].map(
      (name) => `${name}-alkekeskustelu.html`,
    );
    for (const name of names) {
      const html = readFileSync(join(out, name), "utf8");
      expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
      expect(html).toContain('<html lang="fi">');
      expect(html).toContain("<title>Aluekehittämiskeskustelu");
      expect(result.out).toContain(join(out, name));
    }
    expect(readFileSync(join(out, names[2]), "utf8")).toContain(
      "Lapin AKKE-esitys on 160\u00a0000\u00a0euroa, mikä vastaa AKKE-jakoa.",
    );
  });

  it("prints the pages with --json, with the validation's files and counts", async () => {
    const { settings, files } = await cleanRound("json");
    const out = folder("json-pages");
    const result = await cli([
      "regions",
      ...files,
      "--settings",
      settings,
      "--out-dir",
      out,
      "--lang",
      "en",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as RegionsJson;
    expect(json.files.map((f) => f.file)).toEqual([settings, ...files]);
    expect(json.counts.error).toBe(0);
    expect(json.pages).toEqual(
      FUNDED.map((region, i) => ({
        region,
        file: join(
          out,
          ["Southwest-Finland", "North-Savo", "Lapland"][i] +
            "-regional-development-discussion.html",
        ),
        items: 2,
        akke: 2 * AKKE_PER_ITEM,
        allocation: 2 * AKKE_PER_ITEM,
      })),
    );
  });

  it("writes the pages asked for with --region, a region without a proposal included", async () => {
    const { settings, files } = await cleanRound("asked");
    const out = folder("asked-pages");
    const result = await cli([
      "regions",
      ...files,
      "--settings",
      settings,
      "--out-dir",
      out,
      "--region",
      "MK19,Kainuu",
      "--lang",
      "sv",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as RegionsJson;
    expect(json.pages.map((p) => [p.region, p.items, p.akke])).toEqual([
      ["MK19", 2, 2 * AKKE_PER_ITEM],
      ["MK18", 0, 0],
    ]);
    expect(
      readFileSync(join(out, "Kajanaland-regionutvecklingsdiskussion.html"), "utf8"),
    ).toContain("Kajanaland har inte lämnat något förslag.");
    expect(existsSync(join(out, "Egentliga-Finland-regionutvecklingsdiskussion.html"))).toBe(false);
  });

  it("exits 1 on error-level issues, still writing the pages", async () => {
    const settings = await write("errors-settings.xlsx", [cleanSettings(FUNDED)]);
    const over = await write("errors-MK11.xlsx", [cleanProposal("MK11", 100_000)]);
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, "not a workbook");
    const out = folder("errors-pages");
    const result = await cli([
      "regions",
      over,
      broken,
      "--settings",
      settings,
      "--out-dir",
      out,
      "--lang",
      "fi",
      "--json",
    ]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as RegionsJson;
    expect(json.counts.error).toBeGreaterThan(0);
    expect(json.pages.map((p) => p.region)).toEqual(["MK11"]);
    expect(readFileSync(join(out, "Pohjois-Savo-alkekeskustelu.html"), "utf8")).toContain(
      "Esitystä on vielä täydennettävä.",
    );
  });

  it("exits 2 when the folder is missing, nothing written", async () => {
    const { settings, files } = await cleanRound("missing");
    const missing = join(dir, "no-such-folder");
    const result = await cli([
      "regions",
      ...files,
      "--settings",
      settings,
      "--out-dir",
      missing,
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(missing);
    expect(existsSync(missing)).toBe(false);
  });

  it("exits 2 for a usage error or an unknown region", async () => {
    const { files } = await cleanRound("usage");
    expect((await cli(["regions", ...files])).code).toBe(2);
    expect((await cli(["regions", "--out-dir", dir])).code).toBe(2);
    expect((await cli(["regions", ...files, "--out-dir", dir, "--out", "x.xlsx"])).code).toBe(2);
    const unknown = await cli([
      "regions",
      ...files,
      "--out-dir",
      dir,
      "--region",
      "MK99",
      "--lang",
      "en",
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown region: MK99.");
  });

  it("exits 2 rather than write a page over one of the files it reads", async () => {
    const { settings, files } = await cleanRound("input");
    const out = folder("input-pages");
    const input = join(out, "Lappi-alkekeskustelu.html");
    writeFileSync(input, "kept");
    const result = await cli([
      "regions",
      ...files,
      input,
      "--settings",
      settings,
      "--out-dir",
      out,
      "--lang",
      "fi",
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("on myös luettava tiedosto");
    expect(readFileSync(input, "utf8")).toBe("kept");
    expect(existsSync(join(out, "Varsinais-Suomi-alkekeskustelu.html"))).toBe(false);
  });
});
