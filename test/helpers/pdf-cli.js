#!/usr/bin/env node
"use strict";
// pdf.js is ESM only and Jest's module sandbox refuses a native import(), so the PDF tests run the real
// code here, in a Node process of its own (ts-node, transpile only), and read back JSON:
//   node test/helpers/pdf-cli.js '[{"targets":["a.pdf","--json"]}, {"extract":"b.pdf","limits":{"maxPages":1,"timeoutMs":30000}}]'
// Each job gives { code, out, err } (nq targets in-process) or the PdfText of extractPdfText.
const path = require("path");
const fs = require("fs");
require("ts-node").register({ project: path.join(__dirname, "..", "..", "tsconfig.cli.json"), transpileOnly: true });
const { targetsCommand } = require("../../src/cli/commands/targets");
const { extractPdfText } = require("../../src/xlsx/pdf");
const { loadPdfjsNode } = require("../../src/xlsx/pdfjs-node");

(async () => {
  const results = [];
  for (const job of JSON.parse(process.argv[2])) {
    if (job.targets) {
      const io = { out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t), stdout: "", stderr: "", isTTY: false, cwd: job.cwd ?? process.cwd() };
      const code = await targetsCommand.run(job.targets, io);
      results.push({ code, out: io.stdout, err: io.stderr });
    } else {
      const started = Date.now();
      const r = await extractPdfText(new Uint8Array(fs.readFileSync(job.extract)), loadPdfjsNode, job.limits);
      results.push({ ...r, ms: Date.now() - started });
    }
  }
  process.stdout.write(JSON.stringify(results));
})();
