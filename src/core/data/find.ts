import type { CellValue, SheetGrid } from "../model/grid";
import { foldKey } from "../text/normalize";
import { cleanText, forcedDecodings } from "./text";
import { TABLE_FIELDS, type FieldSpec, type TableId } from "./fields";

/**
 * Finding the input tables by their header row, wherever they are: title rows above, columns in
 * any order, extra columns, two-row headers (a merged group over sub-headers), a numbering row
 * "(1) (2) (3)" below. Headers match on a folded key with the usual abbreviations expanded.
 */

const ABBREVIATIONS: Record<string, string> = {
  dv: "dang vien",
  tccsd: "to chuc co so dang",
  tcd: "to chuc dang",
  nq: "nghi quyet",
  hssv: "hoc sinh sinh vien",
  llct: "ly luan chinh tri",
  cbtt: "chi bo truc thuoc",
  dntn: "doanh nghiep tu nhan",
  qcdc: "quy che dan chu",
  nv: "nhiem vu",
  xl: "xep loai",
  sl: "so luong",
  cmnv: "chuyen mon nghiep vu",
  gt: "gioi tinh",
  dvk: "dan van kheo",
  tt: "truc thuoc",
  kt: "kiem tra",
  gs: "giam sat",
  dbcs: "dang bo co so",
  cbcs: "chi bo co so",
  ngay: "ngay",
};

const headerKeyCache = new Map<string, string>();

/**
 * Folded header: notes in parentheses and "*" dropped, abbreviations expanded, a leading
 * "Số"/"Số lượng"/"Tổng số" dropped when more follows ("Số ĐV" ≡ "đảng viên").
 */
export function headerKey(raw: string): string {
  let k = headerKeyCache.get(raw);
  if (k !== undefined) return k;
  let s = cleanText(raw).text;
  const noParen = s.replace(/\([^)]*\)/g, " ").replace(/\*/g, " ");
  if (noParen.trim() !== "") s = noParen;
  k = foldKey(s)
    .split(" ")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ")
    .replace(/^\d{1,2} /, "")
    .replace(/^(so luong|tong so|so) (?=\S)/, "")
    .trim();
  if (headerKeyCache.size > 20000) headerKeyCache.clear();
  headerKeyCache.set(raw, k);
  return k;
}

/** Alias key → field, per table. */
const aliasMaps = new Map<TableId, Map<string, FieldSpec>>();
export function aliasMap(table: TableId): Map<string, FieldSpec> {
  let m = aliasMaps.get(table);
  if (!m) {
    m = new Map();
    for (const f of TABLE_FIELDS[table]) {
      for (const text of [f.header, ...f.aliases]) {
        const k = headerKey(text);
        if (!m.has(k)) m.set(k, f);
      }
    }
    aliasMaps.set(table, m);
  }
  return m;
}

/** Field for one header text in a table, or null. A header that starts with a template header ("Xếp loại năm 2024") also counts. */
export function matchHeader(table: TableId, text: string): FieldSpec | null {
  const k = headerKey(text);
  if (k === "") return null;
  const m = aliasMap(table);
  const exact = m.get(k);
  if (exact) return exact;
  // "Xếp loại năm 2024", "Số đảng viên 2025": a template header followed by a year.
  const year = /^(.*?) (nam )?\d{4}$/.exec(k);
  if (year) {
    const f = m.get(year[1]);
    if (f) return f;
  }
  // Short headers typed in TCVN3/VNI are too short for detection: try decoding them.
  for (const alt of forcedDecodings(text)) {
    const f = m.get(headerKey(alt));
    if (f) return f;
  }
  return null;
}

/** Fields that make a row the header of a table (besides "name"). */
const SECOND_KEYS: Record<TableId, string[]> = {
  organisations: ["type", "members", "rating", "parent", "admitted", "ratedHTXSNV", "ratedHTTNV", "membersInspected", "subBranches"],
  members: ["org", "birth", "admission", "gender", "branch", "official"],
  unions: ["level", "rating"],
};

export interface FoundTable {
  table: TableId;
  /** 0-based row index in values of the (last) header row. */
  headerRow: number;
  /** 0-based row index of the first data row. */
  dataStart: number;
  /** Field id → 0-based column index. */
  columns: Map<string, number>;
  /** Header texts not recognised. */
  ignored: string[];
  /** The same, with their 0-based columns (the merge carries these columns over). */
  ignoredColumns: { column: number; text: string }[];
  /** Every header cell as the user sees it, left to right; under a two-row header "parent › child". */
  headers: string[];
}

const TOTAL_WORDS = /^(cong|tong cong|tong so|tong|cong chung|tong hop|toan dang bo|toan khoi)( (toan )?(dang bo|khoi|don vi|chung))?( \d{1,4})?$/;

/** "Cộng", "Tổng cộng", "Tổng số" in a name or first column: a totals row, not data. */
export function isTotalText(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  if (!/^\s*(c|C|t|T)/.test(v) || v.length > 60) return false;
  return TOTAL_WORDS.test(foldKey(v));
}

function text(v: CellValue | undefined): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

interface RowMatch {
  table: TableId;
  columns: Map<string, number>;
  score: number;
}

function matchRow(row: CellValue[]): RowMatch | null {
  let best: RowMatch | null = null;
  for (const table of ["members", "organisations", "unions"] as TableId[]) {
    const columns = new Map<string, number>();
    for (let c = 0; c < row.length; c++) {
      const t = text(row[c]);
      if (!t || t.length > 120) continue;
      const f = matchHeader(table, t);
      if (f && !columns.has(f.id)) columns.set(f.id, c);
    }
    if (!columns.has("name")) continue;
    if (!SECOND_KEYS[table].some((id) => columns.has(id))) continue;
    const score = columns.size;
    if (!best || score > best.score) best = { table, columns, score };
  }
  return best;
}

const SUB_TOTAL = new Set(["tong so", "tong", "cong", "so luong", "so", ""]);

/** Looks like "(1) (2) (3)" or "1 2 3" or "A B 1 2": a numbering row under the header. */
function isNumberingRow(row: CellValue[]): boolean {
  let n = 0;
  let digits = 0;
  for (const v of row) {
    if (v === null || v === undefined || v === "") continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v > 200) return false;
      digits++;
    } else if (typeof v === "string") {
      const t = v.trim().replace(/^\((.*)\)$/, "$1").trim();
      if (/^\d{1,3}$/.test(t) || /^\d{1,2}\s*=\s*[\d+\-*/\s]+$/.test(t)) digits++;
      else if (!/^[A-Z]{1,2}$/.test(t)) return false;
    } else return false;
    n++;
  }
  return n >= 3 && digits * 2 >= n;
}

/** Find the first table header in the first `scanRows` rows of a sheet. */
export function findTable(sheet: SheetGrid, scanRows = 60): FoundTable | null {
  const values = sheet.values;
  const limit = Math.min(values.length, scanRows);
  for (let r = 0; r < limit; r++) {
    const row = values[r];
    if (!row || row.length === 0) continue;
    const m = matchRow(row);
    if (!m) continue;
    const columns = m.columns;
    let headerRow = r;
    // Two-row header: sub-headers under merged group cells.
    const next = values[r + 1];
    if (next) {
      const nameCol = columns.get("name") as number;
      const sub = new Map<string, number>();
      let textCells = 0;
      for (let c = 0; c < next.length; c++) {
        const t = text(next[c]);
        if (!t) continue;
        textCells++;
        // group = the header cell above, or the nearest one to its left (merged across)
        let g = c;
        while (g > 0 && !text(row[g])) g--;
        const group = text(row[g]) ?? "";
        const subKey = headerKey(t);
        let f: FieldSpec | null = null;
        if (SUB_TOTAL.has(subKey) && group) f = matchHeader(m.table, group);
        else f = matchHeader(m.table, t) ?? matchHeader(m.table, `${group} ${t}`);
        if (f && !columns.has(f.id) && !sub.has(f.id)) sub.set(f.id, c);
        else if (f && text(row[c]) === null && columns.get(f.id) === g && g !== c) {
          // the group header itself matched (e.g. "Kết nạp mới" over "Tổng số | HSSV"): move it to the sub column
          sub.set(f.id, c);
        }
      }
      if (sub.size > 0 && !text(next[nameCol]) && textCells > 0) {
        for (const [id, c] of sub) columns.set(id, c);
        headerRow = r + 1;
      }
    }
    let dataStart = headerRow + 1;
    while (dataStart < values.length && values[dataStart] && isNumberingRow(values[dataStart])) dataStart++;
    const used = new Set(columns.values());
    const ignoredColumns: { column: number; text: string }[] = [];
    const headerCells = values[headerRow];
    for (let c = 0; c < headerCells.length; c++) {
      const t = text(headerCells[c]) ?? (headerRow > r ? text(row[c]) : null);
      if (t && !used.has(c)) ignoredColumns.push({ column: c, text: cleanText(t).text });
    }
    const headers = headerTexts(row, headerRow > r ? values[headerRow] : null);
    return { table: m.table, headerRow, dataStart, columns, ignored: ignoredColumns.map((i) => i.text), ignoredColumns, headers };
  }
  return null;
}

/**
 * The header cells as read: one row, or a two-row header where a merged group names its sub-columns
 * ("Kết quả đánh giá năm 2025 › Mức xếp loại"); a cell merged down (text above, none below) stays as it is.
 */
export function headerTexts(top: CellValue[], sub: CellValue[] | null): string[] {
  const out: string[] = [];
  const width = Math.max(top.length, sub?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const child = sub ? text(sub[c]) : null;
    let parent = text(top[c]);
    if (child && !parent) {
      let g = c;
      while (g > 0 && !text(top[g])) g--;
      // a group merged across: its text is in its first cell, to the left
      parent = text(top[g]);
    }
    const p = parent ? cleanText(parent).text : null;
    const ch = child ? cleanText(child).text : null;
    const shown = p && ch && p !== ch ? `${p} › ${ch}` : (ch ?? p);
    if (shown) out.push(shown);
  }
  return out;
}
