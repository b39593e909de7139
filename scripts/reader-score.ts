/**
 * `npm run reader:score`: the reader against the labelled corpus (test/fixtures/resolutions): recall, precision
 * and F1 overall, per family of phrasing and per document; parent and deadline accuracy over matched targets.
 *
 *   npm run reader:score                      every batch
 *   npm run reader:score -- --batch corpus-a  one batch (repeatable)
 *   npm run reader:score -- --seeds           the five seeds too, as batch "seeds"
 *   npm run reader:score -- --doc D8          one document: its misses, wrong readings and extras
 *   npm run reader:score -- --doc D8 --trace  also the stance of every clause and number of the document
 *   npm run reader:score -- --json            machine-readable
 */
import { readResolution } from "../src/core/reader/read";
import { describeTarget } from "../test/core/reader/match";
import { f1, FAMILIES, FAMILY_NAMES, loadCorpus, precision, recall, scoreCorpus, type Counts, type CorpusScore, type DocResult } from "../test/core/reader/corpus";

function arg(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === name && process.argv[i + 1]) out.push(process.argv[i + 1]);
    else if (a.startsWith(name + "=")) out.push(a.slice(name.length + 1));
  });
  return out;
}

const pct = (x: number) => x.toFixed(2);
const figures = (c: Counts) => ({ required: c.required, correct: c.correct, read: c.read, recall: recall(c), precision: precision(c), f1: f1(c) });

function line(name: string, c: Counts): string {
  return `${name.padEnd(44)} ${String(c.required).padStart(4)} ${String(c.correct).padStart(4)} ${String(c.read).padStart(4)}   R ${pct(recall(c))}  P ${pct(precision(c))}  F1 ${pct(f1(c))}`;
}

function showDoc(d: DocResult): string {
  const out = [line(`${d.doc.batch}/${d.doc.id}`, d.counts)];
  for (const m of d.match.matches) {
    if (!m.target) out.push(`  MISS  ${m.label.key}: "${m.label.quote}" (${m.label.kind} ${m.label.op} ${m.label.value}${m.label.max != null ? ".." + m.label.max : ""})`);
    else if (!m.correct) out.push(`  WRONG ${m.label.key}: ${m.problems.join("; ")} — ${describeTarget(m.target)}`);
    else {
      const extra = [m.parentOk ? "" : `parent ${m.target.parent}`, m.deadlineOk ? "" : `deadline ${m.target.deadline} ≠ ${m.label.deadline ?? null}`].filter(Boolean);
      if (extra.length) out.push(`  ok    ${m.label.key} but ${extra.join(", ")}`);
    }
  }
  for (const t of d.match.extras) out.push(`  EXTRA ${describeTarget(t)}`);
  for (const p of d.notTargetHits) out.push(`  NOT-TARGET READ: "${p}"`);
  return out.join("\n");
}

function report(s: CorpusScore): string {
  const lines = [`${"".padEnd(44)} req  ok  read`, line("OVERALL", s.overall), line("  (quotes matched on own words only)", s.textOnly), ""];
  for (const f of FAMILIES) {
    if (s.families[f].required + s.families[f].read > 0) lines.push(line(`  ${FAMILY_NAMES[f]}`, s.families[f]));
  }
  lines.push(`  (not-targets: ${s.notTargets.hits} of ${s.notTargets.pieces} labelled not-target pieces read as targets; ${s.notTargets.extras} extras in all)`);
  lines.push("", `parent right ${s.parent.right}/${s.parent.total} = ${pct(s.parent.right / Math.max(1, s.parent.total))}; deadline right ${s.deadline.right}/${s.deadline.total} = ${pct(s.deadline.right / Math.max(1, s.deadline.total))}`, "");
  for (const d of s.documents) lines.push(line(`${d.doc.batch}/${d.doc.id}`, d.counts));
  return lines.join("\n");
}

async function main(): Promise<void> {
  const batches = arg("--batch");
  const docIds = arg("--doc");
  let docs = loadCorpus({ seeds: process.argv.includes("--seeds") || batches.includes("seeds") });
  if (batches.length) docs = docs.filter((d) => batches.includes(d.batch));
  if (docIds.length) docs = docs.filter((d) => docIds.includes(d.id) || docIds.includes(`${d.batch}/${d.id}`));
  const s = await scoreCorpus(docs);
  if (process.argv.includes("--json")) {
    const out = {
      overall: figures(s.overall),
      textOnly: figures(s.textOnly),
      families: Object.fromEntries(FAMILIES.map((f) => [f, figures(s.families[f])])),
      notTargets: s.notTargets,
      parent: s.parent,
      deadline: s.deadline,
      documents: s.documents.map((d) => ({
        batch: d.doc.batch, id: d.doc.id, ...figures(d.counts),
        misses: d.match.matches.filter((m) => !m.correct).map((m) => ({ key: m.label.key, quote: m.label.quote, problems: m.problems })),
        extras: d.match.extras.map(describeTarget),
      })),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
    return;
  }
  if (docIds.length && process.argv.includes("--trace")) {
    for (const d of s.documents) {
      process.stdout.write(`== ${d.doc.batch}/${d.doc.id}\n`);
      readResolution(d.text, { trace: (l) => process.stdout.write(l + "\n") });
    }
  }
  if (docIds.length) {
    process.stdout.write(s.documents.map(showDoc).join("\n\n") + "\n");
    return;
  }
  process.stdout.write(report(s) + "\n");
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + "\n");
  process.exit(1);
});
