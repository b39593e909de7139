import type { TableId } from "../data/fields";
import { foldKey } from "../text/normalize";
import type { FileRows, SourceRow } from "./extract";

/**
 * Which rows stay when units' files overlap, applying the files in the order given ("the later file
 * wins"):
 * - a file with a grassroots organisation's own row (TCCSĐ) replaces that organisation's rows of the
 *   earlier files, its chi bộ trực thuộc included; a chi bộ trực thuộc row alone replaces just that chi bộ;
 * - a file with members of an organisation replaces the earlier member list of that organisation — only
 *   of the chi bộ it lists when it is a chi bộ's own file (no organisation row, every member with a chi bộ);
 * - a union replaces the union of the same name;
 * - the same member (name + birth date) in two places (another file, or another organisation of one
 *   file) is kept in the later place only.
 * Rows within one file are never replaced by each other (duplicates there are the check's to report).
 */

/** A grassroots organisation's own row (not a chi bộ trực thuộc). */
export const isTCCSD = (r: SourceRow): boolean => r.type !== "chi-bo-truc-thuoc" && !(r.type === null && r.parentKey);

/** Why a row is left out, and by which row. */
export interface LeftOut {
  reason: "replaced" | "moved";
  /** The row that took its place (the later one). */
  by: SourceRow;
}

export interface Resolution {
  /** All rows of every file, in order, per table. */
  all: Record<TableId, SourceRow[]>;
  /** Left-out rows (by position in `all`). */
  leftOut: Record<TableId, Map<number, LeftOut>>;
  /** A member's grassroots organisation key (its "Tổ chức", or the đảng bộ of the chi bộ it names), by position. */
  memberUnit: string[];
  /** Its chi bộ key, by position. */
  memberBranch: (string | null)[];
}

/** chi bộ trực thuộc key → its đảng bộ's key, over all files ("" when two đảng bộ have a chi bộ of that name). */
function branchParents(files: FileRows[]): { tccsd: Set<string>; parentOf: Map<string, string> } {
  const tccsd = new Set<string>();
  const parentOf = new Map<string, string>();
  for (const f of files) {
    for (const o of f.rows.organisations) {
      if (!o.key) continue;
      if (isTCCSD(o)) tccsd.add(o.key);
      else if (o.parentKey) {
        const p = parentOf.get(o.key);
        parentOf.set(o.key, p === undefined || p === o.parentKey ? o.parentKey : "");
      }
    }
  }
  return { tccsd, parentOf };
}

/** Alive row positions per claim key; claiming a key leaves the earlier rows out. */
class Claims {
  private byKey = new Map<string, number[]>();
  add(key: string, i: number): void {
    const list = this.byKey.get(key);
    if (list) list.push(i);
    else this.byKey.set(key, [i]);
  }
  /** Positions claimed (and forgotten). */
  take(key: string): number[] {
    const list = this.byKey.get(key);
    if (!list) return [];
    this.byKey.delete(key);
    return list;
  }
}

function leaveOut(out: Map<number, LeftOut>, positions: number[], by: SourceRow, reason: LeftOut["reason"]): void {
  for (const i of positions) if (!out.has(i)) out.set(i, { reason, by });
}

function resolveOrganisations(files: FileRows[], all: SourceRow[], out: Map<number, LeftOut>): void {
  const byUnit = new Claims(); // TCCSĐ key → its row and its chi bộ rows
  const byBranch = new Claims(); // parent/key → a chi bộ's row
  for (const f of files) {
    const start = all.length;
    const own = new Map<string, SourceRow>();
    for (const o of f.rows.organisations) if (o.key && isTCCSD(o) && !own.has(o.key)) own.set(o.key, o);
    for (const [key, o] of own) leaveOut(out, byUnit.take(key), o, "replaced");
    for (const o of f.rows.organisations) {
      if (o.key && !isTCCSD(o) && !own.has(o.parentKey ?? "")) leaveOut(out, byBranch.take(`${o.parentKey ?? ""}/${o.key}`), o, "replaced");
    }
    for (const o of f.rows.organisations) all.push(o);
    for (let i = start; i < all.length; i++) {
      const o = all[i];
      if (!o.key) continue;
      if (isTCCSD(o)) byUnit.add(o.key, i);
      else {
        byUnit.add(o.parentKey ?? "", i);
        byBranch.add(`${o.parentKey ?? ""}/${o.key}`, i);
      }
    }
  }
}

function resolveMembers(files: FileRows[], res: Resolution): void {
  const { tccsd, parentOf } = branchParents(files);
  const all = res.all.members;
  const out = res.leftOut.members;
  const byUnit = new Claims();
  const byBranch = new Claims();
  for (const f of files) {
    const start = all.length;
    const ownOrgs = new Set(f.rows.organisations.filter((o) => o.key && isTCCSD(o)).map((o) => o.key));
    // unit → its chi bộ in this file, or null when the file claims the unit's whole list
    const claims = new Map<string, Set<string> | null>();
    const firstOf = new Map<string, SourceRow>();
    for (const m of f.rows.members) {
      all.push(m);
      let unit = m.key;
      let branch = m.branchKey;
      if (unit && !tccsd.has(unit) && parentOf.get(unit)) {
        branch = unit;
        unit = parentOf.get(unit) as string;
      }
      res.memberUnit.push(unit);
      res.memberBranch.push(branch);
      if (!unit) continue;
      if (!firstOf.has(unit)) firstOf.set(unit, m);
      const c = claims.get(unit);
      if (!branch || ownOrgs.has(unit)) claims.set(unit, null);
      else if (c === undefined) claims.set(unit, new Set([branch]));
      else if (c !== null) c.add(branch);
    }
    for (const [unit, branches] of claims) {
      const by = firstOf.get(unit) as SourceRow;
      if (branches === null) {
        leaveOut(out, byUnit.take(unit), by, "replaced");
      } else for (const b of branches) leaveOut(out, byBranch.take(`${unit}/${b}`), by, "replaced");
    }
    for (let i = start; i < all.length; i++) {
      const unit = res.memberUnit[i];
      if (!unit) continue;
      byUnit.add(unit, i);
      byBranch.add(`${unit}/${res.memberBranch[i] ?? ""}`, i);
    }
  }
  moveDuplicates(res);
}

/** The same person in two places: kept in the later one. Two rows of one organisation in one file are left for the check. */
function moveDuplicates(res: Resolution): void {
  const all = res.all.members;
  const out = res.leftOut.members;
  // identity → rows of the latest place (file + organisation) that has the person
  const seen = new Map<number, { file: number; unit: string; rows: number[] }>();
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.identity < 0 || out.has(i)) continue;
    const unit = res.memberUnit[i];
    const s = seen.get(m.identity);
    if (!s) seen.set(m.identity, { file: m.file, unit, rows: [i] });
    else if (!sameName(all[s.rows[0]].name, m.name)) continue; // a hash collision: two people
    else if (s.file === m.file && s.unit === unit) s.rows.push(i);
    else {
      leaveOut(out, s.rows, m, "moved");
      seen.set(m.identity, { file: m.file, unit, rows: [i] });
    }
  }
}

const sameName = (a: string, b: string): boolean => a === b || foldKey(a).replace(/ /g, "") === foldKey(b).replace(/ /g, "");

function resolveUnions(files: FileRows[], all: SourceRow[], out: Map<number, LeftOut>): void {
  const byName = new Claims();
  for (const f of files) {
    const start = all.length;
    const names = new Set(f.rows.unions.map((u) => u.key).filter(Boolean));
    for (const u of f.rows.unions) if (names.delete(u.key)) leaveOut(out, byName.take(u.key), u, "replaced");
    for (const u of f.rows.unions) all.push(u);
    for (let i = start; i < all.length; i++) if (all[i].key) byName.add(all[i].key, i);
  }
}

export function resolve(files: FileRows[]): Resolution {
  const res: Resolution = {
    all: { organisations: [], members: [], unions: [] },
    leftOut: { organisations: new Map(), members: new Map(), unions: new Map() },
    memberUnit: [],
    memberBranch: [],
  };
  resolveOrganisations(files, res.all.organisations, res.leftOut.organisations);
  resolveMembers(files, res);
  resolveUnions(files, res.all.unions, res.leftOut.unions);
  return res;
}
