"use strict";
/**
 * Benchmark of `nq merge` (issue 15): the units' files as they come back, merged on the command line.
 *   68 files / 2,712 members (the bundled sample, one file per grassroots organisation): goal < 3 s;
 *   500 files / 100,000 members (copies of a sample of the same shape under other names): goal < 30 s
 *   and < 1.5 GB peak memory.
 * Each run is a fresh `node bin/nq.js merge DIR --out … --json` process, timed from spawn to exit (so the
 * figure includes Node's start and module loading, as a user sees it); the process reports its peak RSS.
 * The files are written once per size into a temporary folder (not timed).
 *
 *   node scripts/bench/merge.js                 both sizes, printed as JSON
 *   node scripts/bench/merge.js --run DIR OUT   one merge in this process (used by the parent)
 * From the orchestrator: `require("./bench/merge").benchMerge({ quick, log })`, then `mergeReport` / `mergeGoals`.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { performance } = require("perf_hooks");
const { ROOT, lib, median } = require("./lib");

const GOALS = { small: { files: 68, members: 2712, ms: 3000 }, large: { files: 500, members: 100_000, ms: 30_000, rssBytes: 1.5 * 1024 ** 3 } };

/** Copy `k` of a unit's workbook under other organisation names (a "cụm" of its own). */
function renamed(sheets, k) {
  if (k === 0) return sheets;
  const tag = (s) => (typeof s === "string" && s ? `${s} - cụm ${k + 1}` : s);
  const edit = (sheet, fn) => ({ ...sheet, values: sheet.values.map((row, r) => (r < 4 ? row : fn(row.slice()))) });
  return [
    edit(sheets[0], (row) => ((row[0] = tag(row[0])), row[1] !== "Chi bộ trực thuộc" || (row[2] = tag(row[2])), row)),
    edit(sheets[1], (row) => ((row[3] = tag(row[3])), (row[4] = tag(row[4])), row)),
    edit(sheets[2], (row) => ((row[0] = tag(row[0])), row)),
  ];
}

/** Write `files` unit files holding `members` members in all into `dir`. */
async function makeUnits(dir, files, members) {
  const { generateSample } = lib("core/sample/index.js");
  const { sampleUnitWorkbooks } = lib("core/sample/units.js");
  const { writeWorkbookFile } = lib("xlsx/index.js");
  const perCopy = Math.round((members * 68) / files);
  fs.mkdirSync(dir, { recursive: true });
  let written = 0;
  let memberRows = 0;
  for (let k = 0; written < files; k++) {
    // each copy its own seed: other people, other figures (copy 0 is the bundled sample's seed)
    for (const u of sampleUnitWorkbooks(generateSample({ members: perCopy, seed: 4 + k }))) {
      if (written >= files) break;
      const sheets = renamed(u.sheets, k);
      const name = k === 0 ? u.name : `${String(k + 1).padStart(2, "0")}-${u.name}`;
      const w = await writeWorkbookFile(path.join(dir, name), sheets, { force: true });
      if (!w.ok) throw new Error(w.message);
      memberRows += sheets[1].values.length - 4;
      written++;
    }
  }
  return { files: written, members: memberRows, bytes: fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) };
}

/** One `nq merge` process: wall time from spawn to exit, and what it reports. */
function runOnce(dir, out) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [__filename, "--run", dir, out], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`merge exit ${r.status}: ${(r.stderr || "").trim().split("\n").slice(-3).join(" | ")}`);
  const v = JSON.parse(r.stdout.trim().split("\n").pop());
  return { ms, ...v };
}

async function benchSize(goal, runs, log) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nq-bench-merge-${goal.files}-`));
  try {
    log(`  gộp: ghi ${goal.files} tệp / ${goal.members.toLocaleString("en-US")} đảng viên…`);
    const made = await makeUnits(path.join(dir, "don-vi"), goal.files, goal.members);
    const times = [];
    let last = null;
    for (let i = 0; i < runs; i++) {
      log(`  gộp: nq merge ${made.files} tệp, lần ${i + 1}/${runs}…`);
      last = runOnce(path.join(dir, "don-vi"), path.join(dir, "gop.xlsx"));
      times.push(last.ms);
    }
    return { ...made, runs, medianMs: median(times), allMs: times, inProcessMs: last.inProcessMs, cpuMs: last.cpuMs, maxRssBytes: last.maxRssBytes, written: last.written, outBytes: last.outBytes, exitCode: last.exitCode, problems: last.problems };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function benchMergeAsync({ quick = false, log = () => undefined } = {}) {
  const small = await benchSize(GOALS.small, quick ? 1 : 3, log);
  const large = await benchSize(GOALS.large, 1, log);
  return { small, large };
}

/** Synchronous for the orchestrator (its steps are synchronous): the async part runs in a child. */
function benchMerge({ quick = false, log = () => undefined } = {}) {
  log("  gộp: 68 và 500 tệp (một tiến trình con)…");
  const r = spawnSync(process.execPath, [__filename, ...(quick ? ["--quick"] : [])], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`merge benchmark exit ${r.status}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const gb = (b) => `${(b / 1024 ** 3).toFixed(2)} GB`;

function mergeReport(m) {
  if (!m || m.error) return [`7. Merge: ${m ? m.error : "–"}`];
  const line = (s) => `${s.files} files / ${s.members.toLocaleString("en-US")} members (${(s.bytes / 1024 ** 2).toFixed(1)} MB): ${fmt(s.medianMs)} (median of ${s.runs}; in-process ${fmt(s.inProcessMs)}, CPU ${fmt(s.cpuMs)}), peak RSS ${gb(s.maxRssBytes)}`;
  return ["7. nq merge (fresh process each run, spawn to exit):", `   ${line(m.small)}`, `   ${line(m.large)}`];
}

function mergeGoals(m) {
  const ok = (x) => (m && !m.error ? x : null);
  return [
    ["nq merge 68 files / 2,712 members < 3 s", ok(m && m.small && m.small.medianMs < GOALS.small.ms), m && m.small ? fmt(m.small.medianMs) : "–"],
    ["nq merge 500 files / 100,000 members < 30 s", ok(m && m.large && m.large.medianMs < GOALS.large.ms), m && m.large ? fmt(m.large.medianMs) : "–"],
    ["nq merge 500 files peak memory < 1.5 GB", ok(m && m.large && m.large.maxRssBytes < GOALS.large.rssBytes), m && m.large ? gb(m.large.maxRssBytes) : "–"],
  ];
}

/** `--run DIR OUT`: the merge itself, in this process, as `nq merge DIR --out OUT --force --json` does it. */
async function runHere(dir, out) {
  const t0 = performance.now();
  const { main } = lib("cli/main.js");
  let stdout = "";
  const io = { out: (t) => void (stdout += t), err: () => undefined, isTTY: false, cwd: ROOT };
  const code = await main(["merge", dir, "--out", out, "--force", "--json"], io);
  const inProcessMs = performance.now() - t0;
  if (code !== 0 && code !== 1) throw new Error(`nq merge exit ${code}`);
  const json = JSON.parse(stdout);
  const problems = {};
  for (const p of json.problems) problems[p.code] = (problems[p.code] || 0) + 1;
  const cpu = process.cpuUsage();
  return { exitCode: code, problems, inProcessMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssBytes: process.resourceUsage().maxRSS * 1024, written: { organisations: json.organisations, members: json.members, unions: json.unions }, outBytes: fs.statSync(out).size };
}

if (require.main === module) {
  const i = process.argv.indexOf("--run");
  const job = i > 0 ? runHere(process.argv[i + 1], process.argv[i + 2]) : benchMergeAsync({ quick: process.argv.includes("--quick"), log: (s) => process.stderr.write(s + "\n") });
  job.then(
    (v) => process.stdout.write(JSON.stringify(v) + "\n"),
    (e) => {
      process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
      process.exit(1);
    },
  );
}

module.exports = { benchMerge, mergeReport, mergeGoals, makeUnits };
