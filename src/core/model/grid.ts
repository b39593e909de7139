/**
 * A cell value as core sees it, whatever the source: Office.js gives numbers (dates as serials),
 * strings and booleans; ExcelJS also gives Date objects. Empty cells are null or "".
 */
export type CellValue = string | number | boolean | Date | null;

/** One worksheet as plain data: the only thing core reads. Row 0 is Excel row 1, column 0 is A. */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Number format codes of the same shape, when the source has them (tells dates and percents apart). */
  numberFormats?: (string | null)[][] | null;
  /** Row/column offset of values[0][0] in the sheet (used range may not start at A1). */
  origin?: { row: number; column: number };
}

/** A workbook as plain data. */
export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** Names of sheets the add-in wrote earlier (its own output), so they are not read as input. */
  ownSheets?: string[];
}
