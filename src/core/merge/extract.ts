import type { CellValue, SheetGrid, WorkbookGrid } from "../model/grid";
import { TABLE_FIELDS, type FieldSpec, type TableId } from "../data/fields";
import { findTable, type FoundTable } from "../data/find";
import { groupRowName, isRowBlank, isTotalsRow, orgKey, scanLabels, type SheetLabels } from "../data/read";
import { cleanText, forceDecode, isClean, nameHash } from "../data/text";
import { isFail, isYearOnly, readDate, readNumber, readOrgType, serialFromDate, ymdFromSerial, type OrgTypeValue } from "../data/values";
import { foldKey } from "../text/normalize";
import { EXTRA_SKIP, EXTRA_SOURCE, type ExtraColumns } from "./columns";
import type { FoundTableInfo } from "./model";

/**
 * One unit's file → its data rows, each with the cells in template column order and what the merge
 * needs to match it with the rows of other files (organisation keys, a member's name + birth date).
 * Rows are found exactly as the data reader finds them (header row anywhere, blank, totals and group
 * rows skipped), so "rows read" here is the reader's count. Text is NFC and TCVN3/VNI repaired;
 * dates become serials; the rest is copied as it is, so the check judges the merged cells as it
 * would have judged the unit's own.
 */

/** One data row of one file (a class: one shape for the hundred thousand of them). */
export class SourceRow {
  /** Bit i: field i is a number formatted as a percentage. */
  percent = 0;
  /** [extra column index, value] of the other columns. */
  extras: [number, CellValue][] | null = null;
  /** Organisation, member or union name as written (cleaned). */
  name = "";
  /** Organisation: its key; member: its organisation's key; union: its folded name. */
  key = "";
  /** Organisation: its đảng bộ's key (chi bộ trực thuộc). */
  parentKey: string | null = null;
  type: OrgTypeValue | null = null;
  /** Organisation: "Số đảng viên" when it reads as a count. */
  count: number | null = null;
  /** Member: chi bộ key (the "Chi bộ" cell). */
  branchKey: string | null = null;
  /** Member: hash of the name without tones/case/spaces × 2^17 + birth serial; -1 without a name or a readable birth date. */
  identity = -1;
  /** Member: birth serial. */
  birth: number | null = null;

  constructor(
    /** Index of the file in the merge. */
    readonly file: number,
    readonly sheet: string,
    /** 1-based row in the file's sheet. */
    readonly row: number,
    /** Cells in TABLE_FIELDS order. */
    readonly values: CellValue[],
    /** "Tệp nguồn": the file, or the cell of a merged workbook. */
    public source: string,
  ) {}
}

export interface FileRows {
  index: number;
  name: string;
  tables: FoundTableInfo[];
  rows: Record<TableId, SourceRow[]>;
  labels: SheetLabels;
  /** Cells repaired from TCVN3/VNI, per sheet. */
  legacy: { sheet: string; count: number; encoding: "tcvn3" | "vni" }[];
}

/** Text cleaning with the reader's column memory: once a column shows TCVN3/VNI, short cells are decoded the same way. */
class Cleaner {
  private known = new Map<number, "tcvn3" | "vni">();
  count = 0;
  encoding: "tcvn3" | "vni" | null = null;

  text(v: string, column: number): string {
    if (isClean(v)) return v;
    const c = cleanText(v);
    if (c.encoding) {
      this.known.set(column, c.encoding);
      this.note(c.encoding);
      return c.text;
    }
    const enc = this.known.get(column);
    if (enc && c.text === v) {
      const d = forceDecode(v, enc);
      if (d !== v) {
        this.note(enc);
        return cleanText(d).text;
      }
    }
    return c.text;
  }

  private note(enc: "tcvn3" | "vni"): void {
    this.count++;
    this.encoding = this.encoding ?? enc;
  }
}

function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(f) || /m{1,2}[/.-]/i.test(f);
}

/** dd/mm/yyyy of a serial, as the report and the merged text cells show dates. */
export function dateText(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

/**
 * One cell as the merged workbook keeps it. Template columns keep their type (a date column's cells
 * become serials, shown by the column's date format); other columns have no format of their own
 * there, so a date or a percentage in them is kept as the text it showed.
 */
function cellValue(v: CellValue | undefined, fmt: string | null | undefined, field: FieldSpec | null, column: number, cleaner: Cleaner): CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "string") {
    const t = cleaner.text(v, column);
    return t === "" ? null : t;
  }
  if (v instanceof Date) {
    const serial = serialFromDate(v);
    if (serial === null) return null;
    return field?.kind === "date" ? serial : dateText(serial);
  }
  if (typeof v === "number" && field === null && fmt) {
    if (isDateFormat(fmt) && v >= 1 && v < 2958466) return dateText(v);
    if (fmt.includes("%")) return `${String(Math.round(v * 10000) / 100).replace(".", ",")}%`;
  }
  return v;
}

interface TableCtx {
  file: number;
  grid: SheetGrid;
  found: FoundTable;
  /** Extra column index per grid column (or EXTRA_SOURCE / EXTRA_SKIP). */
  extraAt: [number, number][];
  fields: [FieldSpec, number, number][]; // field, grid column, field index
  source: string;
  cleaner: Cleaner;
  rowBase: number;
  /** Fields of the table. */
  width: number;
}

function readRow(ctx: TableCtx, r: number): SourceRow {
  const row = ctx.grid.values[r];
  const fmts = ctx.grid.numberFormats?.[r];
  const values = new Array<CellValue>(ctx.width).fill(null);
  const out = new SourceRow(ctx.file, ctx.grid.name, r + ctx.rowBase, values, ctx.source);
  for (const [field, c, i] of ctx.fields) {
    const v = row[c];
    if (v === null || v === undefined || v === "") continue;
    const fmt = fmts?.[c];
    values[i] = cellValue(v, fmt, field, c, ctx.cleaner);
    if (typeof v === "number" && field.kind === "count" && fmt && fmt.includes("%")) out.percent |= 1 << i;
  }
  for (const [c, x] of ctx.extraAt) {
    const v = cellValue(row[c], fmts?.[c], null, c, ctx.cleaner);
    if (v === null) continue;
    if (x === EXTRA_SOURCE) out.source = String(v);
    else (out.extras ??= []).push([x, v]);
  }
  return out;
}

const fieldIndex = (table: TableId, id: string): number => TABLE_FIELDS[table].findIndex((f) => f.id === id);
const ORG = { name: fieldIndex("organisations", "name"), type: fieldIndex("organisations", "type"), parent: fieldIndex("organisations", "parent"), members: fieldIndex("organisations", "members") };
const MEM = { name: fieldIndex("members", "name"), birth: fieldIndex("members", "birth"), org: fieldIndex("members", "org"), branch: fieldIndex("members", "branch") };
const UNI = { name: fieldIndex("unions", "name") };

const str = (v: CellValue): string => (v === null ? "" : typeof v === "string" ? v : String(v));

function organisationRow(o: SourceRow): SourceRow {
  const name = str(o.values[ORG.name]);
  const parent = str(o.values[ORG.parent]);
  const typeCell = o.values[ORG.type];
  const read = typeCell === null ? null : readOrgType(typeCell);
  let type: OrgTypeValue | null = read !== null && !isFail(read) ? read : null;
  // The reader's guess for a blank (or unreadable) kind.
  if (type === null && name) type = parent ? "chi-bo-truc-thuoc" : /^đảng bộ/i.test(name) ? "dang-bo-co-so" : /^chi bộ/i.test(name) ? "chi-bo-co-so" : null;
  const n = o.values[ORG.members] === null ? null : readNumber(o.values[ORG.members], (o.percent >> ORG.members) & 1 ? "0%" : null);
  o.name = name;
  o.key = name ? orgKey(name) : "";
  o.parentKey = parent ? orgKey(parent) : null;
  o.type = type;
  o.count = typeof n === "number" ? n : null;
  return o;
}

/** Births up to 2^17 days (year 2258) fit beside a 32-bit name hash in a double. */
const BIRTH_SPAN = 131072;

function memberRow(m: SourceRow, group: string | null, fmt: string | null | undefined): SourceRow {
  if (m.values[MEM.org] === null && group) m.values[MEM.org] = group; // a group row's organisation, written out
  const name = str(m.values[MEM.name]);
  const org = str(m.values[MEM.org]);
  const branch = str(m.values[MEM.branch]);
  const birthCell = m.values[MEM.birth];
  const b = birthCell === null ? null : typeof birthCell === "number" && birthCell > 2200 && Number.isInteger(birthCell) ? birthCell : readDate(birthCell, fmt);
  const birth = typeof b === "number" ? b : isYearOnly(b) ? b.serial : null;
  m.name = name;
  m.key = org ? orgKey(org) : "";
  m.branchKey = branch ? orgKey(branch) : null;
  m.birth = birth;
  if (name && birth !== null && birth >= 0 && birth < BIRTH_SPAN) m.identity = nameHash(name) * BIRTH_SPAN + birth;
  return m;
}

function unionRow(u: SourceRow): SourceRow {
  u.name = str(u.values[UNI.name]);
  u.key = u.name ? foldKey(u.name) : "";
  return u;
}

/** The data rows of one table, in order. */
function tableRows(ctx: TableCtx): SourceRow[] {
  const { grid, found } = ctx;
  const colList = [...found.columns.values()];
  const nameCol = found.columns.get("name") as number;
  const orgCol = found.columns.get("org") ?? -1;
  const birthCol = found.columns.get("birth") ?? -1;
  const out: SourceRow[] = [];
  let group: string | null = null;
  for (let r = found.dataStart; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row || isRowBlank(row, colList) || isTotalsRow(row, nameCol)) continue;
    if (found.table === "members" && (orgCol < 0 || row[orgCol] === null || row[orgCol] === undefined || row[orgCol] === "" || typeof row[nameCol] !== "string")) {
      const g = groupRowName(row);
      if (g !== null) {
        group = g;
        continue;
      }
    }
    const base = readRow(ctx, r);
    if (found.table === "organisations") out.push(organisationRow(base));
    else if (found.table === "members") out.push(memberRow(base, group, birthCol >= 0 ? grid.numberFormats?.[r]?.[birthCol] : null));
    else out.push(unionRow(base));
  }
  return out;
}

function tableInfo(grid: SheetGrid, found: FoundTable, extra: string[]): FoundTableInfo {
  const missing = TABLE_FIELDS[found.table].filter((f) => (f.required || f.expected) && !found.columns.has(f.id)).map((f) => f.header);
  return { table: found.table, sheet: grid.name, headerRow: found.headerRow + (grid.origin?.row ?? 0) + 1, columns: found.columns.size, missing, extra };
}

/** Read the data rows of one workbook. Never throws on odd grids (a sheet that cannot be read is skipped). */
export function extractFile(index: number, name: string, workbook: WorkbookGrid, extras: ExtraColumns): FileRows {
  const own = new Set(workbook.ownSheets ?? []);
  const rows: FileRows["rows"] = { organisations: [], members: [], unions: [] };
  const tables: FoundTableInfo[] = [];
  const legacy: FileRows["legacy"] = [];
  const labels: SheetLabels = { year: null, committee: null, committeeSet: false };
  for (const grid of workbook.sheets ?? []) {
    if (!grid || own.has(grid.name) || !Array.isArray(grid.values)) continue;
    let found: FoundTable | null = null;
    try {
      found = findTable(grid);
      scanLabels(grid, found ? found.headerRow : 30, labels);
    } catch {
      found = null;
    }
    if (!found) continue;
    const table = found.table;
    const extraAt: [number, number][] = found.ignoredColumns.map((ic) => [ic.column, extras.register(table, ic.text)] as [number, number]).filter(([, x]) => x !== EXTRA_SKIP);
    const fields = TABLE_FIELDS[table].map((f, i) => [f, found.columns.get(f.id) ?? -1, i] as [FieldSpec, number, number]).filter(([, c]) => c >= 0);
    const cleaner = new Cleaner();
    const ctx: TableCtx = { file: index, grid, found, extraAt, fields, source: name, cleaner, rowBase: (grid.origin?.row ?? 0) + 1, width: TABLE_FIELDS[table].length };
    for (const row of tableRows(ctx)) rows[table].push(row);
    tables.push(tableInfo(grid, found, found.ignoredColumns.map((c) => c.text)));
    if (cleaner.count > 0 && cleaner.encoding) legacy.push({ sheet: grid.name, count: cleaner.count, encoding: cleaner.encoding });
  }
  return { index, name, tables, rows, labels, legacy };
}
