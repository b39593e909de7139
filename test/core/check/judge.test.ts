import { judgeValue } from "../../../src/core/check/judge";
import { parseReportingPeriod, progressStatus, hasProgress } from "../../../src/core/check/progress";
import { target } from "./fixtures";

describe("judgeValue: percent targets at the target's own precision", () => {
  const t90 = target({ value: 0.9 });
  it("89,99% is not 90%, 90% exactly is", () => {
    expect(judgeValue(t90, 0.8999).status).toBe("chua-dat");
    expect(judgeValue(t90, 0.89999999).status).toBe("chua-dat");
    expect(judgeValue(t90, 0.9).status).toBe("dat");
    expect(judgeValue(t90, 0.95).status).toBe("dat");
  });
  it("compares exact fractions when given (no float surprises)", () => {
    expect(judgeValue(t90, 8999 / 10000, { exact: { numerator: 8999, denominator: 10000 } }).status).toBe("chua-dat");
    expect(judgeValue(t90, 2439 / 2710, { exact: { numerator: 2439, denominator: 2710 } }).status).toBe("dat");
    expect(judgeValue(t90, 2438 / 2710, { exact: { numerator: 2438, denominator: 2710 } }).status).toBe("chua-dat");
    // 0.1 + 0.2 = 0.30000000000000004 in floating point: still exactly 30%.
    expect(judgeValue(target({ value: 0.3, op: "<=" }), 0.1 + 0.2).status).toBe("dat");
    expect(judgeValue(target({ value: 0.7, op: "=" }), 0.1 * 7).status).toBe("dat");
  });
  it("a fraction of non-whole counts (a typo such as 5e-324 in a count cell) is judged on the value, never thrown", () => {
    // Found by the pipeline property test (seed 1643125645): BigInt() of a non-integer threw.
    expect(judgeValue(t90, 5e-324, { exact: { numerator: 5e-324, denominator: 1 } }).status).toBe("chua-dat");
    expect(judgeValue(t90, 0.95, { exact: { numerator: 9.5, denominator: 10 } }).status).toBe("dat");
    expect(judgeValue(t90, 0.95, { exact: { numerator: 19, denominator: 20.0000001 } }).status).toBe("dat");
  });
  it("says the gap in percentage points with a Vietnamese decimal comma", () => {
    const j = judgeValue(t90, 0.877);
    expect(j.gap).toBeCloseTo(-2.3, 10);
    expect(j.gapText.vi).toBe("thiếu 2,3 điểm phần trăm");
    expect(j.gapText.en).toBe("2.3 percentage points short");
    expect(j.percentOfTarget).toBeCloseTo(0.877 / 0.9, 10);
    expect(judgeValue(t90, 0.8999).gapText.vi).toBe("thiếu 0,01 điểm phần trăm");
  });
  it("strictly above: > 90% needs more than 90%", () => {
    const t = target({ op: ">", value: 0.9 });
    expect(judgeValue(t, 0.9).status).toBe("chua-dat");
    expect(judgeValue(t, 0.9001).status).toBe("dat");
  });
  it("upper limits: ≤ and <", () => {
    expect(judgeValue(target({ op: "<=", value: 0.2 }), 0.2).status).toBe("dat");
    const over = judgeValue(target({ op: "<=", value: 0.2 }), 0.25);
    expect(over.status).toBe("chua-dat");
    expect(over.gapText.vi).toBe("vượt mức tối đa 5,0 điểm phần trăm");
    expect(judgeValue(target({ op: "<", value: 0.2 }), 0.2).status).toBe("chua-dat");
    expect(judgeValue(target({ op: "<", value: 0.2 }), 0.1999).status).toBe("dat");
  });
  it("100% and equality", () => {
    const all = target({ op: "=", value: 1 });
    expect(judgeValue(all, 1).status).toBe("dat");
    expect(judgeValue(all, 0.999).status).toBe("chua-dat");
    expect(judgeValue(target({ op: ">=", value: 1 }), 1).status).toBe("dat");
  });
});

describe("judgeValue: ranges and stretch levels", () => {
  const range = target({ op: "range", value: 0.3, max: 0.35 });
  it("both ends of a range are in it; above the top is Vượt", () => {
    expect(judgeValue(range, 0.3).status).toBe("dat");
    expect(judgeValue(range, 0.35).status).toBe("dat");
    expect(judgeValue(range, 35 / 100, { exact: { numerator: 35, denominator: 100 } }).status).toBe("dat");
    expect(judgeValue(range, 0.2999).status).toBe("chua-dat");
    const above = judgeValue(range, 0.3501);
    expect(above.status).toBe("vuot");
    expect(above.gapText.vi).toBe("vượt mức trên của khoảng 0,01 điểm phần trăm");
    expect(judgeValue(range, 0.32).gap).toBe(0);
  });
  it("count ranges", () => {
    const r = target({ kind: "count", unit: "đảng viên", op: "range", value: 140, max: 150 });
    expect(judgeValue(r, 140).status).toBe("dat");
    expect(judgeValue(r, 150).status).toBe("dat");
    expect(judgeValue(r, 139).gapText.vi).toBe("còn thiếu 1 đảng viên");
    expect(judgeValue(r, 151).status).toBe("vuot");
  });
  it("reaching the stretch level (phấn đấu) is Vượt", () => {
    const t = target({ value: 0.8, stretch: 0.9 });
    expect(judgeValue(t, 0.79).status).toBe("chua-dat");
    expect(judgeValue(t, 0.8).status).toBe("dat");
    expect(judgeValue(t, 0.8999).status).toBe("dat");
    expect(judgeValue(t, 0.9).status).toBe("vuot");
    expect(judgeValue(target({ value: 0.9, stretch: 1 }), 1).status).toBe("vuot");
  });
});

describe("judgeValue: counts, ratings, deadlines, missing values", () => {
  it("count: còn thiếu 17 đảng viên", () => {
    const t = target({ kind: "count", unit: "đảng viên", value: 90 });
    const j = judgeValue(t, 73);
    expect(j.status).toBe("chua-dat");
    expect(j.gap).toBe(-17);
    expect(j.gapText.vi).toBe("còn thiếu 17 đảng viên");
    expect(j.percentOfTarget).toBeCloseTo(73 / 90, 12);
    expect(judgeValue(t, 90).status).toBe("dat");
    expect(judgeValue(t, 95).gapText.vi).toBe("cao hơn chỉ tiêu 5 đảng viên");
  });
  it("no value is Thiếu dữ liệu", () => {
    expect(judgeValue(target(), null).status).toBe("thieu-du-lieu");
    expect(judgeValue(target(), NaN).status).toBe("thieu-du-lieu");
    expect(judgeValue(target(), null).gap).toBeNull();
  });
  it("ratings compare by rank", () => {
    const t = target({ kind: "rating", unit: null, value: "HTTNV" });
    expect(judgeValue(t, "HTTNV").status).toBe("dat");
    expect(judgeValue(t, "HTXSNV").status).toBe("dat");
    const below = judgeValue(t, "HTNV");
    expect(below.status).toBe("chua-dat");
    expect(below.gap).toBe(-1);
    expect(below.gapText.vi).toBe("thấp hơn 1 mức xếp loại");
    expect(judgeValue(target({ kind: "rating", value: "HTTNV", stretch: "HTXSNV" }), "HTXSNV").status).toBe("vuot");
    expect(judgeValue(t, 0.9).status).toBe("thieu-du-lieu");
  });
  it("a deadline after the reporting year: Chưa đến hạn until reached", () => {
    const t = target({ value: 0.8, deadline: 2025 });
    expect(judgeValue(t, 0.7, { reportingYear: 2024 }).status).toBe("chua-den-han");
    expect(judgeValue(t, 0.85, { reportingYear: 2024 }).status).toBe("dat");
    expect(judgeValue(t, 0.7, { reportingYear: 2025 }).status).toBe("chua-dat");
    expect(judgeValue(t, 0.7).status).toBe("chua-dat");
  });
});

describe("progress at mid-year", () => {
  const t90 = target({ kind: "count", unit: "đảng viên", value: 90 });
  it("73 admitted after 6 months against ≥ 90 a year is on track (73 ≥ 45)", () => {
    expect(progressStatus(73, t90, 6)).toEqual({ status: "dung-tien-do", expected: 45 });
    expect(progressStatus(44, t90, 6)).toEqual({ status: "cham-tien-do", expected: 45 });
    expect(progressStatus(45, t90, 6).status).toBe("dung-tien-do");
    expect(progressStatus(90, t90, 6).status).toBe("dat");
    expect(progressStatus(60, t90, 9)).toEqual({ status: "cham-tien-do", expected: 67.5 });
  });
  it("only yearly minimum counts get progress, and only before the year ends", () => {
    expect(hasProgress(t90, 6)).toBe(true);
    expect(hasProgress(t90, 12)).toBe(false);
    expect(hasProgress(target(), 6)).toBe(false);
    expect(hasProgress(target({ kind: "count", value: 80, period: "term" }), 6)).toBe(false);
  });
  it("reads reporting periods", () => {
    expect(parseReportingPeriod("6 tháng đầu năm")).toEqual({ months: 6, label: { vi: "6 tháng đầu năm", en: "first half of the year" } });
    expect(parseReportingPeriod("6 THÁNG ĐẦU NĂM")?.months).toBe(6);
    expect(parseReportingPeriod("9 tháng")?.months).toBe(9);
    expect(parseReportingPeriod("cả năm")?.months).toBe(12);
    expect(parseReportingPeriod("Quý I")).toEqual({ months: 3, label: { vi: "quý I", en: "Q1" } });
    expect(parseReportingPeriod("quý III")?.months).toBe(9);
    expect(parseReportingPeriod("13 tháng")).toBeNull();
    expect(parseReportingPeriod("hôm qua")).toBeNull();
  });
});

describe("exact targets missed from above", () => {
  it("'không có' with 15 found says 15 too many, not 15 short", () => {
    const none = target({ kind: "count", op: "=", value: 0, unit: "đảng viên" });
    const j = judgeValue(none, 15);
    expect(j.status).toBe("chua-dat");
    expect(j.gapText.vi).toBe("có 15 đảng viên (chỉ tiêu: không có)");
    expect(j.gapText.en).toBe("15 đảng viên found (target: none)");
  });
});
