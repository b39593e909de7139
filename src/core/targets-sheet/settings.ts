/**
 * The report's settings block in the "Chỉ tiêu" sheet (label | value pairs to the right of the targets
 * table), so the header fields (committees, number, place, date, type, signer, recipients) travel with
 * the workbook: written by buildTargetsSheet, read back by readReportSettings wherever staff moved it.
 */
import { formatDocDate, parseDocDate, parseDocType, splitRecipients, splitTitleLines, type DocDate, type DocumentFields } from "../document/fields";
import { t } from "../i18n/messages";
import type { Lang } from "../i18n/types";
import type { CellValue, SheetGrid } from "../model/grid";
import type { SheetModel } from "../sheet/model";
import { foldKey, normalizeText } from "../text/normalize";

export type SettingKey = "superior" | "issuer" | "number" | "place" | "date" | "docType" | "attachedNumber" | "attachedDate" | "signerTitle" | "signer" | "recipients" | "resolutionNumber";

export const SETTING_KEYS: readonly SettingKey[] = ["superior", "issuer", "number", "place", "date", "docType", "attachedNumber", "attachedDate", "signerTitle", "signer", "recipients", "resolutionNumber"];

export function settingLabel(key: SettingKey, lang: Lang): string {
  return t(`report.setting.${key}`, lang);
}

function text(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return formatDocDate({ day: v.getUTCDate(), month: v.getUTCMonth() + 1, year: v.getUTCFullYear() });
  return normalizeText(String(v));
}

/** A date cell: an Excel date (a Date, or its serial number) or text "15/01/2025". */
function dateOf(v: CellValue): DocDate | null {
  if (typeof v === "number" && v > 16000 && v < 80000) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
  }
  return parseDocDate(text(v));
}

function setField(f: DocumentFields, key: SettingKey, v: CellValue): void {
  const s = text(v);
  if (!s) return;
  if (key === "date" || key === "attachedDate") f[key] = dateOf(v);
  else if (key === "docType") f.docType = parseDocType(s);
  else if (key === "signerTitle") f.signerTitle = splitTitleLines(s);
  else if (key === "recipients") f.recipients = splitRecipients(s);
  else f[key] = s;
}

/**
 * The fields typed in a sheet's settings block: each label (Vietnamese or English) and the value right of
 * it (or one further, for a label merged over two cells). Not further: the writer puts the drop-downs' long
 * lists in hidden columns right of the block, and a blank field would take an item of those lists.
 */
export function readReportSettings(grid: SheetGrid): DocumentFields {
  const byLabel = new Map<string, SettingKey>();
  for (const key of SETTING_KEYS) for (const lang of ["vi", "en"] as const) byLabel.set(foldKey(settingLabel(key, lang)), key);
  const fields: DocumentFields = {};
  try {
    for (const row of grid.values) {
      for (let c = 0; c < row.length; c++) {
        const key = typeof row[c] === "string" ? byLabel.get(foldKey(row[c] as string)) : undefined;
        if (!key) continue;
        const value = row.slice(c + 1, c + 3).find((v) => text(v) !== "");
        if (value !== undefined) setField(fields, key, value);
      }
    }
  } catch {
    // Never throw at the user: a broken block only means no settings.
  }
  return fields;
}

function valueOf(fields: DocumentFields, key: SettingKey, lang: Lang): CellValue {
  switch (key) {
    case "date": case "attachedDate": return fields[key] ? formatDocDate(fields[key] as DocDate) : null;
    case "docType": return fields.docType ? t(`report.setting.type.${fields.docType}`, lang) : null;
    case "signerTitle": return fields.signerTitle?.length ? fields.signerTitle.join(" / ") : null;
    case "recipients": return fields.recipients?.length ? fields.recipients.join("; ") : null;
    default: return fields[key] ?? null;
  }
}

/**
 * The sheet with the settings block added one column right of its table: a heading, one label | value row
 * per field (values in yellow input cells, blank = taken from the resolution or today), a hint below.
 */
export function withReportSettings(sheet: SheetModel, fields: DocumentFields, lang: Lang, firstRow: number): SheetModel {
  const width = sheet.columns.length;
  const labelCol = width + 1;
  const rows = [...sheet.values.map((r) => [...r])];
  const styleIds = sheet.styleIds.map((r) => [...r]);
  const put = (r: number, c: number, v: CellValue, style: string) => {
    while (rows.length <= r) rows.push([]);
    while (styleIds.length <= r) styleIds.push([]);
    for (const grid of [rows, styleIds] as (unknown[][])[]) while (grid[r].length < labelCol + 2) grid[r].push(null);
    rows[r][c] = v;
    styleIds[r][c] = style;
  };
  put(firstRow, labelCol, t("report.setting.heading", lang), "settingsHeading");
  put(firstRow, labelCol + 1, null, "settingsHeading");
  SETTING_KEYS.forEach((key, i) => {
    put(firstRow + 1 + i, labelCol, settingLabel(key, lang), "settingsLabel");
    put(firstRow + 1 + i, labelCol + 1, valueOf(fields, key, lang), "settingsValue");
  });
  put(firstRow + 2 + SETTING_KEYS.length, labelCol, t("report.setting.hint", lang), "settingsHint");
  const n = Math.max(...rows.map((r) => r.length));
  for (const grid of [rows, styleIds] as (unknown[][])[]) for (const r of grid) while (r.length < n) r.push(null);
  const border = { top: true, bottom: true, left: true, right: true };
  return {
    ...sheet,
    values: rows,
    styleIds: styleIds as (string | null)[][],
    styles: {
      ...sheet.styles,
      settingsHeading: { font: { name: "Times New Roman", size: 12, bold: true }, fill: "#DDEBF7", border, alignment: { horizontal: "left", vertical: "middle" } },
      settingsLabel: { font: { name: "Times New Roman", size: 12 }, border, alignment: { vertical: "top", wrap: true } },
      settingsValue: { font: { name: "Times New Roman", size: 12 }, fill: "#FFF2CC", border, alignment: { vertical: "top", wrap: true }, numberFormat: "@" },
      settingsHint: { font: { name: "Times New Roman", size: 11, italic: true }, alignment: { vertical: "top", wrap: false } },
    },
    merges: [...sheet.merges],
    columns: [...sheet.columns, ...Array.from({ length: n - width }, (_, i) => ({ width: i === 0 ? 3 : i === 1 ? 26 : 48 }))],
  };
}

/** One value to put back into a settings block: 0-based sheet row and column, the text to write. */
export interface SettingWrite {
  row: number;
  column: number;
  value: string;
}

/**
 * The cells of an existing settings block to update with fields typed in the pane, so the workbook keeps
 * them for the next check, the ribbon button and the CLI. A field is written only where the pane says
 * something other than what the check used without it (`used`: the block plus defaults such as today's
 * date), so a prefilled default never turns a blank "today" cell into a fixed date. No block, no writes.
 */
export function settingsWrites(grid: SheetGrid, typed: DocumentFields, used: DocumentFields, lang: Lang): SettingWrite[] {
  const byLabel = new Map<string, SettingKey>();
  for (const key of SETTING_KEYS) for (const l of ["vi", "en"] as const) byLabel.set(foldKey(settingLabel(key, l)), key);
  const origin = grid.origin ?? { row: 0, column: 0 };
  const writes: SettingWrite[] = [];
  const done = new Set<SettingKey>();
  grid.values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const key = typeof row[c] === "string" ? byLabel.get(foldKey(row[c] as string)) : undefined;
      if (!key || done.has(key)) continue;
      done.add(key);
      const value = text(valueOf(typed, key, lang));
      if (!value || value === text(valueOf(used, key, lang))) continue;
      // The value cell the reader takes: right of the label, or one further past a label merged over two cells.
      const at = text(row[c + 1] ?? null) === "" && text(row[c + 2] ?? null) !== "" ? c + 2 : c + 1;
      if (text(row[at] ?? null) !== value) writes.push({ row: r + origin.row, column: at + origin.column, value });
    }
  });
  return writes;
}
