"use strict";
/**
 * Benchmark of the resolution reader (issue 12).
 *   corpus: 100 documents of about 10 kB each (≈ 1 MB), made of the labelled corpus texts
 *           (test/fixtures/resolutions/texts) put end to end; goal: all 100 read in < 1 s (median of runs).
 *   fuzz:   10,000 texts from fast-check (fixed seed): random strings, random Unicode, the reader's own vocabulary
 *           in random order, and corpus texts cut, repeated and mutated (characters inserted, deleted, swapped,
 *           digits and separators sprinkled) up to ~40 kB; goal: no exception and every run < 50 ms per 10 kB
 *           (a text under 10 kB gets the 50 ms of 10 kB). This is the timing half of test/core/reader/property.test.ts,
 *           which checks the results' shape without timing anything.
 *
 *   node scripts/bench/reader.js [--quick]     prints JSON
 * From the orchestrator: `require("./bench/reader").benchReaderCorpus({ quick })`, `benchReaderFuzz`, `readerReport`, `readerGoals`.
 */
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");
const fc = require("fast-check");
const { ROOT, lib, median, timeRuns } = require("./lib");
// The same generators as the property test (test/core/reader/property.test.ts).
const { READER_WORDS, mutatedText, vocabularyText } = require("../../test/helpers/mutated-text");

const TEXTS = path.join(ROOT, "test", "fixtures", "resolutions", "texts");
const GOALS = { documents: 100, docBytes: 10 * 1024, corpusMs: 1000, fuzzRuns: 10_000, msPer10kB: 50 };
const SEED = 20261204;

function corpusTexts() {
  if (!fs.existsSync(TEXTS)) return [];
  return fs.readdirSync(TEXTS).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync(path.join(TEXTS, f), "utf8"));
}

/** 100 documents of about 10 kB: corpus texts end to end, taken in turn (a document ends after the text that passes 10 kB). */
function corpusDocuments(texts, n = GOALS.documents) {
  const docs = [];
  let k = 0;
  for (let d = 0; d < n && texts.length; d++) {
    let doc = "";
    while (Buffer.byteLength(doc, "utf8") < GOALS.docBytes) doc += texts[k++ % texts.length] + "\n\n";
    docs.push(doc);
  }
  return docs;
}

function benchReaderCorpus({ quick = false } = {}) {
  const { readResolution } = lib("core/reader/read.js");
  const docs = corpusDocuments(corpusTexts());
  let targets = 0;
  const cpu = [];
  const ms = timeRuns(() => {
    targets = 0;
    const c0 = process.cpuUsage();
    for (const d of docs) targets += readResolution(d).targets.length;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }, quick ? 3 : 7, 1);
  // CPU time as well as wall time: on a shared machine the wall time counts other processes' turns.
  return { documents: docs.length, bytes: docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0), targets, medianMs: median(ms), maxMs: Math.max(...ms), cpuMedianMs: median(cpu.slice(1)) };
}

/** Texts of the fuzz run: a quarter each of random strings, random Unicode, vocabulary, mutated corpus texts. */
function fuzzTexts(runs, texts) {
  const corpus = texts.length ? texts.join("\n\n") : READER_WORDS.join(" ");
  const mutate = mutatedText(corpus, { minLength: 200, maxLength: 40_000, maxEdits: 40, delSpan: 50, dupSpan: 200, dupTimes: 20, repeat: true });
  const arb = fc.oneof(
    fc.string({ maxLength: 2000 }),
    fc.string({ unit: "binary", maxLength: 2000 }),
    vocabularyText(3000),
    mutate,
  );
  return fc.sample(arb, { numRuns: runs, seed: SEED });
}

function benchReaderFuzz({ quick = false } = {}) {
  const { readResolution } = lib("core/reader/read.js");
  const runs = quick ? 2000 : GOALS.fuzzRuns;
  const texts = fuzzTexts(runs, corpusTexts());
  for (const t of texts.slice(0, 50)) readResolution(t); // warm-up
  let exceptions = 0;
  let worst = { ratio: 0, ms: 0, bytes: 0 };
  let worstCpu = { ratio: 0, ms: 0, bytes: 0 };
  let bytes = 0;
  const t0 = performance.now();
  for (const t of texts) {
    const b = Buffer.byteLength(t, "utf8");
    bytes += b;
    const a = performance.now();
    const c0 = process.cpuUsage();
    try {
      const r = readResolution(t);
      if (!r || !Array.isArray(r.targets)) exceptions++;
    } catch {
      exceptions++;
    }
    const c = process.cpuUsage(c0);
    const ms = performance.now() - a;
    const cpuMs = (c.user + c.system) / 1000;
    const allowed = GOALS.msPer10kB * Math.max(1, b / GOALS.docBytes);
    if (ms / allowed > worst.ratio) worst = { ratio: ms / allowed, ms, bytes: b };
    if (cpuMs / allowed > worstCpu.ratio) worstCpu = { ratio: cpuMs / allowed, ms: cpuMs, bytes: b };
  }
  return { runs, bytes, totalMs: performance.now() - t0, exceptions, worstMsPer10kB: worst.ratio * GOALS.msPer10kB, worst, worstCpuMsPer10kB: worstCpu.ratio * GOALS.msPer10kB, worstCpu };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 10 ? 0 : 1)} ms`);

function readerReport(c, z) {
  const lines = [];
  lines.push(c.error ? `   corpus: ${c.error}` : `   ${c.documents} documents, ${(c.bytes / 1024 / 1024).toFixed(2)} MB, ${c.targets.toLocaleString("en-US")} targets: ${fmt(c.medianMs)} (median; slowest run ${fmt(c.maxMs)}; CPU ${fmt(c.cpuMedianMs)})`);
  lines.push(z.error ? `   fuzz: ${z.error}` : `   fuzz: ${z.runs.toLocaleString("en-US")} random and mutated texts (${(z.bytes / 1024 / 1024).toFixed(1)} MB) in ${fmt(z.totalMs)}, ${z.exceptions} exceptions; slowest ${z.worstCpuMsPer10kB.toFixed(1)} ms CPU per 10 kB (${fmt(z.worstCpu.ms)} on ${(z.worstCpu.bytes / 1024).toFixed(1)} kB; wall ${z.worstMsPer10kB.toFixed(1)} ms per 10 kB)`);
  lines.push("   (goals judged on CPU time: on a shared machine the wall time also counts the other processes' turns; see the load average above)");
  return lines;
}

function readerGoals(c, z) {
  return [
    ["Reader: 100 documents (≈ 1 MB) < 1 s (CPU)", c && !c.error ? c.cpuMedianMs < GOALS.corpusMs : null, c && !c.error ? `CPU ${fmt(c.cpuMedianMs)} (wall ${fmt(c.medianMs)})` : "–"],
    ["Reader fuzz: 10,000 texts, no exception, every run < 50 ms per 10 kB (CPU)", z && !z.error ? z.exceptions === 0 && z.worstCpuMsPer10kB < GOALS.msPer10kB && z.runs >= GOALS.fuzzRuns : null, z && !z.error ? `${z.exceptions} exceptions, worst ${z.worstCpuMsPer10kB.toFixed(1)} ms CPU / 10 kB (wall ${z.worstMsPer10kB.toFixed(1)})${z.runs < GOALS.fuzzRuns ? ` (${z.runs} runs, --quick)` : ""}` : "–"],
  ];
}

module.exports = { benchReaderCorpus, benchReaderFuzz, readerReport, readerGoals, corpusDocuments, fuzzTexts };

if (require.main === module) {
  const quick = process.argv.includes("--quick");
  const c = benchReaderCorpus({ quick });
  const z = benchReaderFuzz({ quick });
  process.stderr.write(readerReport(c, z).join("\n") + "\n");
  process.stdout.write(JSON.stringify({ corpus: c, fuzz: z }) + "\n");
}
