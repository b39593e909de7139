/** Months at the start of a year in which the report being written is still last year's (báo cáo tổng kết năm). */
const YEAR_END_REPORT_MONTHS = 3;

/**
 * The reporting year to offer by default: the resolution's own year when it states one ("Nghị quyết …
 * năm 2025"); otherwise the previous calendar year until the end of the first quarter, when offices
 * write the year-end report, and the current year after that. Used by the task pane, the ribbon and
 * the Word report alike. `today` is read in local time (the clerk's calendar).
 */
export function defaultReportingYear(resolutionYear: number | null | undefined, today: Date): number {
  if (typeof resolutionYear === "number" && Number.isInteger(resolutionYear) && resolutionYear >= 2000 && resolutionYear <= 2100) {
    return resolutionYear;
  }
  const year = today.getFullYear();
  return today.getMonth() < YEAR_END_REPORT_MONTHS ? year - 1 : year;
}
