/**
 * Reading one item (a paragraph or bullet) of the targets section into targets.
 *
 * Every regular expression runs on the folded copy `f` of the item (same length as the NFC text `s`,
 * see foldSameLength), so a match position cuts the verbatim words out of `s`.
 * An item is split into clauses (";" and sentence ends); a clause holds number mentions
 * ("30 - 35%", "ít nhất 01 gương"), each of which becomes one target with its own part of the clause.
 */
import { t as msg } from "../i18n/messages";
import type { RatingCode } from "../model/rating";
import type { Target, TargetKind, TargetOp } from "../model/target";
import { foldKey } from "../text/normalize";
import { parseNumberWord, parseVietnameseNumber, roundFraction } from "../text/numbers";
import {
  BODY_START, COUNT_UNITS, DEADLINE, GOAL_MARKER, NON_GOAL_AFTER, OP_BEFORE, PERIOD_TERM, PERIOD_YEAR, PREDICATE,
  QUANTITY_UNIT, RATING_PHRASE, REFERENCE_BEFORE, SUBJECT_BRANCH, SUBJECT_MEMBER, SUBJECT_ORG, SUBJECT_STOP, SUBJECT_UNION,
} from "./vocab";

/** A subject the binding knows: organisations, chi bộ trực thuộc, members, unions. */
const SUBJECT_ANY = new RegExp(`${SUBJECT_ORG.source}|${SUBJECT_BRANCH.source}|${SUBJECT_MEMBER.source}|${SUBJECT_UNION.source}`);

/** A target as read, before ids are given: `parentRef` points into the same list. */
export interface RawTarget {
  target: Target;
  parentRef: RawTarget | null;
  /** Extra words for the binding (the parent's clause for a "trong đó" child). */
  context: string;
}

export interface ItemInput {
  s: string;
  f: string;
  /** Offset of the item in the prepared text and its 0-based line. */
  offset: number;
  line: number;
  /** True when no targets section was found: only clauses with explicit goal markers count. */
  strict: boolean;
}

interface Mention {
  start: number;
  end: number;
  kind: TargetKind;
  value: number;
  max: number | null;
  stretch: number | null;
  unit: string | null;
  perMille: boolean;
  scope: number; // index into scopes, -1 = main part of the clause
  quota: boolean;
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const PCT = String.raw`(?:%0(?!\d)|%o(?![a-z])|‰|0\/00|%|\s?phan tram(?![a-z]))`;
const MENTION_RE = new RegExp(`(${NUM})\\s*(${PCT})?(?:\\s*(?:-|–|—|den|toi)\\s*(${NUM})\\s*(${PCT})?)?`, "g");
const WORD_NUMBER_RE = /(?:it nhat|toi thieu|co)\s+(mot|hai|ba|bon|sau|bay|tam|chin|muoi)\s+(?!nam|thang|lan|ngay|tuan|quy)(?=[a-z])/g;
/** "mỗi chi bộ cơ sở xây dựng …": read on the NFC text, because folded "có" and "cơ" are the same. */
const PER_RE =
  /(?:^|\s)mỗi\s+(?!năm|tháng|quý|tuần|lần|người)(\p{L}+(?:\s\p{L}+){0,5}?)(?=\s+(?:xây dựng|có|đăng ký|phấn đấu|duy trì|kết nạp|thực hiện|giới thiệu|ít nhất|tối thiểu|từ|chọn|lựa chọn|đạt|phải)(?!\p{L})|\s*\(|\s*,)/iu;
const TRONG_DO_RE = /(?:^|[\s(,;:])trong do(?![a-z])/g;
const MAX_CLAUSE = 2000;
const CLAUSE_END_RE = /;|[.!?…](?=\s+[\p{Lu}\d(“"])/gu;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}

function trimSpan(s: string, a: number, b: number): [number, number] {
  while (a < b && /[\s,;:.)\-–]/.test(s[a])) a++;
  while (b > a && /[\s,;:.(\-–]/.test(s[b - 1])) b--;
  return [a, b];
}

function cleanText(s: string, a: number, b: number): string {
  const [x, y] = trimSpan(s, a, b);
  let t = s.slice(x, y);
  t = t.replace(/^(?:và|hoặc)\s+/i, "").replace(/\s+(?:và|hoặc|trong đó)$/i, "");
  // Drop an unbalanced bracket left at either end.
  if ((t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0) && t.endsWith("(")) t = t.slice(0, -1).trim();
  if (t.startsWith("(") && !t.includes(")")) t = t.slice(1).trim();
  if (t.endsWith(")") && !t.includes("(")) t = t.slice(0, -1).trim();
  return t;
}

/** The last separator ("," ";" ":" or " và ") between two positions, or null. */
function lastSeparator(f: string, from: number, to: number): { at: number; len: number } | null {
  let comma = -1;
  for (let i = to - 1; i >= from; i--) {
    if (f[i] === "," || f[i] === ";" || f[i] === ":") {
      comma = i;
      break;
    }
  }
  const rel = to - from >= 4 ? f.slice(from, to).lastIndexOf(" va ") : -1;
  const va = rel >= 0 ? from + rel : -1;
  if (va >= from && va > comma) return { at: va, len: 4 };
  return comma >= 0 ? { at: comma, len: 1 } : null;
}

function percentValue(n: number, perMille: boolean): number {
  return roundFraction(perMille ? n / 1000 : n / 100);
}

function findMentions(inp: ItemInput, c0: number, c1: number, scopes: Array<[number, number]>): Mention[] {
  const { s, f } = inp;
  const out: Mention[] = [];
  const clauseF = f.slice(c0, c1);
  const goalWords = /phan dau|chi tieu/.test(clauseF);
  if (inp.strict && !GOAL_MARKER.test(clauseF)) return [];
  // Where "đã" (a past result) first appears in the clause, once.
  const past = /(?:^|\s)đã\s/i.exec(s.slice(c0, c1));
  const pastAt = past ? c0 + past.index : Infinity;
  const scopeOf = (p: number): number => scopes.findIndex(([a, b]) => p >= a && p < b);
  MENTION_RE.lastIndex = 0;
  for (let m = MENTION_RE.exec(clauseF); m; m = MENTION_RE.exec(clauseF)) {
    const start = c0 + m.index;
    let end = start + m[0].length;
    if (end > c1) end = c1;
    const prev = f[start - 1];
    if (isLetterOrDigit(prev) || prev === "/" || prev === "." || prev === "," || (prev === "-" && /[a-z]/.test(f[start - 2] ?? ""))) continue;
    const pct1 = m[2] !== undefined;
    const pct2 = m[4] !== undefined;
    const isPct = pct1 || pct2;
    const rawA = s.slice(start, start + m[1].length);
    const a = parseVietnameseNumber(rawA);
    if (a === null) continue;
    let b: number | null = m[3] !== undefined ? parseVietnameseNumber(m[3]) : null;
    if (b !== null && (b <= a || (!isPct && m[3].length >= 4 && b >= 1900 && b <= 2100))) {
      // Not a range ("2020 - 2025", "5 - 3"): keep the first number only.
      b = null;
      end = start + m[1].length + (pct1 ? m[2].length : 0);
    }
    const after = f.slice(end, Math.min(c1, end + 60));
    const before = f.slice(Math.max(c0, start - 40), start);
    if (!isPct) {
      if (/^[-/][a-z0-9]/.test(f.slice(start + m[1].length, start + m[1].length + 2))) continue; // "28-NQ/TW", "10/3/2023"
      if (/^\d{4}$/.test(rawA) && a >= 1900 && a <= 2100) continue; // a year
      if (REFERENCE_BEFORE.test(before)) continue;
      if (NON_GOAL_AFTER.test(after)) continue;
    }
    // A change restated in brackets after a target: "120 đảng viên (tăng 10% so với năm 2024)" is no target of its own.
    if (out.length > 0 && /\(\s*(?:tang|giam)(?: them)?\s*(?:khoang|tren|it nhat)?\s*$/.test(before) && /^[^()]*so voi[^()]*\)/.test(after)) continue;
    // Past results given as context: "kết nạp được 929 đảng viên", "đã đạt 95%".
    if (!goalWords && (/được\s*$/i.test(s.slice(Math.max(c0, start - 12), start)) || pastAt < start)) continue;
    let kind: TargetKind = "count";
    let unit: string | null = null;
    let quota = false;
    const perMille = isPct && /%0|%o|‰|0\/00/.test((m[2] ?? "") + (m[4] ?? ""));
    if (isPct) {
      kind = "percent";
      unit = perMille ? "‰" : "%";
    } else {
      const q = QUANTITY_UNIT.exec(after);
      if (q) {
        kind = "quantity";
        const ua = end + (after.length - after.replace(/^\s+/, "").length);
        unit = s.slice(ua, ua + q[1].length);
      } else {
        const w = /^\s*[a-z]/.test(after);
        if (!w) {
          // A bare number after a name is a quota for that unit ("Hội An 110, Tam Kỳ 90").
          if (/^\s*(?:[,;.)]|$)/.test(after) && /[\p{Lu}][\p{L}]*\s*$/u.test(s.slice(c0, start).trimEnd())) quota = true;
          else continue;
        } else unit = countUnit(s, f, end, c1);
      }
    }
    const value = isPct ? percentValue(a, perMille) : a;
    const scaledMax = b === null ? null : isPct ? percentValue(b, perMille) : b;
    // Scaling can make two close bounds equal; a range must stay strictly increasing.
    const max = scaledMax !== null && scaledMax > value ? scaledMax : null;
    out.push({ start, end, kind, value, max, stretch: null, unit, perMille, scope: scopeOf(start), quota });
  }
  // Small number words after a minimum: "ít nhất một mô hình".
  WORD_NUMBER_RE.lastIndex = 0;
  for (let m = WORD_NUMBER_RE.exec(clauseF); m; m = WORD_NUMBER_RE.exec(clauseF)) {
    const wStart = c0 + m.index + m[0].lastIndexOf(m[1]);
    const v = parseNumberWord(m[1]);
    if (v === null) continue;
    const wEnd = wStart + m[1].length;
    out.push({ start: wStart, end: wEnd, kind: "count", value: v, max: null, stretch: null, unit: countUnit(s, f, wEnd, c1), perMille: false, scope: scopeOf(wStart), quota: false });
  }
  out.sort((x, y) => x.start - y.start);
  // "tối thiểu 80%, phấn đấu 90%": one target with a stretch level.
  const merged: Mention[] = [];
  for (const m of out) {
    const last = merged[merged.length - 1];
    if (last && last.scope === m.scope && last.kind === m.kind && m.max === null && last.stretch === null) {
      const between = f.slice(last.end, m.start);
      if (/^\s*(?:tro len)?\s*,?\s*(?:va\s+)?phan dau\s*(?:dat\s*)?(?:tu\s*)?$/.test(between)) {
        last.stretch = m.value;
        last.end = m.end;
        continue;
      }
    }
    merged.push(m);
  }
  return merged;
}

function countUnit(s: string, f: string, end: number, limit: number): string | null {
  const rest = f.slice(end, Math.min(limit, end + 40));
  const lead = rest.length - rest.replace(/^\s+/, "").length;
  const r = rest.slice(lead);
  for (const u of COUNT_UNITS) {
    if (!r.startsWith(u) || /[a-z]/.test(r.charAt(u.length))) continue;
    const unit = s.slice(end + lead, end + lead + u.length);
    // Folded "dang vien moi" is also "đảng viên mỗi (năm)": only "mới" makes new members.
    if (u === "dang vien moi" && !/mới$/iu.test(unit.normalize("NFC"))) continue;
    return unit;
  }
  // One or two words; a verb is no part of the unit ("02 xã đạt chuẩn" → "xã").
  const w = /^([a-z]+)(?: ([a-z]+))?/.exec(r);
  if (!w) return null;
  const len = w[2] !== undefined && !SUBJECT_STOP.test(" " + w[2]) ? w[0].length : w[1].length;
  return s.slice(end + lead, end + lead + len);
}

function ratingOf(m: RegExpExecArray): RatingCode {
  const abbr = m[3];
  if (abbr) return abbr.toUpperCase() as RatingCode;
  if (m[1]) return "KHTNV";
  if (m[2] === "xuat sac") return "HTXSNV";
  if (m[2] === "tot") return "HTTNV";
  return "HTNV";
}

function findRating(f: string, a: number, b: number): { start: number; end: number; code: RatingCode } | null {
  const m = RATING_PHRASE.exec(f.slice(a, b));
  if (!m) return null;
  return { start: a + m.index, end: a + m.index + m[0].length, code: ratingOf(m) };
}

/** Subject noun phrase starting at `from` (after a number), cut at the first predicate or stop word. */
function subjectAfter(s: string, f: string, from: number, to: number): string | null {
  let a = from;
  // "số" (the number of) is skipped, not the "so" of "so với" (compared with).
  const lead = /^(?:\s*\/\s*(?:nam|quy|thang|ky)(?![a-z]))?[\s,]*(?:(?:tro len|tro xuong)[\s,]*)?(?:(?:cac|nhung|tong so|so(?! voi))\s+)?/.exec(f.slice(a, to));
  if (lead) a += lead[0].length;
  const seg = f.slice(a, to);
  const stop = SUBJECT_STOP.exec(seg);
  let b = a + (stop ? stop.index : seg.length);
  const words = s.slice(a, b).split(/\s+/);
  if (words.length > 14) b = a + words.slice(0, 14).join(" ").length;
  const tail = /(?:[\s,]+(?:tu|tren|duoi|co|va|hoac|it nhat|toi thieu|toi da|khong qua|phan dau))+[\s,]*$/.exec(f.slice(a, b));
  if (tail) b -= tail[0].length;
  const t = cleanText(s, a, b);
  return t === "" || !/\p{L}/u.test(t) ? null : t;
}

/** "tỷ lệ đảng viên được kiểm tra đạt 30%": the subject stands before the number. */
function subjectBefore(s: string, f: string, from: number, to: number): string | null {
  const seg = f.slice(from, to);
  // The verb before the number is no part of the subject: "tỷ lệ hộ nghèo giảm 1,5%", "tỷ lệ … duy trì ở mức 98%".
  const m = /ty le\s+(.+?)\s*(?:(?:dat|la|tu|tren|duoi|it nhat|toi thieu|toi da|khong qua|phai dat|bang|giam|tang|con|xuong|duy tri|o muc|binh quan|hang nam|moi nam)\s*)*$/.exec(seg);
  if (!m) return null;
  const a = from + m.index + m[0].indexOf(m[1]);
  return subjectAfter(s, f, a, a + m[1].length);
}

function opOf(f: string, regionStart: number, m: Mention, regionEnd: number): { op: TargetOp; explicit: boolean } {
  if (m.max !== null) return { op: "range", explicit: true };
  const lead = f.slice(regionStart, m.start).replace(/[\s,]+$/, "");
  for (const [re, op] of OP_BEFORE) if (re.test(lead)) return { op, explicit: true };
  const tail = f.slice(m.end, regionEnd);
  if (/(?:^|\s)tro xuong(?![a-z])/.test(tail)) return { op: "<=", explicit: true };
  if (/(?:^|\s)tro len(?![a-z])/.test(tail)) return { op: ">=", explicit: true };
  return { op: ">=", explicit: false };
}

interface Marker {
  pos: number;
  kind: "year" | "term" | "deadline";
  year?: number;
}

function markersOf(f: string): Marker[] {
  const out: Marker[] = [];
  for (const m of f.matchAll(PERIOD_YEAR)) out.push({ pos: m.index ?? 0, kind: "year" });
  for (const m of f.matchAll(PERIOD_TERM)) out.push({ pos: m.index ?? 0, kind: "term" });
  for (const m of f.matchAll(DEADLINE)) out.push({ pos: m.index ?? 0, kind: "deadline", year: Number(m[1]) });
  return out.sort((x, y) => x.pos - y.pos);
}

/** Deadline and period in force at `pos`: the nearest markers before it (or inside its own part). */
function timeOf(markers: Marker[], pos: number, ownEnd: number): { deadline: number | null; period: "year" | "term" | null } {
  // Binary search for the last marker at or before ownEnd, then look back a bounded distance.
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].pos <= ownEnd) lo = mid + 1;
    else hi = mid;
  }
  let deadline: number | null = null;
  let period: "year" | "term" | null = null;
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 64; i--, seen++) {
    const mk = markers[i];
    if (mk.kind === "deadline") {
      if (deadline === null) deadline = mk.year ?? null;
    } else if (period === null && (mk.pos < pos || mk.kind === "year")) period = mk.kind;
    if (deadline !== null && period !== null) break;
  }
  return { deadline, period: deadline !== null ? null : period };
}

function blankTarget(text: string, kind: TargetKind, op: TargetOp, value: number | RatingCode): Target {
  return {
    id: "", parent: null, text, subject: null, kind, op, value, max: null, stretch: null, unit: null, per: null, scope: null,
    change: null, deadline: null, period: null, indicator: null, confidence: 0.9, base: null, notes: [], source: null,
  };
}

const PREFIX_TIME = /^(?:\s*(?:hang nam|moi nam|trong nhiem ky|ca nhiem ky|(?:phan dau\s+)?den nam \d{4}|nam \d{4})\s*,?\s*)+/;

/** Read one item into raw targets (parents and "trong đó" children, in text order). */
export function readItem(inp: ItemInput, previous: RawTarget[]): RawTarget[] {
  const { s, f } = inp;
  const out: RawTarget[] = [];
  // Skip the item marker ("- ", "+ ", "(1). ", "a) ", "1. ").
  const marker = /^\s*(?:[-–—+•*]\s*|\(?\d{1,2}\)\.?\s+|\d{1,2}[.)]\s+|[a-zđ]\)\s+)/.exec(s);
  const itemStart = marker ? marker[0].length : 0;
  const markers = markersOf(f);
  const clauses: Array<[number, number]> = [];
  let c = itemStart;
  CLAUSE_END_RE.lastIndex = itemStart;
  for (let m = CLAUSE_END_RE.exec(s); m; m = CLAUSE_END_RE.exec(s)) {
    clauses.push([c, m.index]);
    c = m.index + m[0].length;
  }
  clauses.push([c, s.length]);
  // A "clause" longer than any real one (a runaway line) is cut at commas so work stays linear.
  for (let i = 0; i < clauses.length; i++) {
    const [a, b] = clauses[i];
    if (b - a <= MAX_CLAUSE) continue;
    const win = s.slice(a, a + MAX_CLAUSE);
    let cut = a + win.lastIndexOf(",");
    if (cut <= a) cut = a + win.lastIndexOf(" ");
    if (cut <= a) cut = a + MAX_CLAUSE;
    clauses.splice(i, 1, [a, cut], [cut + 1, b]);
  }
  let lastTop: RawTarget | null = null;
  for (const [c0, c1] of clauses) {
    if (c1 - c0 < 3) continue;
    // "trong đó" scopes: to the closing bracket when opened by "(", else to the clause end.
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
    const mentions = findMentions(inp, c0, c1, scopes);
    const firstScope = scopes.length ? scopes[0][0] : c1;
    const mains = mentions.filter((m) => m.scope < 0);
    const clauseF = f.slice(c0, c1);
    // A rated body: "Đảng bộ Khối … được xếp loại hoàn thành tốt nhiệm vụ trở lên",
    // or listed before a share that shares the predicate: "Đảng bộ Khối, Ban Thường vụ … và 85% …".
    const rating = findRating(f, c0, firstScope);
    let mainStart = c0;
    let rated = false;
    if (rating && (!inp.strict || /phan dau|xep loai/.test(clauseF))) {
      let regionEnd = -1;
      if (mains.length === 0) regionEnd = rating.start;
      else {
        const m1 = mains[0];
        const sep = lastSeparator(f, c0, m1.start);
        if (sep && rating.start > m1.start && /^[\s,]*(?:va\s+)?(?:co\s+)?(?:tu|tren|it nhat|toi thieu)?\s*$/.test(f.slice(sep.at + sep.len, m1.start))) regionEnd = sep.at;
      }
      if (regionEnd > c0) {
        const pre = PREFIX_TIME.exec(f.slice(c0, regionEnd));
        const bodyStart = c0 + (pre ? pre[0].length : 0);
        const bodyF = f.slice(bodyStart, regionEnd).trimStart();
        if (BODY_START.test(bodyF)) {
          if (mains.length > 0) mainStart = regionEnd + 1;
          const lead = f.slice(bodyStart, regionEnd).length - bodyF.length;
          const cut = /(?:^|\s)(?:phan dau|duoc|dat|xep loai|danh gia|hang nam|moi nam|trong nhiem ky|nam \d{4})(?![a-z])/.exec(bodyF);
          const subject = cleanText(s, bodyStart + lead, bodyStart + lead + (cut ? cut.index : bodyF.length));
          const textEnd = mains.length === 0 ? rating.end + (/^\s*(?:nam \d{4}\s*)?tro len/.exec(f.slice(rating.end, c1))?.[0].length ?? 0) : regionEnd;
          const text = cleanText(s, c0, mains.length === 0 ? Math.max(textEnd, firstScope === c1 ? c1 : textEnd) : textEnd);
          const t = blankTarget(text, "rating", /tro xuong/.test(f.slice(rating.end, c1)) ? "<=" : ">=", rating.code);
          t.subject = subject || null;
          t.unit = null;
          t.confidence = 0.8;
          const tm = timeOf(markers, c0, c1);
          t.deadline = tm.deadline;
          t.period = tm.period;
          t.source = { start: inp.offset + c0, end: inp.offset + c1, line: inp.line + 1 };
          const raw: RawTarget = { target: t, parentRef: null, context: "" };
          out.push(raw);
          lastTop = raw;
          rated = true;
        }
      }
    }
    // "Không có tổ chức cơ sở đảng yếu kém": a zero target.
    if (mentions.length === 0 && !inp.strict && !rated) {
      const z = /(?:^|\s)khong (?:co|con|de xay ra|de)\s+(?=(?:to chuc|dang vien|chi bo|can bo|co quan|don vi|doan the|truong hop|vu)(?![a-z]))/.exec(clauseF);
      if (z) {
        const a = c0 + z.index + z[0].length;
        const t = blankTarget(cleanText(s, c0, c1), "count", "=", 0);
        t.subject = subjectAfter(s, f, a, c1) ?? cleanText(s, a, c1);
        t.confidence = 0.65;
        t.notes = [msg("reader.note.zero", "vi")];
        t.source = { start: inp.offset + c0, end: inp.offset + c1, line: inp.line + 1 };
        const raw: RawTarget = { target: t, parentRef: null, context: "" };
        out.push(raw);
        lastTop = raw;
      }
    }
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      const group = mentions.filter((x) => x.scope === m.scope);
      const gi = group.indexOf(m);
      const groupStart = m.scope >= 0 ? scopes[m.scope][0] : mainStart;
      const nextScope = scopes.find(([a]) => a > m.start);
      const groupEnd = m.scope >= 0 ? scopes[m.scope][1] : nextScope ? nextScope[0] : c1;
      const prevM = group[gi - 1];
      const nextM = group[gi + 1];
      let regionStart = groupStart;
      if (prevM) {
        const sep = lastSeparator(f, prevM.end, m.start);
        regionStart = sep ? sep.at + sep.len : m.start;
      }
      let regionEnd = groupEnd;
      if (nextM && nextM.start < groupEnd) {
        const sep = lastSeparator(f, m.end, nextM.start);
        regionEnd = sep ? sep.at : nextM.start;
      }
      const ownF = f.slice(regionStart, regionEnd);
      const numberless = ownF.slice(0, m.start - regionStart) + " " + ownF.slice(m.end - regionStart);
      const hasPredicate = PREDICATE.test(numberless);
      const textEnd = hasPredicate || m.kind !== "percent" ? regionEnd : Math.max(regionEnd, groupEnd);
      const text = cleanText(s, regionStart, textEnd);
      const { op, explicit } = opOf(f, regionStart, m, regionEnd);
      const t = blankTarget(text, m.kind, op, m.value);
      t.max = m.max;
      t.stretch = m.stretch;
      t.unit = m.unit;
      const notes: string[] = [];
      // Subject: the noun phrase after the number, or "tỷ lệ X" before it.
      let subject = subjectAfter(s, f, m.end, textEnd);
      if (m.kind === "percent" && (!subject || PREDICATE.test(" " + f.slice(m.end, m.end + 12)))) subject = subjectBefore(s, f, regionStart, m.start) ?? subject;
      if (!subject) {
        // The subject opens the clause, before its verb and the number: "Đảng viên được xếp loại … đạt 90%",
        // "trong đó số tổ chức cơ sở đảng, đảng viên hoàn thành xuất sắc … không vượt quá 20%".
        const open = /^[\s,:;(-]*(?:trong do[\s,:]*)?(?:(?:co|phan dau|phan dau co)\s+)?/.exec(f.slice(regionStart, m.start));
        const a = regionStart + (open ? open[0].length : 0);
        const found = subjectAfter(s, f, a, m.start);
        if (found && SUBJECT_ANY.test(foldKey(found))) subject = found;
      }
      t.subject = subject;
      // Per-unit: "mỗi chi bộ cơ sở xây dựng ít nhất 01 …".
      const per = PER_RE.exec(s.slice(regionStart, m.start));
      if (per) t.per = per[1];
      // Increase / decrease against a base.
      const lead = f.slice(Math.max(regionStart, m.start - 30), m.start);
      if (/(?:^|\s)tang(?: them)?\s*(?:tu|tren|it nhat|toi thieu|binh quan)?\s*$/.test(lead)) t.change = "increase";
      else if (/(?:^|\s)giam(?: them)?\s*(?:tu|tren|it nhat|toi thieu|binh quan)?\s*$/.test(lead)) t.change = "decrease";
      const base = /so voi\s+([^,;.()]+)/.exec(f.slice(m.end, textEnd));
      if (base) {
        const ba = m.end + base.index + base[0].indexOf(base[1]);
        t.base = s.slice(ba, ba + base[1].length).trim();
      }
      // "không vượt quá 20% số được xếp loại hoàn thành tốt nhiệm vụ": the cap's own base, not all rated.
      const capBase = m.kind === "percent" && /^\s*(?:tong\s+)?so\s+(?:(?:dang vien|to chuc|tccsd)[a-z ]{0,20}?\s+)?(?:duoc\s+)?(?:danh gia,?\s+)?xep loai\s+(?:muc\s+)?["“'‘]?\s*(?:hoan thanh tot|httnv)/.exec(f.slice(m.end, textEnd));
      if (capBase) {
        const at = m.end + (capBase[0].length - capBase[0].trimStart().length);
        t.base = cleanText(s, at, Math.max(at, textEnd));
        notes.push(msg("reader.note.cap-base", "vi"));
      }
      if (m.quota) {
        const name = /((?:[\p{Lu}][\p{L}]*\s*){1,4})$/u.exec(s.slice(regionStart, m.start).trimEnd());
        t.scope = name ? name[1].trim() : null;
        const prevUnit = lastCount(out) ?? lastCount(previous);
        t.unit = prevUnit ? prevUnit.target.unit : null;
        t.subject = prevUnit ? prevUnit.target.subject : t.subject;
        t.confidence = 0.7;
        notes.push(msg("reader.note.quota", "vi"));
      }
      const tm = timeOf(markers, m.start, regionEnd);
      t.deadline = tm.deadline;
      t.period = tm.period;
      // Confidence: explicit words raise it, guesses lower it.
      let conf = explicit ? 0.92 : 0.85;
      if (!t.subject && m.scope < 0) {
        conf -= 0.25;
        notes.push(msg("reader.note.no-subject", "vi"));
      }
      if (m.kind === "percent" && typeof t.value === "number" && t.value > 1 && !t.change) {
        conf -= 0.3;
        notes.push(msg("reader.note.over-100", "vi"));
      }
      if (m.kind === "count" && !t.unit && !m.quota) conf -= 0.2;
      if (inp.strict) {
        conf = Math.min(conf, 0.5);
        notes.push(msg("reader.note.whole-text", "vi"));
      }
      if (m.quota) conf = Math.min(conf, 0.7);
      if (capBase) conf = Math.min(conf, 0.7);
      t.confidence = Math.round(conf * 100) / 100;
      t.notes = notes;
      t.source = { start: inp.offset + regionStart, end: inp.offset + textEnd, line: inp.line + 1 };
      let parentRef: RawTarget | null = null;
      let context = "";
      if (m.scope >= 0) {
        parentRef = lastTop && (lastTop.target.source?.start ?? 0) < inp.offset + m.start ? lastTop : previous[previous.length - 1] ?? null;
        if (parentRef) {
          context = parentRef.target.text;
          if (!t.subject) t.subject = parentRef.target.subject;
        } else {
          t.confidence = Math.min(t.confidence, 0.55);
          notes.push(msg("reader.note.orphan", "vi"));
        }
      } else if (m.quota && /trong do|:/.test(f.slice(c0, m.start))) {
        parentRef = lastTop;
      } else if (prevM && !hasPredicate) {
        // "kiểm tra ít nhất 02 tổ chức đảng và 05 đảng viên": a later part without its own verb takes the
        // verb from the clause before it, for binding only (the target's text stays its own words).
        context = s.slice(groupStart, regionStart);
      }
      // "Có 90% tổ chức cơ sở đảng, đảng viên được …": one target for organisations, one for members.
      const split = splitSubject(t.subject);
      const made: RawTarget[] = [];
      if (split && !parentRef) {
        for (const sub of split) made.push({ target: { ...t, subject: sub, notes: [...notes] }, parentRef, context });
      } else if (split && parentRef && m.scope >= 0) {
        // A "trong đó" share of both: each part goes under the parent of its own kind when the clause has one.
        for (const sub of split) {
          const own = siblingParent(out, parentRef, sub) ?? parentRef;
          made.push({ target: { ...t, subject: sub, notes: [...notes] }, parentRef: own, context: own.target.text });
        }
      } else made.push({ target: t, parentRef, context });
      for (const r of made) {
        out.push(r);
        if (!parentRef) lastTop = r;
      }
    }
  }
  return out;
}

function lastCount(list: RawTarget[]): RawTarget | null {
  for (let i = list.length - 1, n = 0; i >= 0 && n < 200; i--, n++) if (list[i].target.unit && list[i].target.kind === "count") return list[i];
  return null;
}

/**
 * The top-level target read just before `parent` from the same sentence ("95% tổ chức cơ sở đảng, 92%
 * đảng viên …") whose subject is of the same kind as `subject` (organisations or members), if any.
 */
function siblingParent(out: RawTarget[], parent: RawTarget, subject: string): RawTarget | null {
  const kind = (x: string | null) => (x === null ? null : SUBJECT_ORG.test(foldKey(x)) ? "org" : SUBJECT_MEMBER.test(foldKey(x)) ? "member" : null);
  const want = kind(subject);
  if (want === null) return null;
  if (kind(parent.target.subject) === want) return parent;
  const at = out.indexOf(parent);
  const line = parent.target.source?.line;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const r = out[i];
    if (r.parentRef !== null || r.target.source?.line !== line) break;
    if (kind(r.target.subject) === want) return r;
  }
  return null;
}

/** Two subjects of different kinds sharing one number: "tổ chức cơ sở đảng, đảng viên". */
function splitSubject(subject: string | null): string[] | null {
  if (!subject) return null;
  const parts = subject.split(/\s*(?:,|\svà\s)\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length !== 2) return null;
  const org = parts.find((p) => SUBJECT_ORG.test(foldKey(p)));
  const member = parts.find((p) => /^(?:cac |toan the )?dang vien$/.test(foldKey(p)) && SUBJECT_MEMBER.test(foldKey(p)));
  return org && member && org !== member ? [org, member] : null;
}
