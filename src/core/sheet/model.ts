import type { CellValue } from "../model/grid";

/**
 * A worksheet to write, as data. Core builds these (summary, targets, templates, issues);
 * src/excel renders them with Office.js and src/xlsx with ExcelJS, so both outputs look the same.
 * Addresses are A1 strings relative to the sheet; row 0 of `values` is Excel row 1.
 */
export interface SheetModel {
  name: string;
  /** Which of the add-in's sheets this is; written as a marker so re-runs replace exactly it. */
  role: OutputRole;
  /** Rectangular grid of values. Numbers stay numbers; formats come from styles. */
  values: CellValue[][];
  /** Formulas by A1 address (written instead of the value at that address). */
  formulas?: Record<string, string>;
  /** Named styles used by `styleIds`. */
  styles: Record<string, CellStyle>;
  /** Style id per cell, same shape as `values` (null = default). */
  styleIds: (string | null)[][];
  merges: string[];
  /** Column widths in Excel character units, from column A. */
  columns: ColumnSpec[];
  /** Row heights in points by 0-based row index. */
  rowHeights?: Record<number, number>;
  /** Frozen rows/columns at the top/left. */
  freeze?: { rows: number; columns: number } | null;
  /** Hyperlinks that jump to a cell in the workbook ("'Tổng hợp'!B7"). */
  links?: CellLink[];
  /** Drop-down and number validations. */
  validations?: ValidationSpec[];
  /** Conditional formats (shown in addition to a text verdict: never colour alone). */
  conditionalFormats?: ConditionalFormatSpec[];
  /** An Excel table over a header row and its data rows. */
  table?: TableSpec | null;
  page?: PageSpec | null;
  tabColor?: string | null;
}

export type OutputRole = "summary" | "by-organisation" | "issues" | "targets" | "template-organisations" | "template-members" | "template-unions" | "functions-demo" | "input-sample" | "merged-organisations" | "merged-members" | "merged-unions" | "merge-report";

export interface ColumnSpec {
  width: number;
  hidden?: boolean;
}

export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  /** Solid fill colour "#RRGGBB". */
  fill?: string;
  alignment?: { horizontal?: "left" | "center" | "right"; vertical?: "top" | "middle" | "bottom"; wrap?: boolean; indent?: number };
  /** Thin borders on the given sides. */
  border?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean };
  /** Invariant (en-US) number format code: "#,##0", "0.0%", "dd/mm/yyyy", "@". */
  numberFormat?: string;
}

export interface CellLink {
  /** Cell on this sheet that carries the link. */
  cell: string;
  /** Sheet name and address to jump to. */
  sheet: string;
  address: string;
  tooltip?: string;
}

export type ValidationSpec =
  | {
      range: string;
      type: "list";
      values: string[];
      /** A range holding the values ("=$AB$1:$AB$31"), used instead of the inline list when set (see long-lists.ts). */
      source?: string;
      prompt?: string;
      error?: string;
    }
  | { range: string; type: "whole" | "decimal"; min?: number; max?: number; prompt?: string; error?: string }
  | { range: string; type: "date"; prompt?: string; error?: string };

export interface ConditionalFormatSpec {
  range: string;
  /** Cells whose text contains `text` get `style`. */
  type: "containsText";
  text: string;
  style: CellStyle;
}

export interface TableSpec {
  name: string;
  /** Range including the header row. */
  range: string;
  style?: string;
}

export interface PageSpec {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  fitToWidth?: boolean;
  /** Rows repeated at the top of each printed page, "5:6" (1-based). */
  printTitleRows?: string | null;
  /** The printed range ("A1:H40"); columns right of it are on screen only. */
  printArea?: string | null;
  margins?: { left: number; right: number; top: number; bottom: number };
  /** Footer text, e.g. "Trang &P / &N". */
  footer?: string | null;
}
