import type { TableId } from "../data/fields";
import type { MessageParams } from "../i18n/messages";
import type { Severity } from "../model/issue";
import { makeIssue } from "../model/issue-factory";
import { cellAddress } from "../sheet/address";
import type { MergeProblem } from "./model";

/** Codes of the merge's own problems ("issue.<CODE>" in src/core/i18n/messages/merge.ts) and their usual severity. */
export const MERGE_CODES = {
  MERGE_FILE_UNREADABLE: "error",
  MERGE_FILE_IS_OUTPUT: "error",
  MERGE_FILE_REPEATED: "warning",
  MERGE_FILE_NO_TABLE: "error",
  MERGE_FILE_NO_ROWS: "warning",
  MERGE_ORG_REPLACED: "warning",
  MERGE_MEMBERS_REPLACED: "warning",
  MERGE_UNION_REPLACED: "warning",
  MERGE_ORG_CONFLICT: "error",
  MERGE_MEMBERS_CONFLICT: "error",
  MERGE_UNION_CONFLICT: "error",
  MERGE_MEMBER_MOVED: "warning",
  MERGE_MEMBER_ORG_UNKNOWN: "warning",
  MERGE_ORG_NO_MEMBERS: "warning",
  MERGE_MEMBER_COUNT: "warning",
  MERGE_YEAR_CONFLICT: "warning",
  MERGE_COMMITTEE_CONFLICT: "warning",
  MERGE_LEGACY_TEXT: "warning",
} as const satisfies Record<string, Severity>;

export type MergeCode = keyof typeof MERGE_CODES;

export interface ProblemAt {
  file: string | null;
  table?: TableId | null;
  sheet?: string | null;
  row?: number | null;
  /** 0-based column of the cell, when the problem is about one cell. */
  column?: number | null;
  leftOut?: number[];
  mergedRow?: number | null;
}

export function mergeProblem(code: MergeCode, at: ProblemAt, params?: MessageParams): MergeProblem {
  const row = at.row ?? null;
  const cell = row !== null && at.column !== undefined && at.column !== null ? cellAddress(row - 1, at.column) : null;
  const issue = makeIssue(code, MERGE_CODES[code], { sheet: at.sheet ?? null, cell, row }, params);
  return { ...issue, file: at.file, table: at.table ?? null, leftOut: at.leftOut ?? [], mergedRow: at.mergedRow ?? null };
}

/** "5–9, 12, 15–20": rows as short runs. */
export function rowsText(rows: readonly number[], max = 12): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.length > max ? `${runs.slice(0, max).join(", ")}, …` : runs.join(", ");
}
