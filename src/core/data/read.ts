import type { CellValue, SheetGrid, WorkbookGrid } from "../model/grid";
import type { RatingCode } from "../model/rating";
import { columnLetter } from "../sheet/address";
import { foldKey } from "../text/normalize";
import type { DataSet, Member, Organisation, OrgType, RecognisedTable, Union } from "./model";
import { TABLE_FIELDS, type FieldSpec, type TableId } from "./fields";
import { findTable, headerKey, isTotalText, type FoundTable } from "./find";
import { parseNotRatedReason, parseRating } from "./rating";
import { cleanNameHash, cleanText, cleanTextFast, decodeLegacyColumns, forceDecode, isClean, legacyColumns } from "./text";
import {
  isFail,
  isShare,
  isYearOnly,
  qualificationBand,
  readDate,
  readGender,
  readNumber,
  readOrgType,
  readUnionLevel,
  readYes,
  serialFromYMD,
  theoryBand,
  todaySerial,
  type Fail,
} from "./values";
import { IssueSink, addressOf, excelRow, type SheetPos } from "../validation/sink";
import { validateDataSet, type ValidationContext } from "./checks";
import { isTargetsSheet } from "../targets-sheet/read";
import type { CapBase } from "../validation/cap";

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
interface Reader {
  sink: IssueSink;
  today: number;
  legacyCells: Map<string, { cell: string; count: number; encoding: string }>;
  ratingLegacy: Map<string, { cell: string; count: number; example: string; suggestion: string }>;
  ratingYear: number | null;
}

function noteLegacy(rd: Reader, pos: SheetPos, r: number, c: number, encoding: string): void {
  const key = `${pos.sheet}\u0001${c}`;
  const e = rd.legacyCells.get(key);
  if (e) e.count++;
  else rd.legacyCells.set(key, { cell: addressOf(pos, r, c), count: 1, encoding });
}

function noteRatingLegacy(rd: Reader, pos: SheetPos, r: number, c: number, raw: string, suggestion: RatingCode | null): void {
  const key = `${pos.sheet}\u0001${c}`;
  const e = rd.ratingLegacy.get(key);
  if (e) e.count++;
  else rd.ratingLegacy.set(key, { cell: addressOf(pos, r, c), count: 1, example: raw, suggestion: suggestion ?? "?" });
}

/**
 * The grid with its TCVN3/VNI columns decoded (a copy; the same grid when there are none), so that
 * ratings, yes/no marks and names in those columns read as their Unicode twins. Warned per column.
 */
function withLegacyColumnsDecoded(rd: Reader, grid: SheetGrid, pos: SheetPos, found: FoundTable): SheetGrid {
  const columns = legacyColumns(grid.values, found.dataStart, [...found.columns.values()]);
  if (columns.size === 0) return grid;
  const { values, decoded } = decodeLegacyColumns(grid.values, found.dataStart, columns);
  for (const [c, d] of decoded) rd.legacyCells.set(`${pos.sheet}\u0001${c}`, { cell: addressOf(pos, d.row, c), count: d.count, encoding: columns.get(c) as string });
  return { ...grid, values };
}

function cellText(rd: Reader, pos: SheetPos, r: number, c: number, v: CellValue): string | null {
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

function displayValue(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v ?? "").slice(0, 60);
}

/** Report a Fail from a value reader at a cell; returns true when it is an error (the row is left out). */
function reportFail(rd: Reader, pos: SheetPos, r: number, c: number, f: Fail, field: FieldSpec, v: CellValue): boolean {
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
function dateCell(rd: Reader, pos: SheetPos, grid: SheetGrid, r: number, c: number, v: CellValue, field: FieldSpec): number | null | undefined {
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

// ------------------------------------------------------------------ members

/**
 * A group row of a member list ("I. Đảng bộ Sở Tài chính": one filled cell, numbered or naming a
 * đảng bộ/chi bộ) names the organisation of the rows below it; null for any other row.
 */
export function groupRowName(row: CellValue[]): string | null {
  let filled = 0;
  let only: CellValue = null;
  for (const v of row) if (v !== null && v !== undefined && v !== "") { filled++; only = v; }
  if (filled !== 1 || typeof only !== "string") return null;
  if (/^\s*([IVXLC]+|\d{1,3}|[a-zA-Z])[.)]\s+\S/.test(only) || /^\s*(đảng bộ|chi bộ|dang bo|chi bo)/i.test(cleanText(only).text)) {
    return cleanText(only.replace(/^\s*([IVXLC]+|\d{1,3}|[a-zA-Z])[.)]\s+/, "")).text;
  }
  return null;
}

interface MemberColumns {
  name: number; birth: number; gender: number; org: number; branch: number; admission: number; official: number;
  qualification: number; politicalTheory: number; student: number; privateEnterprise: number; youthUnion: number;
  rating: number; notRatedReason: number; inspected: number; studied: number; committed: number;
}

function memberColumns(cols: Map<string, number>): MemberColumns {
  const g = (id: string): number => cols.get(id) ?? -1;
  return {
    name: g("name"), birth: g("birth"), gender: g("gender"), org: g("org"), branch: g("branch"), admission: g("admission"), official: g("official"),
    qualification: g("qualification"), politicalTheory: g("politicalTheory"), student: g("student"), privateEnterprise: g("privateEnterprise"),
    youthUnion: g("youthUnion"), rating: g("rating"), notRatedReason: g("notRatedReason"), inspected: g("inspected"), studied: g("studied"), committed: g("committed"),
  };
}

const FIELD_BY_ID = new Map(TABLE_FIELDS.members.map((f) => [f.id, f]));
function mf(id: string): FieldSpec {
  return FIELD_BY_ID.get(id) as FieldSpec;
}

export interface MemberRows {
  items: Member[];
  /** Per item (up to items.length; typed and sized up front: no growth, nothing for the GC to copy). */
  bad: Uint8Array;
  /** Per item: index into pos/cols. */
  table: Int32Array;
  /** Per item: 0-based values row. */
  rows: Int32Array;
  /** Per item: nameHash of the name when computed while reading, else -1. */
  nameHash: Float64Array;
  /** Member rows per organisation key, as read (a size hint). */
  orgRows: Map<string, number>;
  pos: SheetPos[];
  cols: MemberColumns[];
}

function readMembers(rd: Reader, grid: SheetGrid, pos: SheetPos, found: FoundTable, out: MemberRows): number {
  const mc = memberColumns(found.columns);
  const colList = [...found.columns.values()];
  const tIndex = out.pos.length;
  out.pos.push(pos);
  out.cols.push(mc);
  const values = grid.values;
  const sheet = pos.sheet;
  const orgText = new Map<string, { text: string; key: string } | null>();
  const branchText = new Map<string, string | null>();
  let group: string | null = null;
  let count = 0;
  const fName = mf("name"), fOrg = mf("org");
  // The previous row's raw cell and reading per column: lists come grouped by organisation and the
  // closed lists (gender, bands, ratings) repeat, so most cells need no look-up at all.
  let lastOrgRaw: unknown = undefined, lastOrg: { text: string; key: string } | null = null;
  let lastBranchRaw: unknown = undefined, lastBranch: string | null = null;
  let lastGenderRaw: unknown = undefined, lastGender: "nam" | "nu" | null = null;
  let lastQualRaw: unknown = undefined, lastQual: string | null = null;
  let lastTheoryRaw: unknown = undefined, lastTheory: string | null = null;
  // Rows per organisation key (a size hint for the duplicate check), one Map update per run of rows.
  let runOrg: { text: string; key: string } | null = null;
  let run = 0;
  let lastRatingRaw: unknown = undefined, lastRating: ReturnType<typeof parseRating> = parseRating(null);

  const yes = (row: CellValue[], r: number, c: number, id: string): boolean | null => {
    if (c < 0) return null;
    const v = row[c];
    if (v === null || v === undefined || v === "") return null;
    if (v === "x") return true; // the template's mark: no look-up
    const y = readYes(v);
    if (y !== null && typeof y === "object") {
      reportFail(rd, pos, r, c, y, mf(id), v);
      return null;
    }
    return y;
  };

  const today = rd.today;
  const rowBase = pos.originRow + 1;
  const dateAt = (row: CellValue[], r: number, c: number, id: string): number | null | undefined => {
    const v = row[c];
    if (v === null || v === undefined || v === "") return null;
    if (typeof v === "number" && v > 2200 && v <= today && v === Math.floor(v)) return v;
    return dateCell(rd, pos, grid, r, c, v, mf(id));
  };

  for (let r = found.dataStart; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const nameV = mc.name >= 0 ? row[mc.name] : null;
    const orgV = mc.org >= 0 ? row[mc.org] : null;
    const orgBlank = orgV === null || orgV === undefined || orgV === "";
    if (orgBlank || typeof nameV !== "string") {
      if (isRowBlank(row, colList) || isTotalsRow(row, mc.name)) continue;
      const g = groupRowName(row);
      if (g !== null) {
        group = g;
        continue;
      }
    }
    count++;
    let bad = false;
    // name
    // A clean name is taken as it is, and its hash for the duplicate check comes with the same pass.
    let nh = -1;
    const name = typeof nameV === "string" && (nh = cleanNameHash(nameV)) >= 0 ? nameV : nameV === undefined ? null : cellText(rd, pos, r, mc.name, nameV);
    if (!name) {
      rd.sink.add("REQUIRED_EMPTY", { sheet, cell: addressOf(pos, r, mc.name), row: excelRow(pos, r) }, { column: fName.header });
      bad = true;
    }
    // organisation (cached per distinct text)
    let org: { text: string; key: string } | null = null;
    if (!orgBlank) {
      if (orgV === lastOrgRaw) org = lastOrg;
      else {
        const raw = typeof orgV === "string" ? orgV : String(orgV);
        org = orgText.get(raw) ?? null;
        if (!orgText.has(raw)) {
          const t = cellText(rd, pos, r, mc.org, raw);
          org = t ? { text: t, key: orgKey(t) } : null;
          orgText.set(raw, org);
        }
        lastOrgRaw = orgV;
        lastOrg = org;
      }
    } else if (group) {
      org = orgText.get("\u0000" + group) ?? null;
      if (!org) {
        org = { text: group, key: orgKey(group) };
        orgText.set("\u0000" + group, org);
      }
    }
    if (!org) {
      rd.sink.add("REQUIRED_EMPTY", { sheet, cell: addressOf(pos, r, mc.org >= 0 ? mc.org : mc.name), row: excelRow(pos, r) }, { column: fOrg.header });
      bad = true;
    }
    // branch
    let branch: string | null = null;
    if (mc.branch >= 0) {
      const v = row[mc.branch];
      if (v === lastBranchRaw) branch = lastBranch;
      else if (v !== null && v !== undefined && v !== "") {
        const raw = typeof v === "string" ? v : String(v);
        const cached = branchText.get(raw);
        if (cached !== undefined) branch = cached;
        else {
          branch = cellText(rd, pos, r, mc.branch, raw);
          branchText.set(raw, branch);
        }
        lastBranchRaw = v;
        lastBranch = branch;
      }
    }
    // dates: whole serials after 1906 up to today are taken as they are; anything else goes through readDate
    let birth: number | null = null, admission: number | null = null, official: number | null = null;
    if (mc.birth >= 0) {
      const d = dateAt(row, r, mc.birth, "birth");
      if (d === undefined) bad = true;
      else birth = d;
    }
    if (mc.admission >= 0) {
      const d = dateAt(row, r, mc.admission, "admission");
      if (d === undefined) bad = true;
      else admission = d;
    }
    if (mc.official >= 0) {
      const d = dateAt(row, r, mc.official, "official");
      if (d === undefined) bad = true;
      else official = d;
    }
    // gender
    let gender: "nam" | "nu" | null = null;
    if (mc.gender >= 0) {
      const v = row[mc.gender];
      if (v === lastGenderRaw) gender = lastGender;
      else if (v !== null && v !== undefined && v !== "") {
        const g = readGender(v);
        if (g !== null && typeof g === "object") reportFail(rd, pos, r, mc.gender, g, mf("gender"), v);
        else {
          gender = g;
          lastGenderRaw = v;
          lastGender = g;
        }
      }
    }
    // qualification, theory
    let qualification: string | null = null, politicalTheory: string | null = null;
    if (mc.qualification >= 0) {
      const v = row[mc.qualification];
      if (v === lastQualRaw) qualification = lastQual;
      else if (typeof v === "string" && v !== "") {
        qualification = qualificationBand(v);
        lastQualRaw = v;
        lastQual = qualification;
      }
    }
    if (mc.politicalTheory >= 0) {
      const v = row[mc.politicalTheory];
      if (v === lastTheoryRaw) politicalTheory = lastTheory;
      else if (typeof v === "string" && v !== "") {
        politicalTheory = theoryBand(v);
        lastTheoryRaw = v;
        lastTheory = politicalTheory;
      }
    }
    // rating and reason
    let rating: RatingCode | null = null;
    let notRated: Member["notRated"] = null;
    if (mc.rating >= 0) {
      const v = row[mc.rating];
      if (v !== null && v !== undefined && v !== "") {
        let reading = lastRating;
        if (v !== lastRatingRaw) {
          reading = parseRating(v);
          lastRatingRaw = v;
          lastRating = reading;
        }
        if (reading.unknown) bad = reportFail(rd, pos, r, mc.rating, { fail: "LIST_UNKNOWN" }, mf("rating"), v) || bad;
        else if (reading.legacy) {
          if (rd.ratingYear === null || rd.ratingYear >= 2018) noteRatingLegacy(rd, pos, r, mc.rating, String(v), reading.legacySuggestion);
        } else if (reading.notRated) notRated = reading.reason;
        else rating = reading.code;
      }
    }
    if (mc.notRatedReason >= 0) {
      const v = row[mc.notRatedReason];
      if (v !== null && v !== undefined && v !== "") {
        const reason = parseNotRatedReason(v);
        if (reason) {
          if (rating !== null) rd.sink.add("NOT_RATED_CONFLICT", { sheet, cell: addressOf(pos, r, mc.notRatedReason), row: excelRow(pos, r) }, { value: displayValue(v) });
          else notRated = notRated ?? reason;
        }
      }
    }
    const m: Member = {
      ref: { sheet, row: r + rowBase },
      name: name ?? "",
      birth,
      gender,
      org: org ? org.text : "",
      orgKey: org ? org.key : "",
      branch,
      admission,
      official,
      qualification,
      politicalTheory,
      student: yes(row, r, mc.student, "student"),
      privateEnterprise: yes(row, r, mc.privateEnterprise, "privateEnterprise"),
      youthUnion: yes(row, r, mc.youthUnion, "youthUnion"),
      rating,
      notRated,
      inspected: yes(row, r, mc.inspected, "inspected"),
      studied: yes(row, r, mc.studied, "studied"),
      committed: yes(row, r, mc.committed, "committed"),
    };
    const k = out.items.length;
    out.items.push(m);
    out.nameHash[k] = nh;
    if (org !== runOrg) {
      if (runOrg) out.orgRows.set(runOrg.key, (out.orgRows.get(runOrg.key) ?? 0) + run);
      runOrg = org;
      run = 0;
    }
    run++;
    out.bad[k] = bad ? 1 : 0;
    out.table[k] = tIndex;
    out.rows[k] = r;
  }
  if (runOrg) out.orgRows.set(runOrg.key, (out.orgRows.get(runOrg.key) ?? 0) + run);
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
  const members: MemberRows = { items: [], bad: new Uint8Array(memberCap), table: new Int32Array(memberCap), rows: new Int32Array(memberCap), nameHash: new Float64Array(memberCap), orgRows: new Map(), pos: [], cols: [] };
  const recognisedTables: RecognisedTable[] = [];
  for (const { grid, t } of found) {
    if (!t) continue;
    const pos: SheetPos = { sheet: grid.name, originRow: grid.origin?.row ?? 0, originCol: grid.origin?.column ?? 0 };
    reportMissingColumns(rd, pos, t.table, t);
    const g = withLegacyColumnsDecoded(rd, grid, pos, t);
    let n = 0;
    if (t.table === "organisations") n = readOrganisations(rd, g, pos, t, orgs);
    else if (t.table === "members") n = readMembers(rd, g, pos, t, members);
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
  validateDataSet(ctx, orgs, members, unions);
  const keep = <T>(rows: { items: T[]; bad: ArrayLike<number> }): T[] => {
    let clean = true;
    for (let i = 0; i < rows.items.length && clean; i++) if (rows.bad[i]) clean = false;
    if (clean) return rows.items; // nothing left out: no copy of a million-entry list
    const out: T[] = [];
    for (let i = 0; i < rows.items.length; i++) if (!rows.bad[i]) out.push(rows.items[i]);
    return out;
  };
  const ds: DataSet = {
    organisations: keep(orgs),
    members: keep(members),
    unions: keep(unions),
    committeeRating: labels.committee,
    recognised: recognisedTables,
    issues: sink.issues,
    issuesOmitted: [],
    excluded: {
      organisations: orgs.items.length - 0,
      members: members.items.length,
      unions: unions.items.length,
    },
    ratingYear,
  };
  ds.excluded = {
    organisations: orgs.items.length - ds.organisations.length,
    members: members.items.length - ds.members.length,
    unions: unions.items.length - ds.unions.length,
  };
  const sheetOf = (rows: { pos: SheetPos[] }): string | null => rows.pos[0]?.sheet ?? null;
  if (ds.excluded.organisations) sink.add("ROWS_EXCLUDED", { sheet: sheetOf(orgs) }, { count: ds.excluded.organisations, table: "Tổ chức" });
  if (ds.excluded.members) sink.add("ROWS_EXCLUDED", { sheet: sheetOf(members) }, { count: ds.excluded.members, table: "Đảng viên" });
  if (ds.excluded.unions) sink.add("ROWS_EXCLUDED", { sheet: sheetOf(unions) }, { count: ds.excluded.unions, table: "Đoàn thể" });
  ds.issuesOmitted = sink.omitted;
  return ds;
}

export { serialFromYMD };
