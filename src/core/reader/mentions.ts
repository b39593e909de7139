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
import { COUNT_UNITS, DOCUMENT_NUMBER, NON_GOAL_AFTER, QUANTITY_UNIT, REFERENCE_BEFORE } from "./vocab";

export interface Mention {
  /** "number"; "zero" for "không có/không còn …" (= 0); "all" for "tất cả … đều" (= 100%); "fraction" for "10/10 thôn". */
  form: "number" | "zero" | "all" | "fraction";
  /** The number as written ("97,35"); for a fraction, its denominator in `total`. */
  raw: string;
  total?: number;
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
/** "0,150/00", "20/00": a per-mille sign "0/00" written right after the number's last digit. */
const GLUED_PER_MILLE = /^\/00(?!\d)/;
/** "10/10 thôn", "152/159 đảng bộ": a part of a whole, counted in the noun after it (not a date "10/3/2023"). */
const FRACTION_AFTER = /^\s*\/\s*(\d{1,5})(?![\d/.,])(?=\s*[a-z(])/;
/** A unit's name before its quota: "Hội An 110", "Công an 12", "xã Tân An 20", "Đảng bộ TP.Tam Kỳ 150". */
const QUOTA_NAME = /(?:^\s*|[,;:]\s*|\s(?:và|và cho)\s+)(?:(?:xã|phường|thị trấn|huyện|thị xã|thành phố|quận|thôn|ấp|bản|tổ|khu phố|đảng bộ|chi bộ|đảng ủy|huyện ủy|thị ủy|thành ủy|trường|công ty|cơ quan)\s+)?[\p{Lu}][\p{L}.]*(?:\s[\p{L}.]+){0,4}\s*$/u;
/** "Lớp 7,5": a unit written before the number. */
const UNIT_BEFORE = /(?:^|\s)(lop)\s*$/;
/** A number right after a colon ends a table row or a short line: "- Giải quyết việc làm: 6.000 – 8.000". */
const LABEL_COLON = /:\s*(?:tu\s+|tren\s+|duoi\s+|it nhat\s+|khong qua\s+)?$/;

/** "không có / không còn / không để xảy ra" + what must not exist. Nouns that are counted, or a bad state after them. */
const ZERO_RE = /(?:^|[\s,;:(])(khong (?:co|con|de xay ra|de|xay ra))\s+(?=(?:cac |them )?(?:tccsd|tccs|tcd|to chuc|dang vien|chi bo|dang bo|can bo|co quan|don vi|doan the|truong hop|vu|ho|nha|co so|xa|thon|ap|ban|nguoi|hoc sinh|tre em|doanh nghiep|diem|cong trinh|khieu kien|toi pham|tai nan|dich|benh|chay|tham nhung|sai pham|vi pham|dien|nha tam|phong hoc)(?![a-z]))/g;
/** "tất cả (các) chi bộ … đều …": every one of them, 100%. */
const ALL_RE = /(?:^|[\s,;:(])(tat ca)\s+(?:cac\s+)?(?=[a-z])/g;

export function percentValue(n: number, perMille: boolean): number {
  return roundFraction(perMille ? n / 1000 : n / 100);
}

interface Context {
  inp: ItemInput;
  c0: number;
  c1: number;
  scopeOf: (p: number) => number;
  out: Mention[];
}

function mention(ctx: Context, over: Partial<Mention> & Pick<Mention, "start" | "end" | "kind" | "value">): Mention {
  return { form: "number", raw: "", max: null, stretch: null, unit: null, perMille: false, scope: ctx.scopeOf(over.start), quota: false, ...over };
}

/** A number that is a reference, a year, a date or a duration rather than a goal. */
function isReference(f: string, start: number, raw: string, a: number, before: string, after: string): boolean {
  if (/^[-/][a-z0-9]/.test(f.slice(start + raw.length, start + raw.length + 2))) return true; // "28-NQ/TW", "10/3/2023"
  if (/^\d{4}$/.test(raw) && a >= 1900 && a <= 2100) return true; // a year
  return REFERENCE_BEFORE.test(before) || NON_GOAL_AFTER.test(after);
}

/** The counted noun before a bare number: "Kết nạp đảng viên mới hàng năm từ 8 đến 10". */
function unitBefore(s: string, f: string, from: number, to: number): string | null {
  const seg = f.slice(from, to);
  let best: { at: number; u: string } | null = null;
  for (const u of COUNT_UNITS) {
    const at = seg.lastIndexOf(u);
    if (at >= 0 && !/[a-z]/.test(seg.charAt(at + u.length)) && (at === 0 || !/[a-z]/.test(seg.charAt(at - 1))) && (!best || at + u.length > best.at + best.u.length)) best = { at, u };
  }
  return best ? s.slice(from + best.at, from + best.at + best.u.length) : null;
}

/** Kind and unit of a number from the words after (or before) it, or null when the number is no goal. */
function kindOf(ctx: Context, start: number, end: number, after: string, isPct: boolean, perMille: boolean): { kind: TargetKind; unit: string | null; quota: boolean } | null {
  const { s, f } = ctx.inp;
  if (isPct) return { kind: "percent", unit: perMille ? "‰" : "%", quota: false };
  const q = QUANTITY_UNIT.exec(after);
  if (q) {
    const ua = end + (after.length - after.replace(/^\s+/, "").length);
    return { kind: "quantity", unit: s.slice(ua, ua + q[1].length), quota: false };
  }
  // "Biên phòng 15 và Đảng bộ Khối …": the next unit of a list, not the counted noun.
  const nextUnit = /^\s*và\s+\p{Lu}/u.test(s.slice(end, end + 12));
  if (/^\s*[a-z]/.test(after) && !nextUnit) return { kind: "count", unit: countUnit(s, f, end, ctx.c1), quota: false };
  if (!nextUnit && !/^\s*(?:[,;.)(…]|$)/.test(after)) return null;
  const before = f.slice(Math.max(ctx.c0, start - 30), start);
  const ub = UNIT_BEFORE.exec(before);
  if (ub) {
    const at = start - before.length + ub.index + ub[0].indexOf(ub[1]);
    return { kind: "quantity", unit: s.slice(at, at + ub[1].length), quota: false };
  }
  // A bare number after a name is a quota for that unit ("Hội An 110, Tam Kỳ 90", "Công an 12").
  const part = s.slice(ctx.c0, start);
  if (QUOTA_NAME.test(part)) return { kind: "count", unit: null, quota: true };
  const unit = unitBefore(s, f, ctx.c0, start);
  if (unit || LABEL_COLON.test(before)) return { kind: "count", unit, quota: false };
  return null;
}

/**
 * A number word after the digits that scales them: "hơn 12 nghìn đảng viên" = 12.000, "1,6 triệu thanh niên" =
 * 1.600.000, "hơn 2 vạn hội viên" = 20.000 — not an amount in its own unit ("50 nghìn đồng", "60 triệu đồng",
 * "3 triệu tấn", "60 triệu/người"), which stays a quantity.
 */
const SCALE_WORD = /^\s*(nghin|ngan|trieu|van)(?![a-z])(?!\s*(?:dong|usd|ty|tan|m3|m2|kwh|kw|lit|ha|km|kg|\/|-|–))(?=\s+[a-z])/;
const SCALE: Record<string, number> = { nghin: 1e3, ngan: 1e3, van: 1e4, trieu: 1e6 };
function numberWordScale(after: string): { factor: number; length: number } | null {
  const m = SCALE_WORD.exec(after);
  return m ? { factor: SCALE[m[1]], length: m[0].length } : null;
}
/** 1,6 × 1.000.000 without floating-point dust. */
function scaled(n: number, factor: number): number {
  return Math.round(n * factor * 1000) / 1000;
}

/** "10/10 thôn", "152/159 đảng bộ": a count out of a whole (null when the number is no fraction). */
function readFraction(ctx: Context, start: number, raw: string, a: number): boolean {
  const { f } = ctx.inp;
  const fr = FRACTION_AFTER.exec(f.slice(start + raw.length, Math.min(ctx.c1, start + raw.length + 12)));
  if (!fr) return false;
  const end = start + raw.length + fr[0].length;
  const total = Number(fr[1]);
  if (fr[1].length === 4 && total >= 1900 && total <= 2100) return true; // "21/2022", "12/2024": a document number, a month
  const after = f.slice(end, Math.min(ctx.c1, end + 60));
  // "3/3 chỉ tiêu", "9/10 tiêu chí": parts of the document; "hoàn thành 19/19 tiêu chí" (all of them) is a goal.
  if (NON_GOAL_AFTER.test(after) && !(a === total && /^\s*tieu chi/.test(after))) return true;
  const unit = countUnit(ctx.inp.s, f, end, ctx.c1);
  ctx.out.push(mention(ctx, { form: "fraction", raw, total, start, end, kind: "count", value: a, unit }));
  return true;
}

function readNumber(ctx: Context, m: RegExpExecArray): void {
  const { s, f } = ctx.inp;
  const { c0, c1 } = ctx;
  const start = c0 + m.index;
  let end = Math.min(c1, start + m[0].length);
  const prev = f[start - 1];
  if (isLetterOrDigit(prev) || prev === "/" || prev === "." || prev === "," || (prev === "-" && /[a-z]/.test(f[start - 2] ?? ""))) return;
  // A time of day "07:25" (a page's timestamp), either half.
  if ((prev === ":" && /\d/.test(f[start - 2] ?? "")) || /^:\d\d/.test(f.slice(start + m[1].length))) return;
  let rawA = s.slice(start, start + m[1].length);
  let pct1 = m[2] !== undefined;
  let glued = false;
  if (!pct1 && m[3] === undefined && rawA.length > 1 && rawA.endsWith("0") && GLUED_PER_MILLE.test(f.slice(start + rawA.length))) {
    // "0,150/00" = 0,15‰.
    rawA = rawA.slice(0, -1);
    pct1 = true;
    glued = true;
    end = start + rawA.length + 4;
  }
  const isPct = pct1 || m[4] !== undefined;
  const parsed = parseVietnameseNumber(rawA);
  if (parsed === null) return;
  let a = parsed;
  if (!isPct && readFraction(ctx, start, m[1], a)) return;
  if (/^\d{4}$/.test(m[1]) && a >= 1900 && a <= 2100) return; // a year, whatever follows ("2015- 20202")
  let b: number | null = m[3] !== undefined ? parseVietnameseNumber(m[3]) : null;
  if (b !== null && (b <= a || (!isPct && m[3].length >= 4 && b >= 1900 && b <= 2100))) {
    // Not a range ("2020 - 2025", "5 - 3"): keep the first number only.
    b = null;
    end = start + m[1].length + (pct1 && m[2] ? m[2].length : 0);
  }
  const scale = isPct ? null : numberWordScale(f.slice(end, end + 24));
  if (scale) {
    a = scaled(a, scale.factor);
    if (b !== null) b = scaled(b, scale.factor);
    end += scale.length;
  }
  const after = f.slice(end, Math.min(c1, end + 60));
  const before = f.slice(Math.max(c0, start - 40), start);
  // "gấp 1,5 - 2 lần", "1,5 lần so với …": a ratio to reach, not a number of times.
  if (!isPct && (/^\s*lan\s+so voi/.test(after) || /gap\s*$/.test(before)) && /^\s*lan(?![a-z])/.test(after)) {
    const ua = end + after.indexOf("lan");
    ctx.out.push(mention(ctx, { raw: rawA, start, end, kind: "quantity", value: a, max: b !== null && b > a ? b : null, unit: s.slice(ua, ua + 3) }));
    return;
  }
  if (!isPct && (b === null ? isReference(f, start, m[1], a, before, after) : REFERENCE_BEFORE.test(before) || NON_GOAL_AFTER.test(after))) return;
  if (!isPct && DOCUMENT_NUMBER.test(before) && !/^\s*[a-z]/.test(after.replace(/^\s*(?:cua|ve|ngay|nam|khoa)(?![a-z]).*/, ""))) return;
  // A change restated in brackets after a target: "120 đảng viên (tăng 10% so với năm 2024)" is no target of its own.
  if (ctx.out.length > 0 && /\(\s*(?:tang|giam)(?: them)?\s*(?:khoang|tren|it nhat)?\s*$/.test(before) && /^[^()]*so voi[^()]*\)/.test(after)) return;
  // "đạt 50% (8 xã)": the share restated as a count in brackets is the same target.
  if (!isPct && /\d\s*(?:%|‰)\s*\(\s*$/.test(before) && /^\s*[a-z ]{0,24}\)/.test(after)) return;
  const perMille = isPct && (glued || /%0|%o|‰|0\/00/.test((m[2] ?? "") + (m[4] ?? "")));
  const k = kindOf(ctx, start, end, after, isPct, perMille);
  if (!k) return;
  const value = isPct ? percentValue(a, perMille) : a;
  const scaledMax = b === null ? null : isPct ? percentValue(b, perMille) : b;
  // Scaling can make two close bounds equal; a range must stay strictly increasing.
  const max = scaledMax !== null && scaledMax > value ? scaledMax : null;
  ctx.out.push(mention(ctx, { raw: rawA, start, end, kind: k.kind, value, max, unit: k.unit, perMille, quota: k.quota }));
}

/** "không có tổ chức cơ sở đảng yếu kém", "không còn hộ nghèo": a count that must be zero. */
function readZeros(ctx: Context, clauseF: string): void {
  ZERO_RE.lastIndex = 0;
  for (let m = ZERO_RE.exec(clauseF); m; m = ZERO_RE.exec(clauseF)) {
    const start = ctx.c0 + m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    // "chưa có", "đã có" are states; only "không có/còn" sets a zero. A number right after is a number mention.
    if (/^\s*(?:cac\s+)?\d/.test(ctx.inp.f.slice(end, end + 8))) continue;
    ctx.out.push(mention(ctx, { form: "zero", raw: "0", start, end, kind: "count", value: 0, unit: countUnit(ctx.inp.s, ctx.inp.f, end, ctx.c1) }));
  }
}

/** "tất cả các chi bộ trực thuộc đều hoàn thành tốt nhiệm vụ": 100% of them, when no number follows in the part. */
function readAlls(ctx: Context, clauseF: string): void {
  ALL_RE.lastIndex = 0;
  for (let m = ALL_RE.exec(clauseF); m; m = ALL_RE.exec(clauseF)) {
    const start = ctx.c0 + m.index + m[0].indexOf(m[1]);
    const rest = /^[^,;]*/.exec(ctx.inp.f.slice(start, ctx.c1))?.[0] ?? "";
    if (/\d/.test(rest) || !/(?<![a-z])deu(?![a-z])/.test(rest)) continue;
    ctx.out.push(mention(ctx, { form: "all", raw: "100", start, end: start + m[1].length, kind: "percent", value: 1, unit: "%" }));
  }
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
    ctx.out.push(mention(ctx, { raw: m[1], start: wStart, end: wEnd, kind: "count", value: v, unit: countUnit(s, f, wEnd, ctx.c1) }));
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
  const ctx: Context = {
    inp, c0, c1, out: [],
    scopeOf: (p: number): number => scopes.findIndex(([a, b]) => p >= a && p < b),
  };
  MENTION_RE.lastIndex = 0;
  for (let m = MENTION_RE.exec(clauseF); m; m = MENTION_RE.exec(clauseF)) readNumber(ctx, m);
  readNumberWords(ctx, clauseF);
  readZeros(ctx, clauseF);
  readAlls(ctx, clauseF);
  ctx.out.sort((x, y) => x.start - y.start);
  return mergeStretch(inp.f, ctx.out);
}
