import type { CellValue } from "../model/grid";
import type { NotRatedReason, RatingCode, RatingReading } from "../model/rating";
import { foldKey } from "../text/normalize";
import { t } from "../i18n/messages";
import type { Lang } from "../i18n/types";

/**
 * Reading of a rating cell (xếp loại chất lượng), domain.md §1.2–1.4.
 * Accepts full names, abbreviations and usual variants; "not rated" words are their own state;
 * pre-2018 words (TSVM, "đủ tư cách…", "yếu kém") are flagged legacy with a suggestion, never mapped.
 */

const BLANK: RatingReading = Object.freeze({ code: null, notRated: false, reason: null, legacy: false, legacySuggestion: null, unknown: false });
const UNKNOWN: RatingReading = Object.freeze({ code: null, notRated: false, reason: null, legacy: false, legacySuggestion: null, unknown: true });

function level(code: RatingCode): RatingReading {
  return Object.freeze({ code, notRated: false, reason: null, legacy: false, legacySuggestion: null, unknown: false });
}
function notRated(reason: NotRatedReason): RatingReading {
  return Object.freeze({ code: null, notRated: true, reason, legacy: false, legacySuggestion: null, unknown: false });
}
function legacy(suggestion: RatingCode | null): RatingReading {
  return Object.freeze({ code: null, notRated: false, reason: null, legacy: true, legacySuggestion: suggestion, unknown: false });
}

/** Compact forms (folded, no spaces, common words shortened) of the four levels. */
const LEVELS: Record<string, RatingCode> = {
  htxsnv: "HTXSNV", htxs: "HTXSNV", xs: "HTXSNV", xsnv: "HTXSNV",
  httnv: "HTTNV", htt: "HTTNV", t: "HTTNV", tnv: "HTTNV",
  htnv: "HTNV", ht: "HTNV",
  khtnv: "KHTNV", kht: "KHTNV", khtnhv: "KHTNV",
};

/** Shorten the folded words so "Hoàn thành tốt NV", "HT tốt", "HTTNV" meet at "httnv". */
function compact(key: string): string {
  let c = key.replace(/ /g, "");
  c = c.replace(/^(xeploai|loai|dat|duocxeploai)/, "");
  c = c
    .replace(/hoanthanh/g, "ht")
    .replace(/xuatsac/g, "xs")
    .replace(/nhiemvu/g, "nv")
    .replace(/khong/g, "k")
    .replace(/tot/g, "t");
  return c;
}

/** Not-rated wording → reason, checked on the folded key with spaces. */
function notRatedReason(key: string): NotRatedReason | null {
  if (/\bmien\b/.test(key)) return "mien";
  if (/\bdinh chi\b/.test(key)) return "dinh-chi";
  if (/\bmoi ket nap\b|\bduoi 6 thang\b|\bchua du 6 thang\b|\bket nap moi\b/.test(key)) return "moi-ket-nap";
  if (/\bthanh lap moi\b|\bmoi thanh lap\b/.test(key)) return "thanh-lap-moi";
  if (/\b(chua|khong) (xep loai|danh gia|phan loai|kiem diem)\b|^kxl$|^cxl$|^khong xl$|^chua xl$/.test(key)) return "khac";
  return null;
}

function legacyReading(key: string): RatingReading | null {
  const c = key.replace(/ /g, "");
  if (c === "tsvm" || c.startsWith("tsvm") || c.includes("trongsachvungmanh")) return legacy("HTXSNV");
  if (c.includes("viphamtucach")) return legacy("KHTNV");
  if (c === "yeukem" || c.startsWith("yeukem") || c.endsWith("yeukem")) return legacy("KHTNV");
  if (c.startsWith("dutucach")) {
    const rest = compact(key.replace(/^du tu cach\s*/, ""));
    return legacy(LEVELS[rest] ?? null);
  }
  return null;
}

function parseText(raw: string): RatingReading {
  const key = foldKey(raw);
  if (key === "") return BLANK;
  const reason = notRatedReason(key);
  if (reason) return notRated(reason);
  // A post-2018 level wins ("HTXSNV, TSVM tiêu biểu": TSVM is then an award among HTXSNV).
  const c = compact(key);
  const code = LEVELS[c] ?? LEVELS[c.replace(/tsvm(tieubieu)?|trongsachvungmanh(tieubieu)?/g, "")];
  if (code && !c.startsWith("dutucach")) return level(code);
  return legacyReading(key) ?? UNKNOWN;
}

const cache = new Map<string, RatingReading>();

/** Read one rating cell. Results are cached per distinct text (called once per member row). */
export function parseRating(raw: CellValue): RatingReading {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw !== "string") return UNKNOWN;
  let r = cache.get(raw);
  if (r === undefined) {
    r = parseText(raw);
    if (cache.size > 50000) cache.clear(); // free text in a rating column must not grow the cache forever
    cache.set(raw, r);
  }
  return r;
}

/** Reasons per distinct text: a few wordings repeated down a member list. */
const reasonCache = new Map<string, NotRatedReason | null>();

/** Read a "Lý do không xếp loại" cell: a reason, or "khac" for any other non-empty text. */
export function parseNotRatedReason(raw: CellValue): NotRatedReason | null {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw !== "string") return "khac";
  let r = reasonCache.get(raw);
  if (r === undefined) {
    const key = foldKey(raw);
    r = key === "" ? null : notRatedReason(key) ?? (/\bmien\b|\bnghi\b|\bom\b|\bdieu tri\b/.test(key) ? "mien" : "khac");
    if (reasonCache.size > 50000) reasonCache.clear();
    reasonCache.set(raw, r);
  }
  return r;
}

/** The label of a level in the user's language ("Hoàn thành tốt nhiệm vụ" / "Good"). */
export function ratingLabel(code: RatingCode, lang: Lang = "vi"): string {
  return t(`data.rating.${code}`, lang);
}

/** The label of a not-rated reason. */
export function notRatedLabel(reason: NotRatedReason, lang: Lang = "vi"): string {
  return t(`data.rating.notRated.${reason}`, lang);
}
