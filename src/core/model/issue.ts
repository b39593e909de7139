/** Severity of a data problem: "lỗi" blocks the row from the check, "cảnh báo" does not. */
export type Severity = "error" | "warning";

/**
 * One problem found in the user's input. Every problem the add-in reports has this shape,
 * whether it came from the resolution text, a data sheet, or the targets sheet.
 */
export interface DataIssue {
  /** Stable code, e.g. "REQUIRED_EMPTY" (documented in the README). */
  code: string;
  severity: Severity;
  /** Sheet name as the user sees it, or null for problems not tied to a sheet. */
  sheet: string | null;
  /** A1 address of the cell ("D7"), or a row range ("A7:P7"), or null. */
  cell: string | null;
  /** Message in Vietnamese (from the message table). */
  message: string;
  /** Same message in English. */
  messageEn: string;
  /** 1-based row number in the sheet when the problem is about a row. */
  row?: number | null;
}

/**
 * Issues beyond the listing limit, counted instead of kept: one entry per code, sheet and column, with
 * the first cell so that the user can still go there. Memory stays bounded whatever the input.
 */
export interface IssueTally {
  code: string;
  severity: Severity;
  sheet: string | null;
  /** The column's header as the check knows it ("Ngày sinh"), else its letters ("D"), else null. */
  column: string | null;
  count: number;
  /** A1 address of the first of them. */
  firstCell: string | null;
}
