/**
 * Browser harness for the end-to-end tests: serves dist/ on 127.0.0.1, drives the system
 * Chromium through playwright-core, refuses every request to another origin, keeps
 * screenshots and runs axe-core against the page under the page's own CSP.
 */
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { AxeResults, Result } from "axe-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");
const AXE_SOURCE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** Fails with the command to run when the production build is missing. */
export function requireBuild(page = "app.html"): string {
  const file = path.join(DIST, page);
  if (!existsSync(file)) {
    throw new Error(
      `dist/${page} is missing: run \`npm run build\` (webpack --mode production) before these tests.`,
    );
  }
  return file;
}

/** Fails clearly, never skips, when the system Chromium is missing. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the browser tests need it (e.g. apt-get install chromium).`,
    );
  }
  return CHROMIUM;
}

/** A static file server over dist/ on 127.0.0.1 and a free port. */
export async function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.resolve(DIST, `.${pathname === "/" ? "/app.html" : pathname}`);
    if (!file.startsWith(DIST + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    readFile(file).then(
      (body) => {
        const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
        res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export interface SeriousViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** One open page with everything the tests check about it. */
export class PageSession {
  /** Every URL the page asked for, in order. */
  readonly requests: string[] = [];
  /** Requests to any origin but the test server's; they were aborted. */
  readonly foreignRequests: string[] = [];
  /** Same-origin requests answered with an error status (a missing chunk, icon…). */
  readonly failedRequests: string[] = [];
  /** Console errors and uncaught exceptions, including CSP refusals. */
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
  ) {}

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name.replace(/[^a-z0-9._-]+/gi, "-")}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  /**
   * Runs axe-core and returns the serious and critical violations. The axe source is
   * evaluated through the DevTools protocol (page.evaluate), which the page's CSP does
   * not govern, so the page keeps its real policy: a <script> tag injected by
   * addScriptTag would be refused by `script-src 'self'`, and bypassCSP would test a
   * page users never get.
   *
   * Tabster (Fluent UI's focus manager) places `<i tabindex="0" aria-hidden="true"
   * data-tabster-dummy>` sentinels around focus groups; they pass focus straight on and
   * hold no content, so axe's aria-hidden-focus finding on them is excluded, nothing else.
   */
  async seriousAccessibilityViolations(): Promise<SeriousViolation[]> {
    const source = readFileSync(AXE_SOURCE, "utf8");
    await this.page.evaluate(source);
    const results = await this.page.evaluate(async () => {
      type Axe = { run: (context: { exclude: string[][] }) => Promise<AxeResults> };
      const axe = (window as unknown as { axe: Axe }).axe;
      return axe.run({ exclude: [["[data-tabster-dummy]"]] });
    });
    return results.violations
      .filter((v: Result) => v.impact === "serious" || v.impact === "critical")
      .map((v: Result) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** The browser and server for one test file. */
export class Harness {
  private constructor(
    readonly browser: Browser,
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<Harness> {
    requireBuild();
    const executablePath = requireChromium();
    const { server, origin } = await serveDist();
    try {
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      return new Harness(browser, server, origin);
    } catch (error) {
      server.close();
      throw error;
    }
  }

  /** Opens `pathAndQuery` (e.g. "app.html?view=memo") in a fresh context of the given width. */
  async open(pathAndQuery: string, width: number, height = 720): Promise<PageSession> {
    const context = await this.browser.newContext({ viewport: { width, height }, locale: "fi-FI" });
    const page = await context.newPage();
    const session = new PageSession(page, context);
    await context.route("**/*", (route) => {
      const url = route.request().url();
      session.requests.push(url);
      if (url.startsWith(`${this.origin}/`) || url.startsWith("data:")) return route.continue();
      session.foreignRequests.push(url);
      return route.abort("blockedbyclient");
    });
    page.on("console", (message) => {
      if (message.type() === "error") session.errors.push(message.text());
    });
    page.on("pageerror", (error) => session.errors.push(String(error)));
    page.on("response", (response) => {
      if (response.status() >= 400)
        session.failedRequests.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${this.origin}/${pathAndQuery}`, { waitUntil: "load" });
    return session;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
