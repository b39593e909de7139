/**
 * What `nq check` (or the add-in) wrote in a checked workbook's "Tổng hợp" sheet, read back for the Word
 * report of `nq report`: the language and reporting period (from the title line), the document's fields
 * as they were printed (header, type, date line, Nơi nhận, signature) and each target's number, words and
 * verdict (to tell whether the sheet still matches the workbook's data). The sheet's layout is the one of
 * ../check/sheets (header rows, type, title, count line, table, notes, recipients and signature).
 */
import { summaryTitle } from "../check/sheets";
import { parseReportingPeriod } from "../check/progress";
import { periodLabel } from "../check/run";
import { parseDocDate, parseDocType, type DocDate, type DocumentFields } from "../document/fields";
import { t } from "../i18n/messages";
import type { Lang, Message } from "../i18n/types";
import type { CellValue, SheetGrid } from "../model/grid";

export interface SummaryRow {
  no: string;
  text: string;
  verdict: string;
}

export interface CheckedSummary {
  /** The sheet's name ("Tổng hợp", or as staff renamed it). */
  sheet: string;
  lang: Lang;
  period: { months: number; year: number; label: Message };
  fields: DocumentFields;
  rows: SummaryRow[];
}

const str = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).replace(/\s+/g, " ").trim());
const cell = (grid: SheetGrid, r: number, c: number): string => str(grid.values[r]?.[c]);

/** The reporting periods a title can name: every month count with its default label, the quarters. */
function periodCandidates(): { months: number; label: Message }[] {
  const out: { months: number; label: Message }[] = [];
  for (let months = 1; months <= 12; months++) {
    out.push({ months, label: periodLabel({ months, year: 0 }) });
    const p = parseReportingPeriod(`${months} tháng`);
    if (p) out.push(p);
  }
  for (const q of ["I", "II", "III", "IV"]) out.push(parseReportingPeriod(`quý ${q}`) as { months: number; label: Message });
  return out;
}

/** The title line: the row, language and period whose title it is, or null. */
function findTitle(grid: SheetGrid): { row: number; lang: Lang; period: CheckedSummary["period"] } | null {
  const candidates = periodCandidates();
  for (let row = 0; row < Math.min(grid.values.length, 40); row++) {
    const text = cell(grid, row, 0);
    for (const y of text.match(/\b\d{4}\b/g) ?? []) {
      const year = Number(y);
      for (const lang of ["vi", "en"] as const) {
        const hit = candidates.find((c) => summaryTitle({ period: { ...c, year } }, lang) === text);
        if (hit) return { row, lang, period: { ...hit, year } };
      }
    }
  }
  return null;
}

/** A message template as a pattern: each {name} a group of anything. */
function templatePattern(key: string, lang: Lang): RegExp {
  const text = t(key, lang).replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "(.+?)");
  return new RegExp(`^${text}$`);
}

function dateOf(day: string, month: string, year: string): DocDate | null {
  return parseDocDate(`${day}/${month}/${year}`);
}

/** Left column (superior, issuer, "*", number) and right column (party, date line) of the header rows. */
function headerFields(left: string[], right: string[], lang: Lang): DocumentFields {
  const f: DocumentFields = {};
  const star = left.indexOf(t("doc.star", lang));
  const names = (star < 0 ? left : left.slice(0, star)).filter((s) => s !== t("doc.issuer-placeholder", lang));
  if (names.length > 1) [f.superior, f.issuer] = [names[0], names.slice(1).join("\n")];
  else if (names.length === 1) f.issuer = names[0];
  const numberLine = star < 0 ? "" : (left[star + 1] ?? "");
  const m = templatePattern("doc.number", lang).exec(numberLine);
  if (m && !/^-/.test(m[1].trim())) f.number = m[1].trim();
  const d = templatePattern("check.sheet.date-line", lang).exec(right[right.length - 1] ?? "");
  if (d) {
    if (!/^…+$/.test(d[1])) f.place = d[1];
    f.date = dateOf(d[2], d[3], d[4]);
  }
  return f;
}

/** "Nơi nhận:" with its lines (left) and the signature (right): title lines, then the name after a gap. */
function endFields(grid: SheetGrid, from: number, lang: Lang): DocumentFields {
  const at = grid.values.findIndex((row, r) => r > from && str(row[0]) === t("doc.recipients", lang));
  if (at < 0) return {};
  const rows = grid.values.slice(at);
  const recipients = rows.slice(1).map((row) => str(row[0])).filter(Boolean).map((s) => s.replace(/^-\s*/, "").replace(/[,.]$/, ""));
  const right = rows.map((row) => str(row[4]));
  const gap = right.indexOf("");
  const signerTitle = right.slice(0, gap < 0 ? right.length : gap).filter(Boolean);
  const signer = gap < 0 ? "" : (right.slice(gap).find(Boolean) ?? "");
  return { recipients, signerTitle, ...(signer ? { signer } : {}) };
}

/** Type line and, for a PHỤ LỤC, the report it goes with: the rows between the header and the title. */
function typeFields(lines: string[], lang: Lang): DocumentFields {
  const f: DocumentFields = {};
  for (const line of lines) {
    const type = parseDocType(line);
    if (type) f.docType = type;
    const a = templatePattern("doc.attached", lang).exec(line);
    if (a && !/^…+$/.test(a[1])) [f.attachedNumber, f.attachedDate] = [a[1], parseDocDate(a[2])];
  }
  return f;
}

/** The table under the title: rows from the header row ("STT") to the first row without a number and words. */
function tableRows(grid: SheetGrid, from: number, lang: Lang): { rows: SummaryRow[]; end: number } {
  const head = grid.values.findIndex((row, r) => r > from && str(row[0]) === t("check.sheet.col.stt", lang));
  const rows: SummaryRow[] = [];
  if (head < 0) return { rows, end: from };
  let r = head + 1;
  for (; r < grid.values.length && (cell(grid, r, 0) || cell(grid, r, 1)); r++) rows.push({ no: cell(grid, r, 0), text: cell(grid, r, 1), verdict: cell(grid, r, 5) });
  return { rows, end: r };
}

/** The summary a check wrote in this sheet, or null when the sheet is not one. */
export function readCheckedSummary(grid: SheetGrid): CheckedSummary | null {
  try {
    const title = findTitle(grid);
    if (!title) return null;
    const { lang } = title;
    let headerEnd = 0;
    while (headerEnd < title.row && (cell(grid, headerEnd, 0) || cell(grid, headerEnd, 4))) headerEnd++;
    const rowsAbove = grid.values.slice(0, headerEnd);
    const left = rowsAbove.map((row) => str(row[0])).filter(Boolean);
    const right = rowsAbove.map((row) => str(row[4])).filter(Boolean);
    const between = grid.values.slice(headerEnd, title.row).map((row) => str(row[0])).filter(Boolean);
    const table = tableRows(grid, title.row, lang);
    const fields = { ...headerFields(left, right, lang), ...typeFields(between, lang), ...endFields(grid, table.end, lang) };
    return { sheet: grid.name, lang, period: title.period, fields, rows: table.rows };
  } catch {
    // A sheet of another shape is no summary: never throw at the user.
    return null;
  }
}
