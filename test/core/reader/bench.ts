/**
 * Reader benchmark (not a test): `npx ts-node -T -P tsconfig.test.json test/core/reader/bench.ts`.
 * Prints the time to read the five seeds, a 5 MB prose input and two pathological 5 MB inputs, and the golden score.
 */
import * as fs from "fs";
import * as path from "path";
import { readResolution } from "../../../src/core/reader/read";
import { scoreAll, SEEDS } from "./golden";

const texts = fs.readdirSync(SEEDS).map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"));
for (let i = 0; i < 20; i++) texts.forEach((t) => readResolution(t));
const N = 100;
let t0 = performance.now();
for (let i = 0; i < N; i++) texts.forEach((t) => readResolution(t));
console.log(`five seeds: ${((performance.now() - t0) / N).toFixed(1)} ms per pass`);
const cases: Array<[string, string]> = [
  ["5 MB of seed text", (texts[0] + "\n").repeat(Math.ceil((5 << 20) / texts[0].length))],
  ["5 MB on one line", "đảng viên 90% kết nạp ".repeat(250000)],
  ["5 MB of target items", "2. Chỉ tiêu\n" + "- Có 90% đảng viên; trong đó 20% xuất sắc, Hội An 110, đến năm 2025\n".repeat(80000)],
];
for (const [name, text] of cases) {
  t0 = performance.now();
  const r = readResolution(text);
  console.log(`${name}: ${(performance.now() - t0).toFixed(0)} ms, ${r.targets.length} targets`);
}
const scores = scoreAll();
console.log(`golden: ${scores.reduce((n, s) => n + s.matched, 0)}/${scores.reduce((n, s) => n + s.expected, 0)} targets matched; extras: ${scores.reduce((n, s) => n + s.extras.length, 0)}`);
