/**
 * The fields of a Party document's header and end (Hướng dẫn 36-HD/VPTW, 2018): who issues it, its
 * number, place and date, its type, who signs and who receives it. Shared by the summary sheet and the
 * Word report, so both say the same; asked once (pane, CLI flags, the "Chỉ tiêu" sheet's settings block).
 */

export type DocType = "bao-cao" | "phu-luc";
export const DOC_TYPES: readonly DocType[] = ["bao-cao", "phu-luc"];

export interface DocDate {
  day: number;
  month: number;
  year: number;
}

export interface DocumentFields {
  /** The superior committee, first header line: "ĐẢNG BỘ TỈNH LÂM ĐỒNG". */
  superior?: string | null;
  /** Issuing committee: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" (may hold a line break for a two-line name). */
  issuer?: string | null;
  /** The report's number: "15-BC/ĐUK", or only "15" (the suffix then follows the resolution's). */
  number?: string | null;
  /** Place for the date line ("Lâm Đồng"). */
  place?: string | null;
  date?: DocDate | null;
  /** BÁO CÁO, or PHỤ LỤC attached to a report. */
  docType?: DocType | null;
  /** For a PHỤ LỤC: the report it goes with ("15-BC/ĐUK") and that report's date. */
  attachedNumber?: string | null;
  attachedDate?: DocDate | null;
  /** Signature title, one line per entry: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"] (T/L, K/T as typed). */
  signerTitle?: string[] | null;
  signer?: string | null;
  /** "Nơi nhận:" lines, without the leading "- ". */
  recipients?: string[] | null;
  /** The resolution reported on: "12-NQ/ĐUK" (from its "Số …" line). */
  resolutionNumber?: string | null;
}

/** "15/01/2025", "15-1-2025", "2025-01-15" → a date; anything else → null. */
export function parseDocDate(text: string | null | undefined): DocDate | null {
  const s = (text ?? "").trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let d: DocDate | null = m ? { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } : null;
  if (!d) {
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    d = m ? { day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) } : null;
  }
  if (!d || d.month < 1 || d.month > 12 || d.day < 1 || d.year < 1945 || d.year > 2100) return null;
  const days = [31, d.year % 4 === 0 && (d.year % 100 !== 0 || d.year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1];
  return d.day <= days ? d : null;
}

/** "15/01/2025" (two-digit day and month, as typed in the settings block). */
export function formatDocDate(d: DocDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/** A signature title typed on one line: "T/M BAN THƯỜNG VỤ / BÍ THƯ" or with line breaks → its lines ("T/M" keeps its slash). */
export function splitTitleLines(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n|\s+\/\s+|\s*\|\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Recipients typed as "A; B; C" or one per line, with or without leading dashes. */
export function splitRecipients(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n|;/)
    .map((s) => s.replace(/^\s*[-–•+]\s*/, "").replace(/[,.;]\s*$/, "").trim())
    .filter(Boolean);
}

/** "bao-cao", "Báo cáo", "BC", "phụ lục", "PL" → the type; null when not one. */
export function parseDocType(text: string | null | undefined): DocType | null {
  const s = (text ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  if (s === "baocao" || s === "bc" || s === "report") return "bao-cao";
  if (s === "phuluc" || s === "pl" || s === "appendix") return "phu-luc";
  return null;
}

/**
 * The reporting year when none is given: the resolution's own year, else the year before in January to
 * March (a year-end report is written then), else this year.
 */
export function defaultReportingYear(resolutionYear: number | null | undefined, today: DocDate): number {
  if (resolutionYear) return resolutionYear;
  return today.month <= 3 ? today.year - 1 : today.year;
}

/** Fields given later win over earlier ones, field by field (null/undefined/empty leave the earlier value). */
export function mergeFields(...layers: (DocumentFields | null | undefined)[]): DocumentFields {
  const out: DocumentFields = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer) as [keyof DocumentFields, unknown][]) {
      const empty = v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
      if (!empty) (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}
