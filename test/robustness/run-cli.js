#!/usr/bin/env node
"use strict";
// `nq` straight from the TypeScript sources (ts-node, transpile only), in a process of its own: the
// robustness suite runs it to see the exit code, the output and the peak memory of a real process
// (a crash, a native heap error, an exit code outside 0–2) without building lib/ first.
//   node test/robustness/run-cli.js check DATA.xlsx …   (env NQ_RSS_FILE=path: peak RSS in kB written there at exit)
const path = require("path");
const fs = require("fs");
require("ts-node").register({ project: path.join(__dirname, "..", "..", "tsconfig.cli.json"), transpileOnly: true });
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
process.on("exit", () => {
  if (process.env.NQ_RSS_FILE) fs.writeFileSync(process.env.NQ_RSS_FILE, String(process.resourceUsage().maxRSS));
});
require("../../src/cli/main")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
