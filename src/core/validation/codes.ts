import type { Severity } from "../model/issue";

/**
 * Stable issue codes of the data sheets (documented in docs/data.md). Messages: "issue.<CODE>"
 * in src/core/i18n/messages/data.ts. "error" rows are left out of the check; "warning" rows stay in.
 */
export const DATA_ISSUE_CODES = {
  NO_DATA_TABLE: "warning",
  COLUMN_MISSING: "warning",
  LEGACY_ENCODING: "warning",
  RATING_LEGACY: "warning",
  ROWS_EXCLUDED: "warning",
  REQUIRED_EMPTY: "error",
  EXPECTED_EMPTY: "warning",
  /** Error in Xếp loại / Loại hình / Cấp; warning in other closed lists (the value is ignored). */
  LIST_UNKNOWN: "error",
  NUMBER_INVALID: "error",
  NUMBER_NEGATIVE: "error",
  NUMBER_NOT_INTEGER: "warning",
  PERCENT_OVER_100: "error",
  SHARE_CONVERTED: "warning",
  DATE_INVALID: "error",
  DATE_FUTURE: "error",
  DATE_YEAR_ONLY: "warning",
  NOT_RATED_CONFLICT: "warning",
  DUPLICATE_ORG: "error",
  DUPLICATE_MEMBER: "error",
  DUPLICATE_UNION: "error",
  /** The later row is left out (error), the first one warned: a member belongs to one organisation. */
  MEMBER_IN_TWO_ORGS: "error",
  MEMBER_ORG_UNKNOWN: "warning",
  PARENT_MISSING: "warning",
  RATING_SUM_MISMATCH: "warning",
  MEMBER_COUNT_MISMATCH: "warning",
  INSPECTED_OVER_TOTAL: "error",
  STUDENTS_OVER_ADMITTED: "error",
  PART_OVER_TOTAL: "error",
  EXCELLENT_CAP: "warning",
  EXCELLENT_CAP_ORGS: "warning",
  ADMISSION_BEFORE_BIRTH: "error",
  ADMISSION_UNDER_18: "error",
  OFFICIAL_BEFORE_ADMISSION: "error",
  PROBATION_OVERDUE: "warning",
  ADMISSION_OVER_60: "warning",
} as const satisfies Record<string, Severity>;

export type DataIssueCode = keyof typeof DATA_ISSUE_CODES;

/**
 * Codes said once per table or column (never once per cell): always kept in full, even past the listing
 * limit, because they explain the rest (what was left out, what is missing, what was repaired).
 */
export const TABLE_LEVEL_CODES: ReadonlySet<string> = new Set<DataIssueCode>(["NO_DATA_TABLE", "COLUMN_MISSING", "LEGACY_ENCODING", "RATING_LEGACY", "ROWS_EXCLUDED", "EXCELLENT_CAP_ORGS"]);
