/**
 * Office.js round trips and request sizes, from the counting mock (office-addin-mock over the in-memory
 * Excel fake the tests use). Run by scripts/bench.js through ts-node:
 *   TS_NODE_PROJECT=tsconfig.test.json TS_NODE_TRANSPILE_ONLY=1 node -r ts-node/register scripts/bench/office.ts 10 100000
 * Prints one JSON line. For each size: the whole check (read the workbook, compute, write the summary
 * sheets: checkWorkbook) and writing the sample data sheets themselves (what "Điền dữ liệu mẫu" does).
 */
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { checkWorkbook } from "../../src/excel/actions";
import { writeSheetModels } from "../../src/excel/write";
import { WEB_PAYLOAD_LIMIT } from "../../src/excel/payload";
import { generateSample } from "../../src/core/sample";
import { readResolution } from "../../src/core/reader/read";
import { buildTargetsSheet } from "../../src/core/targets-sheet";
import { mockContext, newWorkbook, type FakeWorkbook } from "../../test/excel/helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const SEED = 20250101;

interface Counted {
  syncs: number;
  valueRequests: number;
  largestPayloadBytes: number;
  largestRequestBytes: number;
  ms: number;
}

function counting(wb: FakeWorkbook): { context: Excel.RequestContext; syncs: () => number } {
  const context = mockContext(wb);
  let n = 0;
  const sync = context.sync.bind(context);
  (context as unknown as { sync: () => Promise<void> }).sync = () => {
    n++;
    return sync();
  };
  return { context, syncs: () => n };
}

async function measure(members: number) {
  const sample = generateSample({ members, seed: SEED });
  const targets = readResolution(fs.readFileSync(path.join(ROOT, "samples/resolution/nghi-quyet-mau.txt"), "utf8")).targets;
  const sheets: Record<string, unknown[][]> = {};
  for (const s of sample.sheets) sheets[s.name] = s.values as unknown[][];
  const targetsSheet = buildTargetsSheet(targets, "vi");
  sheets[targetsSheet.name] = targetsSheet.values as unknown[][];

  // 1. The check: read everything, write the summary sheets.
  const wb = newWorkbook(sheets);
  const { context, syncs } = counting(wb);
  const t0 = performance.now();
  const outcome = await checkWorkbook(context, { lang: "vi" });
  const ms = performance.now() - t0;
  if (outcome.kind !== "done") throw new Error("no targets found in the workbook");
  const readRequests = wb.requests.slice(0, outcome.stats.read.syncs);
  const writeRequests = wb.requests.slice(outcome.stats.read.syncs);
  const largest = (rs: { requestBytes: number; responseBytes: number }[]) => rs.reduce((m, r) => Math.max(m, r.requestBytes, r.responseBytes), 0);
  const read: Counted = { ...outcome.stats.read, largestRequestBytes: largest(readRequests), ms: NaN };
  const write: Counted = { ...outcome.stats.write, largestRequestBytes: largest(writeRequests), ms: NaN };

  // 2. Writing the data sheets themselves (grows with the members).
  const wb2 = newWorkbook({});
  const c2 = counting(wb2);
  const t1 = performance.now();
  const w2 = await writeSheetModels(c2.context, sample.sheets);
  const fill: Counted = { ...w2.stats, largestRequestBytes: wb2.largestRequest(), ms: performance.now() - t1 };

  return {
    members,
    checkMs: ms,
    syncsTotal: syncs(),
    read,
    writeSummary: write,
    writeData: fill,
    overLimit: [read, write, fill].some((c) => c.largestRequestBytes > WEB_PAYLOAD_LIMIT),
  };
}

async function run() {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const out = [];
  for (const n of sizes.length ? sizes : [10, 100_000]) out.push(await measure(n));
  process.stdout.write(JSON.stringify({ limitBytes: WEB_PAYLOAD_LIMIT, sizes: out }) + "\n");
}

run().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
