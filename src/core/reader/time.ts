/**
 * Deadlines ("Đến năm 2025") and periods ("hằng năm", "trong nhiệm kỳ") in force at a position of an item.
 * A deadline written inside a clause ("thu nhập đến năm 2025 đạt 70 triệu đồng") is that clause's. One that opens
 * a sentence ("Phấn đấu đến năm 2015, …", "Theo đó, đến năm 2025, …") governs the sentence and the next sentences
 * of the paragraph, except those with a period of their own ("Mỗi năm …", "…%/năm"); one in a heading or a line
 * ending in ":" ("Các chỉ tiêu chủ yếu đến năm 2025:") governs the list under it.
 */
import { DEADLINE, PERIOD_TERM, PERIOD_YEAR } from "./vocab";

export interface Marker {
  pos: number;
  kind: "year" | "term" | "deadline";
  year?: number;
}

/**
 * Time markers of an item. A deadline in the year the document was written (`now`: "đến cuối năm 2022" in a 2022
 * report) is that year's target, a period, not a multi-year deadline.
 */
export function markersOf(f: string, now: number | null = null): Marker[] {
  const out: Marker[] = [];
  for (const m of f.matchAll(PERIOD_YEAR)) out.push({ pos: m.index ?? 0, kind: "year" });
  for (const m of f.matchAll(PERIOD_TERM)) out.push({ pos: m.index ?? 0, kind: "term" });
  for (const m of f.matchAll(DEADLINE)) out.push(Number(m[1]) === now ? { pos: m.index ?? 0, kind: "year" } : { pos: m.index ?? 0, kind: "deadline", year: Number(m[1]) });
  // "… năm 2025 đạt 50%" written in 2020: a year some years ahead, before what is to be reached, is a deadline
  // ("năm 2021 đạt …" then is a year's target).
  if (now !== null) {
    for (const m of f.matchAll(YEAR_AHEAD)) {
      const y = Number(m[1]);
      if (y > now + 1 && y <= now + 15 && !/(?:so voi|so sanh|tu|den|toi|truoc|vao|het|cuoi|gia)\s*$/.test(f.slice(Math.max(0, (m.index ?? 0) - 10), m.index))) out.push({ pos: m.index ?? 0, kind: "deadline", year: y });
    }
  }
  // A table note "(Năm 2005)" after a row's value is the row's deadline.
  for (const m of f.matchAll(NOTE_YEAR)) out.push({ pos: m.index ?? 0, kind: "deadline", year: Number(m[1]) });
  return out.sort((x, y) => x.pos - y.pos);
}

const NOTE_YEAR = /\(\s*nam ((?:19|20)\d\d)\s*\)/g;
const YEAR_AHEAD = /(?<![a-z])(?<!trong )nam ((?:19|20)\d\d)(?=\s+(?:dat|phan dau dat|phai dat|can dat)(?![a-z]))/g;

/** What a reader needs to date a target: the item's markers and the deadline governing the current sentence. */
export interface Time {
  markers: Marker[];
  governing: number | null;
}

/** A deadline marker inside [from, to), the last one before `pos` or else the first after it. */
export function ownDeadline(markers: Marker[], from: number, pos: number, to: number): number | null {
  let found: number | null = null;
  for (const mk of markers) {
    if (mk.kind !== "deadline" || mk.pos < from || mk.pos >= to) continue;
    if (mk.pos <= pos || found === null) found = mk.year ?? null;
    if (mk.pos > pos) break;
  }
  return found;
}

/** Words that may stand before a deadline that opens a sentence. */
const LEAD_IN = /^[\s\-+*•(\d).,:]*(?:(?:theo do|phan dau|muc tieu|chi tieu|cac chi tieu(?: chu yeu)?|dong thoi|cu the|tu nay|nhiem ky \d{4}\s*[-–]\s*\d{4}|giai doan \d{4}\s*[-–]\s*\d{4})[\s,:]*)*$/;

/** "Xã phấn đấu đến năm 2025 …", "Đảng bộ huyện phấn đấu đến năm 2030, …": a short subject before "phấn đấu". */
const SUBJECT_STRIVES = /^[\s\-+*•(\d).,:]*(?:[a-z]+ ){1,6}(?:phan dau|(?:de ra|dat ra|xac dinh|dat) (?:cac )?muc tieu)\s*$/;

/** The deadline that opens the sentence f[a, b), or null. */
export function leadingDeadline(f: string, markers: Marker[], a: number, b: number): number | null {
  for (const mk of markers) {
    if (mk.pos < a) continue;
    if (mk.pos >= b) break;
    if (mk.kind === "deadline") {
      const lead = f.slice(a, mk.pos);
      return LEAD_IN.test(lead) || SUBJECT_STRIVES.test(lead) ? mk.year ?? null : null;
    }
  }
  return null;
}

/** "các chỉ tiêu chủ yếu đến năm 2030 như: …", "mục tiêu đến năm 2025 là:": a list of targets opened inside a line. */
const INLINE_LIST = /(?:chi tieu|muc tieu)[a-z ,]{0,60}?(?:den|toi)(?: het| cuoi)?(?: nam)? ((?:19|20)\d\d)(?: (?:nhu|la|gom|bao gom|nhu sau|sau day|cu the))?\s*:/;

/** The year of a list of targets opened inside the clause f[a, b) (not the year the text was written). */
export function inlineListDeadline(f: string, a: number, b: number, now: number | null): number | null {
  const m = INLINE_LIST.exec(f.slice(a, b));
  return m && Number(m[1]) !== now ? Number(m[1]) : null;
}

/**
 * The deadline a clause gives the later clauses of its sentence: one that opens it ("…; phấn đấu đến năm 2030,
 * tổng sản phẩm …; GRDP bình quân …") or one before a colon ("Cơ cấu kinh tế đến năm 2025: nông nghiệp 75%; dịch
 * vụ 20%").
 */
export function clauseDeadline(f: string, markers: Marker[], a: number, b: number): number | null {
  const lead = leadingDeadline(f, markers, a, b);
  if (lead !== null) return lead;
  for (const mk of markers) {
    if (mk.pos < a) continue;
    if (mk.pos >= b) break;
    if (mk.kind !== "deadline") continue;
    if (/^[a-z ]{0,30}\d{4}(?: (?:nhu|la|gom|bao gom|nhu sau|sau day|cu the))?\s*:/.test(f.slice(mk.pos, Math.min(b, mk.pos + 50)))) return mk.year ?? null;
    // "… chỉ tiêu chủ yếu, trong đó: phấn đấu đến năm 2030, …": the lead after the clause's colon.
    const colon = f.lastIndexOf(":", mk.pos);
    if (colon >= a && leadingDeadline(f, [mk], colon + 1, b) !== null) return mk.year ?? null;
  }
  return null;
}

/**
 * Whether f[a, b) says a period of its own that its sentence's deadline does not override: "hằng năm", "10 -
 * 12%/năm", "mỗi năm" — not a base ("so với giai đoạn 2016 - 2020") or a unit per year ("13 triệu đồng/năm").
 */
export function repeatsOwnPeriod(f: string, markers: Marker[], a: number, b: number): boolean {
  return markers.some((mk) => mk.kind !== "deadline" && mk.pos >= a && mk.pos < b && !/(?:so voi|so)(?: cung)?\s*$|(?:dong|nguoi|ha|tan|usd)\s*$/.test(f.slice(Math.max(a, mk.pos - 12), mk.pos)));
}

/** Deadline and period in force at `pos`: the nearest markers before it (or inside its own part). */
export function timeOf(markers: Marker[], pos: number, ownEnd: number): { deadline: number | null; period: "year" | "term" | null } {
  // Binary search for the last marker at or before ownEnd, then look back a bounded distance.
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].pos <= ownEnd) lo = mid + 1;
    else hi = mid;
  }
  let deadline: number | null = null;
  let period: "year" | "term" | null = null;
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 64; i--, seen++) {
    const mk = markers[i];
    if (mk.kind === "deadline") {
      if (deadline === null) deadline = mk.year ?? null;
    } else if (period === null && (mk.pos < pos || mk.kind === "year")) period = mk.kind;
    if (deadline !== null && period !== null) break;
  }
  return { deadline, period: deadline !== null ? null : period };
}

/** Time words that open a clause before its body: "Hằng năm, …", "Đến năm 2025, …". */
export const PREFIX_TIME = /^(?:\s*(?:hang nam|moi nam|(?:trong )?(?:nhiem ky|giai doan)(?: \d{4}\s*[-–]\s*\d{4})?|ca nhiem ky|(?:phan dau\s+)?den nam \d{4}|nam \d{4})\s*,?\s*)+/;
