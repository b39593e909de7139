"use strict";
/**
 * The task pane's merge ("Gộp dữ liệu các đơn vị", issue 15) in headless Chromium: the 68 unit files
 * of the sample chosen in the pane's file input, read and merged in the page (the built dist/, office.js
 * replaced by the test fake), timed by the pane itself from the choice to the totals (data-ms), which
 * includes the pauses between files that keep the pane painting. Also the write into the fake workbook
 * (its syncs; the fake's time says nothing about Excel's) and the page's JS heap.
 *
 *   node scripts/bench/pane-merge.js                 3 runs, printed as JSON
 *   node scripts/bench/pane-merge.js --screenshot    docs/images/pane-merge-vi.png (a few files, one
 *                                                    corrected, one damaged), no timing
 * From the orchestrator: `require("./bench/pane-merge").benchPaneMerge({ quick, log })`.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const http = require("http");
const { spawnSync } = require("child_process");
const { ROOT, lib, median } = require("./lib");
const { makeUnits } = require("./merge");

const DIST = path.join(ROOT, "dist");
const CHROMIUM = process.env.NQ_CHROMIUM || "/usr/bin/chromium";
const FAKE = path.join(ROOT, "test", "fixtures", "office-fake");
const SCREENSHOT = path.join(ROOT, "docs", "images", "pane-merge-vi.png");

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** dist/ as the browser tests build it (production webpack) when older than src/. */
function ensureDist(log) {
  const bundle = path.join(DIST, "taskpane.js");
  if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= newest(path.join(ROOT, "src"))) return;
  log("  khung tác vụ: webpack --mode production…");
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`webpack: ${(r.stdout + r.stderr).trim().split("\n").slice(-5).join(" | ")}`);
}

function serve() {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png" };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url || "/", "http://x").pathname).replace(/^\/+/, "");
    const file = path.join(DIST, rel);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })));
}

async function openPane(browser, base) {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const fake = fs.readFileSync(path.join(FAKE, "excel-fake.js"), "utf8") + "\n" + fs.readFileSync(path.join(FAKE, "office.js"), "utf8");
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")) return route.fulfill({ status: 200, contentType: "text/javascript", body: fake });
    return url.startsWith(base) ? route.continue() : route.abort();
  });
  await page.addInitScript(() => (window.__NQ_LANG = "vi-VN"));
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector("#panel-resolution");
  await page.click("#tab-data");
  return { page, close: () => context.close() };
}

/** Choose the files, wait for the totals: the pane's own figure (ms), the wall time seen from here, the heap. */
async function mergeOnce(page, files) {
  const t0 = Date.now();
  await page.setInputFiles("#merge-input", files);
  await page.waitForSelector("#merge-totals dl", { timeout: 300_000 });
  const wallMs = Date.now() - t0;
  const paneMs = Number(await page.getAttribute("#merge-totals", "data-ms"));
  const heapBytes = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : null));
  return { paneMs, wallMs, heapBytes };
}

async function withBrowser(fn) {
  const { chromium } = require("playwright-core");
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"] });
  try {
    return await fn(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchPaneAsync({ runs = 3, log = () => undefined } = {}) {
  if (!fs.existsSync(CHROMIUM)) return { error: `no Chromium at ${CHROMIUM}` };
  ensureDist(log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-bench-pane-merge-"));
  try {
    log("  khung tác vụ: ghi 68 tệp / 2,712 đảng viên…");
    const made = await makeUnits(path.join(dir, "don-vi"), 68, 2712);
    const files = fs.readdirSync(path.join(dir, "don-vi")).sort().map((f) => path.join(dir, "don-vi", f));
    return await withBrowser(async (browser, base) => {
      const all = [];
      let write = null;
      for (let i = 0; i < runs; i++) {
        log(`  khung tác vụ: gộp ${files.length} tệp, lần ${i + 1}/${runs}…`);
        const pane = await openPane(browser, base);
        all.push(await mergeOnce(pane.page, files));
        if (i === runs - 1) {
          const before = await pane.page.evaluate(() => window.__nqWorkbook.syncCount);
          const t0 = Date.now();
          await pane.page.click("#merge-write");
          await pane.page.waitForFunction(() => document.getElementById("message-data")?.innerText.includes("Đã ghi"), null, { timeout: 120_000 });
          write = { fakeMs: Date.now() - t0, syncs: (await pane.page.evaluate(() => window.__nqWorkbook.syncCount)) - before };
        }
        await pane.close();
      }
      return { ...made, runs, medianPaneMs: median(all.map((r) => r.paneMs)), medianWallMs: median(all.map((r) => r.wallMs)), allPaneMs: all.map((r) => r.paneMs), heapBytes: all[all.length - 1].heapBytes, write };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The README's picture: five unit files, a corrected file for one of them, a damaged file. */
async function screenshot(log) {
  ensureDist(log);
  const { generateSample } = lib("core/sample/index.js");
  const { sampleUnitWorkbooks } = lib("core/sample/units.js");
  const { writeWorkbookFile } = lib("xlsx/index.js");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-shot-pane-merge-"));
  try {
    const units = sampleUnitWorkbooks(generateSample()).slice(0, 5);
    const files = [];
    for (const u of units) {
      const file = path.join(dir, u.name);
      const w = await writeWorkbookFile(file, u.sheets);
      if (!w.ok) throw new Error(w.message);
      files.push(file);
    }
    const fixed = units[1];
    const corrected = path.join(dir, fixed.name.replace(/\.xlsx$/, " (sửa).xlsx"));
    await writeWorkbookFile(corrected, [fixed.sheets[0], { ...fixed.sheets[1], values: fixed.sheets[1].values.slice(0, -1) }, fixed.sheets[2]]);
    const damaged = path.join(dir, "Chi bộ Trường THPT (gửi qua Zalo).xlsx");
    const whole = fs.readFileSync(files[0]);
    fs.writeFileSync(damaged, whole.subarray(0, whole.length >> 1));
    await withBrowser(async (browser, base) => {
      const pane = await openPane(browser, base);
      await mergeOnce(pane.page, [...files, corrected, damaged]);
      await pane.page.evaluate(() => window.scrollTo(0, 0));
      await pane.page.screenshot({ path: SCREENSHOT, fullPage: false });
      await pane.close();
    });
    log(`  ảnh: ${path.relative(ROOT, SCREENSHOT)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Synchronous for the orchestrator: the browser part runs in a child process. */
function benchPaneMerge({ quick = false, log = () => undefined } = {}) {
  log("  khung tác vụ: gộp 68 tệp trong Chromium (một tiến trình con)…");
  const r = spawnSync(process.execPath, [__filename, ...(quick ? ["--quick"] : [])], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) return { error: `pane merge benchmark exit ${r.status}` };
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;

function paneMergeReport(p) {
  if (!p || p.error) return [`8. Pane merge: ${p ? p.error : "–"}`];
  return [
    "8. Task pane merge in headless Chromium (68 unit files chosen at once, read and merged in the page):",
    `   ${p.files} files / ${p.members.toLocaleString("en-US")} members: ${sec(p.medianPaneMs)} (median of ${p.runs}, the pane's own clock, pauses between files included; ${sec(p.medianWallMs)} seen from outside), JS heap ${(p.heapBytes / 1024 ** 2).toFixed(0)} MB`,
    `   write into the (fake) workbook: ${p.write ? `${p.write.syncs} syncs` : "–"}`,
  ];
}

if (require.main === module) {
  const log = (s) => process.stderr.write(s + "\n");
  const job = process.argv.includes("--screenshot") ? screenshot(log).then(() => ({ screenshot: SCREENSHOT })) : benchPaneAsync({ runs: process.argv.includes("--quick") ? 1 : 3, log });
  job.then(
    (v) => process.stdout.write(JSON.stringify(v) + "\n"),
    (e) => {
      process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
      process.exit(1);
    },
  );
}

module.exports = { benchPaneMerge, paneMergeReport };
