/**
 * The scripts a page of dist/ loads first and their gzip size, measured as
 * test/build/bundle-size.test.ts checks them against its budget (gzip level 9, same-origin
 * `<script src>`): the test and the bench share these.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const DIST = path.resolve(__dirname, "../dist");

/** The page's own scripts, in load order: what the pane downloads before it can show. */
export function initialScripts(page: string, dist = DIST): string[] {
  const file = path.join(dist, page);
  if (!existsSync(file))
    throw new Error(
      `dist/${page} is missing: run \`npm run build\` (webpack --mode production) first.`,
    );
  const html = readFileSync(file, "utf8");
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi), (m) => m[1]).filter(
    (src) => !/^(https?:)?\/\//.test(src),
  );
}

export function gzipSize(script: string, dist = DIST): number {
  return gzipSync(readFileSync(path.join(dist, script)), { level: 9 }).length;
}
