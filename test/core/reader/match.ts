/**
 * The one matcher between labelled targets (schema of test/fixtures/golden/seed-targets.json) and the reader's
 * targets, used by the seed golden test and by the corpus score (`npm run reader:score`).
 *
 * A label is matched to a reader target whose text contains the label's quote (folded: no case, no diacritics,
 * punctuation and whitespace collapsed). Among the candidates the first one whose fields are right wins (two
 * passes, so a label whose reading is wrong does not take the target another label reads right).
 * `uncertain` labels are matched last: a target they match is neither required nor an extra.
 */
import type { Target } from "../../../src/core/model/target";
import { foldKey } from "../../../src/core/text/normalize";

export interface LabelTarget {
  key: string;
  quote: string;
  kind: string;
  op: string;
  value: number | string;
  max?: number | null;
  stretch?: number | string;
  parent?: string;
  part_of?: string;
  per?: string;
  scope?: string;
  subject?: string;
  deadline?: number;
  change?: string;
  unit?: string;
  uncertain?: boolean;
  tags?: string[];
  accept?: Array<Record<string, unknown>>;
}

export interface MatchOptions {
  /**
   * Seeds: a reading is right only with per, stretch, deadline and parent right too, and a label with a subject
   * only matches a target whose subject contains it. Corpus: kind, op, value and max decide; parent and deadline
   * are scored apart, over the matched targets.
   */
  strict: boolean;
  /** Match on the target's own words only, not on the clause it was read from (`quote`). */
  textOnly?: boolean;
}

export interface Match {
  label: LabelTarget;
  target: Target | null;
  /** Kind, op, value and max right (strict: every scored field right). */
  correct: boolean;
  problems: string[];
  /** Over matched targets: the parent is the label's parent's target (or the total a quota is part of). */
  parentOk: boolean | null;
  deadlineOk: boolean | null;
}

export interface DocMatch {
  matches: Match[];
  /** Reader targets no label took (false positives). */
  extras: Target[];
  /** Reader targets taken by an `uncertain` label: not counted. */
  uncertain: Target[];
}

/** A quote or target text folded for containment ("(1). " item numbers dropped). */
export function foldQuote(q: string): string {
  return foldKey(q.replace(/^\s*\(?\d{1,2}\)\.?\s*/, ""));
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** The readings a label accepts: itself, then each `accept` entry laid over it (a non-range reading has no max). */
function readings(g: LabelTarget): Array<Record<string, unknown>> {
  const base: Record<string, unknown> = { kind: g.kind, op: g.op, value: g.value, max: g.max ?? null };
  const alts = (g.accept ?? []).map((a) => {
    const r = { ...base, ...a };
    if (r.op !== "range" && !("max" in a)) r.max = null;
    return r;
  });
  return [base, ...alts];
}

function valueProblems(g: LabelTarget, t: Target): string[] {
  const all = readings(g);
  for (const r of all) {
    if (t.kind === r.kind && t.op === r.op && close(t.value, r.value) && close(t.max, r.max ?? null)) return [];
  }
  const p: string[] = [];
  const kinds = [...new Set(all.map((r) => r.kind))];
  const ops = [...new Set(all.map((r) => r.op))];
  if (!kinds.includes(t.kind)) p.push(`kind ${t.kind} ≠ ${kinds.join("|")}`);
  if (!ops.includes(t.op)) p.push(`op ${t.op} ≠ ${ops.join("|")}`);
  if (!all.some((r) => close(t.value, r.value))) p.push(`value ${t.value} ≠ ${g.value}`);
  if (!all.some((r) => close(t.max, r.max ?? null))) p.push(`max ${t.max} ≠ ${g.max ?? null}`);
  if (p.length === 0) p.push(`reading ${t.kind} ${t.op} ${t.value}${t.max !== null ? `..${t.max}` : ""} is no accepted combination`);
  return p;
}

function parentRight(g: LabelTarget, t: Target, idOfKey: Map<string, string>): boolean {
  const want = g.parent ? idOfKey.get(g.parent) ?? "?" : null;
  if (t.parent === want) return true;
  // A quota may be read as a child of the total it breaks down ("part_of"), or as a target of its own.
  return !g.parent && g.part_of !== undefined && t.parent !== null && t.parent === idOfKey.get(g.part_of);
}

function strictProblems(g: LabelTarget, t: Target, idOfKey: Map<string, string>): string[] {
  const p: string[] = [];
  if (g.stretch !== undefined && !close(t.stretch, g.stretch)) p.push(`stretch ${t.stretch} ≠ ${g.stretch}`);
  if (g.deadline !== undefined && t.deadline !== g.deadline) p.push(`deadline ${t.deadline} ≠ ${g.deadline}`);
  const wantPer = g.per ? foldKey(g.per) : null;
  if ((t.per ? foldKey(t.per) : null) !== wantPer) p.push(`per ${t.per} ≠ ${g.per ?? null}`);
  if (!parentRight(g, t, idOfKey)) p.push(`parent ${t.parent} ≠ ${g.parent ? idOfKey.get(g.parent) ?? "?" : null}`);
  return p;
}

function problemsOf(g: LabelTarget, t: Target, idOfKey: Map<string, string>, opts: MatchOptions): string[] {
  const p = valueProblems(g, t);
  return opts.strict ? [...p, ...strictProblems(g, t, idOfKey)] : p;
}

/** Match one document's labels to the reader's targets. */
export function matchDocument(labels: LabelTarget[], targets: Target[], opts: MatchOptions): DocMatch {
  const folded = new Map(targets.map((t) => [t, foldKey(t.text)]));
  const quoted = new Map(targets.map((t) => [t, opts.textOnly ? "" : foldKey(t.quote ?? "")]));
  const used = new Set<Target>();
  const idOfKey = new Map<string, string>();
  const candidates = (g: LabelTarget): Target[] => {
    const q = foldQuote(g.quote);
    const free = targets.filter((t) => !used.has(t)).filter((t) => !opts.strict || !g.subject || foldKey(t.subject ?? "").includes(foldKey(g.subject)));
    const byText = free.filter((t) => (folded.get(t) ?? "").includes(q)).sort((a, b) => (folded.get(a) ?? "").indexOf(q) - (folded.get(b) ?? "").indexOf(q));
    // A quote that reaches beyond a target's own words (labellers widen quotes to make them unique) is found in the clause.
    const byClause = opts.strict ? [] : free.filter((t) => !byText.includes(t) && (quoted.get(t) ?? "").includes(q));
    return [...byText, ...byClause];
  };
  const required = labels.filter((g) => !g.uncertain);
  const byLabel = new Map<LabelTarget, Target>();
  // Pass 1: right readings first, in label order (a parent is matched before its children).
  for (const g of required) {
    const good = candidates(g).find((t) => problemsOf(g, t, idOfKey, opts).length === 0);
    if (!good) continue;
    used.add(good);
    byLabel.set(g, good);
    idOfKey.set(g.key, good.id);
  }
  // Pass 2: a label still without a target takes the first candidate, to report what is wrong with it.
  for (const g of required) {
    if (byLabel.has(g)) continue;
    const pick = candidates(g)[0];
    if (!pick) continue;
    used.add(pick);
    byLabel.set(g, pick);
    idOfKey.set(g.key, pick.id);
  }
  const matches: Match[] = required.map((g) => {
    const t = byLabel.get(g) ?? null;
    if (!t) return { label: g, target: null, correct: false, problems: [`not found: "${g.quote}"`], parentOk: null, deadlineOk: null };
    const problems = problemsOf(g, t, idOfKey, opts);
    return {
      label: g, target: t, correct: problems.length === 0, problems,
      parentOk: parentRight(g, t, idOfKey), deadlineOk: (t.deadline ?? null) === (g.deadline ?? null),
    };
  });
  const uncertain: Target[] = [];
  for (const g of labels.filter((x) => x.uncertain)) {
    const pick = candidates(g)[0];
    if (!pick) continue;
    used.add(pick);
    uncertain.push(pick);
  }
  return { matches, extras: targets.filter((t) => !used.has(t)), uncertain };
}

/** One line describing a reader target, for lists of extras. */
export function describeTarget(t: Target): string {
  const v = t.op === "range" ? `${t.value}..${t.max}` : `${t.op} ${t.value}`;
  return `${t.id} ${t.kind} ${v}: ${t.text.slice(0, 90)}`;
}
