/** What a target counts: the noun phrase after its number, "tỷ lệ X" before it, or the unit of a count. */
import { foldKey } from "../text/normalize";
import { cleanText } from "./span";
import { COUNT_UNITS, SUBJECT_BRANCH, SUBJECT_MEMBER, SUBJECT_ORG, SUBJECT_STOP, SUBJECT_UNION } from "./vocab";

/** A subject the binding knows: organisations, chi bộ trực thuộc, members, unions. */
export const SUBJECT_ANY = new RegExp(`${SUBJECT_ORG.source}|${SUBJECT_BRANCH.source}|${SUBJECT_MEMBER.source}|${SUBJECT_UNION.source}`);

/** The counted noun right after a count ("90 đảng viên mới", "02 xã đạt chuẩn" → "xã"). */
export function countUnit(s: string, f: string, end: number, limit: number): string | null {
  const rest = f.slice(end, Math.min(limit, end + 40));
  const lead = rest.length - rest.replace(/^\s+/, "").length;
  const r = rest.slice(lead);
  for (const u of COUNT_UNITS) {
    if (!r.startsWith(u) || /[a-z]/.test(r.charAt(u.length))) continue;
    const unit = s.slice(end + lead, end + lead + u.length);
    // Folded "dang vien moi" is also "đảng viên mỗi (năm)": only "mới" makes new members.
    if (u === "dang vien moi" && !/mới$/iu.test(unit.normalize("NFC"))) continue;
    return unit;
  }
  // One or two words; a verb is no part of the unit ("02 xã đạt chuẩn" → "xã").
  const w = /^([a-z]+)(?: ([a-z]+))?/.exec(r);
  if (!w) return null;
  const len = w[2] !== undefined && !SUBJECT_STOP.test(" " + w[2]) ? w[0].length : w[1].length;
  return s.slice(end + lead, end + lead + len);
}

/** Subject noun phrase starting at `from` (after a number), cut at the first predicate or stop word. */
export function subjectAfter(s: string, f: string, from: number, to: number): string | null {
  let a = from;
  // "số" (the number of) is skipped, not the "so" of "so với" (compared with).
  const lead = /^(?:\s*\/\s*(?:nam|quy|thang|ky)(?![a-z]))?[\s,]*(?:(?:tro len|tro xuong)[\s,]*)?(?:(?:cac|nhung|tong so|so(?! voi))\s+)?/.exec(f.slice(a, to));
  if (lead) a += lead[0].length;
  const seg = f.slice(a, to);
  const stop = SUBJECT_STOP.exec(seg);
  let b = a + (stop ? stop.index : seg.length);
  const words = s.slice(a, b).split(/\s+/);
  if (words.length > 14) b = a + words.slice(0, 14).join(" ").length;
  const tail = /(?:[\s,]+(?:tu|tren|duoi|co|va|hoac|it nhat|toi thieu|toi da|khong qua|phan dau))+[\s,]*$/.exec(f.slice(a, b));
  if (tail) b -= tail[0].length;
  const t = cleanText(s, a, b);
  return t === "" || !/\p{L}/u.test(t) ? null : t;
}

/** "tỷ lệ đảng viên được kiểm tra đạt 30%": the subject stands before the number. */
export function subjectBefore(s: string, f: string, from: number, to: number): string | null {
  const seg = f.slice(from, to);
  // The verb before the number is no part of the subject: "tỷ lệ hộ nghèo giảm 1,5%", "tỷ lệ … duy trì ở mức 98%".
  const m = /ty le\s+(.+?)\s*(?:(?:dat|la|tu|tren|duoi|it nhat|toi thieu|toi da|khong qua|phai dat|bang|giam|tang|con|xuong|duy tri|o muc|binh quan|hang nam|moi nam)\s*)*$/.exec(seg);
  if (!m) return null;
  const a = from + m.index + m[0].indexOf(m[1]);
  return subjectAfter(s, f, a, a + m[1].length);
}

/** Two subjects of different kinds sharing one number: "tổ chức cơ sở đảng, đảng viên". */
export function splitSubject(subject: string | null): string[] | null {
  if (!subject) return null;
  const parts = subject.split(/\s*(?:,|\svà\s)\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length !== 2) return null;
  const org = parts.find((p) => SUBJECT_ORG.test(foldKey(p)));
  const member = parts.find((p) => /^(?:cac |toan the )?dang vien$/.test(foldKey(p)) && SUBJECT_MEMBER.test(foldKey(p)));
  return org && member && org !== member ? [org, member] : null;
}

/** Organisations or members, for pairing a "trong đó" share with the parent of its own kind. */
export function subjectKind(x: string | null): "org" | "member" | null {
  if (x === null) return null;
  const k = foldKey(x);
  return SUBJECT_ORG.test(k) ? "org" : SUBJECT_MEMBER.test(k) ? "member" : null;
}
