#!/usr/bin/env node
// Refresh the README's pictures of the task pane (docs/images/pane-*.png). `npm test` never writes
// them: its browser tests save to test-output/screenshots; this runs the same tests into docs/images.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
const run = spawnSync(process.execPath, [jest, "--selectProjects", "browser", "--maxWorkers=1", "test/browser/pane.test.ts", "test/browser/screenshots.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NQ_SCREENSHOT_DIR: path.join("docs", "images") },
});
process.exit(run.status ?? 1);
