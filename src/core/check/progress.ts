import type { Message } from "../i18n/types";
import type { Target } from "../model/target";
import { foldKey } from "../text/normalize";

export type ProgressStatus = "dung-tien-do" | "cham-tien-do" | "dat";

export interface Progress {
  status: ProgressStatus;
  /** What the elapsed share of the year asks for: target × months / 12. */
  expected: number;
}

/**
 * Progress of a yearly count target part-way through the year: "đúng tiến độ" when the achieved
 * value is at least the elapsed share of the target (73 admitted after 6 months vs ≥ 90 a year → 73 ≥ 45).
 * "dat" when the whole year's target is already reached.
 */
export function progressStatus(actual: number, target: Target, elapsedMonths: number): Progress {
  const full = typeof target.value === "number" ? target.value : 0;
  const months = Math.max(0, Math.min(12, elapsedMonths));
  const expected = Number(((full * months) / 12).toPrecision(12));
  if (actual >= full && (target.op !== ">" || actual > full)) return { status: "dat", expected };
  return { status: actual >= expected ? "dung-tien-do" : "cham-tien-do", expected };
}

/** Does the target get a progress verdict? Yearly (not whole-term) minimum counts, mid-year only. */
export function hasProgress(target: Target, elapsedMonths: number): boolean {
  return (
    elapsedMonths < 12 &&
    (target.kind === "count" || target.kind === "quantity") &&
    (target.op === ">=" || target.op === ">" || target.op === "range") &&
    typeof target.value === "number" &&
    target.period !== "term" &&
    target.per === null
  );
}

export interface ReportingPeriod {
  months: number;
  label: Message;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * "cả năm" (12), "6 tháng đầu năm" / "6 tháng" (6), "9 tháng" (9), "quý I" … "quý IV" (3 … 12 months
 * elapsed at the end of the quarter), "năm" (12). English "full year", "H1", "Q3", "9 months" too. Null when not understood.
 */
export function parseReportingPeriod(text: string): ReportingPeriod | null {
  const f = foldKey(text);
  if (!f) return null;
  if (/^(ca nam|nam|full year|year|annual|12 thang)$/.test(f)) return { months: 12, label: { vi: "cả năm", en: "full year" } };
  if (/^(6 thang( dau nam)?|sau thang( dau nam)?|h1|first half|nua dau nam|6 months)$/.test(f)) {
    return { months: 6, label: { vi: "6 tháng đầu năm", en: "first half of the year" } };
  }
  let m = /^(\d{1,2}) (thang|months?)( dau nam)?$/.exec(f);
  if (m) {
    const months = Number(m[1]);
    if (months >= 1 && months <= 12) {
      if (months === 12) return { months: 12, label: { vi: "cả năm", en: "full year" } };
      if (months === 6) return { months: 6, label: { vi: "6 tháng đầu năm", en: "first half of the year" } };
      return { months, label: { vi: `${months} tháng`, en: `${months} months` } };
    }
    return null;
  }
  m = /^(?:quy|q) ?(iv|iii|ii|i|[1-4])$/.exec(f);
  if (m) {
    const q = ROMAN[m[1]];
    const names = ["I", "II", "III", "IV"];
    return { months: q * 3, label: { vi: `quý ${names[q - 1]}`, en: `Q${q}` } };
  }
  return null;
}
