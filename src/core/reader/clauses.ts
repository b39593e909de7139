/**
 * Reading one item (a paragraph or bullet) into targets. The item is split into clauses (";" and sentence ends);
 * each clause holds number mentions (mentions.ts), each of which becomes one target with its own part of the
 * clause (part.ts); a rated body (rating.ts) and a "không có" clause (zero.ts) are targets without a number.
 * Numbers after "trong đó" are children of the target before them.
 */
import type { Target } from "../model/target";
import { findMentions, type Mention } from "./mentions";
import { readPart, regionOf, type Region } from "./part";
import type { ItemInput, RawTarget } from "./raw";
import { readRatedBody } from "./rating";
import { cleanText } from "./span";
import { splitSubject, subjectKind } from "./subject";
import { clauseCarry, clauseSignals, endsGoalContext, isQuotedTarget, mentionSignals, quotesTarget, sentenceCarry, sentenceEvidence } from "./stance";
import { clauseDeadline, inlineListDeadline, leadingDeadline, markersOf, repeatsOwnPeriod, type Time } from "./time";

export type { ItemInput, RawTarget } from "./raw";

const TRONG_DO_RE = /(?:^|[\s(,;:])trong do(?![a-z])/g;
const MAX_CLAUSE = 2000;
/** ";", a sentence end, or an inline number "(2)" / ", (3)" of a list written on one line. */
const CLAUSE_END_RE = /;|(?<!(?<!\p{L})(?:TP|Tp|TX|Tx|TT|ThS|TS|PGS|GS|BS|KS|Q|P))[.!?…](?=\s+[\p{Lu}\d(“"])|,?\s(?=\(\d{1,2}\)\s)/gu;
const ITEM_MARK_RE = /^\s*(?:[-–—+•*]\s*|\(?\d{1,2}\)\.?\s+|\d{1,2}[.)]\s+|[a-zđ]\)\s+)/;

/** A clause of an item: [start, end), whether it opens a sentence, and (once known) the deadline of its sentence. */
export type Clause = [number, number, boolean, (number | null)?, number?];

/** Clauses of an item: split at ";" and sentence ends; a runaway clause is cut at commas so work stays linear. */
export function clausesOf(s: string, from: number): Clause[] {
  const clauses: Clause[] = [];
  let c = from;
  let opens = true;
  CLAUSE_END_RE.lastIndex = from;
  for (let m = CLAUSE_END_RE.exec(s); m; m = CLAUSE_END_RE.exec(s)) {
    clauses.push([c, m.index, opens]);
    opens = /[.!?…]/.test(m[0]);
    c = m.index + m[0].length;
  }
  clauses.push([c, s.length, opens]);
  for (let i = 0; i < clauses.length; i++) {
    const [a, b, o] = clauses[i];
    if (b - a <= MAX_CLAUSE) continue;
    const win = s.slice(a, a + MAX_CLAUSE);
    let cut = a + win.lastIndexOf(",");
    if (cut <= a) cut = a + win.lastIndexOf(" ");
    if (cut <= a) cut = a + MAX_CLAUSE;
    clauses.splice(i, 1, [a, cut, o], [cut + 1, b, false]);
  }
  return clauses;
}

/** "trong đó" scopes of a clause: to the closing bracket when opened by "(", else to the clause end. */
function trongDoScopes(f: string, c0: number, c1: number): Array<[number, number]> {
  const scopes: Array<[number, number]> = [];
  const cf = f.slice(c0, c1);
  TRONG_DO_RE.lastIndex = 0;
  for (let m = TRONG_DO_RE.exec(cf); m; m = TRONG_DO_RE.exec(cf)) {
    const at = c0 + m.index + (m[0].startsWith("t") ? 0 : 1);
    const open = /\(\s*$/.test(f.slice(c0, at));
    const rel = open ? cf.indexOf(")", at - c0) : -1;
    const close = rel >= 0 ? c0 + rel : -1;
    let end = close > 0 && close < c1 ? close : c1;
    // "…, trong đó 20% hoàn thành xuất sắc nhiệm vụ, không có tổ chức cơ sở đảng yếu kém": the zero is the parent's sibling.
    const zero = /,\s*khong (?:co|con|de)(?![a-z])/.exec(f.slice(at, end));
    if (zero && !open) end = at + zero.index;
    scopes.push([at, end]);
    TRONG_DO_RE.lastIndex = at - c0 + 7;
  }
  return scopes;
}

/** State while reading one item. */
interface ItemState {
  inp: ItemInput;
  previous: RawTarget[];
  out: RawTarget[];
  time: Time;
  /** The sentence being read [start, end). */
  sentence: [number, number];
  /** The deadline opened by an earlier sentence of the item (or its list header), in force for later sentences. */
  paragraph: number | null;
  lastTop: RawTarget | null;
  /** Per mention of the clause being read: whether its bracket has goal words of its own. */
  asideEvidence: boolean[];
  /** The clause being read reports (its own words: a past term or year, results; or its paragraph): its ranges are figures too. */
  reports: boolean;
}

/**
 * The top-level target read just before `parent` from the same sentence ("95% tổ chức cơ sở đảng, 92%
 * đảng viên …") whose subject is of the same kind as `subject` (organisations or members), if any.
 */
function siblingParent(out: RawTarget[], parent: RawTarget, subject: string): RawTarget | null {
  const want = subjectKind(subject);
  if (want === null) return null;
  if (subjectKind(parent.target.subject) === want) return parent;
  const at = out.indexOf(parent);
  const line = parent.target.source?.line;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const r = out[i];
    if (r.parentRef !== null || r.target.source?.line !== line) break;
    if (subjectKind(r.target.subject) === want) return r;
  }
  return null;
}

/** The parent of a mention's target (a "trong đó" child or a quota under its total) and the binding context. */
function linkOf(st: ItemState, m: Mention, t: Target, r: Region, c0: number): { parentRef: RawTarget | null; context: string } {
  const { s, f } = st.inp;
  if (m.scope >= 0) {
    // An item that opens with "Trong đó" narrows the item before it; a "trong đó" inside an item, a target of its own.
    const opensItem = /^[\s\-+*•:]*trong do/.test(f.slice(0, m.start)) && !/\d/.test(f.slice(0, m.start));
    const candidate = st.lastTop && (st.lastTop.target.source?.start ?? 0) < st.inp.offset + m.start ? st.lastTop : opensItem ? (st.previous[st.previous.length - 1] ?? null) : null;
    // An amount is no part of a share ("… chiếm 55%. Trong đó, giá trị thương mại dịch vụ 500 tỷ đồng").
    const parentRef = candidate && !(t.kind === "quantity" && candidate.target.kind === "percent") ? candidate : null;
    if (parentRef) {
      if (!t.subject) t.subject = parentRef.target.subject;
      return { parentRef, context: parentRef.target.text };
    }
    // "Đại hội đề ra 16 chỉ tiêu, trong đó: …" — the list of the targets themselves, each a target of its own.
    return { parentRef: null, context: "" };
  }
  if (m.quota && /trong do|:/.test(f.slice(c0, m.start))) return { parentRef: st.lastTop, context: "" };
  // "kiểm tra ít nhất 02 tổ chức đảng và 05 đảng viên": a later part without its own verb takes the verb from the
  // clause before it, for binding only (the target's text stays its own words).
  if (r.prev && !r.hasPredicate) return { parentRef: null, context: s.slice(r.groupStart, r.regionStart) };
  return { parentRef: null, context: "" };
}

/** Push the target(s) of one mention: "Có 90% tổ chức cơ sở đảng, đảng viên được …" gives one per kind of subject. */
function emit(st: ItemState, m: Mention, t: Target, link: { parentRef: RawTarget | null; context: string }): void {
  const split = splitSubject(t.subject);
  const made: RawTarget[] = [];
  const copy = (sub: string): Target => ({ ...t, subject: sub, notes: [...(t.notes ?? [])] });
  if (split && !link.parentRef) {
    for (const sub of split) made.push({ target: copy(sub), parentRef: null, context: link.context });
  } else if (split && link.parentRef && m.scope >= 0) {
    // A "trong đó" share of both: each part goes under the parent of its own kind when the clause has one.
    for (const sub of split) {
      const own = siblingParent(st.out, link.parentRef, sub) ?? link.parentRef;
      made.push({ target: copy(sub), parentRef: own, context: own.target.text });
    }
  } else made.push({ target: t, parentRef: link.parentRef, context: link.context, quota: m.quota });
  for (const r of made) {
    st.out.push(r);
    if (!link.parentRef) st.lastTop = r;
  }
}

/** The clause's stance: its own words plus what it inherits from the clause or sentence before. */
function stanceOf(st: ItemState, c0: number, c1: number, opens: boolean, firstOfItem: boolean): { score: number; own: number } {
  const { inp } = st;
  const own = clauseSignals(inp.f.slice(c0, c1), inp.s.slice(c0, c1), inp.flow.now);
  if (opens && firstOfItem) inp.flow.reporting = false;
  const carry = opens ? (inp.prior > 0 ? inp.prior : sentenceCarry(inp.flow, inp.f.slice(c0, c1), firstOfItem, own.score)) : clauseCarry(inp.flow);
  const inherited = inp.prior > 0 || (opens ? sentenceEvidence(inp.flow, inp.f.slice(c0, c1), firstOfItem, own.score) : inp.flow.evidence);
  const score = own.score + carry;
  // Reports by its own words, or stands in a paragraph that reports without strong goal words of its own.
  st.reports = endsGoalContext(own) || (inp.flow.reporting && own.score < 3);
  inp.flow.last = score;
  // The goal context lasts through a sentence whatever its figures score; strong result words end it.
  // A targets section (or a table's plan row) is a goal context throughout; elsewhere a report's opening ends it.
  inp.flow.evidence = inp.prior > 0 || (score > -3 && !(opens && endsGoalContext(own)) && (own.evidence || inherited));
  if (score <= -3) inp.flow.reporting = true;
  else if (own.score >= 3) inp.flow.reporting = false;
  return { score, own: own.score };
}

/** The bracket "( … )" of the clause around a position, unless it opens a "trong đó" list. */
function asideAt(f: string, c0: number, pos: number): [number, number] | null {
  const open = f.lastIndexOf("(", pos);
  if (open < c0 || f.lastIndexOf(")", pos) > open) return null;
  if (/^\(\s*trong do/.test(f.slice(open, open + 12))) return null;
  const close = f.indexOf(")", pos);
  return [open + 1, close < 0 ? f.length : close];
}

/**
 * The stance of each mention: its clause's, plus its own signals. A number in a bracket is an aside (a fact, a
 * length, a base) judged on the bracket's words alone; a "trong đó" child of a target is a target.
 */
function mentionStances(st: ItemState, mentions: Mention[], c0: number, c1: number, stance: number, own: number): number[] {
  const { inp } = st;
  const scores: number[] = [];
  let lastMain = 0;
  const asides = mentions.map((m) => asideAt(inp.f, c0, m.start));
  const signals = asides.map((a) => (a ? clauseSignals(inp.f.slice(a[0], a[1]), inp.s.slice(a[0], a[1]), inp.flow.now) : null));
  const words = signals.map((g) => (g ? g.score : own));
  // A bracket with goal words of its own ("(mục tiêu nghị quyết là năm 2018 đạt 95%)") is a goal context by itself.
  st.asideEvidence = signals.map((g) => g !== null && g.evidence);
  const locals = mentions.map((m, i) => mentionSignals(inp.f, m, asides[i] ? asides[i][0] - 1 : c0, words[i]));
  // A clause that quotes the resolution's target ("…, theo Nghị quyết 90% trở lên") reports its other figures, and
  // so does one with a figure in the form of a result ("152/159", "đạt 225%"), unless it says strong goal words.
  const reported = quotesTarget(inp.f.slice(c0, c1)) || (own < 3 && locals.some((l, i) => !asides[i] && l <= -3));
  mentions.forEach((m, i) => {
    const base = asides[i] ? words[i] + Math.max(0, inp.prior) : reported && !isQuotedTarget(inp.f, m, c0) ? Math.min(stance, -1) : stance;
    if (asides[i] && locals[i] >= 8) return void scores.push(locals[i]);
    // "Nhiệm kỳ 2020 - 2025, doanh thu tăng trưởng hằng năm từ 12 – 13%": a range in a report is a reported range.
    let score = base + locals[i] - (st.reports && m.max !== null && !asides[i] ? 2 : 0);
    if (m.scope >= 0 && lastMain > 0) score = Math.max(score, lastMain);
    if (!asides[i] && m.scope < 0) lastMain = score;
    scores.push(score);
  });
  if (reported) inp.flow.last = Math.min(inp.flow.last, -2);
  return scores;
}

/** A number whose own form is a goal: a range, an operator of a goal on it, the resolution's target quoted in a report. */
function ownEvidence(f: string, m: Mention, c0: number, reports: boolean): boolean {
  if ((m.max !== null && !reports) || isQuotedTarget(f, m, c0)) return true;
  const before = f.slice(Math.max(c0, m.start - 25), m.start);
  const after = f.slice(m.end, m.end + 40);
  return /(?:it nhat|toi thieu|khong duoi|khong it hon|khong qua|khong vuot qua|toi da|phan dau|phai dat|can dat)\s*(?:[a-z]+\s*){0,2}$/.test(before) || /^\s*(?:%|‰)?\s*tro (?:len|xuong)/.test(after) || /(?:^|\s)tu\s*$/.test(before) && /tro len/.test(after);
}

function readClause(st: ItemState, c0: number, c1: number, stance: number, own: number): void {
  const { inp } = st;
  const first = st.out.length;
  const scopes = trongDoScopes(inp.f, c0, c1);
  const found = findMentions(inp, c0, c1, scopes);
  const scores = mentionStances(st, found, c0, c1, stance, own);
  // A number is a target only in a goal context, or when its own form sets a goal (a range, "từ 90% trở lên").
  const evidence = inp.flow.evidence;
  const mentions = found.filter((m, i) => scores[i] > 0 && (evidence || st.asideEvidence[i] || ownEvidence(inp.f, m, c0, st.reports)));
  inp.flow.trace?.(`clause ${stance}: ${inp.s.slice(c0, c1).slice(0, 100)}${found.map((m, i) => `\n   ${m.form} ${inp.s.slice(m.start, m.end)} → ${scores[i]}`).join("")}`);
  const scoreOf = new Map(found.map((m, i) => [m, scores[i]]));
  const firstScope = scopes.length ? scopes[0][0] : c1;
  const mains = mentions.filter((m) => m.scope < 0);
  const rated = stance > 0 && evidence ? readRatedBody(inp, c0, c1, firstScope, mains, st.time) : null;
  if (rated) {
    st.out.push(rated.raw);
    st.lastTop = rated.raw;
  }
  const mainStart = rated ? rated.mainStart : c0;
  for (const m of mentions) {
    const r = regionOf(inp.f, m, mentions, scopes, c0, mainStart, c1);
    const t = readPart(inp, m, r, st.time, [st.out, st.previous], scoreOf.get(m) ?? stance);
    emit(st, m, t, linkOf(st, m, t, r, c0));
  }
  // What a reviewer reads a target against: its whole sentence, verbatim.
  for (const r of st.out.slice(first)) r.target.quote = cleanText(inp.s, st.sentence[0], st.sentence[1]);
  // A clause that set a target makes the next clause of its sentence lean towards targets too.
  if (rated || mentions.some((m) => !isQuotedTarget(inp.f, m, c0))) {
    inp.flow.last = Math.max(inp.flow.last, 2);
    inp.flow.produced = true;
  }
}

function ownDeadlineOfLine(markers: Time["markers"]): number | null {
  const d = markers.find((mk) => mk.kind === "deadline");
  return d?.year ?? null;
}

/** Read one item into raw targets (parents and "trong đó" children, in text order). */
export function readItem(inp: ItemInput, previous: RawTarget[]): RawTarget[] {
  const marker = ITEM_MARK_RE.exec(inp.s);
  const markers = markersOf(inp.f, inp.flow.now);
  const st: ItemState = { inp, previous, out: [], time: { markers, governing: inp.deadline }, paragraph: null, lastTop: null, sentence: [0, inp.s.length], asideEvidence: [], reports: false };
  let first = true;
  const clauses = clausesOf(inp.s, marker ? marker[0].length : 0);
  clauses.forEach(([c0, , opens], i) => {
    if (!opens) return;
    const next = clauses.slice(i + 1).find((c) => c[2]);
    const end = next ? next[0] : inp.s.length;
    const lead = leadingDeadline(inp.f, markers, c0, end);
    if (lead !== null) st.paragraph = lead;
    // A heading's deadline governs its whole list; a paragraph's, the later clauses without a period of their own
    // (checked clause by clause below: "Phấn đấu tăng trưởng 10%/năm; GRDP bình quân đầu người đạt 150 triệu đồng").
    clauses[i] = [c0, clauses[i][1], opens, lead ?? inp.deadline ?? st.paragraph, end];
  });
  let sentenceDeadline: number | null = null;
  let list: number | null = null;
  for (const [c0, c1, opens, deadline, sentenceEnd] of clauses) {
    if (opens) {
      sentenceDeadline = list ?? deadline ?? null;
      st.sentence = [c0, sentenceEnd ?? inp.s.length];
    }
    // A clause with a period of its own ("…; tăng thu ngân sách 10 - 12%/năm") is not dated by its sentence's deadline
    // (but is by a list's: "các chỉ tiêu chủ yếu đến năm 2030 như: …").
    st.time.governing = sentenceDeadline !== null && sentenceDeadline !== inp.deadline && sentenceDeadline !== list && repeatsOwnPeriod(inp.f, markers, c0, c1) ? inp.deadline : sentenceDeadline;
    if (c1 - c0 < 3) continue;
    const { score: stance, own } = stanceOf(st, c0, c1, opens, first);
    if (opens) inp.flow.produced = false; // the new sentence has set nothing yet
    first = false;
    readClause(st, c0, c1, stance, own);
    list = inlineListDeadline(inp.f, c0, c1, inp.flow.now) ?? list;
    sentenceDeadline = list ?? clauseDeadline(inp.f, markers, c0, c1) ?? sentenceDeadline;
  }
  if (list === null && inp.opensList) list = ownDeadlineOfLine(markers);
  // The list goes on in the next paragraphs while they set targets.
  inp.flow.listDeadline = list ?? (st.out.length > 0 || marker ? inp.flow.listDeadline : null);
  // A line ending in ":" heads a list: its items inherit its stance; a list item keeps it; other lines end it.
  if (/:\s*$/.test(inp.s) || inp.opensList) {
    inp.flow.header = inp.flow.last;
    inp.flow.headerEvidence = inp.flow.evidence;
    inp.flow.headerDeadline = st.paragraph ?? ownDeadlineOfLine(markers);
  } else if (!marker) {
    inp.flow.header = null;
    inp.flow.headerDeadline = null;
  }
  return st.out;
}
