import type { MergeProblem } from "./model";
import { mergeProblem } from "./problems";
import { isTCCSD, type Resolution } from "./resolve";

/**
 * What does not fit together once the files are merged (the rows all stay): members of an
 * organisation that no file has, an organisation without any member, and a "Số đảng viên" that
 * differs from the members listed for it across all files.
 */

export interface FindingContext {
  res: Resolution;
  fileName: (file: number) => string;
  /** Row in the merged sheet of a kept row, by table and position. */
  mergedRow: (table: "organisations" | "members", pos: number) => number | null;
  /** Index of the "Tổ chức" field among the member fields. */
  memberOrgField: number;
}

interface Tally {
  count: number;
  branches: Map<string, number>;
}

function tallyMembers(res: Resolution): { units: Map<string, Tally>; any: boolean } {
  const units = new Map<string, Tally>();
  let any = false;
  res.all.members.forEach((_, i) => {
    if (res.leftOut.members.has(i)) return;
    any = true;
    const unit = res.memberUnit[i];
    if (!unit) return;
    let t = units.get(unit);
    if (!t) units.set(unit, (t = { count: 0, branches: new Map() }));
    t.count++;
    const b = res.memberBranch[i];
    if (b) t.branches.set(b, (t.branches.get(b) ?? 0) + 1);
  });
  return { units, any };
}

function organisationFindings(ctx: FindingContext, units: Map<string, Tally>, out: MergeProblem[]): Set<string> {
  const { res } = ctx;
  const known = new Set<string>();
  res.all.organisations.forEach((o, i) => {
    if (res.leftOut.organisations.has(i) || !o.key) return;
    known.add(o.key);
    const at = { file: ctx.fileName(o.file), table: "organisations" as const, sheet: o.sheet, row: o.row, mergedRow: ctx.mergedRow("organisations", i) };
    const t = isTCCSD(o) ? units.get(o.key) : units.get(o.parentKey ?? "");
    if (isTCCSD(o)) {
      const count = t?.count ?? 0;
      if (count === 0 && o.count !== 0) out.push(mergeProblem("MERGE_ORG_NO_MEMBERS", at, { name: o.name }));
      else if (o.count !== null && count !== o.count) out.push(mergeProblem("MERGE_MEMBER_COUNT", at, { name: o.name, count, members: o.count }));
    } else if (t && t.branches.size > 0 && o.count !== null) {
      // a chi bộ trực thuộc: compared only when the member list says which chi bộ each member is in
      const count = t.branches.get(o.key) ?? 0;
      if (count !== o.count) out.push(mergeProblem("MERGE_MEMBER_COUNT", at, { name: o.name, count, members: o.count }));
    }
  });
  return known;
}

function unknownOrganisations(ctx: FindingContext, known: Set<string>, out: MergeProblem[]): void {
  const { res } = ctx;
  const groups = new Map<string, { first: number; count: number }>();
  res.all.members.forEach((m, i) => {
    if (res.leftOut.members.has(i) || !m.key || known.has(res.memberUnit[i])) return;
    const k = `${m.file}\u0001${res.memberUnit[i]}`;
    const g = groups.get(k);
    if (g) g.count++;
    else groups.set(k, { first: i, count: 1 });
  });
  for (const g of groups.values()) {
    const m = res.all.members[g.first];
    const org = String(m.values[ctx.memberOrgField] ?? "");
    out.push(mergeProblem("MERGE_MEMBER_ORG_UNKNOWN", { file: ctx.fileName(m.file), table: "members", sheet: m.sheet, row: m.row, mergedRow: ctx.mergedRow("members", g.first) }, { org, count: g.count }));
  }
}

export function findings(ctx: FindingContext): MergeProblem[] {
  const out: MergeProblem[] = [];
  const { units, any } = tallyMembers(ctx.res);
  const anyOrg = ctx.res.all.organisations.some((_, i) => !ctx.res.leftOut.organisations.has(i));
  // Without a member list at all (figures typed per organisation only) there is nothing to compare.
  if (!any) return out;
  const known = organisationFindings(ctx, units, out);
  if (anyOrg) unknownOrganisations(ctx, known, out);
  return out;
}
