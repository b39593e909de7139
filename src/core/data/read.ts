import type { CellValue, SheetGrid, WorkbookGrid } from "../model/grid";
import type { RatingCode } from "../model/rating";
import { columnLetter } from "../sheet/address";
import type { DataSet, Organisation, OrgType, RecognisedTable, Union } from "./model";
import { TABLE_FIELDS, type FieldSpec, type TableId } from "./fields";
import { findTable, headerKey, type FoundTable } from "./find";
import { parseRating } from "./rating";
import { cleanText } from "./text";
import { isFail, isShare, readNumber, readOrgType, readUnionLevel, readYes, serialFromYMD, todaySerial } from "./values";
import { IssueSink, addressOf, excelRow, type SheetPos } from "../validation/sink";
import { validateDataSet, type ValidationContext } from "./checks";
import { isTargetsSheet } from "../targets-sheet/read";
import type { CapBase } from "../validation/cap";
import { cellText, displayValue, isRowBlank, isTotalsRow, noteRatingLegacy, orgKey, reportFail, withLegacyColumnsDecoded, type Reader } from "./cells";
import { attachMemberStore, MemberStore, readMemberTable } from "./members";

export { groupRowName } from "./members";
export { isRowBlank, isTotalsRow, orgKey };

export interface ReadOptions {
  /** Today as an Excel serial (dates after it are errors). Default: the real today. */
  today?: number;
  /** Year the ratings are for; chooses the rule set. Default: a "Năm xếp loại" cell, else unknown. */
  ratingYear?: number;
  /** Base of the 20% cap (domain.md §1.3). Default "literal". */
  excellentCapBase?: CapBase;
  /** Share of the cap. Default 0.2. */
  excellentCapShare?: number;
}


function recognised(table: TableId, pos: SheetPos, found: FoundTable, dataRows: number): RecognisedTable {
  const columns: Record<string, string> = {};
  for (const [id, c] of found.columns) columns[id] = columnLetter(c + pos.originCol);
  const missing = TABLE_FIELDS[table].filter((f) => (f.required || f.expected) && !found.columns.has(f.id)).map((f) => f.id);
  return { table, sheet: pos.sheet, headerRow: found.headerRow + pos.originRow + 1, columns, missing, ignored: found.ignored, headers: found.headers, dataRows };
}

/** Columns whose absence is worth a word (others just stay empty; RecognisedTable.missing lists them all). */
const MUST_HAVE: Record<TableId, string[]> = { organisations: [], members: ["org"], unions: [] };

function reportMissingColumns(rd: Reader, pos: SheetPos, table: TableId, found: FoundTable): void {
  for (const f of TABLE_FIELDS[table]) {
    if (!MUST_HAVE[table].includes(f.id) || found.columns.has(f.id)) continue;
    // A warning (docs/data.md): rows without an organisation are errors each (REQUIRED_EMPTY); a list grouped
    // under "I. Đảng bộ …" rows has every organisation and is right as it is.
    rd.sink.add("COLUMN_MISSING", { sheet: pos.sheet, cell: addressOf(pos, found.headerRow, 0), row: excelRow(pos, found.headerRow) }, { column: f.header }, "warning");
  }
}

// ------------------------------------------------------------------ organisations

export interface RowsOf<T> {
  items: T[];
  /** 1 where the row had an error and is left out. */
  bad: number[];
  pos: SheetPos[];
  /** Field id → 0-based column, per item's table. */
  cols: Map<string, number>[];
  /** Index into pos/cols per item. */
  table: number[];
  /** 0-based values row per item. */
  rows: number[];
}

function emptyRows<T>(): RowsOf<T> {
  return { items: [], bad: [], pos: [], cols: [], table: [], rows: [] };
}

function readOrganisations(rd: Reader, grid: SheetGrid, pos: SheetPos, found: FoundTable, out: RowsOf<Organisation>): number {
  const cols = found.columns;
  const colList = [...cols.values()];
  const nameCol = cols.get("name") as number;
  const fields = TABLE_FIELDS.organisations.filter((f) => cols.has(f.id));
  const tIndex = out.pos.length;
  out.pos.push(pos);
  out.cols.push(cols);
  let count = 0;
  for (let r = found.dataStart; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row || isRowBlank(row, colList) || isTotalsRow(row, nameCol)) continue;
    count++;
    let bad = false;
    const vals: Record<string, unknown> = {};
    const shares: [FieldSpec, number, number][] = [];
    for (const f of fields) {
      const c = cols.get(f.id) as number;
      const v = row[c] ?? null;
      if (v === null || v === "" || (typeof v === "string" && v.trim() === "")) {
        vals[f.id] = null;
        continue;
      }
      switch (f.kind) {
        case "text":
          vals[f.id] = cellText(rd, pos, r, c, v);
          break;
        case "count": {
          const n = readNumber(v, grid.numberFormats?.[r]?.[c]);
          if (n !== null && isFail(n)) {
            bad = reportFail(rd, pos, r, c, n, f, v) || bad;
            vals[f.id] = null;
          } else if (n !== null && isShare(n)) {
            if (f.percentOf) shares.push([f, c, n.share]);
            else {
              rd.sink.add("NUMBER_INVALID", { sheet: pos.sheet, cell: addressOf(pos, r, c), row: excelRow(pos, r) }, { column: f.header, value: displayValue(v) });
              bad = true;
            }
            vals[f.id] = null;
          } else {
            if (n !== null && !Number.isInteger(n)) rd.sink.add("NUMBER_NOT_INTEGER", { sheet: pos.sheet, cell: addressOf(pos, r, c), row: excelRow(pos, r) }, { column: f.header, value: displayValue(v) });
            vals[f.id] = n;
          }
          break;
        }
        case "yes": {
          const y = readYes(v);
          if (y !== null && isFail(y)) {
            bad = reportFail(rd, pos, r, c, y, f, v) || bad;
            vals[f.id] = null;
          } else vals[f.id] = y;
          break;
        }
        case "orgType": {
          const t = readOrgType(typeof v === "string" ? cleanText(v).text : v);
          if (t !== null && isFail(t)) {
            bad = reportFail(rd, pos, r, c, t, f, v) || bad;
            vals[f.id] = null;
          } else vals[f.id] = t;
          break;
        }
        case "rating": {
          const reading = parseRating(typeof v === "string" ? v : v);
          if (reading.unknown) {
            bad = reportFail(rd, pos, r, c, { fail: "LIST_UNKNOWN" }, f, v) || bad;
          } else if (reading.legacy) {
            if (rd.ratingYear === null || rd.ratingYear >= 2018) noteRatingLegacy(rd, pos, r, c, String(v), reading.legacySuggestion);
          }
          vals[f.id] = reading;
          break;
        }
        default:
          vals[f.id] = null;
      }
    }
    const name = vals.name as string | null;
    if (!name) {
      rd.sink.add("REQUIRED_EMPTY", { sheet: pos.sheet, cell: addressOf(pos, r, nameCol), row: excelRow(pos, r) }, { column: "Tên tổ chức" });
      bad = true;
    }
    const members = (vals.members as number | null) ?? null;
    for (const [f, c, share] of shares) {
      if (members === null) {
        rd.sink.add("NUMBER_INVALID", { sheet: pos.sheet, cell: addressOf(pos, r, c), row: excelRow(pos, r) }, { column: f.header, value: `${Math.round(share * 1000) / 10}%` });
        bad = true;
      } else {
        const n = Math.round(share * members);
        vals[f.id] = n;
        rd.sink.add("SHARE_CONVERTED", { sheet: pos.sheet, cell: addressOf(pos, r, c), row: excelRow(pos, r) }, { column: f.header, value: `${Math.round(share * 1000) / 10}%`, count: n, members });
      }
    }
    const parent = (vals.parent as string | null) ?? null;
    let type = (vals.type as OrgType | null) ?? null;
    if (type === null && name) type = parent ? "chi-bo-truc-thuoc" : /^đảng bộ/i.test(name) ? "dang-bo-co-so" : /^chi bộ/i.test(name) ? "chi-bo-co-so" : null;
    if (type === null && cols.has("type") && name) {
      rd.sink.add("EXPECTED_EMPTY", { sheet: pos.sheet, cell: addressOf(pos, r, cols.get("type") as number), row: excelRow(pos, r) }, { column: "Loại hình" });
    }
    const reading = vals.rating as ReturnType<typeof parseRating> | null | undefined;
    const num = (id: string): number | null => (vals[id] as number | null | undefined) ?? null;
    const org: Organisation = {
      ref: { sheet: pos.sheet, row: excelRow(pos, r) },
      name: name ?? "",
      key: name ? orgKey(name) : "",
      type,
      parent,
      parentKey: parent ? orgKey(parent) : null,
      members,
      rating: reading?.code ?? null,
      ratingNotRated: reading?.notRated ?? false,
      admitted: num("admitted"),
      admittedStudents: num("admittedStudents"),
      admittedPrivateEnterprise: num("admittedPrivateEnterprise"),
      admittedYouthUnion: num("admittedYouthUnion"),
      membersByRating: { HTXSNV: num("ratedHTXSNV"), HTTNV: num("ratedHTTNV"), HTNV: num("ratedHTNV"), KHTNV: num("ratedKHTNV"), notRated: num("ratedNone") },
      studied: num("studied"),
      committed: num("committed"),
      exemplars: num("exemplars"),
      membersInspected: num("membersInspected"),
      subBranches: num("subBranches"),
      subBranchesInspected: num("subBranchesInspected"),
      inspected: (vals.inspected as boolean | null | undefined) ?? null,
      modelsRegistered: num("modelsRegistered"),
      modelsPassed: num("modelsPassed"),
      danVanKheo: num("danVanKheo"),
      democracyGood: (vals.democracyGood as boolean | null | undefined) ?? null,
      professionalTasksDone: (vals.professionalTasksDone as boolean | null | undefined) ?? null,
    };
    out.items.push(org);
    out.bad.push(bad ? 1 : 0);
    out.table.push(tIndex);
    out.rows.push(r);
  }
  return count;
}

// ------------------------------------------------------------------ unions

function readUnions(rd: Reader, grid: SheetGrid, pos: SheetPos, found: FoundTable, out: RowsOf<Union>): number {
  const cols = found.columns;
  const colList = [...cols.values()];
  const nameCol = cols.get("name") as number;
  const levelCol = cols.get("level") ?? -1;
  const ratingCol = cols.get("rating") ?? -1;
  const tIndex = out.pos.length;
  out.pos.push(pos);
  out.cols.push(cols);
  const fields = new Map(TABLE_FIELDS.unions.map((f) => [f.id, f]));
  let count = 0;
  for (let r = found.dataStart; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row || isRowBlank(row, colList) || isTotalsRow(row, nameCol)) continue;
    count++;
    let bad = false;
    const name = cellText(rd, pos, r, nameCol, row[nameCol] ?? null);
    if (!name) {
      rd.sink.add("REQUIRED_EMPTY", { sheet: pos.sheet, cell: addressOf(pos, r, nameCol), row: excelRow(pos, r) }, { column: "Tên đoàn thể" });
      bad = true;
    }
    let level: Union["level"] = null;
    if (levelCol >= 0 && row[levelCol] !== null && row[levelCol] !== undefined && row[levelCol] !== "") {
      const l = readUnionLevel(typeof row[levelCol] === "string" ? cleanText(row[levelCol] as string).text : row[levelCol]);
      if (l !== null && isFail(l)) bad = reportFail(rd, pos, r, levelCol, l, fields.get("level") as FieldSpec, row[levelCol]) || bad;
      else level = l;
    } else if (levelCol >= 0) {
      rd.sink.add("EXPECTED_EMPTY", { sheet: pos.sheet, cell: addressOf(pos, r, levelCol), row: excelRow(pos, r) }, { column: "Cấp" });
    }
    let rating: RatingCode | null = null;
    if (ratingCol >= 0 && row[ratingCol] !== null && row[ratingCol] !== undefined && row[ratingCol] !== "") {
      const v = row[ratingCol];
      const reading = parseRating(v);
      if (reading.unknown) bad = reportFail(rd, pos, r, ratingCol, { fail: "LIST_UNKNOWN" }, fields.get("rating") as FieldSpec, v) || bad;
      else if (reading.legacy) {
        if (rd.ratingYear === null || rd.ratingYear >= 2018) noteRatingLegacy(rd, pos, r, ratingCol, String(v), reading.legacySuggestion);
      } else rating = reading.code;
    } else if (ratingCol >= 0) {
      rd.sink.add("EXPECTED_EMPTY", { sheet: pos.sheet, cell: addressOf(pos, r, ratingCol), row: excelRow(pos, r) }, { column: "Xếp loại" });
    }
    out.items.push({ ref: { sheet: pos.sheet, row: excelRow(pos, r) }, name: name ?? "", level, rating });
    out.bad.push(bad ? 1 : 0);
    out.table.push(tIndex);
    out.rows.push(r);
  }
  return count;
}

// ------------------------------------------------------------------ labels above the tables

const YEAR_LABEL = /^(nam xep loai|nam danh gia|nam danh gia xep loai|nam danh gia xep loai chat luong|nam bao cao|ky danh gia|nam)$/;
const COMMITTEE_LABEL = /^xep loai (cua )?(dang bo|cap uy|dang uy|dang bo khoi|ban chap hanh|tap the cap uy|dang bo cap tren)\b/;

/** Labels above a table: "Năm xếp loại:" + a year, "Xếp loại Đảng bộ:" + a rating (first found wins). */
export interface SheetLabels {
  year: number | null;
  committee: RatingCode | null;
  committeeSet: boolean;
}

export function scanLabels(grid: SheetGrid, untilRow: number, found: SheetLabels): void {
  const limit = Math.min(untilRow, grid.values.length, 30);
  for (let r = 0; r < limit; r++) {
    const row = grid.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || v.length > 80) continue;
      const k = headerKey(v);
      const right = (): CellValue => {
        for (let j = c + 1; j < Math.min(row.length, c + 4); j++) if (row[j] !== null && row[j] !== "" && row[j] !== undefined) return row[j];
        return null;
      };
      if (found.year === null && YEAR_LABEL.test(k)) {
        const rv = right();
        const y = typeof rv === "number" ? rv : typeof rv === "string" ? Number((/\d{4}/.exec(rv) ?? [""])[0]) : NaN;
        if (Number.isInteger(y) && y >= 1990 && y <= 2100) found.year = y;
      } else if (!found.committeeSet && COMMITTEE_LABEL.test(k)) {
        const rv = right();
        if (rv !== null) {
          const reading = parseRating(typeof rv === "string" ? cleanText(rv).text : rv);
          if (reading.code) {
            found.committee = reading.code;
            found.committeeSet = true;
          }
        }
      }
    }
  }
}

// ------------------------------------------------------------------ entry point

/**
 * Read the organisation, member and union tables of a workbook, wherever they are, and validate
 * them. Never throws on odd input: every problem is a DataIssue. Rows with errors are left out.
 */
export function readDataSet(workbook: WorkbookGrid, options: ReadOptions = {}): DataSet {
  const sink = new IssueSink();
  const today = options.today ?? todaySerial();
  const own = new Set(workbook.ownSheets ?? []);
  const labels = { year: null as number | null, committee: null as RatingCode | null, committeeSet: false };
  // A targets sheet ("Chỉ tiêu", hand-made or ours) is never data, whatever its columns look like.
  const sheets = (workbook.sheets ?? []).filter((s) => s && !own.has(s.name) && Array.isArray(s.values) && !isTargetsSheet(s));
  const found: { grid: SheetGrid; t: FoundTable | null }[] = [];
  for (const grid of sheets) {
    let t: FoundTable | null = null;
    try {
      t = findTable(grid);
    } catch {
      t = null;
    }
    found.push({ grid, t });
    try {
      scanLabels(grid, t ? t.headerRow : 30, labels);
    } catch {
      /* labels are optional */
    }
  }
  const ratingYear = options.ratingYear ?? labels.year;
  const rd: Reader = { sink, today, legacyCells: new Map(), ratingLegacy: new Map(), ratingYear };
  const orgs = emptyRows<Organisation>();
  const unions = emptyRows<Union>();
  // At most one member per data row of the member tables.
  let memberCap = 0;
  for (const { grid, t } of found) if (t && t.table === "members") memberCap += Math.max(0, grid.values.length - t.dataStart);
  const store = new MemberStore(memberCap);
  const recognisedTables: RecognisedTable[] = [];
  for (const { grid, t } of found) {
    if (!t) continue;
    const pos: SheetPos = { sheet: grid.name, originRow: grid.origin?.row ?? 0, originCol: grid.origin?.column ?? 0 };
    reportMissingColumns(rd, pos, t.table, t);
    const g = withLegacyColumnsDecoded(rd, grid, pos, t);
    let n = 0;
    if (t.table === "organisations") n = readOrganisations(rd, g, pos, t, orgs);
    else if (t.table === "members") n = readMemberTable(rd, g, pos, t, store);
    else n = readUnions(rd, g, pos, t, unions);
    recognisedTables.push(recognised(t.table, pos, t, n));
  }
  if (recognisedTables.length === 0) sink.add("NO_DATA_TABLE", {}, {});
  for (const [key, e] of rd.legacyCells) {
    sink.add("LEGACY_ENCODING", { sheet: key.split("\u0001")[0], cell: e.cell }, { count: e.count, encoding: e.encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI-Windows" });
  }
  for (const [key, e] of rd.ratingLegacy) {
    sink.add("RATING_LEGACY", { sheet: key.split("\u0001")[0], cell: e.cell }, { count: e.count, value: e.example, suggestion: e.suggestion });
  }
  const ctx: ValidationContext = {
    sink,
    today,
    ratingYear,
    capBase: options.excellentCapBase ?? "literal",
    capShare: options.excellentCapShare ?? 0.2,
  };
  validateDataSet(ctx, orgs, store, unions);
  const membersExcluded = store.compact();
  const keep = <T>(rows: { items: T[]; bad: ArrayLike<number> }): T[] => {
    let clean = true;
    for (let i = 0; i < rows.items.length && clean; i++) if (rows.bad[i]) clean = false;
    if (clean) return rows.items; // nothing left out: no copy of a million-entry list
    const out: T[] = [];
    for (let i = 0; i < rows.items.length; i++) if (!rows.bad[i]) out.push(rows.items[i]);
    return out;
  };
  const ds = attachMemberStore({
    organisations: keep(orgs),
    unions: keep(unions),
    committeeRating: labels.committee,
    recognised: recognisedTables,
    issues: sink.issues,
    issuesOmitted: [],
    excluded: { organisations: 0, members: membersExcluded, unions: 0 },
    ratingYear,
  }, store);
  ds.excluded.organisations = orgs.items.length - ds.organisations.length;
  ds.excluded.unions = unions.items.length - ds.unions.length;
  const sheetOf = (rows: { pos: SheetPos[] }): string | null => rows.pos[0]?.sheet ?? null;
  if (ds.excluded.organisations) sink.add("ROWS_EXCLUDED", { sheet: sheetOf(orgs) }, { count: ds.excluded.organisations, table: "Tổ chức" });
  if (ds.excluded.members) sink.add("ROWS_EXCLUDED", { sheet: store.tables[0]?.pos.sheet ?? null }, { count: ds.excluded.members, table: "Đảng viên" });
  if (ds.excluded.unions) sink.add("ROWS_EXCLUDED", { sheet: sheetOf(unions) }, { count: ds.excluded.unions, table: "Đoàn thể" });
  ds.issuesOmitted = sink.omitted;
  return ds;
}

export { serialFromYMD };
