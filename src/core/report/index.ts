export { buildReport, SHORTFALL_NAMES } from "./build";
export type { ReportColumn, ReportColumnKey, ReportDocument, ReportRow, ReportSection } from "./model";
