import type { CellValue } from "../model/grid";
import { parsePercentText, parseVietnameseNumber } from "../text/numbers";
import { foldKey } from "../text/normalize";

/**
 * Cell readers for the data sheets. Each returns the value, null for a blank cell, or a Fail
 * naming the issue code. Text readings are cached per distinct string: a member list repeats
 * the same few dates formats, yes marks and organisation names a million times.
 */

export interface Fail {
  fail: "NUMBER_INVALID" | "NUMBER_NEGATIVE" | "PERCENT_OVER_100" | "DATE_INVALID" | "LIST_UNKNOWN";
}
const F_NUMBER: Fail = { fail: "NUMBER_INVALID" };
const F_NEGATIVE: Fail = { fail: "NUMBER_NEGATIVE" };
const F_PERCENT: Fail = { fail: "PERCENT_OVER_100" };
const F_DATE: Fail = { fail: "DATE_INVALID" };
const F_LIST: Fail = { fail: "LIST_UNKNOWN" };

export function isFail(x: unknown): x is Fail {
  return typeof x === "object" && x !== null && "fail" in x;
}

/** A share typed where a count was expected ("95%"): the caller converts it with the base. */
export interface Share {
  share: number;
}
export function isShare(x: unknown): x is Share {
  return typeof x === "object" && x !== null && "share" in x;
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "" || (typeof v === "string" && v.trim() === "");
}

// ---------------------------------------------------------------- numbers

const numberCache = new Map<string, number | Share | Fail | null>();

function numberFromText(s: string): number | Share | Fail | null {
  const t = s.trim();
  if (t === "" || t === "-" || t === "–") return null;
  const p = parsePercentText(t);
  if (p !== null) return { share: p };
  const n = parseVietnameseNumber(t.replace(/^0+(?=\d)/, ""));
  if (n !== null) return n;
  return F_NUMBER;
}

/**
 * A count or amount. Text numbers ("1.234", "0,9", "05") are read; "90%" gives a Share;
 * a number formatted as a percentage also gives a Share. Negative → Fail.
 */
export function readNumber(v: CellValue, fmt: string | null | undefined): number | Share | Fail | null {
  let r: number | Share | Fail | null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return F_NUMBER;
    r = fmt && fmt.includes("%") ? { share: v } : v;
  } else if (typeof v === "string") {
    let c = numberCache.get(v);
    if (c === undefined) {
      c = numberFromText(v);
      if (numberCache.size > 100000) numberCache.clear();
      numberCache.set(v, c);
    }
    r = c;
  } else if (v === null || v === undefined) {
    return null;
  } else {
    return F_NUMBER; // boolean or Date in a number column
  }
  if (typeof r === "number" && r < 0) return F_NEGATIVE;
  if (r !== null && isShare(r)) {
    if (r.share < 0) return F_NEGATIVE;
    if (r.share > 1 + 1e-9) return F_PERCENT;
  }
  return r;
}

// ---------------------------------------------------------------- dates

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

/** Excel serial (1900 system) of a calendar date; null for an impossible date. */
export function serialFromYMD(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return Math.round((ms - EPOCH) / DAY);
}

/** Calendar parts of an Excel serial. */
export function ymdFromSerial(serial: number): { y: number; m: number; d: number } {
  const dt = new Date(EPOCH + Math.floor(serial) * DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Serial of the same day `months` later (end of month clamps: 31/1 + 1 month → 28/2). */
export function addMonths(serial: number, months: number): number {
  const { y, m, d } = ymdFromSerial(serial);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return serialFromYMD(ny, nm, Math.min(d, last)) ?? serial;
}

/** Excel serial of a JavaScript Date (its UTC calendar day, as ExcelJS builds them). */
export function serialFromDate(d: Date): number | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  return Math.floor((ms - EPOCH) / DAY + 1e-9);
}

/** Today's serial (local calendar day). */
export function todaySerial(now: Date = new Date()): number {
  return serialFromYMD(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? 0;
}

/** Result of reading a date: a serial, or a year only (flagged), or a failure. */
export interface YearOnly {
  year: number;
  serial: number;
}
export function isYearOnly(x: unknown): x is YearOnly {
  return typeof x === "object" && x !== null && "year" in x;
}

const dateCache = new Map<string, number | YearOnly | Fail | null>();

function dateFromText(s: string): number | YearOnly | Fail | null {
  const t = s.trim();
  if (t === "") return null;
  // d/m/yyyy, d-m-yyyy, d.m.yyyy (day first, as written in Vietnam)
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(t);
  if (m) {
    let y = Number(m[3]);
    if (m[3].length === 2) y += y > 30 ? 1900 : 2000;
    return serialFromYMD(y, Number(m[2]), Number(m[1])) ?? F_DATE;
  }
  // ISO yyyy-mm-dd (pasted from databases)
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(t);
  if (m) return serialFromYMD(Number(m[1]), Number(m[2]), Number(m[3])) ?? F_DATE;
  // "ngày 3 tháng 2 năm 2001"
  const k = foldKey(t);
  m = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(k);
  if (m) return serialFromYMD(Number(m[3]), Number(m[2]), Number(m[1])) ?? F_DATE;
  // m/yyyy or "tháng 5/2001": first of the month, flagged like a year
  m = /^(?:thang )?(\d{1,2}) (\d{4})$/.exec(k);
  if (m) {
    const serial = serialFromYMD(Number(m[2]), Number(m[1]), 1);
    return serial === null ? F_DATE : { year: Number(m[2]), serial };
  }
  m = /^(?:nam )?(\d{4})$/.exec(k);
  if (m) {
    const y = Number(m[1]);
    const serial = serialFromYMD(y, 1, 1);
    return serial === null ? F_DATE : { year: y, serial };
  }
  return F_DATE;
}

/**
 * A date: an Excel serial (number), a Date object, or text "dd/mm/yyyy", "30.04.2008",
 * "yyyy-mm-dd", "ngày … tháng … năm …". A bare year (1985) gives YearOnly.
 */
export function readDate(v: CellValue, fmt: string | null | undefined): number | YearOnly | Fail | null {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return F_DATE;
    // A whole number 1900..2100 is a year typed alone ("Năm sinh"): as a date it would fall in 1905,
    // which no member's date can be (Excel turns 1985 typed into a date cell into 07/06/1905).
    if (v >= 1900 && v <= 2100 && Number.isInteger(v)) return { year: v, serial: serialFromYMD(v, 1, 1) as number };
    if (v < 1 || v > 2958465) return F_DATE;
    return Math.floor(v);
  }
  if (typeof v === "string") {
    let r = dateCache.get(v);
    if (r === undefined) {
      r = dateFromText(v);
      if (dateCache.size > 100000) dateCache.clear();
      dateCache.set(v, r);
    }
    return r;
  }
  if (v instanceof Date) {
    const serial = serialFromDate(v);
    return serial === null ? F_DATE : readDate(serial, fmt);
  }
  if (v === null || v === undefined) return null;
  return F_DATE;
}

// ---------------------------------------------------------------- closed lists

const YES = new Set(["x", "co", "1", "v", "yes", "y", "true", "da", "roi", "dat", "ok", "c"]);
const NO = new Set(["0", "khong", "k", "no", "n", "false", "chua", "-", "o"]);
const yesCache = new Map<string, boolean | Fail | null>();

/** Yes/no: "x", "Có", "1", "✓", TRUE → true; "Không", "0" → false; blank → null. */
export function readYes(v: CellValue): boolean | Fail | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : F_LIST;
  if (typeof v !== "string") return F_LIST;
  let r = yesCache.get(v);
  if (r === undefined) {
    const t = v.trim();
    if (t === "") r = null;
    else if (/^[✓✔☑✅√xX]+$/.test(t)) r = true;
    else if (/^[✗✘☐]$/.test(t)) r = false;
    else {
      const k = foldKey(t);
      r = YES.has(k) ? true : NO.has(k) ? false : F_LIST;
    }
    if (yesCache.size > 10000) yesCache.clear();
    yesCache.set(v, r);
  }
  return r;
}

function cachedList<T>(table: (key: string) => T | null): (v: CellValue) => T | Fail | null {
  const cache = new Map<string, T | Fail | null>();
  return (v) => {
    if (v === null || v === undefined || v === "") return null;
    if (typeof v !== "string") return F_LIST;
    let r = cache.get(v);
    if (r === undefined) {
      const k = foldKey(v);
      r = k === "" ? null : table(k) ?? F_LIST;
      if (cache.size > 10000) cache.clear();
      cache.set(v, r);
    }
    return r;
  };
}

export type OrgTypeValue = "dang-bo-co-so" | "chi-bo-co-so" | "chi-bo-truc-thuoc";

export const readOrgType = cachedList<OrgTypeValue>((k) => {
  const c = k.replace(/ /g, "");
  if (/^(dangbocoso|dbcs|dangbo|dangbocs)$/.test(c)) return "dang-bo-co-so";
  if (/^(chibocoso|cbcs|chibocs)$/.test(c)) return "chi-bo-co-so";
  if (/^(chibotructhuoc|cbtt|chibott|chibotructhuocdangbocoso|chibo)$/.test(c)) return "chi-bo-truc-thuoc";
  return null;
});

export const readGender = cachedList<"nam" | "nu">((k) => (k === "nam" || k === "m" || k === "male" ? "nam" : k === "nu" || k === "f" || k === "female" ? "nu" : null));

export const readUnionLevel = cachedList<"co-so" | "tren-co-so">((k) => {
  const c = k.replace(/ /g, "");
  if (/^(coso|cs|capcoso)$/.test(c)) return "co-so";
  if (/^(trencoso|captrencoso|captren|khoi|tructhuocdanguykhoi|tructhuoc)$/.test(c)) return "tren-co-so";
  return null;
});

/** Canonical band of a qualification text, or the text itself when it names no band. */
const QUAL: [RegExp, string][] = [
  [/^(tien si|ts|tskh|tien si khoa hoc|pgs ts|gs ts|pgs|gs)\b/, "Tiến sĩ"],
  [/^(thac si|ths|thac sy|cao hoc)\b/, "Thạc sĩ"],
  [/^(dai hoc|dh|cu nhan|ky su|bac si|duoc si|kien truc su|cn|ks)\b/, "Đại học"],
  [/^(cao dang|cd)\b/, "Cao đẳng"],
  [/^(trung cap|tc)\b/, "Trung cấp"],
  [/^(so cap|sc)\b/, "Sơ cấp"],
  [/^(cong nhan ky thuat|cnkt|nhan vien nghiep vu)\b/, "Công nhân kỹ thuật, nhân viên nghiệp vụ"],
  [/^(sinh vien|hoc sinh|sv)\b/, "Sinh viên"],
  [/^(chua qua dao tao|khong|chua co)\b/, "Chưa qua đào tạo"],
];
const THEORY: [RegExp, string][] = [
  [/^(cao cap|cu nhan|cc|cn|cao cap cu nhan)\b/, "Cao cấp, cử nhân"],
  [/^(trung cap|tc)\b/, "Trung cấp"],
  [/^(so cap|sc)\b/, "Sơ cấp"],
  [/^(chua qua dao tao|khong|chua|chua co)\b/, "Chưa qua đào tạo"],
];
function bandReader(table: [RegExp, string][]): (v: string) => string {
  const cache = new Map<string, string>();
  return (v) => {
    let r = cache.get(v);
    if (r === undefined) {
      const k = foldKey(v).replace(/\bsy\b/g, "si");
      r = table.find(([re]) => re.test(k))?.[1] ?? v;
      if (cache.size > 10000) cache.clear();
      cache.set(v, r);
    }
    return r;
  };
}
export const qualificationBand = bandReader(QUAL);
export const theoryBand = bandReader(THEORY);
