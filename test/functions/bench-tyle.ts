/**
 * Quick timing of NQ.TYLE / NQ.DEM over 100,000 rating cells (not a test: speed is measured, never asserted).
 * Run: npx ts-node -P tsconfig.test.json test/functions/bench-tyle.ts
 */
import { performance } from "perf_hooks";
import { dem, tyle, tran20 } from "../../src/functions/functions";

const levels = ["HTXSNV", "Hoàn thành tốt nhiệm vụ", "HTTNV", "HTNV", "", "Miễn", "Không hoàn thành nhiệm vụ", "ht tốt", "HT tốt", "hoàn thành nhiệm vụ"];
const cells = 100_000;
// Fresh strings per cell, as Excel passes them (no shared string objects).
const range = Array.from({ length: cells }, (_, i) => [(levels[i % levels.length] + " ").trimEnd()]);

function time(label: string, fn: () => unknown, runs = 20): void {
  fn(); // warm-up
  const ms: number[] = [];
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[runs >> 1].toFixed(2)} ms, min ${ms[0].toFixed(2)} ms over ${runs} runs → ${String(result)}`);
}

time(`NQ.TYLE(${cells} cells; "HTTNV trở lên")`, () => tyle(range, "HTTNV trở lên"));
time(`NQ.DEM(${cells} cells; "HTXSNV")`, () => dem(range, "HTXSNV"));
time(`NQ.TRAN20(${cells} cells)`, () => tran20(range));
