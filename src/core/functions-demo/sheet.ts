/**
 * The "Hàm NQ" demo sheet: a small tracking sheet that uses every NQ.* custom function, as staff
 * would build their own. Formulas are written in the API's invariant form ("," between arguments,
 * same function names in every Excel language); a text column shows what to type after "=" in a
 * Vietnamese Excel (";" between arguments). The value under each formula is the result it should show
 * (test/functions/demo-sheet.test.ts evaluates the formulas with the real functions and compares).
 */
import { t } from "../i18n/messages";
import type { Lang } from "../i18n/types";
import type { CellValue } from "../model/grid";
import type { CellStyle, SheetModel } from "../sheet/model";
import { toTcvn3 } from "../text/legacy";

const WIDTH = 8; // columns A..H

/** Member ratings typed the way real sheets spell them: 2 HTXSNV, 8 HTTNV, 1 HTNV, 1 exempt. */
const MEMBERS: Array<[string, string]> = [
  ["Nguyễn Văn An", "Hoàn thành xuất sắc nhiệm vụ"],
  ["Trần Thị Bình", "HTTNV"],
  ["Lê Văn Cường", "HT tốt"],
  ["Phạm Thị Dung", "hoàn thành tốt nhiệm vụ"],
  ["Hoàng Văn Em", "HTXSNV"],
  ["Vũ Thị Giang", "Hoàn thành tốt NV"],
  ["Đặng Văn Hải", "HTTNV"],
  ["Bùi Thị Hoa", "Hoàn thành nhiệm vụ"],
  ["Đỗ Văn Khánh", "HTTNV"],
  ["Ngô Thị Lan", "Miễn đánh giá"],
  ["Dương Văn Minh", "Hoàn thành tốt nhiệm vụ"],
  ["Lý Thị Nga", "HT tốt"],
];
const MEMBER_CODES = ["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTXSNV", "HTTNV", "HTTNV", "HTNV", "HTTNV", "Không xếp loại", "HTTNV", "HTTNV"];

/**
 * The formula as text to show next to it, without the leading "=" (a value starting with "=" would be
 * written as a formula). Vietnamese Excel separates arguments with ";" (commas inside quotes kept).
 */
function typed(formula: string, lang: Lang): string {
  const body = formula.replace(/^=/, "");
  return lang === "vi" ? body.replace(/("[^"]*")|,/g, (_m, quoted: string | undefined) => quoted ?? ";") : body;
}

export function buildFunctionsDemoSheet(lang: Lang = "vi"): SheetModel {
  const L = (key: string) => t(`functions.demo.${key}`, lang);
  const values: CellValue[][] = [];
  const styleIds: (string | null)[][] = [];
  const formulas: Record<string, string> = {};
  const merges: string[] = [];

  const row = (cells: CellValue[], style: string | null = null, styles?: (string | null)[]) => {
    const r = values.length;
    values.push([...cells, ...Array(WIDTH - cells.length).fill(null)]);
    styleIds.push(Array.from({ length: WIDTH }, (_, c) => styles?.[c] ?? (c < cells.length || style === "title" || style === "section" ? style : null)));
    return r + 1; // Excel row number
  };
  /** A formula cell: its expected value goes in `values`, the text to type in the last column. */
  const formula = (excelRow: number, column: string, f: string, expected: CellValue, typedColumn = "H") => {
    formulas[`${column}${excelRow}`] = f;
    const ci = column.charCodeAt(0) - 65;
    values[excelRow - 1][ci] = expected;
    const ti = typedColumn.charCodeAt(0) - 65;
    values[excelRow - 1][ti] = typed(f, lang);
    styleIds[excelRow - 1][ti] = "code";
  };

  const title = row([L("title")], "title");
  merges.push(`A${title}:H${title}`);
  const note = row([L("note")], "note");
  merges.push(`A${note}:H${note}`);
  row([]);

  // 1. Targets: NQ.DANHGIA and NQ.CHITIEU (spills D..G).
  const s1 = row([L("section.judge")], "section");
  merges.push(`A${s1}:H${s1}`);
  row([L("col.target"), L("col.actual"), L("col.verdict"), L("col.op"), L("col.value"), L("col.max"), L("col.kind"), L("col.formula")], "header");
  const targets: Array<[string, number, string, CellValue[]]> = [
    ["từ 90% trở lên", 0.92, t("status.dat", "vi"), [">=", 0.9, "", "tỷ lệ"]],
    ["30 - 35%", 0.36, t("status.vuot", "vi"), ["trong khoảng", 0.3, 0.35, "tỷ lệ"]],
    ["trên 90%", 0.9, t("status.chua-dat", "vi"), [">", 0.9, "", "tỷ lệ"]],
  ];
  for (const [phrase, actual, verdict] of targets) {
    const r = row([phrase, actual], null, [null, "percent"]);
    formula(r, "C", `=NQ.DANHGIA(B${r},A${r})`, verdict);
    // Spill area D..G stays empty in `values` (a value there would block the spill: #SPILL!).
    formulas[`D${r}`] = `=NQ.CHITIEU(A${r})`;
    styleIds[r - 1][4] = "percent";
    styleIds[r - 1][5] = "percent";
  }
  row([]);

  // 2. Member ratings: NQ.XEPLOAI per row, NQ.DEM / NQ.TYLE / NQ.TRAN20 below.
  const s2 = row([L("section.ratings")], "section");
  merges.push(`A${s2}:H${s2}`);
  row([L("col.member"), L("col.rating"), L("col.code"), null, null, null, null, L("col.formula")], "header");
  const first = values.length + 1;
  MEMBERS.forEach(([name, rating], i) => {
    const r = row([name, rating]);
    formula(r, "C", `=NQ.XEPLOAI(B${r})`, MEMBER_CODES[i]);
  });
  const last = values.length;
  const range = `B${first}:B${last}`;
  row([]);
  const summary: Array<[string, string, CellValue, string | null]> = [
    ["sum.excellent", `=NQ.DEM(${range},"HTXSNV")`, 2, null],
    ["sum.good-or-better", `=NQ.DEM(${range},"HTTNV trở lên")`, 10, null],
    ["sum.share", `=NQ.TYLE(${range},"HTTNV trở lên")`, 10 / 11, "percent"],
    ["sum.not-rated", `=NQ.DEM(${range},"Không xếp loại")`, 1, null],
    ["sum.cap-literal", `=NQ.TRAN20(${range})`, t("functions.cap.over", "vi"), null],
    ["sum.cap-practice", `=NQ.TRAN20(${range},"HTTNV trở lên")`, t("functions.cap.within", "vi"), null],
  ];
  let shareRow = 0;
  for (const [key, f, expected, style] of summary) {
    const r = row([L(key)], "label");
    formula(r, "C", f, expected);
    if (style) styleIds[r - 1][2] = style;
    if (key === "sum.share") shareRow = r;
  }
  const judged = row([L("sum.judge-share")], "label");
  formula(judged, "C", `=NQ.DANHGIA(C${shareRow},"từ 90% trở lên")`, t("status.dat", "vi"));
  row([]);

  // 3. Progress of a yearly count target at mid-year: NQ.TIENDO.
  const s3 = row([L("section.progress")], "section");
  merges.push(`A${s3}:H${s3}`);
  row([L("col.target"), L("col.actual"), L("col.months"), L("col.progress"), null, null, null, L("col.formula")], "header");
  const progress: Array<[string, number, number, string]> = [
    ["ít nhất 40", 25, 6, t("functions.progress.dung-tien-do", "vi")],
    ["ít nhất 40", 18, 6, t("functions.progress.cham-tien-do", "vi")],
    ["ít nhất 40", 41, 9, t("status.dat", "vi")],
  ];
  for (const [phrase, actual, months, expected] of progress) {
    const r = row([phrase, actual, months]);
    formula(r, "D", `=NQ.TIENDO(B${r},A${r},C${r})`, expected);
  }
  row([]);

  // 4. Text pasted from an old TCVN3 (.VnTime) document: NQ.UNICODE.
  const s4 = row([L("section.unicode")], "section");
  merges.push(`A${s4}:H${s4}`);
  row([L("col.legacy"), null, L("col.repaired"), null, null, null, null, L("col.formula")], "header");
  for (const text of ["đảng viên mới kết nạp", "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"]) {
    const r = row([toTcvn3(text)]);
    merges.push(`A${r}:B${r}`, `C${r}:G${r}`);
    formula(r, "C", `=NQ.UNICODE(A${r})`, text);
  }

  const styles: Record<string, CellStyle> = {
    title: { font: { name: "Times New Roman", size: 14, bold: true } },
    note: { font: { name: "Times New Roman", size: 11, italic: true }, alignment: { wrap: true, vertical: "top" } },
    section: { font: { name: "Times New Roman", size: 12, bold: true }, fill: "#DDEBF7" },
    header: { font: { name: "Times New Roman", size: 11, bold: true }, border: { top: true, bottom: true, left: true, right: true }, alignment: { wrap: true, vertical: "middle" } },
    label: { font: { name: "Times New Roman", size: 11 } },
    percent: { numberFormat: "0.0%" },
    code: { font: { name: "Consolas", size: 10, color: "#444444" } },
  };

  return {
    name: L("sheet-name"),
    role: "functions-demo",
    values,
    formulas,
    styles,
    styleIds,
    merges,
    columns: [{ width: 30 }, { width: 30 }, { width: 18 }, { width: 16 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 58 }],
    rowHeights: { [note - 1]: 45 },
    freeze: null,
    page: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}
