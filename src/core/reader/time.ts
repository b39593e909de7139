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

export function markersOf(f: string): Marker[] {
  const out: Marker[] = [];
  for (const m of f.matchAll(PERIOD_YEAR)) out.push({ pos: m.index ?? 0, kind: "year" });
  for (const m of f.matchAll(PERIOD_TERM)) out.push({ pos: m.index ?? 0, kind: "term" });
  for (const m of f.matchAll(DEADLINE)) out.push({ pos: m.index ?? 0, kind: "deadline", year: Number(m[1]) });
  // A table note "(Năm 2005)" after a row's value is the row's deadline.
  for (const m of f.matchAll(NOTE_YEAR)) out.push({ pos: m.index ?? 0, kind: "deadline", year: Number(m[1]) });
  return out.sort((x, y) => x.pos - y.pos);
}

const NOTE_YEAR = /\(\s*nam ((?:19|20)\d\d)\s*\)/g;

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

/** The deadline that opens the sentence f[a, b), or null. */
export function leadingDeadline(f: string, markers: Marker[], a: number, b: number): number | null {
  for (const mk of markers) {
    if (mk.pos < a) continue;
    if (mk.pos >= b) break;
    if (mk.kind === "deadline") return LEAD_IN.test(f.slice(a, mk.pos)) ? mk.year ?? null : null;
  }
  return null;
}

/** Whether f[a, b) names a period of its own ("mỗi năm", "/năm", "hết nhiệm kỳ"). */
export function hasPeriod(markers: Marker[], a: number, b: number): boolean {
  return markers.some((mk) => mk.kind !== "deadline" && mk.pos >= a && mk.pos < b);
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
