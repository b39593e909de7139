"use strict";
// Shared helpers of the benchmark scripts: paths, the compiled core (lib/), timing and medians.
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");

const ROOT = path.resolve(__dirname, "..", "..");
const LIB = path.join(ROOT, "lib");
const SAMPLE_RESOLUTION = path.join(ROOT, "samples", "resolution", "nghi-quyet-mau.txt");
const SEED_DIRS = [path.join(ROOT, "test", "fixtures", "seeds")];
/** Seed of the sample generator: every run benchmarks the same data. */
const SEED = 20250101;

/** A module of the compiled core/CLI (run `npm run build:cli` first; bench.js does). */
function lib(rel) {
  return require(path.join(LIB, rel));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Run `fn` `warmup` times untimed, then `runs` times; milliseconds of each timed run. */
function timeRuns(fn, runs, warmup = 1) {
  for (let i = 0; i < warmup; i++) fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

function seedFiles() {
  for (const dir of SEED_DIRS) {
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
    if (files.length) return files.map((f) => path.join(dir, f));
  }
  return [];
}

/** The sample workbook of `members` members as in-memory grids (what `nq sample --members N` writes). */
function sampleGrids(members) {
  const sample = lib("core/sample/index.js");
  if (sample.generateSampleGrids) return sample.generateSampleGrids({ members, seed: SEED }).grids;
  return sample.generateSample({ members, seed: SEED }).grids;
}

/** The targets of the bundled sample resolution, and its year (as `nq check --targets` reads them). */
function sampleTargets() {
  const { readResolution } = lib("core/reader/read.js");
  const r = readResolution(fs.readFileSync(SAMPLE_RESOLUTION, "utf8"));
  return { targets: r.targets, year: r.year };
}

/** Our engine on grids: read and validate the data, compute every indicator, judge every target (year chosen as nq check does). */
function checkGrids(grids, targets, year) {
  const { readDataSet } = lib("core/data/read.js");
  const { runCheck } = lib("core/check/run.js");
  const data = readDataSet(grids);
  return runCheck({ targets, data, period: { months: 12, year: year ?? data.ratingYear ?? new Date().getFullYear() }, lang: "vi" });
}

module.exports = { ROOT, LIB, SAMPLE_RESOLUTION, SEED, lib, median, timeRuns, seedFiles, sampleGrids, sampleTargets, checkGrids };
