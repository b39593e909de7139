/**
 * The text of a Party document's fixed parts (header, type, title, signature, recipients), built once from
 * its fields and used by both renderers (the "Tổng hợp" sheet and the Word report), so they always agree.
 */
import { t } from "../i18n/messages";
import type { Lang, Message } from "../i18n/types";
import type { DocDate, DocumentFields, DocType } from "./fields";
import { formatDocDate } from "./fields";

export interface HeaderLine {
  text: string;
  bold?: boolean;
  underline?: boolean;
  italic?: boolean;
}

export interface DocumentHeader {
  /** Left column: superior committee, issuing committee (bold), "*", number. */
  left: HeaderLine[];
  /** Right column: "ĐẢNG CỘNG SẢN VIỆT NAM" (bold, underlined), then the italic place/date line. */
  right: HeaderLine[];
}

export interface DocumentPeriod {
  months: number;
  year: number | null;
  label: Message;
}

/** Party document date line: "Lâm Đồng, ngày 05 tháng 01 năm 2024" (day < 10 and months 1, 2 take a leading zero). */
export function dateLine(place: string | null | undefined, date: DocDate | null | undefined, lang: Lang): string {
  const p = place && place.trim() ? place.trim() : "……";
  if (!date) return t("check.sheet.date-line", lang, { place: p, day: "……", month: "……", year: "……" });
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month < 3 ? `0${date.month}` : String(date.month);
  return t("check.sheet.date-line", lang, { place: p, day, month, year: date.year });
}

/** The suffix of a report's number: "BC/" + the resolution's issuer code ("12-NQ/ĐUK" → "BC/ĐUK"), else "BC/ĐU". */
export function numberSuffix(resolutionNumber: string | null | undefined): string {
  const m = /\/([\p{Lu}\p{L}\d.-]+)$/u.exec(resolutionNumber ?? "");
  return `BC/${m ? m[1] : "ĐU"}`;
}

/** "Số 15-BC/ĐUK"; a bare "15" takes the suffix; none leaves the blank the clerk fills by hand. */
export function numberLine(fields: DocumentFields, lang: Lang): string {
  const n = (fields.number ?? "").trim().replace(/^số\s*:?\s*/iu, "");
  const suffix = numberSuffix(fields.resolutionNumber);
  if (!n) return t("doc.number-blank", lang, { suffix });
  return t("doc.number", lang, { number: /^\d+$/.test(n) ? `${n}-${suffix}` : n });
}

function upper(s: string, lang: Lang): string {
  return lang === "vi" ? s.toLocaleUpperCase("vi") : s.toUpperCase();
}

/** Both header columns. A two-line issuer given with a line break and no superior reads as superior + issuer. */
export function documentHeader(fields: DocumentFields, lang: Lang): DocumentHeader {
  const issuerLines = (fields.issuer ?? "").split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  let superior = (fields.superior ?? "").trim();
  if (!superior && issuerLines.length > 1) superior = issuerLines.shift() as string;
  const left: HeaderLine[] = [];
  if (superior) left.push({ text: upper(superior, lang) });
  const issuer = issuerLines.length ? issuerLines.map((s) => upper(s, lang)) : [t("doc.issuer-placeholder", lang)];
  for (const text of issuer) left.push({ text, bold: true });
  left.push({ text: t("doc.star", lang) });
  if (docType(fields) === "bao-cao") left.push({ text: numberLine(fields, lang) });
  const right: HeaderLine[] = [
    { text: t("doc.party", lang), bold: true, underline: true },
    { text: "" },
    { text: dateLine(fields.place, fields.date, lang), italic: true },
  ];
  return { left, right };
}

export function docType(fields: DocumentFields): DocType {
  return fields.docType ?? "bao-cao";
}

/** "BÁO CÁO" or "PHỤ LỤC". */
export function typeLine(fields: DocumentFields, lang: Lang): string {
  return t(`doc.type.${docType(fields)}`, lang);
}

/** For a PHỤ LỤC: "(Kèm theo Báo cáo số 15-BC/ĐUK ngày 10/01/2025)"; null for a BÁO CÁO. */
export function attachedLine(fields: DocumentFields, lang: Lang): string | null {
  if (docType(fields) !== "phu-luc") return null;
  const n = (fields.attachedNumber ?? "").trim();
  if (!n) return t("doc.attached-blank", lang);
  const number = /^\d+$/.test(n) ? `${n}-${numberSuffix(fields.resolutionNumber)}` : n;
  return t("doc.attached", lang, { number, date: fields.attachedDate ? formatDocDate(fields.attachedDate) : "………" });
}

/** "Kết quả thực hiện các chỉ tiêu Nghị quyết số 12-NQ/ĐUK năm 2024" (or "… 6 tháng đầu năm 2024"). */
export function documentTitle(period: DocumentPeriod, fields: DocumentFields, lang: Lang): string {
  const parts = [t("doc.title", lang)];
  if (fields.resolutionNumber) parts.push(t("doc.title-number", lang, { number: fields.resolutionNumber }));
  const year = period.year;
  if (period.months >= 12) {
    if (year) parts.push(t("doc.title-year", lang, { year }));
  } else {
    const label = period.label[lang];
    const hasYear = lang === "vi" && /năm\s*$/i.test(label);
    const lower = lang === "vi" ? label.charAt(0).toLocaleLowerCase("vi") + label.slice(1) : label;
    parts.push(year ? (hasYear ? `${lower} ${year}` : t("doc.title-period-year", lang, { period: lower, year })) : lower);
  }
  return parts.join(" ");
}

/** Signature block lines: the given title (T/M, T/L, K/T … as typed), else "T/M BAN THƯỜNG VỤ / BÍ THƯ". */
export function signatureLines(fields: DocumentFields, lang: Lang): string[] {
  const given = (fields.signerTitle ?? []).map((s) => s.trim()).filter(Boolean);
  return given.length ? given.map((s) => upper(s, lang)) : t("doc.signer-title.default", lang).split("\n");
}

/** "Nơi nhận:" lines with their dashes; the last ends with a full stop, the others with a comma (36-HD). */
export function recipientLines(fields: DocumentFields, lang: Lang): string[] {
  const given = (fields.recipients ?? []).map((s) => s.trim()).filter(Boolean);
  const list = given.length ? given : t("doc.recipients.default", lang).split("\n");
  return list.map((s, i) => `- ${s}${i === list.length - 1 ? "." : ","}`);
}
