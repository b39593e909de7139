/**
 * The Party report as a document, independent of any file format: what the Word renderer (src/xlsx/
 * report-docx.ts) lays out. Built from a check's result by buildReport (./build.ts). Every text is final
 * (numbers already written the Vietnamese way); no cell references: the printed document names none.
 */
import type { Status } from "../check/judge";
import type { DocumentHeader } from "../document/parts";
import type { Lang } from "../i18n/types";

export type ReportColumnKey = "stt" | "text" | "threshold" | "actual" | "percent" | "status" | "progress";

export interface ReportColumn {
  key: ReportColumnKey;
  label: string;
  /** Share of the table's width (the columns add up to 100). */
  width: number;
}

export interface ReportRow {
  /** "1", "1.1" ("trong đó" rows carry the parent's number). */
  no: string;
  /** 0 for a target, 1 for a "trong đó" child (indented). */
  level: 0 | 1;
  text: string;
  threshold: string;
  actual: string;
  percent: string;
  /** Icon and word: "✔ Đạt" (readable in black and white). */
  verdict: string;
  status: Status;
  progress: string;
}

export interface ReportSection {
  heading: string;
  lines: string[];
}

export interface ReportDocument {
  lang: Lang;
  header: DocumentHeader;
  /** "BÁO CÁO" or "PHỤ LỤC". */
  type: string;
  /** "(Kèm theo Báo cáo số … ngày …)" for an appendix. */
  attached: string | null;
  title: string;
  /** "Tổng số 21 chỉ tiêu: 12 đạt, …". */
  countLine: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  legend: string;
  /** Organisations short of a per-unit target; data problems. */
  sections: ReportSection[];
  recipients: ReportSection;
  signature: { title: string[]; signer: string | null };
  /** A BÁO CÁO is portrait; the appendix's wide table may be landscape. */
  orientation: "portrait" | "landscape";
}
