import { TABLE_FIELDS, type TableId } from "../data/fields";
import { dateText, type SourceRow } from "./extract";
import type { MergeProblem } from "./model";
import { mergeProblem, rowsText, type MergeCode } from "./problems";
import type { LeftOut, Resolution } from "./resolve";

/**
 * Every row the merge leaves out, in the report with its reason: rows replaced by a later file, one
 * problem per organisation and file (with the rows), and each member kept in another place.
 */

export interface LeftOutContext {
  fileName: (file: number) => string;
  mergedRow: (row: SourceRow) => number | null;
  strict: boolean;
}

const MEMBER_ORG = TABLE_FIELDS.members.findIndex((f) => f.id === "org");
const CODES: Record<TableId, [MergeCode, MergeCode]> = {
  organisations: ["MERGE_ORG_REPLACED", "MERGE_ORG_CONFLICT"],
  members: ["MERGE_MEMBERS_REPLACED", "MERGE_MEMBERS_CONFLICT"],
  unions: ["MERGE_UNION_REPLACED", "MERGE_UNION_CONFLICT"],
};

const birthText = (m: SourceRow): string => (m.birth === null ? "" : dateText(m.birth));

const orgOf = (m: SourceRow): string => String(m.values[MEMBER_ORG] ?? "");

function moved(ctx: LeftOutContext, m: SourceRow, e: LeftOut): MergeProblem {
  return mergeProblem(
    "MERGE_MEMBER_MOVED",
    { file: ctx.fileName(m.file), table: "members", sheet: m.sheet, row: m.row, leftOut: [m.row], mergedRow: ctx.mergedRow(e.by) },
    { name: m.name, birth: birthText(m), org: orgOf(m), otherOrg: orgOf(e.by), otherFile: ctx.fileName(e.by.file), otherSheet: e.by.sheet, otherRow: e.by.row },
  );
}

/** Name of what was replaced: the organisation (or chi bộ) that the later file sent, or the union. */
function replacedName(table: TableId, by: SourceRow): string {
  return table === "members" ? orgOf(by) : by.name;
}

export function leftOutProblems(res: Resolution, ctx: LeftOutContext): MergeProblem[] {
  const out: MergeProblem[] = [];
  for (const table of ["organisations", "members", "unions"] as TableId[]) {
    const all = res.all[table];
    // one problem per (row of the later file that replaced them, earlier file, sheet)
    const groups = new Map<SourceRow, Map<string, { first: SourceRow; by: SourceRow; rows: number[] }>>();
    const ordered: { first: SourceRow; by: SourceRow; rows: number[] }[] = [];
    for (const [i, e] of [...res.leftOut[table]].sort((a, b) => a[0] - b[0])) {
      const r = all[i];
      if (e.reason === "moved") {
        out.push(moved(ctx, r, e));
        continue;
      }
      let byGroups = groups.get(e.by);
      if (!byGroups) groups.set(e.by, (byGroups = new Map()));
      const k = table === "unions" ? String(i) : `${r.file}\u0001${r.sheet}`;
      const g = byGroups.get(k);
      if (g) g.rows.push(r.row);
      else {
        const fresh = { first: r, by: e.by, rows: [r.row] };
        byGroups.set(k, fresh);
        ordered.push(fresh);
      }
    }
    for (const g of ordered) {
      const code = CODES[table][ctx.strict ? 1 : 0];
      const at = { file: ctx.fileName(g.first.file), table, sheet: g.first.sheet, row: g.first.row, leftOut: g.rows, mergedRow: ctx.mergedRow(g.by) };
      out.push(mergeProblem(code, at, { name: replacedName(table, g.by), by: ctx.fileName(g.by.file), count: g.rows.length, rows: rowsText(g.rows) }));
    }
  }
  return out;
}
