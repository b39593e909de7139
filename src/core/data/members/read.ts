import type { CellValue, SheetGrid } from "../../model/grid";
import { TABLE_FIELDS, type FieldSpec } from "../fields";
import type { FoundTable } from "../find";
import { parseNotRatedReason, parseRating } from "../rating";
import { cleanNameHash, cleanText } from "../text";
import { qualificationBand, readGender, readYes, theoryBand } from "../values";
import { addressOf, excelRow, type SheetPos } from "../../validation/sink";
import { cellText, dateCell, displayValue, isRowBlank, isTotalsRow, noteRatingLegacy, orgKey, reportFail, type Reader } from "../cells";
import { CODE_OF_RATING, CODE_OF_REASON, genderCode, NO, NO_DATE, YES } from "./codes";
import { memberColumns, type MemberColumns, type MemberStore } from "./store";

const FIELD_BY_ID = new Map(TABLE_FIELDS.members.map((f) => [f.id, f]));
function mf(id: string): FieldSpec {
  return FIELD_BY_ID.get(id) as FieldSpec;
}

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

interface OrgReading {
  text: string;
  key: string;
  /** Index in the store's organisation dictionary. */
  code: number;
}

const blank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === "";

/**
 * Reads the rows of one member table into the store, one row at a time straight into the column arrays
 * (no object per member; issues come in row order as before). Lists come grouped by organisation and the
 * closed lists (gender, bands, ratings) repeat, so each column remembers the previous row's raw cell and
 * its reading: most cells need no look-up at all.
 */
class MemberTableReader {
  private readonly sheet: string;
  private readonly mc: MemberColumns;
  private readonly tIndex: number;
  private readonly rowBase: number;
  private readonly orgText = new Map<string, OrgReading | null>();
  private readonly branchCode = new Map<string, number>();
  private group: string | null = null;
  private bad = false;
  private lastOrgRaw: unknown = undefined;
  private lastOrg: OrgReading | null = null;
  private lastBranchRaw: unknown = undefined;
  private lastBranch = -1;
  private lastGenderRaw: unknown = undefined;
  private lastGender = 0;
  private lastQualRaw: unknown = undefined;
  private lastQual = -1;
  private lastTheoryRaw: unknown = undefined;
  private lastTheory = -1;
  private lastRatingRaw: unknown = undefined;
  private lastRating = parseRating(null);

  constructor(private readonly rd: Reader, private readonly grid: SheetGrid, private readonly pos: SheetPos, private readonly found: FoundTable, private readonly out: MemberStore) {
    this.mc = memberColumns(found.columns);
    this.sheet = pos.sheet;
    this.rowBase = pos.originRow + 1;
    this.tIndex = out.tables.length;
    out.tables.push({ pos, cols: this.mc });
  }

  /** Every data row of the table; returns how many were member rows (good or bad). */
  readAll(): number {
    const { values } = this.grid;
    const mc = this.mc;
    const colList = [...this.found.columns.values()];
    let count = 0;
    for (let r = this.found.dataStart; r < values.length; r++) {
      const row = values[r];
      if (!row) continue;
      const nameV = mc.name >= 0 ? row[mc.name] : null;
      const orgV = mc.org >= 0 ? row[mc.org] : null;
      if (blank(orgV) || typeof nameV !== "string") {
        if (isRowBlank(row, colList) || isTotalsRow(row, mc.name)) continue;
        const g = groupRowName(row);
        if (g !== null) {
          this.group = g;
          continue;
        }
      }
      count++;
      this.readRow(row, r, nameV, orgV);
    }
    return count;
  }

  private readRow(row: CellValue[], r: number, nameV: CellValue | undefined, orgV: CellValue | undefined): void {
    const out = this.out;
    const mc = this.mc;
    const k = out.length++;
    this.bad = false;
    this.readName(k, r, nameV);
    const org = this.readOrg(r, orgV);
    out.org[k] = org ? org.code : -1;
    out.branch[k] = mc.branch >= 0 ? this.readBranch(r, row[mc.branch]) : -1;
    out.birth[k] = this.dateAt(row, r, mc.birth, "birth");
    out.admission[k] = this.dateAt(row, r, mc.admission, "admission");
    out.official[k] = this.dateAt(row, r, mc.official, "official");
    out.gender[k] = mc.gender >= 0 ? this.readGenderCell(r, row[mc.gender]) : 0;
    out.qualification[k] = mc.qualification >= 0 ? this.readQualification(row[mc.qualification]) : -1;
    out.theory[k] = mc.politicalTheory >= 0 ? this.readTheory(row[mc.politicalTheory]) : -1;
    this.readRating(row, r, k);
    out.student[k] = this.yes(row, r, mc.student, "student");
    out.privateEnterprise[k] = this.yes(row, r, mc.privateEnterprise, "privateEnterprise");
    out.youthUnion[k] = this.yes(row, r, mc.youthUnion, "youthUnion");
    out.inspected[k] = this.yes(row, r, mc.inspected, "inspected");
    out.studied[k] = this.yes(row, r, mc.studied, "studied");
    out.committed[k] = this.yes(row, r, mc.committed, "committed");
    out.bad[k] = this.bad ? 1 : 0;
    out.table[k] = this.tIndex;
    out.gridRow[k] = r;
  }

  /** A clean name is taken as it is (the cell's own string), and its hash for the duplicate check comes with the same pass. */
  private readName(k: number, r: number, nameV: CellValue | undefined): void {
    let nh = -1;
    const name = typeof nameV === "string" && (nh = cleanNameHash(nameV)) >= 0 ? nameV : nameV === undefined ? null : cellText(this.rd, this.pos, r, this.mc.name, nameV);
    if (!name) {
      this.rd.sink.add("REQUIRED_EMPTY", { sheet: this.sheet, cell: addressOf(this.pos, r, this.mc.name), row: excelRow(this.pos, r) }, { column: mf("name").header });
      this.bad = true;
    }
    this.out.names[k] = name ?? "";
    this.out.nameHash[k] = nh;
  }

  /** The organisation, cached per distinct text; a blank cell takes the group row above. */
  private readOrg(r: number, orgV: CellValue | undefined): OrgReading | null {
    let org: OrgReading | null = null;
    if (!blank(orgV)) {
      if (orgV === this.lastOrgRaw) org = this.lastOrg;
      else {
        const raw = typeof orgV === "string" ? orgV : String(orgV);
        org = this.orgText.get(raw) ?? null;
        if (!this.orgText.has(raw)) {
          const t = cellText(this.rd, this.pos, r, this.mc.org, raw);
          org = t ? this.orgReading(t, orgKey(t)) : null;
          this.orgText.set(raw, org);
        }
        this.lastOrgRaw = orgV;
        this.lastOrg = org;
      }
    } else if (this.group) {
      org = this.orgText.get("\u0000" + this.group) ?? null;
      if (!org) {
        org = this.orgReading(this.group, orgKey(this.group));
        this.orgText.set("\u0000" + this.group, org);
      }
    }
    if (!org) {
      const c = this.mc.org >= 0 ? this.mc.org : this.mc.name;
      this.rd.sink.add("REQUIRED_EMPTY", { sheet: this.sheet, cell: addressOf(this.pos, r, c), row: excelRow(this.pos, r) }, { column: mf("org").header });
      this.bad = true;
    }
    return org;
  }

  private orgReading(text: string, key: string): OrgReading {
    return { text, key, code: this.out.orgs.intern(text, key) };
  }

  private readBranch(r: number, v: CellValue | undefined): number {
    if (v === this.lastBranchRaw) return this.lastBranch;
    if (blank(v)) return -1;
    const raw = typeof v === "string" ? v : String(v);
    let code = this.branchCode.get(raw);
    if (code === undefined) {
      const t = cellText(this.rd, this.pos, r, this.mc.branch, raw);
      code = t === null ? -1 : this.out.branches.intern(t);
      this.branchCode.set(raw, code);
    }
    this.lastBranchRaw = v;
    this.lastBranch = code;
    return code;
  }

  /** Whole serials after 1906 up to today are taken as they are; anything else goes through readDate. NO_DATE: blank or an error. */
  private dateAt(row: CellValue[], r: number, c: number, id: string): number {
    if (c < 0) return NO_DATE;
    const v = row[c];
    if (v === null || v === undefined || v === "") return NO_DATE;
    if (typeof v === "number" && v > 2200 && v <= this.rd.today && v === Math.floor(v)) return v;
    const d = dateCell(this.rd, this.pos, this.grid, r, c, v, mf(id));
    if (d === undefined) this.bad = true;
    return d === null || d === undefined ? NO_DATE : d;
  }

  private readGenderCell(r: number, v: CellValue | undefined): number {
    if (v === this.lastGenderRaw) return this.lastGender;
    if (blank(v)) return 0;
    const g = readGender(v as CellValue);
    if (g !== null && typeof g === "object") {
      reportFail(this.rd, this.pos, r, this.mc.gender, g, mf("gender"), v as CellValue);
      return 0;
    }
    this.lastGenderRaw = v;
    this.lastGender = genderCode(g);
    return this.lastGender;
  }

  private readQualification(v: CellValue | undefined): number {
    if (v === this.lastQualRaw) return this.lastQual;
    if (typeof v !== "string" || v === "") return -1;
    this.lastQualRaw = v;
    this.lastQual = this.out.qualifications.intern(qualificationBand(v));
    return this.lastQual;
  }

  private readTheory(v: CellValue | undefined): number {
    if (v === this.lastTheoryRaw) return this.lastTheory;
    if (typeof v !== "string" || v === "") return -1;
    this.lastTheoryRaw = v;
    this.lastTheory = this.out.theories.intern(theoryBand(v));
    return this.lastTheory;
  }

  /** Rating and the reason for not being rated. */
  private readRating(row: CellValue[], r: number, k: number): void {
    const { mc, rd, out } = this;
    let rating = 0;
    let reasonCode = 0;
    if (mc.rating >= 0 && !blank(row[mc.rating])) {
      const v = row[mc.rating];
      if (v !== this.lastRatingRaw) {
        this.lastRating = parseRating(v);
        this.lastRatingRaw = v;
      }
      const reading = this.lastRating;
      if (reading.unknown) this.bad = reportFail(rd, this.pos, r, mc.rating, { fail: "LIST_UNKNOWN" }, mf("rating"), v) || this.bad;
      else if (reading.legacy) {
        if (rd.ratingYear === null || rd.ratingYear >= 2018) noteRatingLegacy(rd, this.pos, r, mc.rating, String(v), reading.legacySuggestion);
      } else if (reading.notRated) reasonCode = reading.reason ? CODE_OF_REASON[reading.reason] : 0;
      else if (reading.code) rating = CODE_OF_RATING[reading.code];
    }
    if (mc.notRatedReason >= 0 && !blank(row[mc.notRatedReason])) {
      const v = row[mc.notRatedReason];
      const reason = parseNotRatedReason(v);
      if (reason) {
        if (rating !== 0) rd.sink.add("NOT_RATED_CONFLICT", { sheet: this.sheet, cell: addressOf(this.pos, r, mc.notRatedReason), row: excelRow(this.pos, r) }, { value: displayValue(v) });
        else if (reasonCode === 0) reasonCode = CODE_OF_REASON[reason];
      }
    }
    out.rating[k] = rating;
    out.notRated[k] = reasonCode;
  }

  /** A yes/no cell as a tri-state code (codes.ts). */
  private yes(row: CellValue[], r: number, c: number, id: string): number {
    if (c < 0) return 0;
    const v = row[c];
    if (v === null || v === undefined || v === "") return 0;
    if (v === "x") return YES; // the template's mark: no look-up
    const y = readYes(v);
    if (y !== null && typeof y === "object") {
      reportFail(this.rd, this.pos, r, c, y, mf(id), v);
      return 0;
    }
    return y === null ? 0 : y ? YES : NO;
  }
}

/** Read one member table of a sheet into the store; returns its member rows (good or bad). */
export function readMemberTable(rd: Reader, grid: SheetGrid, pos: SheetPos, found: FoundTable, out: MemberStore): number {
  return new MemberTableReader(rd, grid, pos, found, out).readAll();
}
