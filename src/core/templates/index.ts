import type { CellValue } from "../model/grid";
import type { CellStyle, OutputRole, SheetModel, ValidationSpec } from "../sheet/model";
import { columnLetter, rangeAddress } from "../sheet/address";
import { t } from "../i18n/messages";
import type { Lang } from "../i18n/types";
import { MEMBER_FIELDS, ORG_FIELDS, RATING_VALUES, TABLE_FIELDS, TABLE_SHEET_NAMES, UNION_FIELDS, type FieldSpec, type TableId } from "../data/fields";

/**
 * The input templates ("Tạo mẫu nhập liệu"): three sheets, each an Excel table with a styled,
 * frozen header, drop-downs for closed lists, number and date formats and a short instruction line.
 * The sample generator fills the same layout.
 */

/** Exact template headers, in order. The reader, the templates and the sample share them. */
export const ORG_HEADERS: string[] = ORG_FIELDS.map((f) => f.header);
export const MEMBER_HEADERS: string[] = MEMBER_FIELDS.map((f) => f.header);
export const UNION_HEADERS: string[] = UNION_FIELDS.map((f) => f.header);

/** Layout: title (row 1), labels (row 2), instruction (row 3), header (row 4), data from row 5. */
export const TEMPLATE_HEADER_ROW = 3; // 0-based
export const TEMPLATE_FIRST_DATA_ROW = 4; // 0-based
/** Blank rows the empty templates carry (validations and formats reach that far). */
export const TEMPLATE_BLANK_ROWS = 300;

const FONT = "Times New Roman";

export const TEMPLATE_STYLES: Record<string, CellStyle> = {
  title: { font: { name: FONT, size: 14, bold: true, color: "#1F3864" }, alignment: { horizontal: "left", vertical: "middle" } },
  label: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: "right", vertical: "middle" } },
  labelValue: { font: { name: FONT, size: 12 }, fill: "#FFF2CC", border: { top: true, bottom: true, left: true, right: true }, alignment: { horizontal: "left", vertical: "middle" } },
  hint: { font: { name: FONT, size: 11, italic: true, color: "#404040" }, alignment: { horizontal: "left", vertical: "top", wrap: true } },
  header: {
    font: { name: FONT, size: 11, bold: true, color: "#FFFFFF" },
    fill: "#1F4E78",
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
    border: { top: true, bottom: true, left: true, right: true },
  },
  text: { font: { name: FONT, size: 12 }, border: { top: true, bottom: true, left: true, right: true }, alignment: { vertical: "middle" } },
  count: { font: { name: FONT, size: 12 }, numberFormat: "#,##0", border: { top: true, bottom: true, left: true, right: true }, alignment: { horizontal: "right", vertical: "middle" } },
  date: { font: { name: FONT, size: 12 }, numberFormat: "dd/mm/yyyy", border: { top: true, bottom: true, left: true, right: true }, alignment: { horizontal: "center", vertical: "middle" } },
  mark: { font: { name: FONT, size: 12 }, border: { top: true, bottom: true, left: true, right: true }, alignment: { horizontal: "center", vertical: "middle" } },
};

/** Style id of a data cell of the field in the template (TEMPLATE_STYLES). */
export function fieldStyle(f: FieldSpec): string {
  switch (f.kind) {
    case "count":
      return "count";
    case "date":
      return "date";
    case "yes":
    case "gender":
      return "mark";
    default:
      return "text";
  }
}

/** Values offered in the drop-down of a column (no commas: Excel splits inline lists on them). */
function dropDown(f: FieldSpec): string[] | null {
  if (f.id === "politicalTheory") return ["Cao cấp", "Cử nhân", "Trung cấp", "Sơ cấp", "Chưa qua đào tạo"];
  if (f.kind === "qualification") return null; // open list: "Kỹ sư", "Bác sĩ"… are read as their band
  if (!f.list) return null;
  return f.list.filter((v) => !v.includes(","));
}

const ROLE: Record<TableId, OutputRole> = { organisations: "template-organisations", members: "template-members", unions: "template-unions" };
const TABLE_NAME: Record<TableId, string> = { organisations: "TblToChuc", members: "TblDangVien", unions: "TblDoanThe" };
const TITLE_KEY: Record<TableId, string> = { organisations: "data.template.org.title", members: "data.template.member.title", unions: "data.template.union.title" };
const HINT_KEY: Record<TableId, string> = { organisations: "data.template.org.hint", members: "data.template.member.hint", unions: "data.template.union.hint" };

export interface TableSheetOptions {
  /** Data rows (each in template column order). Default: TEMPLATE_BLANK_ROWS empty rows. */
  rows?: CellValue[][];
  /** Sheet name (default the template name). */
  name?: string;
  /** Role written as the sheet's marker (templates and samples are input sheets: not "own"). */
  role?: OutputRole;
  /** For "Tổ chức": the rating year and committee rating shown on row 2. */
  year?: number | null;
  committeeRating?: string | null;
  /** Write an Excel table (off for very large samples: ExcelJS streams cannot write tables). */
  table?: boolean;
  /** Columns after the template's own (a merge keeps the units' extra columns and adds "Tệp nguồn"); rows then carry their values too. */
  extraColumns?: { header: string; width: number }[];
  /** Styles beside TEMPLATE_STYLES, for per-row style overrides (`rowStyles`). */
  extraStyles?: Record<string, CellStyle>;
  /** Style ids of some data rows (by index into `rows`), replacing the column styles there (e.g. a cell kept as a percentage). */
  rowStyles?: Map<number, (string | null)[]>;
}

/**
 * One input sheet in the template layout. Data rows share one style-id array (the model is
 * data, not per-cell objects), so a million-row sample stays small in memory.
 */
export function buildTableSheet(table: TableId, lang: Lang, options: TableSheetOptions = {}): SheetModel {
  const fields = TABLE_FIELDS[table];
  const extra = options.extraColumns ?? [];
  const width = fields.length + extra.length;
  const lastCol = width - 1;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const title = blank();
  title[0] = t(TITLE_KEY[table], lang);
  const labels = blank();
  if (table === "organisations") {
    labels[0] = t("data.template.yearLabel", lang);
    labels[1] = options.year ?? null;
    labels[2] = t("data.template.committeeLabel", lang);
    labels[3] = options.committeeRating ?? null;
  }
  const hint = blank();
  hint[0] = t(HINT_KEY[table], lang);
  const header = [...fields.map((f) => f.header as CellValue), ...extra.map((e) => e.header)];
  const data = options.rows ?? Array.from({ length: TEMPLATE_BLANK_ROWS }, blank);
  const values: CellValue[][] = [title, labels, hint, header];
  for (const r of data) values.push(r);

  const none: (string | null)[] = new Array<string | null>(width).fill(null);
  const labelStyles = none.slice();
  if (table === "organisations") {
    labelStyles[0] = "label";
    labelStyles[1] = "labelValue";
    labelStyles[2] = "label";
    labelStyles[3] = "labelValue";
    labelStyles[4] = "labelValue";
  }
  const titleStyles = none.slice();
  titleStyles[0] = "title";
  const hintStyles = none.slice();
  hintStyles[0] = "hint";
  const dataStyles = [...fields.map(fieldStyle), ...extra.map(() => "text")];
  const styleIds: (string | null)[][] = [titleStyles, labelStyles, hintStyles, header.map(() => "header")];
  for (let i = 0; i < data.length; i++) styleIds.push(options.rowStyles?.get(i) ?? dataStyles); // shared on purpose

  const first = TEMPLATE_FIRST_DATA_ROW;
  const last = Math.max(first, first + data.length - 1);
  const validations: ValidationSpec[] = [];
  fields.forEach((f, c) => {
    const range = rangeAddress(first, c, last, c);
    const list = dropDown(f);
    if (list) validations.push({ range, type: "list", values: list, error: t("data.template.listError", lang), prompt: f.kind === "yes" ? t("data.template.yesPrompt", lang) : undefined });
    else if (f.kind === "count") validations.push({ range, type: "whole", min: 0, error: t("data.template.numberError", lang) });
    else if (f.kind === "date") validations.push({ range, type: "date", error: t("data.template.dateError", lang) });
  });
  if (table === "organisations") validations.push({ range: "D2", type: "list", values: RATING_VALUES.slice(0, 4), error: t("data.template.listError", lang) });

  const merges = [rangeAddress(0, 0, 0, Math.min(lastCol, 7)), rangeAddress(2, 0, 2, lastCol)];
  if (table === "organisations") merges.push("D2:E2");
  const name = options.name ?? TABLE_SHEET_NAMES[table];
  return {
    name,
    role: options.role ?? ROLE[table],
    values,
    styles: options.extraStyles ? { ...TEMPLATE_STYLES, ...options.extraStyles } : TEMPLATE_STYLES,
    styleIds,
    merges,
    columns: [...fields.map((f) => ({ width: f.width })), ...extra.map((e) => ({ width: e.width }))],
    rowHeights: { 0: 24, 1: 20, 2: table === "members" ? 34 : 46, 3: 48 },
    freeze: { rows: TEMPLATE_HEADER_ROW + 1, columns: table === "members" ? 1 : 1 },
    validations,
    table: options.table === false ? null : { name: TABLE_NAME[table], range: `A${TEMPLATE_HEADER_ROW + 1}:${columnLetter(lastCol)}${last + 1}`, style: "TableStyleLight9" },
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: `${TEMPLATE_HEADER_ROW + 1}:${TEMPLATE_HEADER_ROW + 1}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
      footer: "Trang &P / &N",
    },
    tabColor: table === "organisations" ? "#1F4E78" : table === "members" ? "#548235" : "#BF8F00",
  };
}

/** The three empty input sheets: "Tổ chức", "Đảng viên", "Đoàn thể". */
export function buildTemplates(lang: Lang): SheetModel[] {
  return (["organisations", "members", "unions"] as TableId[]).map((table) => buildTableSheet(table, lang));
}
