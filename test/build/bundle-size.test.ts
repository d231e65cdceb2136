import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DIST, gzipSize, initialScripts } from "../../bench/bundleSize";
import { AREAS } from "../../src/core/i18n/areas";

const BUDGET_BYTES = 250 * 1024;

describe("bundle budget", () => {
  it.each(["taskpane.html", "app.html"])("%s loads under 250 KiB of gzipped script", (page) => {
    const scripts = initialScripts(page);
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map((s) => [s, gzipSize(s)] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    console.log(
      `${page}: ${(total / 1024).toFixed(1)} KiB gzipped initially (${sizes
        .map(([s, size]) => `${s} ${(size / 1024).toFixed(1)}`)
        .join(", ")})`,
    );
    expect(total).toBeLessThan(BUDGET_BYTES);
  });

  it("keeps ExcelJS out of the scripts a page loads first", () => {
    for (const page of ["taskpane.html", "app.html"]) {
      for (const script of initialScripts(page)) {
        const file = path.join(DIST, script);
        // ExcelJS's own texts and its bundled licences survive minification.
        expect(readFileSync(file, "utf8")).not.toContain("exceljs/exceljs/blob/master/UPGRADE");
        const licences = `${file}.LICENSE.txt`;
        if (existsSync(licences))
          expect(readFileSync(licences, "utf8")).not.toMatch(/ExcelJS|JSZip/);
      }
    }
  });

  it("loads only the shell's messages (common, pane) with a page's first scripts", () => {
    // Texts that minification leaves as they are: plain ASCII, no quotes or escapes.
    const plain = (area: keyof typeof AREAS) =>
      Object.values(AREAS[area].en as Readonly<Record<string, string>>).filter(
        (text) => /^[\x20-\x7e]{24,}$/.test(text) && !/["'`\\]/.test(text),
      );
    for (const page of ["taskpane.html", "app.html"]) {
      const code = initialScripts(page)
        .map((script) => readFileSync(path.join(DIST, script), "utf8"))
        .join("\n");
      const shown = (area: keyof typeof AREAS) => plain(area).filter((text) => code.includes(text));
      expect(shown("common").length).toBeGreaterThan(0);
      expect(shown("pane")).toEqual(plain("pane"));
      for (const area of Object.keys(AREAS) as (keyof typeof AREAS)[]) {
        if (area !== "common" && area !== "pane")
          expect({ area, shown: shown(area) }).toEqual({ area, shown: [] });
      }
    }
  });
});
