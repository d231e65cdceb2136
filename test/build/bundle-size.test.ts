import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const DIST = path.resolve(__dirname, "../../dist");
const BUDGET_BYTES = 250 * 1024;

/** The page's own scripts, in load order: what the pane downloads before it can show. */
function initialScripts(page: string): string[] {
  const file = path.join(DIST, page);
  if (!existsSync(file)) {
    throw new Error(
      `dist/${page} is missing: run \`npm run build\` (webpack --mode production) first.`,
    );
  }
  const html = readFileSync(file, "utf8");
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi), (m) => m[1]).filter(
    (src) => !/^(https?:)?\/\//.test(src),
  );
}

function gzipSize(script: string): number {
  return gzipSync(readFileSync(path.join(DIST, script)), { level: 9 }).length;
}

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
});
