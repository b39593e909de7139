/**
 * One number mention read into a target: its own part of the clause (up to the separator before the next
 * number), the text shown, operator, subject, per-unit, change and base, quota scope, time and confidence.
 */
import { t as msg } from "../i18n/messages";
import type { Target } from "../model/target";
import { foldKey } from "../text/normalize";
import type { Mention } from "./mentions";
import { opOf } from "./operator";
import { blankTarget, sourceOf, type ItemInput, type RawTarget } from "./raw";
import { cleanText, lastSeparator } from "./span";
import { SUBJECT_ANY, subjectAfter, subjectBefore } from "./subject";
import { ownDeadline, timeOf, type Time } from "./time";
import { PREDICATE } from "./vocab";

/** "mỗi chi bộ cơ sở xây dựng …": read on the NFC text, because folded "có" and "cơ" are the same. */
const PER_RE =
  /(?:^|\s)mỗi\s+(?!năm|tháng|quý|tuần|lần|người)(\p{L}+(?:\s\p{L}+){0,5}?)(?=\s+(?:xây dựng|có|đăng ký|phấn đấu|duy trì|kết nạp|thực hiện|giới thiệu|ít nhất|tối thiểu|từ|chọn|lựa chọn|đạt|phải)(?!\p{L})|\s*\(|\s*,)/iu;

export interface Region {
  /** The clause. */
  c0: number;
  c1: number;
  /** Where the mention's group ("trong đó" scope or the main part) starts and ends. */
  groupStart: number;
  groupEnd: number;
  regionStart: number;
  regionEnd: number;
  /** End of the text shown: a part without a predicate shares the rest of the clause. */
  textEnd: number;
  hasPredicate: boolean;
  prev: Mention | undefined;
}

export function regionOf(f: string, m: Mention, mentions: Mention[], scopes: Array<[number, number]>, c0: number, mainStart: number, c1: number): Region {
  const group = mentions.filter((x) => x.scope === m.scope);
  const gi = group.indexOf(m);
  const groupStart = m.scope >= 0 ? scopes[m.scope][0] : mainStart;
  const nextScope = scopes.find(([a]) => a > m.start);
  const groupEnd = m.scope >= 0 ? scopes[m.scope][1] : nextScope ? nextScope[0] : c1;
  const prev = group[gi - 1];
  const next = group[gi + 1];
  let regionStart = groupStart;
  if (prev) {
    const sep = lastSeparator(f, prev.end, m.start);
    regionStart = sep ? sep.at + sep.len : m.start;
  }
  let regionEnd = groupEnd;
  if (next && next.start < groupEnd) {
    const sep = lastSeparator(f, m.end, next.start);
    regionEnd = sep ? sep.at : next.start;
  }
  const ownF = f.slice(regionStart, regionEnd);
  const numberless = ownF.slice(0, m.start - regionStart) + " " + ownF.slice(m.end - regionStart);
  const hasPredicate = PREDICATE.test(numberless);
  const textEnd = hasPredicate || m.kind !== "percent" ? regionEnd : Math.max(regionEnd, groupEnd);
  return { c0, c1, groupStart, groupEnd, regionStart, regionEnd, textEnd, hasPredicate, prev };
}

function subjectOf(s: string, f: string, m: Mention, r: Region): string | null {
  let subject = subjectAfter(s, f, m.end, r.textEnd);
  if (m.kind === "percent" && (!subject || PREDICATE.test(" " + f.slice(m.end, m.end + 12)))) subject = subjectBefore(s, f, r.regionStart, m.start) ?? subject;
  if (subject) return subject;
  // The subject opens the clause, before its verb and the number: "Đảng viên được xếp loại … đạt 90%",
  // "trong đó số tổ chức cơ sở đảng, đảng viên hoàn thành xuất sắc … không vượt quá 20%".
  const open = /^[\s,:;(-]*(?:trong do[\s,:]*)?(?:(?:co|phan dau|phan dau co)\s+)?/.exec(f.slice(r.regionStart, m.start));
  const a = r.regionStart + (open ? open[0].length : 0);
  const found = subjectAfter(s, f, a, m.start);
  return found && SUBJECT_ANY.test(foldKey(found)) ? found : null;
}

/** Increase / decrease against a base, and the base of a cap ("không vượt quá 20% số được xếp loại hoàn thành tốt"). */
function changeAndBase(s: string, f: string, m: Mention, r: Region, t: Target, notes: string[]): boolean {
  const lead = f.slice(Math.max(r.regionStart, m.start - 30), m.start);
  if (/(?:^|\s)tang(?: them)?\s*(?:tu|tren|it nhat|toi thieu|binh quan)?\s*$/.test(lead)) t.change = "increase";
  else if (/(?:^|\s)giam(?: them)?\s*(?:tu|tren|it nhat|toi thieu|binh quan)?\s*$/.test(lead)) t.change = "decrease";
  const base = /so voi\s+([^,;.()]+)/.exec(f.slice(m.end, r.textEnd));
  if (base) {
    const ba = m.end + base.index + base[0].indexOf(base[1]);
    t.base = s.slice(ba, ba + base[1].length).trim();
  }
  const capBase = m.kind === "percent" && /^\s*(?:tong\s+)?so\s+(?:(?:dang vien|to chuc|tccsd)[a-z ]{0,20}?\s+)?(?:duoc\s+)?(?:danh gia,?\s+)?xep loai\s+(?:muc\s+)?["“'‘]?\s*(?:hoan thanh tot|httnv)/.exec(f.slice(m.end, r.textEnd));
  if (!capBase) return false;
  const at = m.end + (capBase[0].length - capBase[0].trimStart().length);
  t.base = cleanText(s, at, Math.max(at, r.textEnd));
  notes.push(msg("reader.note.cap-base", "vi"));
  return true;
}

function lastCount(list: RawTarget[]): RawTarget | null {
  for (let i = list.length - 1, n = 0; i >= 0 && n < 200; i--, n++) if (list[i].target.unit && list[i].target.kind === "count") return list[i];
  return null;
}

/** A bare number after a name: the unit's quota, counted in the unit of the last count before it. */
function quotaOf(s: string, m: Mention, r: Region, t: Target, notes: string[], before: RawTarget[][]): void {
  // The unit's name is the part before its number ("Công an tỉnh 110", "và Đảng bộ Khối Doanh nghiệp 100").
  const own = cleanText(s, r.regionStart, m.start).replace(/^(?:trong đó|cụ thể)\s*[:,]?\s*/iu, "");
  const name = /((?:[\p{Lu}][\p{L}]*\s*){1,4})$/u.exec(s.slice(r.regionStart, m.start).trimEnd());
  t.scope = /^\p{Lu}/u.test(own) && own.split(/\s+/).length <= 8 ? own : name ? name[1].trim() : null;
  const prevUnit = lastCount(before[0]) ?? lastCount(before[1]);
  t.unit = prevUnit ? prevUnit.target.unit : null;
  t.subject = prevUnit ? prevUnit.target.subject : t.subject;
  t.confidence = 0.7;
  notes.push(msg("reader.note.quota", "vi"));
}

function confidenceOf(inp: ItemInput, m: Mention, t: Target, explicit: boolean, capBase: boolean, notes: string[], stance: number): number {
  let conf = explicit ? 0.92 : 0.85;
  if (!t.subject && m.scope < 0) {
    conf -= 0.25;
    notes.push(msg("reader.note.no-subject", "vi"));
  }
  if (m.kind === "percent" && typeof t.value === "number" && t.value > 1 && !t.change) {
    conf -= 0.3;
    notes.push(msg("reader.note.over-100", "vi"));
  }
  if (m.kind === "count" && !t.unit && !m.quota) conf -= 0.2;
  if (inp.prior <= 0 && stance < 3) {
    // Read outside a targets section on weak goal words only.
    conf = Math.min(conf, 0.6);
    notes.push(msg("reader.note.whole-text", "vi"));
  }
  if (m.quota || capBase) conf = Math.min(conf, 0.7);
  if (m.form === "zero" || m.form === "all") conf = Math.min(conf, 0.8);
  return Math.round(conf * 100) / 100;
}

/** The target of one mention; `before` = [targets of this item so far, targets of the items before]. */
export function readPart(inp: ItemInput, m: Mention, r: Region, time: Time, before: RawTarget[][], stance: number): Target {
  const { s, f } = inp;
  const { op, explicit } = m.form === "zero" ? { op: "=" as const, explicit: true } : m.form === "all" ? { op: ">=" as const, explicit: true } : opOf(f, r.regionStart, m, r.regionEnd);
  const t = blankTarget(cleanText(s, r.regionStart, r.textEnd), m.kind, op, m.value);
  t.max = m.max;
  t.stretch = m.stretch;
  t.unit = m.unit;
  const notes: string[] = [];
  t.subject = subjectOf(s, f, m, r);
  const per = PER_RE.exec(s.slice(r.regionStart, m.start));
  if (per) t.per = per[1];
  const capBase = changeAndBase(s, f, m, r, t, notes);
  if (m.quota) quotaOf(s, m, r, t, notes, before);
  if (m.form === "zero") notes.push(msg("reader.note.zero", "vi"));
  t.deadline = ownDeadline(time.markers, r.c0, m.start, r.regionEnd) ?? time.governing;
  t.period = t.deadline !== null ? null : timeOf(time.markers, m.start, r.regionEnd).period;
  t.confidence = confidenceOf(inp, m, t, explicit, capBase, notes, stance);
  t.notes = notes;
  t.source = sourceOf(inp, r.regionStart, r.textEnd);
  return t;
}
