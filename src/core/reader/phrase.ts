/**
 * A short target phrase as typed in a cell: "từ 90% trở lên", "30 - 35%", "ít nhất 80", "trên 90%",
 * "không quá 5%", "≥ 90%", "HTTNV trở lên". Used by the custom functions (NQ.DANHGIA, NQ.CHITIEU) and
 * by the "Chỉ tiêu" sheet when staff retype a condition.
 */
import type { RatingCode } from "../model/rating";
import type { Target, TargetKind, TargetOp } from "../model/target";
import { foldSameLength, normalizeText } from "../text/normalize";
import { parseNumberWord, parseVietnameseNumber, roundFraction } from "../text/numbers";
import { OP_BEFORE, QUANTITY_UNIT, RATING_PHRASE } from "./vocab";

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const PCT = String.raw`(?:%0(?!\d)|%o(?![a-z])|‰|0\/00|%|\s?phan tram(?![a-z]))`;
const PHRASE_RE = new RegExp(`(${NUM})\\s*(${PCT})?(?:\\s*(?:-|–|—|den|toi)\\s*(${NUM})\\s*(${PCT})?)?`);

const SYMBOL_OP: Array<[RegExp, TargetOp]> = [
  [/(?:>=|≥|=>)\s*$/, ">="],
  [/(?:<=|≤|=<)\s*$/, "<="],
  [/>\s*$/, ">"],
  [/<\s*$/, "<"],
  [/(?:^|\s)=\s*$|^\s*(?:bang|dung|dung bang)\s*$/, "="],
];

function target(text: string, kind: TargetKind, op: TargetOp, value: number | RatingCode, max: number | null, unit: string | null): Target {
  return {
    id: "1", parent: null, text, subject: null, kind, op, value, max, stretch: null, unit, per: null, scope: null,
    change: null, deadline: null, period: null, indicator: null, confidence: 0.9, base: null, notes: [], source: null,
  };
}

function ratingCode(m: RegExpExecArray): RatingCode {
  if (m[3]) return m[3].toUpperCase() as RatingCode;
  if (m[1]) return "KHTNV";
  if (m[2] === "xuat sac") return "HTXSNV";
  if (m[2] === "tot") return "HTTNV";
  return "HTNV";
}

export function parseTargetPhrase(text: string): Target | null {
  try {
    const s = normalizeText(String(text ?? ""));
    if (s === "" || s.length > 500) return null;
    const f = foldSameLength(s);
    const m = PHRASE_RE.exec(f);
    if (!m) {
      const r = new RegExp(RATING_PHRASE.source).exec(f);
      if (r) {
        const op: TargetOp = /tro xuong/.test(f) ? "<=" : /(?:^|\s)(?:dung|bang)\s/.test(f) ? "=" : ">=";
        return target(s, "rating", op, ratingCode(r), null, null);
      }
      if (/(?:^|\s)khong (?:co|con)(?![a-z])/.test(f)) return target(s, "count", "=", 0, null, null);
      const w = /(?:it nhat|toi thieu|tu|tren|duoi|khong qua|toi da)?\s*(mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)(?![a-z])/.exec(f);
      const v = w ? parseNumberWord(w[1]) : null;
      if (w && v !== null) return finish(s, f, w.index + w[0].length - w[1].length, w.index + w[0].length, v, null, false, false);
      return null;
    }
    const a = parseVietnameseNumber(m[1]);
    if (a === null) return null;
    const isPct = m[2] !== undefined || m[4] !== undefined;
    const perMille = /%0|%o|‰|0\/00/.test((m[2] ?? "") + (m[4] ?? ""));
    let b = m[3] !== undefined ? parseVietnameseNumber(m[3]) : null;
    // "90% đến 90%" or "5 - 3" is not a range: keep the first number.
    if (b !== null && b <= a) b = null;
    return finish(s, f, m.index, m.index + m[0].length, a, b, isPct, perMille);
  } catch {
    return null;
  }
}

function finish(s: string, f: string, start: number, end: number, a: number, bRaw: number | null, isPct: boolean, perMille: boolean): Target {
  const scale = (n: number) => (isPct ? roundFraction(perMille ? n / 1000 : n / 100) : n);
  // Scaling can make two close bounds equal; a range must stay strictly increasing.
  const b = bRaw !== null && scale(bRaw) > scale(a) ? bRaw : null;
  const lead = f.slice(0, start).replace(/[\s,]+$/, "");
  const tail = f.slice(end);
  let op: TargetOp = ">=";
  let explicit = false;
  if (b !== null) {
    op = "range";
    explicit = true;
  } else {
    for (const [re, o] of [...SYMBOL_OP, ...OP_BEFORE]) {
      if (re.test(lead)) {
        op = o;
        explicit = true;
        break;
      }
    }
    if (!explicit && /(?:^|\s)tro xuong(?![a-z])/.test(tail)) op = "<=";
    if (!explicit && /(?:^|\s)(?:khong co|khong con)(?![a-z])/.test(lead)) op = "=";
  }
  let kind: TargetKind = isPct ? "percent" : "count";
  let unit: string | null = isPct ? (perMille ? "‰" : "%") : null;
  if (!isPct) {
    const q = QUANTITY_UNIT.exec(tail);
    const w = /^\s*([a-z]+(?: [a-z]+)?)/.exec(tail);
    if (q) {
      kind = "quantity";
      const at = end + tail.indexOf(q[1]);
      unit = s.slice(at, at + q[1].length);
    } else if (w && !/^\s*(?:tro len|tro xuong)/.test(tail)) {
      const at = end + tail.indexOf(w[1]);
      unit = s.slice(at, at + w[1].length);
    }
  }
  const t = target(s, kind, op, scale(a), b === null ? null : scale(b), unit);
  t.confidence = explicit || /tro len|tro xuong/.test(tail) || op === "=" ? 0.95 : 0.85;
  return t;
}
