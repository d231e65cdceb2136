#!/usr/bin/env node
// npm start: serve the add-in in development mode and, where desktop Excel exists, sideload it.
//
//   npm start                  https when a trusted development certificate can be installed, else http
//   npm start -- --no-sideload serve only; print how to load the add-in
//   RA_DEV_HTTPS=0 npm start   skip the certificate step and serve plain http
//
// Environment passed to `webpack serve` (webpack.config.js reads it):
//   RA_DEV_HTTPS   "1": https with the certificate office-addin-dev-certs keeps in
//                  ~/.office-addin-dev-certs; "0": plain http
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MANIFEST = join(ROOT, "manifest.xml");
const PORT = 3000;
const wantSideload = !process.argv.includes("--no-sideload");
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

/** The path of a package's command-line script, so it runs under this Node on every platform. */
function binOf(pkg, name = pkg) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
  return join(dirname(manifestPath), typeof bin === "string" ? bin : bin[name]);
}

function runTool(pkg, args) {
  return (
    spawnSync(process.execPath, [binOf(pkg), ...args], { cwd: ROOT, stdio: "inherit" }).status === 0
  );
}

/** Whether a trusted https://localhost certificate is in place. */
async function installDevelopmentCertificate() {
  if (process.env.RA_DEV_HTTPS === "0") return false;
  try {
    const certs = require("office-addin-dev-certs");
    await certs.ensureCertificatesAreInstalled();
    return true;
  } catch (error) {
    console.warn(
      `\nCould not install a trusted development certificate for https://localhost ` +
        `(${error instanceof Error ? error.message.split("\n")[0] : String(error)}).\n` +
        `Serving plain http instead. Excel does not load add-ins over http: use app.html in a browser, ` +
        `or install the certificate (npx office-addin-dev-certs install) and run npm start again.\n`,
    );
    return false;
  }
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((done) => {
    const attempt = () => {
      const socket = connect(port, "localhost");
      socket.once("connect", () => {
        socket.destroy();
        done(true);
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) done(false);
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

function printWebInstructions(base, https) {
  console.log(`\nThe add-in is served at ${base}`);
  console.log(`  Browser page (no Excel needed): ${base}app.html`);
  if (https) {
    console.log(
      "  Excel on the web: open a workbook, Home > Add-ins > More add-ins > Upload My Add-in,",
    );
    console.log(`  and upload ${MANIFEST}`);
  } else {
    console.log(
      "  Excel (desktop or web) needs https: this http server serves the browser page only.",
    );
  }
  console.log("Press Ctrl+C to stop.\n");
}

async function main() {
  // The office-addin tools keep a usage-data setting in the home folder; make sure it is off.
  try {
    runTool("office-addin-usage-data", ["off"]);
  } catch {
    console.warn("office-addin-usage-data is not installed; nothing to turn off.");
  }

  const https = await installDevelopmentCertificate();
  const base = `${https ? "https" : "http"}://localhost:${PORT}/`;
  const env = { ...process.env, RA_DEV_HTTPS: https ? "1" : "0" };

  const server = spawn(process.execPath, [binOf("webpack-cli"), "serve", "--mode", "development"], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  });
  let sideloaded = false;
  const stop = () => {
    if (sideloaded) runTool("office-addin-debugging", ["stop", MANIFEST]);
    server.kill();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  server.once("exit", (code) => process.exit(code ?? 0));

  if (!(await waitForPort(PORT, 120_000))) {
    console.error(`The development server did not start on port ${PORT}.`);
    stop();
    return;
  }

  if (hasDesktopExcel && https && wantSideload) {
    console.log("\nSideloading the add-in into desktop Excel…");
    sideloaded = runTool("office-addin-debugging", [
      "start",
      MANIFEST,
      "desktop",
      "--app",
      "excel",
      "--no-debug",
    ]);
    if (sideloaded) {
      console.log(
        "Excel opens with the add-in: Home > Regional development. Press Ctrl+C to stop.\n",
      );
      return;
    }
    console.warn("Sideloading into desktop Excel failed (is Excel installed?).");
  }
  printWebInstructions(base, https);
}

await main();
