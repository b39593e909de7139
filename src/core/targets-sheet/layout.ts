/**
 * The "Chỉ tiêu" sheet layout, defined once: which column holds which Target field, the header
 * labels (Vietnamese and English, both accepted when read back), and the display words of kinds,
 * operators and periods.
 */
import type { Lang } from "../i18n/types";
import { t } from "../i18n/messages";
import type { TargetKind, TargetOp, TargetPeriod, TargetChange } from "../model/target";

export type ColumnKey =
  | "id" | "text" | "subject" | "kind" | "op" | "value" | "max" | "stretch" | "unit" | "per" | "scope" | "change"
  | "deadline" | "period" | "parent" | "indicator" | "indicatorLabel" | "manual" | "confidence" | "status" | "notes";

export interface ColumnDef {
  key: ColumnKey;
  width: number;
}

export const COLUMNS: ColumnDef[] = [
  { key: "id", width: 7 },
  { key: "text", width: 60 },
  { key: "subject", width: 26 },
  { key: "kind", width: 11 },
  { key: "op", width: 10 },
  { key: "value", width: 11 },
  { key: "max", width: 11 },
  { key: "stretch", width: 11 },
  { key: "unit", width: 14 },
  { key: "per", width: 18 },
  { key: "scope", width: 14 },
  { key: "change", width: 10 },
  { key: "deadline", width: 10 },
  { key: "period", width: 11 },
  { key: "parent", width: 9 },
  { key: "indicator", width: 30 },
  { key: "indicatorLabel", width: 36 },
  { key: "manual", width: 14 },
  { key: "confidence", width: 10 },
  { key: "status", width: 13 },
  { key: "notes", width: 40 },
];

export function headerLabel(key: ColumnKey, lang: Lang): string {
  return t(`reader.sheet.col.${key}`, lang);
}

/** First data row (0-based) when the sheet is built: title, hint, blank, header. */
export const HEADER_ROW = 3;

export const KIND_KEYS: TargetKind[] = ["percent", "count", "quantity", "rating"];
export const OP_SYMBOLS: Record<TargetOp, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", range: "" };
export const PERIOD_KEYS: TargetPeriod[] = ["year", "term"];
export const CHANGE_KEYS: TargetChange[] = ["increase", "decrease"];

export function kindLabel(kind: TargetKind, lang: Lang): string {
  return t(`reader.kind.${kind}`, lang);
}

export function opLabel(op: TargetOp, lang: Lang): string {
  return op === "range" ? t("reader.op.range", lang) : OP_SYMBOLS[op];
}

export function periodLabel(p: TargetPeriod, lang: Lang): string {
  return t(`reader.period.${p}`, lang);
}

export function changeLabel(c: TargetChange, lang: Lang): string {
  return t(`reader.change.${c}`, lang);
}

/** The drop-down word for "no indicator: staff type the result". */
export function manualWord(lang: Lang): string {
  return t("reader.sheet.manual", lang);
}
