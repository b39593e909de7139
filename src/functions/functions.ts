/**
 * Custom functions NQ.* (JavaScript-only runtime). Each is a pure function of its arguments and a
 * thin wrapper over src/core; the JSDoc below IS the Vietnamese metadata (functions.json is generated
 * from it at build time; functions-en.json carries the English descriptions under the same ids).
 * Ids never change: formulas in saved workbooks refer to them.
 */
import { judgeValue } from "../core/check/judge";
import { progressStatus } from "../core/check/progress";
import { t } from "../core/i18n/messages";
import type { Target } from "../core/model/target";
import { repairLegacyText } from "../core/text/legacy";
import { normalizeText } from "../core/text/normalize";
import { checkExcellentCap } from "../core/validation/cap";
import { failWith, numberArg, shown, textArg, isBlank, rejectError } from "./args";
import { fail, isFunctionError } from "./errors";
import { functionsLang } from "./lang";
import { countSelected, parseLevel, readRating, tallyRatings } from "./ratings";
import { targetArg } from "./targets";

/** Run `fn`; anything but our own Excel errors becomes #VALUE! saying it is unexpected (never a wrong value). */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isFunctionError(e)) throw e;
    return fail(t("functions.err.unexpected", functionsLang(), { detail: e instanceof Error ? e.message : String(e) }));
  }
}

/** The achieved value for `target`: a rating code for rating targets, else a number on the target's scale. */
function actualFor(target: Target, x: unknown): number | Target["value"] | null {
  if (target.kind === "rating") {
    const text = textArg(x);
    if (text === "") return null;
    const r = readRating(text);
    if (r.notRated) return null;
    if (r.code === null || r.legacy || r.unknown) failWith("functions.err.actual-not-rating", { text: shown(text) });
    return r.code;
  }
  if (typeof x === "string" && !isBlank(x)) {
    const r = readRating(x);
    if (r.code !== null && !r.unknown) failWith("functions.err.actual-rating-for-number", { text: shown(x) });
  }
  const n = numberArg(x);
  if (n === null) return null;
  if (target.kind === "percent") {
    // 85 against "từ 90% trở lên" is ambiguous (85% or 8500%): ask rather than guess.
    if (!n.percentText && n.value > 1) failWith("functions.err.actual-percent-scale", { value: String(n.value) });
  } else if (n.percentText) {
    failWith("functions.err.actual-percent-kind", { text: shown(x) });
  }
  return n.value;
}

/**
 * Đánh giá số thực tế so với một chỉ tiêu: "Đạt", "Vượt", "Chưa đạt" (hoặc "Thiếu dữ liệu" khi ô thực tế trống).
 * @customfunction DANHGIA
 * @helpurl https://localhost:3000/help.html#nq-danhgia
 * @param thuc_te Số hoặc tỷ lệ đạt được (85%, 0,85, 120) hoặc mức xếp loại khi chỉ tiêu là xếp loại.
 * @param chi_tieu Câu chỉ tiêu như "từ 90% trở lên", "30 - 35%", "ít nhất 80", "trên 90%", hoặc một số (hiểu là "ít nhất").
 * @returns "Đạt", "Vượt", "Chưa đạt" hoặc "Thiếu dữ liệu".
 */
export function danhgia(thuc_te: any, chi_tieu: any): string {
  return guard(() => {
    const target = targetArg(chi_tieu);
    const actual = actualFor(target, thuc_te);
    const verdict = judgeValue(target, actual as Parameters<typeof judgeValue>[1]);
    return t(`status.${verdict.status}`, functionsLang());
  });
}

/**
 * Đọc một câu chỉ tiêu thành một hàng 4 ô: phép so sánh, giá trị, cận trên, loại chỉ tiêu.
 * @customfunction CHITIEU
 * @helpurl https://localhost:3000/help.html#nq-chitieu
 * @param van_ban Câu chỉ tiêu, ví dụ "từ 90% trở lên" hoặc "30 - 35%".
 * @returns Hàng gồm phép so sánh (>=, >, <=, <, = hoặc "trong khoảng"), giá trị, cận trên (trống nếu không có) và loại (tỷ lệ, số lượng, giá trị, xếp loại).
 */
export function chitieu(van_ban: any): any[][] {
  return guard(() => {
    const target = targetArg(van_ban);
    const op = target.op === "range" ? t("functions.op.range", functionsLang()) : target.op;
    return [[op, target.value, target.max ?? "", t(`functions.kind.${target.kind}`, functionsLang())]];
  });
}

/**
 * Chuẩn hóa mức xếp loại chất lượng về mã HTXSNV, HTTNV, HTNV, KHTNV hoặc "Không xếp loại".
 * @customfunction XEPLOAI
 * @helpurl https://localhost:3000/help.html#nq-xeploai
 * @param van_ban Mức xếp loại viết theo bất kỳ cách thông dụng nào ("Hoàn thành tốt nhiệm vụ", "HT tốt", "htxsnv", "Miễn đánh giá").
 * @returns Mã mức xếp loại, "Không xếp loại", hoặc ô trống khi đầu vào trống.
 */
export function xeploai(van_ban: any): string {
  return guard(() => {
    const text = textArg(van_ban);
    if (text === "") return "";
    const r = readRating(text);
    if (r.legacy) failWith("functions.err.rating-legacy", { text: shown(text), suggestion: r.legacySuggestion ?? "?" });
    if (r.notRated) return t("functions.rating.not-rated", functionsLang());
    if (r.code === null || r.unknown) failWith("functions.err.rating-unknown", { text: shown(text) });
    return r.code;
  });
}

/**
 * Đếm số ô trong dải có mức xếp loại cho trước (ô trống được bỏ qua).
 * @customfunction DEM
 * @helpurl https://localhost:3000/help.html#nq-dem
 * @param dai Dải ô chứa mức xếp loại.
 * @param muc Mức cần đếm: "HTXSNV", "HTTNV", "HTNV", "KHTNV", tên đầy đủ, "HTTNV trở lên" (hoặc "HTTNV+"), "HTNV trở xuống" hoặc "Không xếp loại".
 * @returns Số ô có mức đó.
 */
export function dem(dai: any[][], muc: any): number {
  return guard(() => {
    const selector = parseLevel(muc);
    return countSelected(tallyRatings(dai), selector);
  });
}

/**
 * Tỷ lệ một mức xếp loại trên số được xếp loại (không tính ô trống và "Không xếp loại").
 * @customfunction TYLE
 * @helpurl https://localhost:3000/help.html#nq-tyle
 * @param dai Dải ô chứa mức xếp loại.
 * @param muc Mức cần tính: "HTXSNV", "HTTNV", "HTNV", "KHTNV", tên đầy đủ, "HTTNV trở lên" (hoặc "HTTNV+") hoặc "HTNV trở xuống".
 * @returns Tỷ lệ từ 0 đến 1 (định dạng ô là % để hiện 85%); #DIV/0! khi không ai được xếp loại.
 */
export function tyle(dai: any[][], muc: any): number {
  return guard(() => {
    const selector = parseLevel(muc);
    if (selector.kind === "not-rated") failWith("functions.err.level-not-rated-share");
    const tally = tallyRatings(dai);
    if (tally.rated === 0) fail("", "#DIV/0!");
    return countSelected(tally, selector) / tally.rated;
  });
}

/**
 * Kiểm tra số HTXSNV trong dải có vượt trần 20% không.
 * @customfunction TRAN20
 * @helpurl https://localhost:3000/help.html#nq-tran20
 * @param dai Dải ô chứa mức xếp loại (của một tổ chức cơ sở đảng hoặc một nhóm tương đồng).
 * @param [co_so] Cơ sở tính trần: "HTTNV" (mặc định, theo văn bản: 20% số HTTNV) hoặc "HTTNV trở lên" (theo thực tế: 20% số HTXSNV + HTTNV).
 * @returns "Vượt trần 20%" hoặc "Trong trần 20%".
 */
export function tran20(dai: any[][], co_so?: any): string {
  return guard(() => {
    const base = capBase(co_so);
    const tally = tallyRatings(dai);
    const result = checkExcellentCap({ HTXSNV: tally.counts.HTXSNV, HTTNV: tally.counts.HTTNV }, base);
    return t(result.over ? "functions.cap.over" : "functions.cap.within", functionsLang());
  });
}

/** The `co_so` argument of NQ.TRAN20: the literal base (HTTNV) unless the practice base is named. */
function capBase(x: unknown): "literal" | "practice" {
  const text = textArg(x);
  if (text === "") return "literal";
  const key = foldOf(text);
  if (/^(literal|httnv|van ban|theo van ban|nguyen van)$/.test(key)) return "literal";
  if (/^(practice|httnv ?\+|(tu )?httnv tro len|htxsnv ?\+ ?httnv|httnv ?\+ ?htxsnv|thuc te|theo thuc te)$/.test(key)) return "practice";
  return failWith("functions.err.cap-base", { text: shown(text) });
}

/** Accent-free lower case that keeps "+" (foldKey would drop it). */
function foldOf(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/đ/g, "d").replace(/[^a-z0-9+ ]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Tiến độ của một chỉ tiêu hằng năm tại một tháng: "Đúng tiến độ", "Chậm tiến độ" hoặc "Đạt".
 * @customfunction TIENDO
 * @helpurl https://localhost:3000/help.html#nq-tiendo
 * @param thuc_te Số đã đạt được đến tháng đó.
 * @param chi_tieu Chỉ tiêu cả năm: câu chỉ tiêu ("ít nhất 40") hoặc một số.
 * @param thang Số tháng đã qua trong năm (1 đến 12).
 * @returns "Đúng tiến độ", "Chậm tiến độ", "Đạt" hoặc "Thiếu dữ liệu" khi ô thực tế trống.
 */
export function tiendo(thuc_te: any, chi_tieu: any, thang: any): string {
  return guard(() => {
    const target = targetArg(chi_tieu);
    if (target.kind === "rating") failWith("functions.err.progress-rating");
    const months = monthArg(thang);
    const actual = actualFor(target, thuc_te);
    if (actual === null) return t("status.thieu-du-lieu", functionsLang());
    const progress = progressStatus(actual as number, target, months);
    return progress.status === "dat" ? t("status.dat", functionsLang()) : t(`functions.progress.${progress.status}`, functionsLang());
  });
}

function monthArg(x: unknown): number {
  rejectError(x);
  const n = isBlank(x) ? null : typeof x === "number" ? x : numberArg(x)?.value ?? null;
  if (n === null || !Number.isFinite(n) || n < 1 || n > 12) failWith("functions.err.month", { text: isBlank(x) ? "" : shown(x) });
  return n;
}

/**
 * Sửa văn bản gõ bằng phông TCVN3 (ABC), VNI hoặc Unicode tổ hợp thành Unicode dựng sẵn (NFC).
 * @customfunction UNICODE
 * @helpurl https://localhost:3000/help.html#nq-unicode
 * @param van_ban Văn bản cần sửa.
 * @returns Văn bản Unicode dựng sẵn.
 */
export function unicode(van_ban: any): string {
  return guard(() => {
    if (textArg(van_ban) === "") return "";
    // The raw text goes to the repair: NFC first could disturb legacy byte patterns.
    return normalizeText(repairLegacyText(String(van_ban)).text);
  });
}
