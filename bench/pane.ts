/**
 * The pane as a user meets it: the gzip size of the scripts the pages load first, and the
 * time from navigation start to the app's heading being visible in headless Chromium.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, serveDist } from "../test/e2e/harness";
import { DIST, gzipSize, initialScripts } from "./bundleSize";
import { median, round } from "./stats";

export interface BundleFigure {
  readonly page: string;
  readonly scripts: readonly { readonly script: string; readonly gzipBytes: number }[];
  readonly totalGzipBytes: number;
}

/** Builds dist/ with webpack when a page is missing (a fresh clone). */
export function ensureBuild(): void {
  if (["taskpane.html", "app.html"].every((page) => existsSync(path.join(DIST, page)))) return;
  process.stdout.write("dist/ is missing: building it (webpack --mode production)…\n");
  const result = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: path.resolve(DIST, ".."),
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("webpack failed: the pane figures cannot be measured");
}

export function bundleFigures(): BundleFigure[] {
  return ["taskpane.html", "app.html"].map((page) => {
    const scripts = initialScripts(page).map((script) => ({ script, gzipBytes: gzipSize(script) }));
    return { page, scripts, totalGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
  });
}

export interface RenderFigure {
  readonly page: string;
  readonly loads: number;
  /** `performance.now()` in the page when the heading is first seen visible: ms since navigation start. */
  readonly medianMs: number;
  readonly allMs: readonly number[];
}

/** Median of `loads` fresh page loads (new browser context each: nothing cached). */
export async function firstRender(loads = 5): Promise<RenderFigure> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the first-render time needs it (e.g. apt-get install chromium).`,
    );
  const { server, origin } = await serveDist();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({
        viewport: { width: 350, height: 720 },
        locale: "fi-FI",
      });
      const page = await context.newPage();
      await page.goto(`${origin}/app.html`, { waitUntil: "commit" });
      // Polled on every animation frame in the page, so the time is the page's own clock. A
      // string, not a function: tsx's transform would add helpers the page does not have.
      const ms = await page.evaluate<number>(`new Promise((resolve) => {
        const check = () => {
          const heading = document.querySelector("h1");
          if (heading && heading.getBoundingClientRect().height > 0) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      })`);
      times.push(round(ms));
      await context.close();
    }
    return { page: "app.html", loads, medianMs: round(median(times)), allMs: times };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
