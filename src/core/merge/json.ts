import type { Lang } from "../i18n/types";
import type { FileSummary, MergeResult, MergeTotals } from "./model";

/** `nq merge --json`: a public contract (docs/data.md#merge). */
export interface MergeJson {
  files: (Pick<FileSummary, "file" | "status" | "read" | "written" | "leftOut"> & { reason?: string; tables: { table: string; sheet: string; headerRow: number }[] })[];
  organisations: number;
  members: number;
  unions: number;
  totals: MergeTotals;
  problems: { code: string; severity: string; file: string | null; sheet: string | null; row: number | null; rows: number[]; message: string }[];
  written: boolean;
}

export function mergeToJson(result: MergeResult, written: boolean, lang: Lang = "vi"): MergeJson {
  return {
    files: result.files.map((f) => ({
      file: f.file,
      status: f.status,
      ...(f.reason ? { reason: f.reason } : {}),
      tables: f.tables.map((t) => ({ table: t.table, sheet: t.sheet, headerRow: t.headerRow })),
      read: f.read,
      written: f.written,
      leftOut: f.leftOut,
    })),
    organisations: result.totals.organisations.written,
    members: result.totals.members.written,
    unions: result.totals.unions.written,
    totals: result.totals,
    problems: result.problems.map((p) => ({ code: p.code, severity: p.severity, file: p.file, sheet: p.sheet, row: p.row ?? null, rows: p.leftOut, message: lang === "en" ? p.messageEn : p.message })),
    written,
  };
}
