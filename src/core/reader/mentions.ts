/**
 * Number mentions in a clause: percents ("90%", "0,30%0", "‰"), ranges ("30 - 35%", "từ 15% đến 20%"), counts
 * with a noun ("01 gương"), quantities with a unit ("800 tỷ đồng"), quotas after a name ("Hội An 110") and small
 * number words after a minimum ("ít nhất một mô hình"). Years, document numbers, dates, references, durations and
 * past results are no mentions.
 */
import type { TargetKind } from "../model/target";
import { parseNumberWord, parseVietnameseNumber, roundFraction } from "../text/numbers";
import type { ItemInput } from "./raw";
import { isLetterOrDigit } from "./span";
import { countUnit } from "./subject";
import { GOAL_MARKER, NON_GOAL_AFTER, QUANTITY_UNIT, REFERENCE_BEFORE } from "./vocab";

export interface Mention {
  start: number;
  end: number;
  kind: TargetKind;
  value: number;
  max: number | null;
  stretch: number | null;
  unit: string | null;
  perMille: boolean;
  /** Index into the clause's "trong đó" scopes, -1 = main part of the clause. */
  scope: number;
  quota: boolean;
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const PCT = String.raw`(?:%0(?!\d)|%o(?![a-z])|‰|0\/00|%|\s?phan tram(?![a-z]))`;
const MENTION_RE = new RegExp(`(${NUM})\\s*(${PCT})?(?:\\s*(?:-|–|—|den|toi)\\s*(${NUM})\\s*(${PCT})?)?`, "g");
const WORD_NUMBER_RE = /(?:it nhat|toi thieu|co)\s+(mot|hai|ba|bon|sau|bay|tam|chin|muoi)\s+(?!nam|thang|lan|ngay|tuan|quy)(?=[a-z])/g;

export function percentValue(n: number, perMille: boolean): number {
  return roundFraction(perMille ? n / 1000 : n / 100);
}

interface Context {
  inp: ItemInput;
  c0: number;
  c1: number;
  goalWords: boolean;
  pastAt: number;
  scopeOf: (p: number) => number;
  out: Mention[];
}

/** A number that is a reference, a year, a date or a duration rather than a goal. */
function isReference(f: string, start: number, raw: string, a: number, before: string, after: string): boolean {
  if (/^[-/][a-z0-9]/.test(f.slice(start + raw.length, start + raw.length + 2))) return true; // "28-NQ/TW", "10/3/2023"
  if (/^\d{4}$/.test(raw) && a >= 1900 && a <= 2100) return true; // a year
  return REFERENCE_BEFORE.test(before) || NON_GOAL_AFTER.test(after);
}

/** Kind and unit of a number from the words after it, or null when the number is no goal. */
function kindOf(ctx: Context, start: number, end: number, after: string, isPct: boolean, perMille: boolean): { kind: TargetKind; unit: string | null; quota: boolean } | null {
  const { s, f } = ctx.inp;
  if (isPct) return { kind: "percent", unit: perMille ? "‰" : "%", quota: false };
  const q = QUANTITY_UNIT.exec(after);
  if (q) {
    const ua = end + (after.length - after.replace(/^\s+/, "").length);
    return { kind: "quantity", unit: s.slice(ua, ua + q[1].length), quota: false };
  }
  if (/^\s*[a-z]/.test(after)) return { kind: "count", unit: countUnit(s, f, end, ctx.c1), quota: false };
  // A bare number after a name is a quota for that unit ("Hội An 110, Tam Kỳ 90").
  if (/^\s*(?:[,;.)]|$)/.test(after) && /[\p{Lu}][\p{L}]*\s*$/u.test(s.slice(ctx.c0, start).trimEnd())) return { kind: "count", unit: null, quota: true };
  return null;
}

function readNumber(ctx: Context, m: RegExpExecArray): void {
  const { s, f } = ctx.inp;
  const { c0, c1 } = ctx;
  const start = c0 + m.index;
  let end = Math.min(c1, start + m[0].length);
  const prev = f[start - 1];
  if (isLetterOrDigit(prev) || prev === "/" || prev === "." || prev === "," || (prev === "-" && /[a-z]/.test(f[start - 2] ?? ""))) return;
  const pct1 = m[2] !== undefined;
  const isPct = pct1 || m[4] !== undefined;
  const rawA = s.slice(start, start + m[1].length);
  const a = parseVietnameseNumber(rawA);
  if (a === null) return;
  let b: number | null = m[3] !== undefined ? parseVietnameseNumber(m[3]) : null;
  if (b !== null && (b <= a || (!isPct && m[3].length >= 4 && b >= 1900 && b <= 2100))) {
    // Not a range ("2020 - 2025", "5 - 3"): keep the first number only.
    b = null;
    end = start + m[1].length + (pct1 ? m[2].length : 0);
  }
  const after = f.slice(end, Math.min(c1, end + 60));
  const before = f.slice(Math.max(c0, start - 40), start);
  if (!isPct && isReference(f, start, m[1], a, before, after)) return;
  // A change restated in brackets after a target: "120 đảng viên (tăng 10% so với năm 2024)" is no target of its own.
  if (ctx.out.length > 0 && /\(\s*(?:tang|giam)(?: them)?\s*(?:khoang|tren|it nhat)?\s*$/.test(before) && /^[^()]*so voi[^()]*\)/.test(after)) return;
  // Past results given as context: "kết nạp được 929 đảng viên", "đã đạt 95%".
  if (!ctx.goalWords && (/được\s*$/i.test(s.slice(Math.max(c0, start - 12), start)) || ctx.pastAt < start)) return;
  const perMille = isPct && /%0|%o|‰|0\/00/.test((m[2] ?? "") + (m[4] ?? ""));
  const k = kindOf(ctx, start, end, after, isPct, perMille);
  if (!k) return;
  const value = isPct ? percentValue(a, perMille) : a;
  const scaledMax = b === null ? null : isPct ? percentValue(b, perMille) : b;
  // Scaling can make two close bounds equal; a range must stay strictly increasing.
  const max = scaledMax !== null && scaledMax > value ? scaledMax : null;
  ctx.out.push({ start, end, kind: k.kind, value, max, stretch: null, unit: k.unit, perMille, scope: ctx.scopeOf(start), quota: k.quota });
}

/** Small number words after a minimum: "ít nhất một mô hình". */
function readNumberWords(ctx: Context, clauseF: string): void {
  const { s, f } = ctx.inp;
  WORD_NUMBER_RE.lastIndex = 0;
  for (let m = WORD_NUMBER_RE.exec(clauseF); m; m = WORD_NUMBER_RE.exec(clauseF)) {
    const wStart = ctx.c0 + m.index + m[0].lastIndexOf(m[1]);
    const v = parseNumberWord(m[1]);
    if (v === null) continue;
    const wEnd = wStart + m[1].length;
    ctx.out.push({ start: wStart, end: wEnd, kind: "count", value: v, max: null, stretch: null, unit: countUnit(s, f, wEnd, ctx.c1), perMille: false, scope: ctx.scopeOf(wStart), quota: false });
  }
}

/** "tối thiểu 80%, phấn đấu 90%": one target with a stretch level. */
function mergeStretch(f: string, list: Mention[]): Mention[] {
  const merged: Mention[] = [];
  for (const m of list) {
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

export function findMentions(inp: ItemInput, c0: number, c1: number, scopes: Array<[number, number]>): Mention[] {
  const clauseF = inp.f.slice(c0, c1);
  if (inp.strict && !GOAL_MARKER.test(clauseF)) return [];
  // Where "đã" (a past result) first appears in the clause, once.
  const past = /(?:^|\s)đã\s/i.exec(inp.s.slice(c0, c1));
  const ctx: Context = {
    inp, c0, c1, out: [],
    goalWords: /phan dau|chi tieu/.test(clauseF),
    pastAt: past ? c0 + past.index : Infinity,
    scopeOf: (p: number): number => scopes.findIndex(([a, b]) => p >= a && p < b),
  };
  MENTION_RE.lastIndex = 0;
  for (let m = MENTION_RE.exec(clauseF); m; m = MENTION_RE.exec(clauseF)) readNumber(ctx, m);
  readNumberWords(ctx, clauseF);
  ctx.out.sort((x, y) => x.start - y.start);
  return mergeStretch(inp.f, ctx.out);
}
