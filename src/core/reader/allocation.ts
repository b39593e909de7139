/**
 * Allocation lists ("giao chỉ tiêu kết nạp 1.200 đảng viên: Đảng bộ A 150; B 110; …"): the units' quotas should
 * add up to the stated total. When they do not, the total gets a note, so the reviewer checks a figure that was
 * mistyped in the resolution or misread here (a unit missed, a number glued to the next one).
 */
import { t as msg } from "../i18n/messages";
import type { RawTarget } from "./raw";

/** A count or amount with one value (no range), the only targets whose figures add up. */
function summable(r: RawTarget): boolean {
  const t = r.target;
  return (t.kind === "count" || t.kind === "quantity") && t.op !== "range" && typeof t.value === "number";
}

/** A unit written in full next to a quota line ("Đảng bộ TP.Tam Kỳ chỉ tiêu phát triển 150 đảng viên mới; Hội An 110"). */
function fullUnit(r: RawTarget | undefined, quota: RawTarget): boolean {
  return !!r && !r.quota && summable(r) && r.target.source?.line === quota.target.source?.line && r.target.unit === quota.target.unit;
}

/** The quota lines from `i` on, with the units written in full just before and just after them. */
function runAt(raws: RawTarget[], i: number): { from: number; to: number } {
  let to = i;
  while (to < raws.length && raws[to].quota && summable(raws[to])) to++;
  const from = fullUnit(raws[i - 1], raws[i]) && raws[i - 1].parentRef === raws[i].parentRef ? i - 1 : i;
  return { from, to: fullUnit(raws[to], raws[to - 1]) && !raws[to].parentRef ? to + 1 : to };
}

/** The stated total of a run: the parent of its quotas, else the nearest earlier count in the same unit above each quota. */
function totalOf(raws: RawTarget[], from: number, to: number): RawTarget | null {
  const parent = raws[from + (raws[from].quota ? 0 : 1)].parentRef;
  if (parent) return summable(parent) ? parent : null;
  const biggest = Math.max(...raws.slice(from, to).map((r) => r.target.value as number));
  for (let j = from - 1; j >= 0 && j >= from - 5; j--) {
    const r = raws[j];
    if (r.parentRef || !summable(r) || r.target.unit !== raws[to - 1].target.unit) continue;
    return (r.target.value as number) > biggest ? r : null;
  }
  return null;
}

/** "1.950", as the resolution writes it. */
function thousands(n: number): string {
  const [int, frac] = String(n).split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (frac ? `,${frac}` : "");
}

/** Note every total whose allocation list (two units or more) adds up to another figure. */
export function checkAllocations(raws: RawTarget[]): void {
  for (let i = 0; i < raws.length; i++) {
    if (!raws[i].quota || !summable(raws[i]) || raws[i - 1]?.quota) continue;
    const { from, to } = runAt(raws, i);
    i = to - 1;
    if (to - from < 2) continue;
    const total = totalOf(raws, from, to);
    if (!total) continue;
    const sum = raws.slice(from, to).reduce((n, r) => n + (r.target.value as number), 0);
    const stated = total.target.value as number;
    if (Math.abs(sum - stated) < 1e-9) continue;
    const note = msg("reader.note.allocation-sum", "vi", { n: to - from, sum: thousands(sum), total: thousands(stated) });
    total.target.notes = [...(total.target.notes ?? []), note];
  }
}
