/** Deadlines ("Đến năm 2025") and periods ("hằng năm", "trong nhiệm kỳ") in force at a position of an item. */
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
  return out.sort((x, y) => x.pos - y.pos);
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
export const PREFIX_TIME = /^(?:\s*(?:hang nam|moi nam|trong nhiem ky|ca nhiem ky|(?:phan dau\s+)?den nam \d{4}|nam \d{4})\s*,?\s*)+/;
