/** Build the "Chỉ tiêu" sheet (as data) from targets: one row per target, "trong đó" rows indented. */
import type { Lang } from "../i18n/types";
import { t } from "../i18n/messages";
import { INDICATOR_IDS } from "../indicators/ids";
import type { CellValue } from "../model/grid";
import { LOW_CONFIDENCE, type Target } from "../model/target";
import { cellAddress, columnLetter, rangeAddress } from "../sheet/address";
import type { CellStyle, SheetModel } from "../sheet/model";
import type { DocumentFields } from "../document/fields";
import { withReportSettings } from "./settings";
import { COLUMNS, HEADER_ROW, changeLabel, headerLabel, kindLabel, manualWord, opLabel, periodLabel, type ColumnKey } from "./layout";

const FONT = "Times New Roman";

function indicatorLabel(id: string | null, lang: Lang): string {
  if (!id) return "";
  const key = `indicator.${id}.label`;
  const label = t(key, lang);
  return label === key ? "" : label;
}

function valueCell(v: number | string | null | undefined): CellValue {
  return v === null || v === undefined ? null : v;
}

function cellOf(target: Target, key: ColumnKey, lang: Lang): CellValue {
  switch (key) {
    case "id": return target.id;
    case "text": return target.text;
    case "subject": return target.subject ?? "";
    case "kind": return kindLabel(target.kind, lang);
    case "op": return opLabel(target.op, lang);
    case "value": return valueCell(target.value);
    case "max": return valueCell(target.max);
    case "stretch": return valueCell(target.stretch);
    case "unit": return target.unit ?? "";
    case "per": return target.per ?? "";
    case "scope": return target.scope ?? "";
    case "change": return target.change ? changeLabel(target.change, lang) : "";
    case "deadline": return target.deadline ?? null;
    case "period": return target.period ? periodLabel(target.period, lang) : "";
    case "parent": return target.parent ?? "";
    case "indicator": return target.indicator ?? manualWord(lang);
    case "indicatorLabel": return indicatorLabel(target.indicator, lang);
    case "manual": return valueCell(target.manual ?? null);
    case "confidence": return Math.round(target.confidence * 100) / 100;
    case "status": return target.confidence < LOW_CONFIDENCE ? t("reader.status.review", lang) : t("reader.status.ok", lang);
    case "notes": return (target.notes ?? []).join(" ");
  }
}

const BASE: CellStyle = { font: { name: FONT, size: 12 }, alignment: { vertical: "top", wrap: true }, border: { top: true, bottom: true, left: true, right: true } };

function styles(): Record<string, CellStyle> {
  return {
    title: { font: { name: FONT, size: 14, bold: true }, alignment: { horizontal: "left", vertical: "middle" } },
    hint: { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: "left", vertical: "top", wrap: false } },
    header: { font: { name: FONT, size: 12, bold: true }, fill: "#DDEBF7", alignment: { horizontal: "center", vertical: "middle", wrap: true }, border: BASE.border },
    text: BASE,
    child: { ...BASE, alignment: { vertical: "top", wrap: true, indent: 2 } },
    center: { ...BASE, alignment: { horizontal: "center", vertical: "top", wrap: true } },
    percent: { ...BASE, numberFormat: "0.##%", alignment: { horizontal: "right", vertical: "top" } },
    number: { ...BASE, numberFormat: "#,##0.##", alignment: { horizontal: "right", vertical: "top" } },
    year: { ...BASE, numberFormat: "0", alignment: { horizontal: "center", vertical: "top" } },
    confidence: { ...BASE, numberFormat: "0%", alignment: { horizontal: "center", vertical: "top" } },
    input: { ...BASE, fill: "#FFF2CC" },
    inputPercent: { ...BASE, fill: "#FFF2CC", numberFormat: "0.##%" },
    inputNumber: { ...BASE, fill: "#FFF2CC", numberFormat: "#,##0.##" },
    review: { ...BASE, font: { name: FONT, size: 12, bold: true, color: "#C00000" }, alignment: { horizontal: "center", vertical: "top" } },
  };
}

function styleOf(target: Target, key: ColumnKey): string {
  const isPercent = target.kind === "percent";
  switch (key) {
    case "text": return target.parent ? "child" : "text";
    case "id": case "kind": case "op": case "parent": case "period": case "change": return "center";
    case "value": case "max": case "stretch": return target.kind === "rating" ? "center" : isPercent ? "percent" : "number";
    case "deadline": return "year";
    case "confidence": return "confidence";
    case "indicator": return "input";
    case "manual": return target.kind === "rating" ? "input" : isPercent ? "inputPercent" : "inputNumber";
    case "status": return target.confidence < LOW_CONFIDENCE ? "review" : "center";
    default: return "text";
  }
}

/**
 * The "Chỉ tiêu" sheet: staff confirm or correct each target here; the check reads it back
 * (readTargetsSheet), so edits made in this sheet win over the resolution text.
 */
export function buildTargetsSheet(targets: Target[], lang: Lang, meta?: { title?: string; fields?: DocumentFields }): SheetModel {
  const n = COLUMNS.length;
  const blank = (): CellValue[] => new Array<CellValue>(n).fill(null);
  const noStyle = (): (string | null)[] => new Array<string | null>(n).fill(null);
  const values: CellValue[][] = [];
  const styleIds: (string | null)[][] = [];
  const title = blank();
  title[0] = meta?.title ? `${t("reader.sheet.title", lang)}: ${meta.title}` : t("reader.sheet.title", lang);
  values.push(title);
  styleIds.push(["title", ...noStyle().slice(1)]);
  const hint = blank();
  hint[0] = t("reader.sheet.hint", lang);
  values.push(hint);
  styleIds.push(["hint", ...noStyle().slice(1)]);
  values.push(blank());
  styleIds.push(noStyle());
  values.push(COLUMNS.map((c) => headerLabel(c.key, lang)));
  styleIds.push(COLUMNS.map(() => "header"));
  for (const target of targets) {
    values.push(COLUMNS.map((c) => cellOf(target, c.key, lang)));
    styleIds.push(COLUMNS.map((c) => styleOf(target, c.key)));
  }
  const lastRow = HEADER_ROW + Math.max(1, targets.length);
  if (targets.length === 0) {
    values.push(blank());
    styleIds.push(COLUMNS.map(() => "text"));
  }
  const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
  const firstData = HEADER_ROW + 1;
  const rangeOf = (key: ColumnKey) => rangeAddress(firstData, col(key), Math.max(lastRow, firstData + 199), col(key));
  const sheet: SheetModel = {
    name: t("reader.sheet.name", lang),
    role: "targets",
    values,
    styles: styles(),
    styleIds,
    merges: [`A1:${columnLetter(Math.min(n, 8) - 1)}1`],
    columns: COLUMNS.map((c) => ({ width: c.width })),
    rowHeights: { 0: 24, [HEADER_ROW]: 36 },
    freeze: { rows: HEADER_ROW + 1, columns: 2 },
    validations: [
      { range: rangeOf("indicator"), type: "list", values: [...INDICATOR_IDS, manualWord(lang)], prompt: t("reader.sheet.prompt.indicator", lang), error: t("reader.sheet.error.indicator", lang) },
      { range: rangeOf("op"), type: "list", values: ["≥", ">", "≤", "<", "=", t("reader.op.range", lang)], prompt: t("reader.sheet.prompt.op", lang) },
      { range: rangeOf("kind"), type: "list", values: (["percent", "count", "quantity", "rating"] as const).map((k) => kindLabel(k, lang)) },
    ],
    conditionalFormats: [
      { range: rangeOf("status"), type: "containsText", text: t("reader.status.review", lang), style: { font: { bold: true, color: "#C00000" }, fill: "#FCE4D6" } },
    ],
    table: { name: "ChiTieu", range: `${cellAddress(HEADER_ROW, 0)}:${cellAddress(lastRow, n - 1)}`, style: "TableStyleLight9" },
    page: { orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}`, footer: "Trang &P / &N" },
    tabColor: "#2F5597",
  };
  // The report's header fields travel with the workbook, right of the table.
  return withReportSettings(sheet, meta?.fields ?? {}, lang, HEADER_ROW);
}
