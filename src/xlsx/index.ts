/** The file layer of the command line: .xlsx in (plain grids for core) and out (SheetModel written as parts, or by ExcelJS on the fallback paths). */
import "./exceljs-fix"; // must load first: it fixes ExcelJS's UTF-8 decoding (ExcelJS itself loads only when a fallback needs it: ./exceljs-load)
export { readWorkbookFile, readWorkbookBuffer, toCellValue, type ReadResult, type ReadFailureCode } from "./read";
export { writeWorkbookFile, freeSheetName, excelStyle, STREAM_CELLS, type WriteResult, type WriteOptions } from "./write";
export { refuseOutput, commitOutput, writeFileAtomic, sameFile, tempPathFor, type OutputRefusal, type OutputRefusalCode } from "./output";
export { systemErrorText } from "./errors";
export { detectFileKind, type FileKind } from "./detect";
export { OWN_NAME_PREFIX, OWN_ROLES, isOwnRole, ownName } from "./marker";
