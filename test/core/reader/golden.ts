/**
 * Scoring the reader against the golden targets of the five seed resolutions (used by the golden test and
 * the benchmark). The seeds and the golden file are copies of the team's ../shared/{seeds,golden}, kept in
 * test/fixtures so that a clean clone (CI) has them.
 */
import * as fs from "fs";
import * as path from "path";
import { readResolution } from "../../../src/core/reader/read";
import type { Target } from "../../../src/core/model/target";
import { foldKey } from "../../../src/core/text/normalize";

export const SHARED = path.resolve(__dirname, "../../fixtures");
export const SEEDS = path.join(SHARED, "seeds");

interface GoldenTarget {
  key: string;
  quote: string;
  kind: string;
  op: string;
  value: number | string;
  max?: number;
  stretch?: number;
  parent?: string;
  per?: string;
  subject?: string;
  deadline?: number;
  accept?: Array<Record<string, unknown>>;
}

export interface DocScore {
  file: string;
  expected: number;
  matched: number;
  problems: string[];
  extras: string[];
}

function cleanQuote(q: string): string {
  return foldKey(q.replace(/^\s*\(?\d{1,2}\)\.?\s*/, ""));
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

function fieldProblems(g: GoldenTarget, t: Target, idOfKey: Map<string, string>): string[] {
  const p: string[] = [];
  const ops = [g.op, ...(g.accept ?? []).map((a) => a.op).filter(Boolean)];
  if (t.kind !== g.kind) p.push(`kind ${t.kind} ≠ ${g.kind}`);
  if (!ops.includes(t.op)) p.push(`op ${t.op} ≠ ${ops.join("|")}`);
  if (!close(t.value, g.value)) p.push(`value ${t.value} ≠ ${g.value}`);
  if (!close(t.max, g.max ?? null)) p.push(`max ${t.max} ≠ ${g.max ?? null}`);
  if (g.stretch !== undefined && !close(t.stretch, g.stretch)) p.push(`stretch ${t.stretch} ≠ ${g.stretch}`);
  if (g.deadline !== undefined && t.deadline !== g.deadline) p.push(`deadline ${t.deadline} ≠ ${g.deadline}`);
  const wantPer = g.per ? foldKey(g.per) : null;
  if ((t.per ? foldKey(t.per) : null) !== wantPer) p.push(`per ${t.per} ≠ ${g.per ?? null}`);
  const wantParent = g.parent ? idOfKey.get(g.parent) ?? "?" : null;
  if (t.parent !== wantParent) p.push(`parent ${t.parent} ≠ ${wantParent}`);
  return p;
}

export function scoreDocument(file: string, golden: { targets: GoldenTarget[] }): DocScore {
  const result = readResolution(fs.readFileSync(path.join(SEEDS, file), "utf8"));
  const used = new Set<Target>();
  const idOfKey = new Map<string, string>();
  const problems: string[] = [];
  let matched = 0;
  for (const g of golden.targets) {
    const q = cleanQuote(g.quote);
    const candidates = result.targets
      .filter((t) => !used.has(t) && foldKey(t.text).includes(q))
      .filter((t) => !g.subject || foldKey(t.subject ?? "").includes(foldKey(g.subject)))
      .sort((a, b) => foldKey(a.text).indexOf(q) - foldKey(b.text).indexOf(q));
    if (candidates.length === 0) {
      problems.push(`${g.key} not found: "${g.quote}"`);
      continue;
    }
    const good = candidates.find((t) => fieldProblems(g, t, idOfKey).length === 0);
    const pick = good ?? candidates[0];
    used.add(pick);
    idOfKey.set(g.key, pick.id);
    if (good) matched++;
    else problems.push(`${g.key} "${g.quote}": ${fieldProblems(g, pick, idOfKey).join("; ")}`);
  }
  const extras = result.targets.filter((t) => !used.has(t)).map((t) => `${t.id} ${t.kind} ${t.op} ${t.value}: ${t.text.slice(0, 80)}`);
  return { file, expected: golden.targets.length, matched, problems, extras };
}

export function scoreAll(): DocScore[] {
  const golden = JSON.parse(fs.readFileSync(path.join(SHARED, "golden", "seed-targets.json"), "utf8"));
  return Object.entries(golden.documents).map(([file, doc]) => scoreDocument(file, doc as { targets: GoldenTarget[] }));
}
