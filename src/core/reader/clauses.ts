/**
 * Reading one item (a paragraph or bullet) into targets. The item is split into clauses (";" and sentence ends);
 * each clause holds number mentions (mentions.ts), each of which becomes one target with its own part of the
 * clause (part.ts); a rated body (rating.ts) and a "không có" clause (zero.ts) are targets without a number.
 * Numbers after "trong đó" are children of the target before them.
 */
import { t as msg } from "../i18n/messages";
import type { Target } from "../model/target";
import { findMentions, type Mention } from "./mentions";
import { readPart, regionOf, type Region } from "./part";
import type { ItemInput, RawTarget } from "./raw";
import { readRatedBody } from "./rating";
import { splitSubject, subjectKind } from "./subject";
import { markersOf, type Marker } from "./time";
import { readZero } from "./zero";

export type { ItemInput, RawTarget } from "./raw";

const TRONG_DO_RE = /(?:^|[\s(,;:])trong do(?![a-z])/g;
const MAX_CLAUSE = 2000;
const CLAUSE_END_RE = /;|[.!?…](?=\s+[\p{Lu}\d(“"])/gu;
const ITEM_MARK_RE = /^\s*(?:[-–—+•*]\s*|\(?\d{1,2}\)\.?\s+|\d{1,2}[.)]\s+|[a-zđ]\)\s+)/;

/** Clauses of an item: split at ";" and sentence ends; a runaway clause is cut at commas so work stays linear. */
export function clausesOf(s: string, from: number): Array<[number, number]> {
  const clauses: Array<[number, number]> = [];
  let c = from;
  CLAUSE_END_RE.lastIndex = from;
  for (let m = CLAUSE_END_RE.exec(s); m; m = CLAUSE_END_RE.exec(s)) {
    clauses.push([c, m.index]);
    c = m.index + m[0].length;
  }
  clauses.push([c, s.length]);
  for (let i = 0; i < clauses.length; i++) {
    const [a, b] = clauses[i];
    if (b - a <= MAX_CLAUSE) continue;
    const win = s.slice(a, a + MAX_CLAUSE);
    let cut = a + win.lastIndexOf(",");
    if (cut <= a) cut = a + win.lastIndexOf(" ");
    if (cut <= a) cut = a + MAX_CLAUSE;
    clauses.splice(i, 1, [a, cut], [cut + 1, b]);
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
    scopes.push([at, close > 0 && close < c1 ? close : c1]);
    TRONG_DO_RE.lastIndex = at - c0 + 7;
  }
  return scopes;
}

/** State while reading one item. */
interface ItemState {
  inp: ItemInput;
  previous: RawTarget[];
  out: RawTarget[];
  markers: Marker[];
  lastTop: RawTarget | null;
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
    const parentRef = st.lastTop && (st.lastTop.target.source?.start ?? 0) < st.inp.offset + m.start ? st.lastTop : st.previous[st.previous.length - 1] ?? null;
    if (parentRef) {
      if (!t.subject) t.subject = parentRef.target.subject;
      return { parentRef, context: parentRef.target.text };
    }
    t.confidence = Math.min(t.confidence, 0.55);
    t.notes = [...(t.notes ?? []), msg("reader.note.orphan", "vi")];
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
  } else made.push({ target: t, parentRef: link.parentRef, context: link.context });
  for (const r of made) {
    st.out.push(r);
    if (!link.parentRef) st.lastTop = r;
  }
}

function readClause(st: ItemState, c0: number, c1: number): void {
  const { inp } = st;
  const scopes = trongDoScopes(inp.f, c0, c1);
  const mentions = findMentions(inp, c0, c1, scopes);
  const firstScope = scopes.length ? scopes[0][0] : c1;
  const mains = mentions.filter((m) => m.scope < 0);
  const rated = readRatedBody(inp, c0, c1, firstScope, mains, st.markers);
  if (rated) {
    st.out.push(rated.raw);
    st.lastTop = rated.raw;
  }
  if (mentions.length === 0 && !inp.strict && !rated) {
    const zero = readZero(inp, c0, c1);
    if (zero) {
      st.out.push(zero);
      st.lastTop = zero;
    }
  }
  const mainStart = rated ? rated.mainStart : c0;
  for (const m of mentions) {
    const r = regionOf(inp.f, m, mentions, scopes, mainStart, c1);
    const t = readPart(inp, m, r, st.markers, [st.out, st.previous]);
    emit(st, m, t, linkOf(st, m, t, r, c0));
  }
}

/** Read one item into raw targets (parents and "trong đó" children, in text order). */
export function readItem(inp: ItemInput, previous: RawTarget[]): RawTarget[] {
  const marker = ITEM_MARK_RE.exec(inp.s);
  const st: ItemState = { inp, previous, out: [], markers: markersOf(inp.f), lastTop: null };
  for (const [c0, c1] of clausesOf(inp.s, marker ? marker[0].length : 0)) {
    if (c1 - c0 >= 3) readClause(st, c0, c1);
  }
  return st.out;
}
