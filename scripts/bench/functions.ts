/**
 * NQ.TYLE over a 100,000-cell range against the same answer computed the way a user would without the
 * add-in: COUNTIF formulas over the same cells, one per spelling, in a real spreadsheet engine
 * (HyperFormula, in-process). Run by scripts/bench.js through ts-node:
 *   TS_NODE_PROJECT=tsconfig.test.json TS_NODE_TRANSPILE_ONLY=1 node -r ts-node/register scripts/bench/functions.ts 100000
 * Prints one JSON line: medians of both, their ratio, and both answers (they must be equal).
 */
import { performance } from "perf_hooks";
import { tyle } from "../../src/functions/functions";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HyperFormula } = require("hyperformula");

const cells = Number(process.argv[2] ?? 100_000);
// The spellings staff really type, with blanks and not-rated reasons (which are out of the base).
const HTTNV_PLUS = ["HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "HTTNV", "Hoàn thành tốt nhiệm vụ", "HT tốt"];
const OTHER_RATED = ["HTNV", "Hoàn thành nhiệm vụ", "KHTNV", "Không hoàn thành nhiệm vụ"];
const NOT_RATED = ["Miễn đánh giá", "Đình chỉ sinh hoạt đảng"];
const levels = [...HTTNV_PLUS, ...OTHER_RATED, ...NOT_RATED, ""];
// Fresh strings per cell, as Excel passes them to a custom function.
const range: string[][] = Array.from({ length: cells }, (_, i) => [(levels[(i * 7) % levels.length] + " ").trimEnd()]);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeRuns<T>(fn: () => T, runs: number): { ms: number[]; value: T } {
  let value = fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = fn();
    ms.push(performance.now() - t0);
  }
  return { ms, value };
}

const ours = timeRuns(() => tyle(range, "HTTNV trở lên"), 15);

// The user's formula: share of "HTTNV trở lên" over those rated, one COUNTIF per spelling.
const ref = `Data!$A$1:$A$${cells}`;
const countOf = (xs: string[]) => xs.map((x) => `COUNTIF(${ref},"${x}")`).join("+");
const formula = `=(${countOf(HTTNV_PLUS)})/(${countOf([...HTTNV_PLUS, ...OTHER_RATED])})`;
const hf = HyperFormula.buildFromSheets({ Data: range.map((r) => [r[0] === "" ? null : r[0]]), Calc: [[null]] }, { licenseKey: "gpl-v3", maxRows: 2_000_000, useColumnIndex: false });
const calc = hf.getSheetId("Calc");
// Each run enters the formula again (Excel recalculates it on every change of the range): its calculation is timed.
const theirs = timeRuns(() => {
  hf.setCellContents({ sheet: calc, row: 0, col: 0 }, [[null]]);
  hf.setCellContents({ sheet: calc, row: 0, col: 0 }, [[formula]]);
  return hf.getCellValue({ sheet: calc, row: 0, col: 0 }) as number;
}, 5);

const oursMs = median(ours.ms);
const theirsMs = median(theirs.ms);
process.stdout.write(
  JSON.stringify({
    cells,
    ours: { medianMs: oursMs, runsMs: ours.ms, value: ours.value },
    hf: { medianMs: theirsMs, runsMs: theirs.ms, value: theirs.value, formula: `${formula.slice(0, 120)}…`, countifs: HTTNV_PLUS.length + HTTNV_PLUS.length + OTHER_RATED.length },
    ratio: theirsMs / oursMs,
    same: Math.abs(ours.value - theirs.value) < 1e-12,
  }) + "\n",
);
