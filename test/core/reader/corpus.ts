/**
 * The corpus score: every batch of labels in test/fixtures/resolutions/labels/*.json against the reader, with
 * recall, precision and F1 overall, per family of phrasing (issue 12) and per document, and the parent and
 * deadline accuracy over the matched targets. Used by `npm run reader:score` and by the corpus jest test.
 *
 * A label's family is derived from its fields and from the text around its quote (a document or a label may
 * also name families in an optional `tags` list). A reader target no label took counts against the families
 * of its own reading (a range, a zero, a rating…) and of its document.
 */
import * as fs from "fs";
import * as path from "path";
import type { ReadResult, Target } from "../../../src/core/model/target";
import { readResolution } from "../../../src/core/reader/read";
import { readResolutionFile } from "../../../src/cli/commands/targets";
import { foldKey } from "../../../src/core/text/normalize";
import { foldQuote, matchDocument, type DocMatch, type LabelTarget } from "./match";
import { SEEDS, SEED_GOLDEN } from "./golden";

export const CORPUS = path.resolve(__dirname, "../../fixtures/resolutions");

export const FAMILIES = [
  "prose", "multi", "zero", "range", "allocation", "socio", "bodies", "table", "ocr", "not-targets", "formats",
] as const;
export type Family = (typeof FAMILIES)[number];

export const FAMILY_NAMES: Record<Family, string> = {
  prose: "no-heading prose",
  multi: "several per sentence",
  zero: "không có / không còn = 0",
  range: "ranges",
  allocation: "allocation lists (scope / part_of)",
  socio: "socio-economic, units, per-mille, growth",
  bodies: "two bodies, rating without number",
  table: "tables",
  ocr: "OCR / legacy",
  "not-targets": "not-targets: results, quoted targets (precision)",
  formats: "input formats",
};

export interface CorpusDoc {
  batch: string;
  id: string;
  file: string;
  labels: LabelTarget[];
  notTargets: string[];
  tags: string[];
}

interface BatchFile {
  documents: Record<string, { targets?: LabelTarget[]; not_targets?: string[]; tags?: string[] }>;
}

/** Every labelled document of every batch (and the seeds as batch "seeds" when asked). */
export function loadCorpus(opts: { seeds?: boolean; dir?: string } = {}): CorpusDoc[] {
  const dir = opts.dir ?? CORPUS;
  const docs: CorpusDoc[] = [];
  const labelDir = path.join(dir, "labels");
  const batches = fs.existsSync(labelDir) ? fs.readdirSync(labelDir).filter((f) => f.endsWith(".json")).sort() : [];
  for (const b of batches) {
    const data = JSON.parse(fs.readFileSync(path.join(labelDir, b), "utf8")) as BatchFile;
    for (const [name, d] of Object.entries(data.documents ?? {})) {
      const file = path.join(dir, "texts", name);
      if (!fs.existsSync(file)) continue; // fragments with results only have no file
      docs.push({ batch: b.replace(/\.json$/, ""), id: name.replace(/\.[a-z0-9]+$/i, ""), file, labels: d.targets ?? [], notTargets: d.not_targets ?? [], tags: d.tags ?? [] });
    }
  }
  if (opts.seeds) {
    const golden = JSON.parse(fs.readFileSync(SEED_GOLDEN, "utf8")) as BatchFile;
    for (const [name, d] of Object.entries(golden.documents)) {
      docs.push({ batch: "seeds", id: name.slice(0, 3), file: path.join(SEEDS, name), labels: d.targets ?? [], notTargets: d.not_targets ?? [], tags: [] });
    }
  }
  return docs;
}

export interface Counts {
  required: number;
  correct: number;
  /** Reader targets counted for precision (not those an uncertain label took). */
  read: number;
  truePositives: number;
}

export interface DocResult {
  doc: CorpusDoc;
  text: string;
  result: ReadResult;
  match: DocMatch;
  counts: Counts;
  /** not_targets pieces whose number the reader made a target of. */
  notTargetHits: string[];
}

export interface CorpusScore {
  overall: Counts;
  /** The same with quotes matched on the targets' own words only (not on the clause they were read from). */
  textOnly: Counts;
  families: Record<Family, Counts>;
  documents: DocResult[];
  parent: { right: number; total: number };
  deadline: { right: number; total: number };
  /** The precision family: not_targets pieces with a number, how many became targets; extras in all. */
  notTargets: { pieces: number; hits: number; extras: number };
}

const zero = (): Counts => ({ required: 0, correct: 0, read: 0, truePositives: 0 });

export function recall(c: Counts): number {
  return c.required === 0 ? 1 : c.correct / c.required;
}
export function precision(c: Counts): number {
  return c.read === 0 ? 1 : c.truePositives / c.read;
}
export function f1(c: Counts): number {
  const r = recall(c);
  const p = precision(c);
  return r + p === 0 ? 0 : (2 * r * p) / (r + p);
}

/** Sentences of a text (split at . ! ? before a capital or digit, and at line ends), folded. */
function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.!?…])\s+(?=[\p{Lu}\d(])/u)
    .map((s) => foldKey(s))
    .filter((s) => s !== "");
}

const OCR_WORDS = /(?<!\p{L})(?:đợc|dới|nớc|cơng|nhng|cha có|ngời|t cách|đơc|thờng|tởng|hớng)(?!\p{L})/iu;
const TARGETS_HEADING = /^\s*(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ]|\*|-)?\s*[.)\-–]?\s*(?:các |một số |những )?(?:mục tiêu,? )?chỉ tiêu[^.;]{0,60}:?\s*$|^\s*(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)?\s*[.)\-–]?\s*mục tiêu cụ thể[^.;]{0,30}:?\s*$/iu;
const PARTY = /dang vien|to chuc co so dang|tccsd|chi bo|dang bo|dang uy|ket nap|to chuc dang|cap uy|doan the|doan vien|hoi vien|mat tran|tsvm|trong sach vung manh|hoan thanh (?:tot |xuat sac )?nhiem vu/;

interface DocFacts {
  prose: boolean;
  ocr: boolean;
  formats: boolean;
  sentences: string[];
  lines: string[];
}

function docFacts(doc: CorpusDoc, text: string): DocFacts {
  const lines = text.split("\n");
  return {
    prose: !lines.some((l) => l.length <= 100 && TARGETS_HEADING.test(l)),
    ocr: OCR_WORDS.test(text) || doc.tags.includes("ocr") || doc.tags.includes("legacy"),
    formats: !/\.txt$/i.test(doc.file) || doc.tags.includes("formats"),
    sentences: sentences(text),
    lines: lines.map((l) => foldKey(l)),
  };
}

/** Tags the corpus engineers put on labels and documents, and the family each names. */
const TAG_FAMILY: Record<string, Family> = {
  "no-heading": "prose", speech: "prose", headline: "prose",
  "trong-do": "multi", "list-in-one-sentence": "multi",
  "khong-co": "zero", "khong-co-in-result": "zero",
  range: "range",
  allocation: "allocation", "per-unit": "allocation",
  socio: "socio", "socio-mixed": "socio", "per-mille": "socio", fraction: "socio", "quota-fraction": "socio", "abbreviated-units": "socio",
  "two-bodies": "bodies", "rating-no-number": "bodies", "tat-ca": "bodies",
  table: "table", "label-colon-value": "table",
  typo: "ocr", typos: "ocr", legacy: "ocr", ocr: "ocr",
  "quoted-in-result": "not-targets", "results-mixed": "not-targets", "results-only": "not-targets", precision: "not-targets",
  "target-in-results": "not-targets", "same-words-result-and-target": "not-targets", "fraction-result": "not-targets",
  "counts-of-parts": "not-targets", "in-results": "not-targets", "results-as-list": "not-targets",
  pdf: "formats", docx: "formats", "utf-16": "formats", "windows-1258": "formats", formats: "formats",
};

function tagFamilies(tags: string[], fam: Set<Family>): void {
  for (const t of tags) {
    const f = TAG_FAMILY[t] ?? ((FAMILIES as readonly string[]).includes(t) ? (t as Family) : undefined);
    if (f) fam.add(f);
  }
}

/** The families of one label. */
export function labelFamilies(g: LabelTarget, all: LabelTarget[], facts: DocFacts, doc: CorpusDoc): Set<Family> {
  const fam = new Set<Family>();
  const q = foldQuote(g.quote);
  const own = facts.sentences.findIndex((s) => s.includes(q) || s.includes(q.slice(0, Math.min(q.length, 24))));
  const sameSentence = all.filter((o) => !o.uncertain && own >= 0 && facts.sentences[own].includes(foldQuote(o.quote).slice(0, 24)));
  if (facts.prose) fam.add("prose");
  if (sameSentence.length >= 2) fam.add("multi");
  if (g.op === "=" && g.value === 0) fam.add("zero");
  if (g.op === "range" || (g.max !== undefined && g.max !== null)) fam.add("range");
  if (g.scope || g.part_of) fam.add("allocation");
  const words = foldKey(`${g.quote} ${g.subject ?? ""} ${g.unit ?? ""}`);
  if (g.kind === "quantity" || (g.change && !PARTY.test(words)) || /‰|%o|%0|0\/00/.test(g.quote) || !PARTY.test(words)) fam.add("socio");
  const accepts = (g.accept ?? []).map((a) => a.kind);
  const twin = sameSentence.some((o) => o !== g && o.value === g.value && o.op === g.op && o.kind === g.kind && foldQuote(o.quote) !== q);
  if (g.kind === "rating" || accepts.includes("rating") || (twin && g.subject)) fam.add("bodies");
  if (!facts.lines.some((l) => l.includes(q)) || doc.tags.includes("table")) fam.add("table");
  if (facts.ocr) fam.add("ocr");
  if (facts.formats) fam.add("formats");
  tagFamilies([...(g.tags ?? []), ...doc.tags], fam);
  return fam;
}

/** The families an unmatched reader target counts against. */
function extraFamilies(t: Target, facts: DocFacts, doc: CorpusDoc): Set<Family> {
  // Every extra is a precision failure; it also counts against the families of its reading and its document.
  const fam = new Set<Family>(["not-targets"]);
  tagFamilies(doc.tags, fam);
  if (facts.prose) fam.add("prose");
  if (t.op === "=" && t.value === 0) fam.add("zero");
  if (t.op === "range") fam.add("range");
  if (t.scope) fam.add("allocation");
  if (t.kind === "quantity" || t.unit === "‰" || !PARTY.test(foldKey(`${t.text} ${t.subject ?? ""}`))) fam.add("socio");
  if (t.kind === "rating") fam.add("bodies");
  if (facts.ocr) fam.add("ocr");
  if (facts.formats) fam.add("formats");
  return fam;
}

/** A not_targets piece is hit when a reader target (not taken by a label) holds it and its first number. */
function notTargetHits(doc: CorpusDoc, extras: Target[]): string[] {
  return doc.notTargets.filter((piece) => {
    const q = foldQuote(piece);
    if (!/\d/.test(q)) return false;
    return extras.some((t) => foldKey(t.text).includes(q) || q.includes(foldKey(t.text)));
  });
}

async function textOf(doc: CorpusDoc): Promise<string> {
  const r = await readResolutionFile(doc.file);
  return "error" in r ? "" : r.text;
}

export async function scoreCorpus(docs: CorpusDoc[], read: (text: string) => ReadResult = readResolution): Promise<CorpusScore> {
  const families = Object.fromEntries(FAMILIES.map((f) => [f, zero()])) as Record<Family, Counts>;
  const overall = zero();
  const textOnly = zero();
  const parent = { right: 0, total: 0 };
  const deadline = { right: 0, total: 0 };
  const notTargets = { pieces: 0, hits: 0, extras: 0 };
  const documents: DocResult[] = [];
  for (const doc of docs) {
    const text = await textOf(doc);
    const result = read(text);
    const match = matchDocument(doc.labels, result.targets, { strict: false });
    const facts = docFacts(doc, text);
    const counts = zero();
    for (const m of match.matches) {
      const fam = labelFamilies(m.label, doc.labels, facts, doc);
      const add = (c: Counts) => {
        c.required++;
        if (m.correct) c.correct++;
        if (m.target) c.read++;
        if (m.correct) c.truePositives++;
      };
      add(counts);
      fam.forEach((f) => add(families[f]));
      if (m.target && m.correct) {
        parent.total++;
        if (m.parentOk) parent.right++;
        deadline.total++;
        if (m.deadlineOk) deadline.right++;
      }
    }
    for (const t of match.extras) {
      counts.read++;
      extraFamilies(t, facts, doc).forEach((f) => families[f].read++);
    }
    const hits = notTargetHits(doc, match.extras);
    const pieces = doc.notTargets.filter((p) => /\d/.test(p)).length;
    notTargets.pieces += pieces;
    notTargets.hits += hits.length;
    notTargets.extras += match.extras.length;
    for (const k of ["required", "correct", "read", "truePositives"] as const) overall[k] += counts[k];
    const strictText = matchDocument(doc.labels, result.targets, { strict: false, textOnly: true });
    textOnly.required += strictText.matches.length;
    textOnly.correct += strictText.matches.filter((m) => m.correct).length;
    textOnly.truePositives += strictText.matches.filter((m) => m.correct).length;
    textOnly.read += result.targets.length - strictText.uncertain.length;
    documents.push({ doc, text, result, match, counts, notTargetHits: hits });
  }
  return { overall, textOnly, families, documents, parent, deadline, notTargets };
}
