// The Office.js layer: the only code that talks to Excel. The pane and the ribbon command use these.
export { readWorkbookGrids, type ReadOptions, type WorkbookRead } from "./read";
export { writeSheetModels, type WritableSheet, type WriteOptions, type WriteResult } from "./write";
export { selectCell } from "./select";
export { toUserError, requireExcelApi, hasExcelApi, ApiMissingError, type UserError, type UserErrorCode } from "./errors";
export { markerName, OUTPUT_ROLES, type MarkerRole } from "./markers";
export { jsonBytes, lastStats, WEB_PAYLOAD_LIMIT, REQUEST_BUDGET, type SyncStats } from "./payload";
