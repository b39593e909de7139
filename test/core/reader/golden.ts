/**
 * Scoring the reader against the golden targets of the five seed resolutions (used by the golden test and
 * the benchmark). The seeds and the golden file are copies of the team's ../shared/{seeds,golden}, kept in
 * test/fixtures so that a clean clone (CI) has them. Matching: match.ts (the same as the corpus score).
 */
import * as fs from "fs";
import * as path from "path";
import { readResolution } from "../../../src/core/reader/read";
import { describeTarget, matchDocument, type LabelTarget } from "./match";

export const SHARED = path.resolve(__dirname, "../../fixtures");
export const SEEDS = path.join(SHARED, "seeds");
export const SEED_GOLDEN = path.join(SHARED, "golden", "seed-targets.json");

export interface DocScore {
  file: string;
  expected: number;
  matched: number;
  problems: string[];
  extras: string[];
}

export function scoreDocument(file: string, golden: { targets: LabelTarget[] }): DocScore {
  const result = readResolution(fs.readFileSync(path.join(SEEDS, file), "utf8"));
  const m = matchDocument(golden.targets, result.targets, { strict: true });
  const problems = m.matches.filter((x) => !x.correct).map((x) => (x.target ? `${x.label.key} "${x.label.quote}": ${x.problems.join("; ")}` : `${x.label.key} ${x.problems[0]}`));
  return { file, expected: m.matches.length, matched: m.matches.filter((x) => x.correct).length, problems, extras: m.extras.map(describeTarget) };
}

export function scoreAll(): DocScore[] {
  const golden = JSON.parse(fs.readFileSync(SEED_GOLDEN, "utf8"));
  return Object.entries(golden.documents).map(([file, doc]) => scoreDocument(file, doc as { targets: LabelTarget[] }));
}
