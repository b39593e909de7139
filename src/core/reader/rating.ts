/**
 * Bodies rated as a whole, with no number: "Đảng bộ Khối … được xếp loại hoàn thành tốt nhiệm vụ trở lên", or
 * listed before a share that shares the predicate: "Đảng bộ Khối, Ban Thường vụ … và 85% …".
 */
import type { RatingCode } from "../model/rating";
import type { Mention } from "./mentions";
import { blankTarget, sourceOf, type ItemInput, type RawTarget } from "./raw";
import { cleanText, lastSeparator } from "./span";
import { ownDeadline, PREFIX_TIME, timeOf, type Time } from "./time";
import { BODY_START, RATING_PHRASE } from "./vocab";

function ratingOf(m: RegExpExecArray): RatingCode {
  const abbr = m[3];
  if (abbr) return abbr.toUpperCase() as RatingCode;
  if (m[1]) return "KHTNV";
  if (m[2] === "xuat sac") return "HTXSNV";
  if (m[2] === "tot") return "HTTNV";
  return "HTNV";
}

export function findRating(f: string, a: number, b: number): { start: number; end: number; code: RatingCode } | null {
  const m = RATING_PHRASE.exec(f.slice(a, b));
  if (!m) return null;
  return { start: a + m.index, end: a + m.index + m[0].length, code: ratingOf(m) };
}

export interface RatedBody {
  raw: RawTarget;
  /** Where the clause's shares begin after the body ("…, Ban Thường vụ … và 85% …"). */
  mainStart: number;
}

const OWN_PREDICATE = /(?:^|\s)(?:dat|duoc|xep loai|hoan thanh|giu vung|xay dung)(?![a-z])/;

/** End of the body before the rating phrase, or -1 when the clause rates no body. */
function bodyEnd(f: string, c0: number, rating: { start: number }, mains: Mention[]): number {
  if (mains.length === 0) return rating.start;
  const m1 = mains[0];
  const sep = lastSeparator(f, c0, m1.start);
  // "Đảng bộ Khối, Ban Thường vụ … và 85% …" lists bodies; "Chi bộ … phấn đấu đạt các chỉ tiêu: có 95% …" introduces them.
  // "chi bộ phấn đấu hằng năm đạt trong sạch vững mạnh, 100% đảng viên hoàn thành tốt …": a body with a predicate of
  // its own does not share the share's.
  if (sep && f[sep.at] !== ":" && rating.start > m1.start && /^[\s,]*(?:va\s+)?(?:co\s+)?(?:tu|tren|it nhat|toi thieu)?\s*$/.test(f.slice(sep.at + sep.len, m1.start)) && !OWN_PREDICATE.test(f.slice(c0, sep.at))) return sep.at;
  return -1;
}

export function readRatedBody(inp: ItemInput, c0: number, c1: number, firstScope: number, mains: Mention[], time: Time): RatedBody | null {
  const { s, f } = inp;
  const rating = findRating(f, c0, firstScope);
  if (!rating) return null;
  const regionEnd = bodyEnd(f, c0, rating, mains);
  if (regionEnd <= c0) return null;
  const pre = PREFIX_TIME.exec(f.slice(c0, regionEnd));
  const bodyStart = c0 + (pre ? pre[0].length : 0);
  const bodyF = f.slice(bodyStart, regionEnd).trimStart();
  if (!BODY_START.test(bodyF)) return null;
  const lead = f.slice(bodyStart, regionEnd).length - bodyF.length;
  const cut = /(?:^|\s)(?:phan dau|duoc|dat|xep loai|danh gia|hang nam|moi nam|trong nhiem ky|nam \d{4})(?![a-z])/.exec(bodyF);
  const subject = cleanText(s, bodyStart + lead, bodyStart + lead + (cut ? cut.index : bodyF.length));
  const textEnd = mains.length === 0 ? rating.end + (/^\s*(?:nam \d{4}\s*)?tro len/.exec(f.slice(rating.end, c1))?.[0].length ?? 0) : regionEnd;
  // Shared with a share ("Đảng bộ Khối và 90% trở lên các chi bộ … đạt hoàn thành tốt"): the whole clause is its words.
  const text = cleanText(s, c0, mains.length === 0 ? Math.max(textEnd, firstScope === c1 ? c1 : textEnd) : firstScope);
  const t = blankTarget(text, "rating", /tro xuong/.test(f.slice(rating.end, c1)) ? "<=" : ">=", rating.code);
  t.subject = subject || null;
  t.confidence = 0.8;
  t.deadline = ownDeadline(time.markers, c0, c0, c1) ?? time.governing;
  t.period = t.deadline !== null ? null : timeOf(time.markers, c0, c1).period;
  t.source = sourceOf(inp, c0, c1);
  return { raw: { target: t, parentRef: null, context: "" }, mainStart: mains.length > 0 ? regionEnd + 1 : c0 };
}
