import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../hostile/cli";
import type { PreviousJson } from "../../src/core/previous";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { readFileSync } from "node:fs";
import { cleanProposal, cleanSettings, xlsxOf } from "../cli/round";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-previous-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(name: string, sheets: readonly SheetSnapshot[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await xlsxOf(sheets));
  return path;
}

/**
 * Last round Varsinais-Suomi and Pohjois-Savo took part with 60 000 € AKKE per item; this
 * round Varsinais-Suomi and Lappi with 80 000 €. Each clean proposal has items 1.1 and 1.2
 * and a quarter of the AKKE from the regional council per item.
 */
async function rounds() {
  const before = ["MK02", "MK11"];
  const now = ["MK02", "MK19"];
  const previousFiles = await Promise.all(
    before.map((r) => write(`2025-${r}.xlsx`, [cleanProposal(r, 60_000)])),
  );
  const previousSettings = await write("2025-settings.xlsx", [cleanSettings(before)]);
  const previous = join(dir, "Yhteenveto-2025.xlsx");
  const first = await cli([
    "consolidate",
    ...previousFiles,
    "--settings",
    previousSettings,
    "--out",
    previous,
    "--lang",
    "sv",
  ]);
  expect(first.code).toBe(0);
  const files = await Promise.all(
    now.map((r) => write(`2026-${r}.xlsx`, [cleanProposal(r, 80_000)])),
  );
  const settings = await write("2026-settings.xlsx", [cleanSettings(now)]);
  return { previous, files, settings };
}

describe("consolidate --previous", () => {
  it("compares with a summary the product wrote (in Swedish) and says so in JSON", async () => {
    const { previous, files, settings } = await rounds();
    const out = join(dir, "summary-2026.xlsx");
    const result = await cli([
      "consolidate",
      ...files,
      "--settings",
      settings,
      "--previous",
      previous,
      "--out",
      out,
      "--json",
      "--lang",
      "fi",
    ]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { previous: PreviousJson };
    const p = json.previous;
    expect(p.file).toBe(previous);
    expect(p.lang).toBe("sv");
    expect([p.new, p.dropped, p.continued, p.notCompared]).toEqual([2, 0, 2, 2]);
    expect([p.matchedById, p.matchedByObjective, p.statusChanges]).toEqual([2, 0, 0]);
    expect(
      p.regions.map((r) => [r.region, r.akke, r.akkePrevious, r.other, r.otherPrevious]),
    ).toEqual([
      ["MK02", 2 * 80_000, 2 * 60_000, 2 * 20_000, 2 * 15_000],
      ["MK11", 0, 2 * 60_000, 0, 2 * 15_000],
      ["MK19", 2 * 80_000, 0, 2 * 20_000, 0],
    ]);
    expect(p.totals).toEqual({
      akke: 4 * 80_000,
      akkePrevious: 4 * 60_000,
      other: 4 * 20_000,
      otherPrevious: 4 * 15_000,
    });
    expect(
      p.items.filter((i) => i.change === "continued").map((i) => [i.region, i.itemId, i.match]),
    ).toEqual([
      ["MK02", "1.1", "id"],
      ["MK02", "1.2", "id"],
    ]);
    const book = await readXlsx(new Uint8Array(readFileSync(out)), out);
    expect(book.sheets.map((s) => s.name)).toContain("Muutos edelliseen kierrokseen");
    expect(book.sheets.map((s) => s.name)).toContain("Avoimet kansalliset päätökset");
  });

  it("tells the comparison in the readable report", async () => {
    const { previous, files, settings } = await rounds();
    const result = await cli([
      "consolidate",
      ...files,
      "--settings",
      settings,
      "--previous",
      previous,
      "--out",
      join(dir, "summary-text.xlsx"),
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      `Compared with the previous summary ${previous}: 2 new, 0 dropped, 2 continued (0 matched by objective), 0 with a changed implementation status.`,
    );
  });

  it.each([
    ["fi", "ei ole tämän ohjelman kirjoittama yhteenveto"],
    ["sv", "är ingen sammanfattning som detta program har skrivit"],
    ["en", "is not a summary this product wrote"],
  ])(
    "refuses a proposal given as --previous (%s): exit 2, nothing written",
    async (lang, words) => {
      const { files, settings } = await rounds();
      const out = join(dir, `refused-${lang}.xlsx`);
      const result = await cli([
        "consolidate",
        ...files,
        "--settings",
        settings,
        "--previous",
        files[0],
        "--out",
        out,
        "--lang",
        lang,
      ]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(`${files[0]} ${words}`);
      expect(result.out).toBe("");
      expect(existsSync(out)).toBe(false);
    },
  );

  it("refuses a --previous file that cannot be read, and --previous outside consolidate", async () => {
    const { files } = await rounds();
    const out = join(dir, "missing.xlsx");
    const missing = await cli([
      "consolidate",
      ...files,
      "--previous",
      join(dir, "nope.xlsx"),
      "--out",
      out,
      "--lang",
      "en",
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("could not be read (io)");
    expect(existsSync(out)).toBe(false);
    const usage = await cli(["validate", ...files, "--previous", files[0]]);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("--previous does not apply to validate");
  });

  it("never writes the summary over the previous summary", async () => {
    const { previous, files } = await rounds();
    const result = await cli([
      "consolidate",
      ...files,
      "--previous",
      previous,
      "--out",
      previous,
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(2);
  });
});
