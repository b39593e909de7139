import type { CellValue, SheetGrid } from "../model/grid";
import type { RatingCode } from "../model/rating";
import { foldKey } from "../text/normalize";
import type { FieldSpec } from "./fields";
import { isTotalText, type FoundTable } from "./find";
import { cleanText, cleanTextFast, decodeLegacyColumns, forceDecode, isClean, legacyColumns } from "./text";
import { isYearOnly, readDate, type Fail } from "./values";
import { IssueSink, addressOf, excelRow, type SheetPos } from "../validation/sink";

/**
 * The cell readers shared by the table readers (organisations, unions in read.ts; members in members/read.ts):
 * text with its TCVN3/VNI decoding, dates, failures reported at their cell, blank and totals rows.
 */
/** Organisation name → matching key: folded, with the "Đảng bộ"/"Chi bộ" prefix dropped. */
const orgKeyCache = new Map<string, string>();
export function orgKey(name: string): string {
  let k = orgKeyCache.get(name);
  if (k === undefined) {
    k = foldKey(name).replace(/^(dang bo co so|dang bo bo phan|dang bo|dang uy co so|dang uy|chi bo co so|chi bo truc thuoc|chi bo)\s+(?=\S)/, "");
    if (orgKeyCache.size > 100000) orgKeyCache.clear();
    orgKeyCache.set(name, k);
  }
  return k;
}

/** Per-read state shared by the table readers. */
export interface Reader {
  sink: IssueSink;
  today: number;
  legacyCells: Map<string, { cell: string; count: number; encoding: string }>;
  ratingLegacy: Map<string, { cell: string; count: number; example: string; suggestion: string }>;
  ratingYear: number | null;
}

export function noteLegacy(rd: Reader, pos: SheetPos, r: number, c: number, encoding: string): void {
  const key = `${pos.sheet}\u0001${c}`;
  const e = rd.legacyCells.get(key);
  if (e) e.count++;
  else rd.legacyCells.set(key, { cell: addressOf(pos, r, c), count: 1, encoding });
}

export function noteRatingLegacy(rd: Reader, pos: SheetPos, r: number, c: number, raw: string, suggestion: RatingCode | null): void {
  const key = `${pos.sheet}\u0001${c}`;
  const e = rd.ratingLegacy.get(key);
  if (e) e.count++;
  else rd.ratingLegacy.set(key, { cell: addressOf(pos, r, c), count: 1, example: raw, suggestion: suggestion ?? "?" });
}

/**
 * The grid with its TCVN3/VNI columns decoded (a copy; the same grid when there are none), so that
 * ratings, yes/no marks and names in those columns read as their Unicode twins. Warned per column.
 */
export function withLegacyColumnsDecoded(rd: Reader, grid: SheetGrid, pos: SheetPos, found: FoundTable): SheetGrid {
  const columns = legacyColumns(grid.values, found.dataStart, [...found.columns.values()]);
  if (columns.size === 0) return grid;
  const { values, decoded } = decodeLegacyColumns(grid.values, found.dataStart, columns);
  for (const [c, d] of decoded) rd.legacyCells.set(`${pos.sheet}\u0001${c}`, { cell: addressOf(pos, d.row, c), count: d.count, encoding: columns.get(c) as string });
  return { ...grid, values };
}

export function cellText(rd: Reader, pos: SheetPos, r: number, c: number, v: CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    if (isClean(v)) return v; // the usual case: no work, no closure
    const t = cleanTextFast(v, (enc) => noteLegacy(rd, pos, r, c, enc));
    if (t === v && !isClean(v)) {
      // Too short to be detected, but the column already holds TCVN3/VNI text: decode it the same way.
      const known = rd.legacyCells.get(`${pos.sheet}\u0001${c}`);
      if (known) {
        const d = forceDecode(v, known.encoding as "tcvn3" | "vni");
        if (d !== v) {
          known.count++;
          return cleanText(d).text || null;
        }
      }
    }
    return t === "" ? null : t;
  }
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return null;
}

export function displayValue(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v ?? "").slice(0, 60);
}

/** Report a Fail from a value reader at a cell; returns true when it is an error (the row is left out). */
export function reportFail(rd: Reader, pos: SheetPos, r: number, c: number, f: Fail, field: FieldSpec, v: CellValue): boolean {
  const cell = addressOf(pos, r, c);
  const row = excelRow(pos, r);
  const params = { column: field.header, value: displayValue(v) };
  if (f.fail === "LIST_UNKNOWN") {
    const critical = field.kind === "rating" || field.kind === "orgType" || field.kind === "unionLevel";
    rd.sink.add("LIST_UNKNOWN", { sheet: pos.sheet, cell, row }, params, critical ? "error" : "warning");
    return critical;
  }
  rd.sink.add(f.fail, { sheet: pos.sheet, cell, row }, params);
  return true;
}

/** A date cell: serial, null, or reports and returns undefined (error). */
export function dateCell(rd: Reader, pos: SheetPos, grid: SheetGrid, r: number, c: number, v: CellValue, field: FieldSpec): number | null | undefined {
  const fmt = grid.numberFormats?.[r]?.[c] ?? null;
  const d = readDate(v, fmt);
  if (d === null) return null;
  if (typeof d === "number") {
    if (d > rd.today) {
      rd.sink.add("DATE_FUTURE", { sheet: pos.sheet, cell: addressOf(pos, r, c), row: excelRow(pos, r) }, { column: field.header, value: displayValue(v) });
      return undefined;
    }
    return d;
  }
  if (isYearOnly(d)) {
    rd.sink.add("DATE_YEAR_ONLY", { sheet: pos.sheet, cell: addressOf(pos, r, c), row: excelRow(pos, r) }, { column: field.header, value: displayValue(v) });
    if (d.serial > rd.today) {
      rd.sink.add("DATE_FUTURE", { sheet: pos.sheet, cell: addressOf(pos, r, c), row: excelRow(pos, r) }, { column: field.header, value: displayValue(v) });
      return undefined;
    }
    return d.serial;
  }
  reportFail(rd, pos, r, c, d, field, v);
  return undefined;
}

export function isRowBlank(row: CellValue[], cols: number[]): boolean {
  for (const c of cols) {
    const v = row[c];
    if (v !== null && v !== undefined && v !== "" && !(typeof v === "string" && v.trim() === "")) return false;
  }
  return true;
}

/** Totals row: "Cộng"/"Tổng cộng" in the name cell or any cell left of it. */
export function isTotalsRow(row: CellValue[], nameCol: number): boolean {
  const last = Math.min(nameCol, row.length - 1);
  for (let c = 0; c <= last; c++) if (isTotalText(row[c])) return true;
  return false;
}
