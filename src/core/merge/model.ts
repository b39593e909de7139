import type { TableId } from "../data/fields";
import type { CellValue, WorkbookGrid } from "../model/grid";
import type { DataIssue } from "../model/issue";

/**
 * The merge of many units' workbooks into one data workbook: what goes in, what comes out.
 * Pure data: the command line and the task pane read the files their own way and hand over grids.
 */

/** One input: a readable workbook, or a file that could not be read (listed with its reason). */
export type MergeInput = { name: string; workbook: WorkbookGrid } | { name: string; failure: string; code?: MergeFailureCode };

/** Why a file was left out before its rows were read. */
export type MergeFailureCode = "unreadable" | "is-output" | "repeated";

export interface MergeOptions {
  /** The same organisation in two files is an error (nothing is merged) instead of "the later file wins". */
  strict?: boolean;
}

/** Rows per table. */
export interface TableCounts {
  organisations: number;
  members: number;
  unions: number;
}

/** Read = written + left out, per table and for files. */
export interface MergeTotals {
  files: { read: number; merged: number; leftOut: number };
  organisations: { read: number; written: number; leftOut: number };
  members: { read: number; written: number; leftOut: number };
  unions: { read: number; written: number; leftOut: number };
}

/** A table found in a file (for the per-file view). */
export interface FoundTableInfo {
  table: TableId;
  sheet: string;
  headerRow: number;
  /** Template columns found. */
  columns: number;
  /** Required or expected template columns missing (their headers). */
  missing: string[];
  /** Other columns, carried over as they are. */
  extra: string[];
}

export interface FileSummary {
  file: string;
  /** merged: rows taken (some may be replaced later); empty: tables but no data row; bad: left out. */
  status: "merged" | "empty" | "bad";
  /** Vietnamese reason of a bad file. */
  reason?: string;
  tables: FoundTableInfo[];
  read: TableCounts;
  written: TableCounts;
  leftOut: TableCounts;
}

/** A merge problem: a data issue plus the file it is about and, for rows left out, which rows. */
export interface MergeProblem extends DataIssue {
  file: string | null;
  table: TableId | null;
  /** Every input row (1-based) this problem leaves out of the output; empty when it leaves none out. */
  leftOut: number[];
  /** Row of the merged workbook the problem is about (1-based, in that table's sheet), when there is one. */
  mergedRow?: number | null;
}

/** One output row: template fields, then the extra columns, then "Tệp nguồn". */
export interface MergedRow {
  values: CellValue[];
  /** Bit i set: template field i holds a number formatted as a percentage (kept as such). */
  percent: number;
}

export interface MergedTable {
  table: TableId;
  /** Headers of the columns after the template's own, "Tệp nguồn" last. */
  extraHeaders: string[];
  rows: MergedRow[];
}

export interface MergeResult {
  files: FileSummary[];
  tables: Record<TableId, MergedTable>;
  /** Row 2 of "Tổ chức": rating year and the committee's rating (its full name), from the files. */
  year: number | null;
  committeeRating: string | null;
  problems: MergeProblem[];
  totals: MergeTotals;
  /** --strict and an organisation in two files: nothing may be written. */
  conflicts: boolean;
}

/** The header of the source column; also how a merged workbook is recognised when merged again. */
export const SOURCE_HEADER = "Tệp nguồn";
