#!/usr/bin/env node
"use strict";
// Command-line entry: `nq <lệnh> …`. The TypeScript sources are compiled into lib/ by `npm run build:cli`
// (`npm run demo` and CI build it; after a fresh `npm install` run it once).
const path = require("path");
const fs = require("fs");
// A closed pipe (`nq … | head`) is not an error worth a stack trace.
process.stdout.on("error", (e) => { if (e.code === "EPIPE") process.exit(0); throw e; });
const main = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("Chưa biên dịch công cụ dòng lệnh. Chạy: npm run build:cli\n");
  process.exit(2);
}
require(main).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
