"use strict";
/**
 * One size of the check-engine benchmark, in its own process (so each size's memory is its own):
 *   node scripts/bench/engine.js --members N [--ours R|0] [--hf R|0] [--per-org]
 * Prints one JSON line: our times (readDataSet + runCheck from grids), HyperFormula's times
 * (build + calculation of the same indicators as formulas over the same cells), agreement of the
 * values both computed, and this process's peak RSS.
 */
const { median, timeRuns, sampleGrids, sampleTargets, checkGrids } = require("./lib");
const hfBaseline = require("./spreadsheet");

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

const members = arg("--members", 2712);
const oursRuns = arg("--ours", 5);
const hfRuns = arg("--hf", 3);
const perOrg = process.argv.includes("--per-org");

const out = { members };
const grids = sampleGrids(members);
const { targets, year: resolutionYear } = sampleTargets();
out.cells = grids.sheets.reduce((n, s) => n + s.values.reduce((k, r) => k + r.length, 0), 0);
out.rssAfterGrids = process.memoryUsage().rss;

let result = null;
if (oursRuns > 0) {
  // CPU time (user + system, all threads: the GC's helpers too) of each run beside its wall time; the first is the warm-up.
  const cpuMs = [];
  const ms = timeRuns(() => {
    const c0 = process.cpuUsage();
    result = checkGrids(grids, targets, resolutionYear);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
  }, oursRuns, 1);
  out.ours = { medianMs: median(ms), runsMs: ms, cpuMedianMs: median(cpuMs.slice(1)), cpuRunsMs: cpuMs.slice(1) };
  out.targets = result.targets.length;
  out.statuses = result.summary;
}

if (hfRuns > 0) {
  const { readDataSet } = require("./lib").lib("core/data/read.js");
  const data = readDataSet(grids);
  const recognised = data.recognised;
  const year = result ? result.period.year : resolutionYear ?? data.ratingYear ?? new Date().getFullYear();
  const orgs = recognised.find((r) => r.table === "organisations");
  const orgSheet = orgs && grids.sheets.find((s) => s.name === orgs.sheet);
  const nameCol = orgs && orgs.columns.name ? hfBaseline.colIndex(orgs.columns.name) : -1;
  const orgNames = orgSheet && nameCol >= 0 ? orgSheet.values.slice(orgs.headerRow).map((r) => r[nameCol]).filter((v) => typeof v === "string" && v) : [];
  // Main baseline: the indicators of the targets and one verdict per target (conservative: no per-organisation rows).
  const formula = hfBaseline.formulaSheet(recognised, targets, year, []);
  const sheets = hfBaseline.sheetsOf(grids);
  let values = null;
  // Warm-up: at large sizes one more full build would cost tens of seconds, so HyperFormula's code is
  // warmed on the 2,712-member workbook instead (same formulas, same code paths).
  let warm = 1;
  if (members > 10_000) {
    const small = sampleGrids(2712);
    const smallRec = readDataSet(small).recognised;
    hfBaseline.compute(hfBaseline.sheetsOf(small), hfBaseline.formulaSheet(smallRec, targets, year, []));
    warm = 0;
  }
  const hfCpu = [];
  const ms = timeRuns(() => {
    const c0 = process.cpuUsage();
    values = hfBaseline.compute(sheets, formula);
    const c = process.cpuUsage(c0);
    hfCpu.push((c.user + c.system) / 1000);
  }, hfRuns, warm);
  // CPU of the timed runs only (a warm-up run, when there is one, comes first).
  const hfCpuTimed = hfCpu.slice(hfCpu.length - hfRuns);
  out.hf = { medianMs: median(ms), runsMs: ms, cpuMedianMs: median(hfCpuTimed), cpuRunsMs: hfCpuTimed, formulas: formula.rows.length, verdicts: formula.verdicts };
  if (perOrg) {
    // With the "Theo tổ chức" figures too (COUNTIFS per organisation, as runCheck's organisation rows): once.
    const full = hfBaseline.formulaSheet(recognised, targets, year, orgNames);
    const ms2 = timeRuns(() => hfBaseline.compute(sheets, full), 1, 0);
    out.hfPerOrg = { medianMs: median(ms2), organisations: full.perOrg, formulas: full.rows.length };
  }
  if (result) {
    // Same figures? Compare the member-list indicators both computed.
    const cmp = [];
    for (const t of result.targets) {
      if (!t.indicator || !(t.indicator in values) || typeof t.value !== "number") continue;
      const theirs = values[t.indicator];
      cmp.push({ indicator: t.indicator, ours: t.value, hf: theirs, same: typeof theirs === "number" && Math.abs(theirs - t.value) < 1e-9 });
    }
    out.agreement = { compared: cmp.length, same: cmp.filter((c) => c.same).length, differ: cmp.filter((c) => !c.same) };
  }
}

out.maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify(out) + "\n");
