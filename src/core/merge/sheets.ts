import { BORDER, font, Grid, linesFor, StyleBook } from "../check/sheets";
import { TABLE_FIELDS, TABLE_SHEET_NAMES, type TableId } from "../data/fields";
import { t } from "../i18n/messages";
import type { Lang } from "../i18n/types";
import { cellAddress } from "../sheet/address";
import type { CellLink, ColumnSpec, OutputRole, SheetModel } from "../sheet/model";
import { buildTableSheet, fieldStyle, TEMPLATE_STYLES } from "../templates";
import type { FileSummary, MergedTable, MergeResult } from "./model";

/**
 * The merged workbook: the three data sheets in the template layout (the units' other columns and
 * "Tệp nguồn" after the template's own), which `nq check` reads as they are, and "Tình hình gộp": the
 * totals (read = written + left out), one line per file, and every problem with its file, sheet and
 * row, linked to the merged row it concerns.
 */

export const MERGE_REPORT_SHEET = "Tình hình gộp";

const ROLES: Record<TableId, OutputRole> = { organisations: "merged-organisations", members: "merged-members", unions: "merged-unions" };
/** Above this many rows no Excel table (as the sample: streamed files cannot carry one). */
const TABLE_ROWS_LIMIT = 100_000;
const PERCENT_STYLE = "countPercent";

function dataSheet(m: MergedTable, result: MergeResult, lang: Lang): SheetModel {
  const fields = TABLE_FIELDS[m.table];
  const countStyles = fields.map(fieldStyle);
  const rowStyles = new Map<number, (string | null)[]>();
  m.rows.forEach((r, i) => {
    if (!r.percent) return;
    const styles: (string | null)[] = [...countStyles, ...m.extraHeaders.map(() => "text")];
    for (let f = 0; f < fields.length; f++) if ((r.percent >> f) & 1) styles[f] = PERCENT_STYLE;
    rowStyles.set(i, styles);
  });
  return buildTableSheet(m.table, lang, {
    rows: m.rows.map((r) => r.values),
    role: ROLES[m.table],
    year: m.table === "organisations" ? result.year : null,
    committeeRating: m.table === "organisations" ? result.committeeRating : null,
    table: m.rows.length <= TABLE_ROWS_LIMIT,
    extraColumns: m.extraHeaders.map((header, i) => ({ header, width: i === m.extraHeaders.length - 1 ? 28 : Math.min(30, Math.max(10, header.length + 2)) })),
    extraStyles: { [PERCENT_STYLE]: { ...TEMPLATE_STYLES.count, numberFormat: "0%" } },
    rowStyles,
  });
}

const COLS = [6, 30, 14, 34, 14, 12, 64, 12];

function fileProblems(f: FileSummary, result: MergeResult, lang: Lang): string {
  if (f.status === "bad" && f.reason) return f.reason;
  const mine = result.problems.filter((p) => p.file === f.file);
  const errors = mine.filter((p) => p.severity === "error").length;
  if (mine.length === 0) return "";
  return `${errors} ${t("severity.error", lang).toLowerCase()}, ${mine.length - errors} ${t("severity.warning", lang).toLowerCase()}`;
}

class ReportBuilder {
  readonly book = new StyleBook();
  readonly g = new Grid(COLS.length);
  readonly links: CellLink[] = [];
  readonly th = this.book.id({ font: font({ bold: true }), fill: "#D9D9D9", border: BORDER, alignment: { horizontal: "center", vertical: "middle", wrap: true } });
  readonly text = this.book.id({ font: font(), border: BORDER, alignment: { vertical: "top", wrap: true } });
  readonly num = this.book.id({ font: font(), border: BORDER, numberFormat: "#,##0", alignment: { horizontal: "right", vertical: "top" } });
  readonly center = this.book.id({ font: font(), border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  readonly link = this.book.id({ font: font({ underline: true, color: "#0563C1" }), border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  readonly error = this.book.id({ font: font({ bold: true, color: "#9C0006" }), border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  readonly section = this.book.id({ font: font({ bold: true }, 13) });

  header(keys: string[], prefix: string, lang: Lang): number {
    const r = this.g.row();
    keys.forEach((k, c) => this.g.set(r, c, t(`${prefix}.${k}`, lang), this.th));
    this.g.rowHeights[r] = 34; // two lines: "Đảng viên / (đọc / ghi)"
    return r;
  }

  tall(r: number, text: string, col: number): void {
    const n = linesFor(text, COLS[col]);
    if (n > 1) this.g.rowHeights[r] = Math.max(this.g.rowHeights[r] ?? 0, n * 15.5 + 3);
  }
}

function totalsBlock(b: ReportBuilder, result: MergeResult, lang: Lang): void {
  const r0 = b.g.row();
  ["head", "read", "written", "leftOut"].forEach((k, c) => b.g.set(r0, c + 1, t(`merge.sheet.totals.${k}`, lang), b.th));
  const tt = result.totals;
  const lines: [string, number, number, number][] = [
    ["files", tt.files.read, tt.files.merged, tt.files.leftOut],
    ["organisations", tt.organisations.read, tt.organisations.written, tt.organisations.leftOut],
    ["members", tt.members.read, tt.members.written, tt.members.leftOut],
    ["unions", tt.unions.read, tt.unions.written, tt.unions.leftOut],
  ];
  for (const [k, read, written, left] of lines) {
    const r = b.g.row();
    b.g.set(r, 1, t(`merge.sheet.table.${k}`, lang), b.text);
    b.g.set(r, 2, read, b.num);
    b.g.set(r, 3, written, b.num);
    b.g.set(r, 4, left, b.num);
  }
}

function filesBlock(b: ReportBuilder, result: MergeResult, lang: Lang): void {
  b.g.set(b.g.row(), 0, t("merge.sheet.files.head", lang), b.section);
  b.header(["stt", "file", "status", "orgs", "members", "unions", "problems"], "merge.sheet.files.col", lang);
  result.files.forEach((f, i) => {
    const r = b.g.row();
    b.g.set(r, 0, i + 1, b.center);
    b.g.set(r, 1, f.file, b.text);
    b.g.set(r, 2, t(`merge.sheet.status.${f.status}`, lang), f.status === "merged" ? b.center : b.error);
    b.g.set(r, 3, `${f.read.organisations} / ${f.written.organisations}`, b.center);
    b.g.set(r, 4, `${f.read.members} / ${f.written.members}`, b.center);
    b.g.set(r, 5, `${f.read.unions} / ${f.written.unions}`, b.center);
    const p = fileProblems(f, result, lang);
    b.g.set(r, 6, p, b.text);
    b.tall(r, p, 6);
    b.tall(r, f.file, 1);
  });
}

function problemsBlock(b: ReportBuilder, result: MergeResult, lang: Lang): void {
  b.g.set(b.g.row(), 0, t("merge.sheet.problems.head", lang), b.section);
  b.header(["stt", "file", "severity", "code", "sheet", "row", "message", "merged"], "merge.sheet.problems.col", lang);
  if (result.problems.length === 0) {
    const r = b.g.row();
    b.g.merge(r, 0, COLS.length - 1, t("merge.sheet.problems.none", lang), b.text);
    return;
  }
  result.problems.forEach((p, i) => {
    const r = b.g.row();
    b.g.set(r, 0, i + 1, b.center);
    b.g.set(r, 1, p.file, b.text);
    b.g.set(r, 2, t(`severity.${p.severity}`, lang), p.severity === "error" ? b.error : b.center);
    b.g.set(r, 3, p.code, b.text);
    b.g.set(r, 4, p.sheet, b.text);
    b.g.set(r, 5, p.row ?? null, b.center);
    const msg = lang === "en" ? p.messageEn : p.message;
    b.g.set(r, 6, msg, b.text);
    b.tall(r, msg, 6);
    if (p.mergedRow && p.table) {
      b.g.set(r, 7, p.mergedRow, b.link);
      b.links.push({ cell: cellAddress(r, 7), sheet: TABLE_SHEET_NAMES[p.table], address: `A${p.mergedRow}`, tooltip: t("merge.sheet.problems.jump", lang) });
    } else b.g.set(r, 7, null, b.center);
  });
}

function reportSheet(result: MergeResult, lang: Lang): SheetModel {
  const b = new ReportBuilder();
  const title = b.g.row();
  b.g.merge(title, 0, COLS.length - 1, t("merge.sheet.title", lang), b.book.id({ font: font({ bold: true }, 14) }));
  const sub = b.g.row();
  const tt = result.totals;
  b.g.merge(sub, 0, COLS.length - 1, t("merge.sheet.subtitle", lang, { files: tt.files.read, merged: tt.files.merged, leftOut: tt.files.leftOut }), b.book.id({ font: font({ italic: true }), alignment: { wrap: true, vertical: "top" } }));
  b.g.rowHeights[sub] = 34;
  b.g.row();
  totalsBlock(b, result, lang);
  b.g.row();
  filesBlock(b, result, lang);
  b.g.row();
  problemsBlock(b, result, lang);
  return {
    name: MERGE_REPORT_SHEET,
    role: "merge-report",
    values: b.g.values,
    styles: b.book.styles,
    styleIds: b.g.styleIds,
    merges: b.g.merges,
    columns: COLS.map((width): ColumnSpec => ({ width })),
    rowHeights: b.g.rowHeights,
    links: b.links,
    page: { orientation: "landscape", paperSize: "A4", fitToWidth: true, footer: t("merge.sheet.footer", lang) },
    tabColor: "#7030A0",
  };
}

/** "Tổ chức", "Đảng viên", "Đoàn thể" (merged) and "Tình hình gộp". */
export function buildMergeSheets(result: MergeResult, lang: Lang = "vi"): SheetModel[] {
  const data = (["organisations", "members", "unions"] as TableId[]).map((table) => dataSheet(result.tables[table], result, lang));
  return [...data, reportSheet(result, lang)];
}
