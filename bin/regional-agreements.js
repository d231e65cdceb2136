#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so no separate build is needed.
const { register } = require("tsx/cjs/api");
register();
const { runCli } = require("../src/cli/main.ts");
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write("regional-agreements: the command line could not start.\n");
    process.exitCode = 2;
  },
);
