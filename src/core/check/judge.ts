import { tBoth } from "../i18n/messages";
import type { Message } from "../i18n/types";
import { RATING_CODES, ratingRank, type RatingCode } from "../model/rating";
import type { Target } from "../model/target";
import { formatNumber, neededDecimals } from "./format";

/** Verdict on one target. */
export type Status = "dat" | "vuot" | "chua-dat" | "thieu-du-lieu" | "chua-den-han";
export const STATUSES: readonly Status[] = ["dat", "vuot", "chua-dat", "thieu-du-lieu", "chua-den-han"];

export interface Judgement {
  status: Status;
  /**
   * Signed distance from the bound that decides the verdict, in the target's own unit
   * (percentage points for percent targets, items for counts, levels for ratings):
   * negative = short of a minimum, positive = above it. Inside a range it is 0. Null without a value.
   */
  gap: number | null;
  /** The gap in words: "còn thiếu 17 đảng viên", "thiếu 2,3 điểm phần trăm". Empty when there is nothing to say. */
  gapText: Message;
  /** Achieved ÷ planned (1.011 = 101,1%) for minimum, equality and range targets; null otherwise. */
  percentOfTarget: number | null;
}

export interface JudgeOptions {
  /** Year being reported on: a target due later that is not reached yet is "chưa đến hạn". */
  reportingYear?: number;
  /** The exact fraction behind a percent value (no float rounding in the comparison). */
  exact?: { numerator: number; denominator: number } | null;
}

const EMPTY: Message = { vi: "", en: "" };

/** Exact rational (BigInt) for comparisons: no 0.1 + 0.2 surprises, no 89,99% passing for 90%. */
interface Rational {
  n: bigint;
  d: bigint;
}

/** A decimal number as an exact rational of its shortest 12-significant-digit form (drops float noise). */
export function toRational(x: number): Rational {
  const s = Number(x.toPrecision(12)).toExponential();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return { n: BigInt(Math.round(x)), d: BigInt(1) };
  const digits = m[2] + (m[3] ?? "");
  let exp = Number(m[4]) - (m[3] ? m[3].length : 0);
  let n = BigInt(digits) * (m[1] ? BigInt(-1) : BigInt(1));
  let d = BigInt(1);
  if (exp >= 0) n *= BigInt(10) ** BigInt(exp);
  else d = BigInt(10) ** BigInt(-exp);
  exp = 0;
  return { n, d };
}

function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

function unitWord(target: Target): string {
  if (target.unit && target.unit !== "%" && target.unit !== "‰") return target.unit;
  return target.subject ?? "";
}

function isRating(x: unknown): x is RatingCode {
  return typeof x === "string" && (RATING_CODES as readonly string[]).includes(x);
}

/**
 * Judge one target against the achieved value.
 * Đạt: the condition holds. Vượt: above the top of a range, or at/above the "phấn đấu" (stretch) level
 * (at, not strictly above: a stretch of 100% could otherwise never be reached). Chưa đạt: the condition fails.
 * Thiếu dữ liệu: no value. Chưa đến hạn: not reached yet and due after the reporting year.
 */
export function judgeValue(target: Target, actual: number | RatingCode | null, options: JudgeOptions = {}): Judgement {
  if (actual === null || actual === undefined || (typeof actual === "number" && !Number.isFinite(actual))) {
    return { status: "thieu-du-lieu", gap: null, gapText: EMPTY, percentOfTarget: null };
  }
  const notDue = target.deadline !== null && options.reportingYear !== undefined && target.deadline > options.reportingYear;
  if (isRating(target.value) || isRating(actual)) return judgeRating(target, actual, notDue);
  if (typeof target.value !== "number" || typeof actual !== "number") {
    return { status: "thieu-du-lieu", gap: null, gapText: tBoth("check.gap.incomparable"), percentOfTarget: null };
  }
  // Only a fraction of whole counts is exact; a fractional count typed by mistake (warned by validation) falls back to the value.
  const e = options.exact;
  const exact = e && Number.isSafeInteger(e.numerator) && Number.isSafeInteger(e.denominator) && e.denominator > 0 ? e : null;
  const a: Rational = exact ? { n: BigInt(exact.numerator), d: BigInt(exact.denominator) } : toRational(actual);
  const v = toRational(target.value);
  const op = target.op;
  const c = cmp(a, v);
  let ok: boolean;
  let above = false;
  let bound = target.value;
  switch (op) {
    case ">=":
      ok = c >= 0;
      break;
    case ">":
      ok = c > 0;
      break;
    case "<=":
      ok = c <= 0;
      break;
    case "<":
      ok = c < 0;
      break;
    case "=":
      ok = c === 0;
      // Above an exact count is more than asked ("02 đoàn thể" → 3); above a "không có" (0) or 100% is not possible or is a failure.
      above = c > 0 && target.value > 0 && !(target.kind === "percent" && target.value >= 1);
      break;
    case "range": {
      const max = target.max ?? target.value;
      const cMax = cmp(a, toRational(max));
      ok = c >= 0 && cMax <= 0;
      above = cMax > 0;
      if (above) bound = max;
      break;
    }
    default:
      ok = false;
  }
  let stretchReached = false;
  if (ok && typeof target.stretch === "number") {
    const cs = cmp(a, toRational(target.stretch));
    stretchReached = op === "<=" || op === "<" ? cs <= 0 : cs >= 0;
  }
  const status: Status = ok ? (stretchReached ? "vuot" : "dat") : above ? "vuot" : notDue ? "chua-den-han" : "chua-dat";
  const percent = target.kind === "percent";
  const perMille = target.unit === "‰";
  const scale = percent ? (perMille ? 1000 : 100) : 1;
  const rawGap = op === "range" && ok ? 0 : (actual - bound) * scale;
  // Four decimals are enough for percentage points (0,0001 điểm) and drop the float noise.
  const gap = Number(rawGap.toFixed(4)) + 0;
  const percentOfTarget = (op === ">=" || op === ">" || op === "=" || op === "range") && target.value > 0 ? Number((actual / target.value).toPrecision(12)) : null;
  return { status, gap, gapText: gapText(target, status, gap, percent, perMille), percentOfTarget };
}

function gapText(target: Target, status: Status, gap: number, percent: boolean, perMille: boolean): Message {
  if (gap === 0 && status !== "chua-dat") return EMPTY;
  const abs = Math.abs(gap);
  // One decimal for percentage points ("2,3"), more only when one would show 0 ("0,01").
  let pd = 1;
  while (pd < 3 && Number(abs.toFixed(pd)) === 0) pd++;
  const amount = (lang: "vi" | "en") => formatNumber(abs, percent ? pd : neededDecimals(abs, 0, 2), lang);
  const unitKey = percent ? (perMille ? "permille" : "percent") : "count";
  const unit = unitWord(target);
  const max = target.op === "<=" || target.op === "<";
  let key: string;
  // An exact target missed from above: "không có" (0) with 15 found is 15 too many, not 15 short.
  if ((status === "chua-dat" || status === "chua-den-han") && target.op === "=" && gap > 0) key = target.value === 0 ? `check.gap.not-none.${unitKey}` : `check.gap.above.${unitKey}`;
  else if (status === "chua-dat" || status === "chua-den-han") key = max ? `check.gap.over-limit.${unitKey}` : `check.gap.short.${unitKey}`;
  else if (max) key = `check.gap.under-limit.${unitKey}`;
  else if (target.op === "range" && status === "vuot") key = `check.gap.above-max.${unitKey}`;
  else key = `check.gap.above.${unitKey}`;
  const vi = tBoth(key, { amount: amount("vi"), unit }).vi;
  const en = tBoth(key, { amount: amount("en"), unit }).en;
  return { vi: vi.replace(/\s+/g, " ").trim(), en: en.replace(/\s+/g, " ").trim() };
}

function judgeRating(target: Target, actual: number | RatingCode, notDue: boolean): Judgement {
  if (!isRating(target.value) || !isRating(actual)) {
    return { status: "thieu-du-lieu", gap: null, gapText: tBoth("check.gap.incomparable"), percentOfTarget: null };
  }
  const diff = ratingRank(actual) - ratingRank(target.value);
  let ok: boolean;
  switch (target.op) {
    case ">=":
      ok = diff >= 0;
      break;
    case ">":
      ok = diff > 0;
      break;
    case "<=":
      ok = diff <= 0;
      break;
    case "<":
      ok = diff < 0;
      break;
    default:
      ok = diff === 0;
  }
  const stretch = isRating(target.stretch) && ok && ratingRank(actual) >= ratingRank(target.stretch);
  const status: Status = ok ? (stretch ? "vuot" : "dat") : notDue ? "chua-den-han" : "chua-dat";
  const text = diff < 0 ? tBoth("check.gap.rating-below", { levels: -diff }) : diff > 0 ? tBoth("check.gap.rating-above", { levels: diff }) : EMPTY;
  return { status, gap: diff, gapText: text, percentOfTarget: null };
}
