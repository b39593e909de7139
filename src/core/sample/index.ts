import type { CellValue, WorkbookGrid } from "../model/grid";
import type { RatingCode } from "../model/rating";
import type { SheetModel } from "../sheet/model";
import { cellAddress, columnLetter } from "../sheet/address";
import { detectLegacyEncoding, toTcvn3 } from "../text/legacy";
import { MEMBER_FIELDS, ORG_FIELDS, RATING_VALUES, UNION_FIELDS } from "../data/fields";
import { addMonths, serialFromYMD, ymdFromSerial } from "../data/values";
import { buildTableSheet, TEMPLATE_FIRST_DATA_ROW } from "../templates";
import { checkExcellentCap } from "../validation/cap";
import { AGENCIES_CHI_BO, AGENCIES_DANG_BO, DEPARTMENTS, FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE } from "./names";

/**
 * Deterministic sample workbook in the template layout. By default the size and mix of the
 * Đảng bộ Khối of seed 004: 68 TCCSĐ (34 đảng bộ cơ sở with chi bộ trực thuộc, 34 chi bộ cơ sở),
 * 2,712 members with its qualification and political-theory breakdown. `members` scales it up
 * (1,000,000 for benchmarks); `dirty` injects one error of every kind at a known cell.
 */

export interface SampleOptions {
  members?: number;
  dirty?: boolean;
  seed?: number;
  /** Rating year (default 2025). */
  year?: number;
}

export interface InjectedError {
  code: string;
  sheet: string;
  cell: string;
}

export interface Sample {
  sheets: SheetModel[];
  grids: WorkbookGrid;
  injected: InjectedError[];
}

export const SAMPLE_DEFAULT_MEMBERS = 2712;
export const SAMPLE_DEFAULT_YEAR = 2025;

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE = SAMPLE_DEFAULT_MEMBERS;
/** Seed 004 breakdown ("tiến sỹ 27, thạc sĩ 654, đại học 1807…"); its parts add to 2,724, so đại học is taken as 1,795 to make 2,712. */
const QUALIFICATION_QUOTA: [string, number][] = [
  ["Tiến sỹ", 27], ["Thạc sĩ", 654], ["Đại học", 1795], ["Cao đẳng", 29], ["Trung cấp", 149], ["Công nhân kỹ thuật, nhân viên nghiệp vụ", 53], ["Sinh viên", 5],
];
/** "701 … cao cấp, cử nhân; 732 … trung cấp"; the rest sơ cấp or none (not in the seed). */
const THEORY_QUOTA: [string, number][] = [["Cao cấp, cử nhân", 701], ["Trung cấp", 732], ["Sơ cấp", 1100], ["", 179]];
const ADMITTED_PER_BASE = 95;
const STUDENTS_PER_BASE = 16;

/** Split `total` into parts proportional to `weights` (largest remainder), each at least `min`. */
function apportion(total: number, weights: number[], min = 0): number[] {
  const base = weights.map(() => min);
  const rest = Math.max(0, total - min * weights.length);
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (rest * w) / sum);
  const out = raw.map((x, i) => base[i] + Math.floor(x));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as [number, number]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}

/** An array of `n` labels following the quotas (scaled to n), shuffled. */
function quotaArray(n: number, quota: [string, number][], rnd: () => number): string[] {
  const counts = apportion(n, quota.map((q) => q[1]));
  const out: string[] = new Array<string>(n);
  let k = 0;
  counts.forEach((c, i) => {
    for (let j = 0; j < c; j++) out[k++] = quota[i][0];
  });
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}

interface OrgRow {
  name: string;
  type: "Đảng bộ cơ sở" | "Chi bộ cơ sở" | "Chi bộ trực thuộc";
  parent: string | null;
  /** Index of the parent row for chi bộ trực thuộc. */
  parentIndex: number;
  /** Members of this unit (chi bộ cơ sở / chi bộ trực thuộc); for đảng bộ cơ sở the sum of its chi bộ. */
  members: number;
  rating: RatingCode;
  admitted: number;
  admittedStudents: number;
  admittedPE: number;
  admittedYouth: number;
  by: Record<RatingCode | "none", number>;
  studied: number;
  committed: number;
  exemplars: number;
  inspectedMembers: number;
  subBranches: number | null;
  subBranchesInspected: number | null;
  inspected: boolean;
  modelsRegistered: number | null;
  modelsPassed: number | null;
  danVanKheo: number | null;
  democracyGood: boolean | null;
  tasksDone: boolean | null;
}

const RATING_TEXT: Record<RatingCode, string> = {
  HTXSNV: RATING_VALUES[0],
  HTTNV: RATING_VALUES[1],
  HTNV: RATING_VALUES[2],
  KHTNV: RATING_VALUES[3],
};

const col = (fields: { id: string }[], id: string): number => fields.findIndex((f) => f.id === id);
const OC = (id: string): number => col(ORG_FIELDS, id);
const MC = (id: string): number => col(MEMBER_FIELDS, id);
const UC = (id: string): number => col(UNION_FIELDS, id);

/** Member attributes, column-wise (typed arrays: a million members stay compact). */
interface MemberTable {
  n: number;
  unit: Int32Array; // org row index of the chi bộ (cơ sở or trực thuộc)
  tccsd: Int32Array; // org row index of the TCCSĐ
  birth: Int32Array;
  admission: Int32Array;
  official: Int32Array; // 0 = none (dự bị)
  female: Uint8Array;
  nameId: Int32Array;
  rating: Int8Array; // 0..3 = RATING_CODES, -1 not rated
  reason: Int8Array; // 0 none, 1 miễn, 2 đình chỉ, 3 mới kết nạp
  flags: Uint8Array; // 1 student, 2 private enterprise, 4 youth union, 8 inspected, 16 studied, 32 committed, 64 admitted this year
  qualification: string[];
  theory: string[];
}

const CODES: RatingCode[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];
const REASONS = ["", "Miễn sinh hoạt đảng", "Đình chỉ sinh hoạt đảng", "Mới kết nạp dưới 6 tháng"];

function memberName(id: number): string {
  // id = ((female * F + family) * M + middle) * G + given, with list sizes of the largest lists
  const g = id % 64;
  const rest = Math.floor(id / 64);
  const m = rest % 16;
  const rest2 = Math.floor(rest / 16);
  const f = rest2 % 32;
  const female = Math.floor(rest2 / 32) === 1;
  return `${FAMILY[f]} ${(female ? MIDDLE_FEMALE : MIDDLE_MALE)[m]} ${(female ? GIVEN_FEMALE : GIVEN_MALE)[g]}`;
}
const FAMILY_UNIQUE = FAMILY.map((f) => FAMILY.indexOf(f));
const MIDDLE_UNIQUE = [MIDDLE_MALE.map((x) => MIDDLE_MALE.indexOf(x)), MIDDLE_FEMALE.map((x) => MIDDLE_FEMALE.indexOf(x))];

/** Build the organisations and members (column-wise) of a clean sample. */
function buildModel(n: number, year: number, rnd: () => number): { orgs: OrgRow[]; m: MemberTable } {
  const yearEnd = serialFromYMD(year, 12, 31) as number;
  const yearStart = serialFromYMD(year, 1, 1) as number;
  const midYear = serialFromYMD(year, 7, 1) as number;
  // ---- organisations: each đảng bộ cơ sở followed by its chi bộ trực thuộc, then the chi bộ cơ sở
  const orgs: OrgRow[] = [];
  const blankOrg = (name: string, type: OrgRow["type"], parent: string | null, parentIndex: number): OrgRow => ({
    name, type, parent, parentIndex, members: 0, rating: "HTTNV", admitted: 0, admittedStudents: 0, admittedPE: 0, admittedYouth: 0,
    by: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, none: 0 }, studied: 0, committed: 0, exemplars: 0, inspectedMembers: 0,
    subBranches: null, subBranchesInspected: null, inspected: false, modelsRegistered: null, modelsPassed: null, danVanKheo: null, democracyGood: null, tasksDone: null,
  });
  const units: number[] = [];
  const unitWeight: number[] = [];
  for (const agency of AGENCIES_DANG_BO) {
    const pi = orgs.length;
    const parent = blankOrg(`Đảng bộ ${agency}`, "Đảng bộ cơ sở", null, -1);
    orgs.push(parent);
    const k = 3 + Math.floor(rnd() * 4);
    parent.subBranches = k;
    const start = Math.floor(rnd() * DEPARTMENTS.length);
    for (let j = 0; j < k; j++) {
      units.push(orgs.length);
      unitWeight.push(10 + rnd() * 16);
      orgs.push(blankOrg(`Chi bộ ${DEPARTMENTS[(start + j) % DEPARTMENTS.length]}`, "Chi bộ trực thuộc", parent.name, pi));
    }
  }
  for (const agency of AGENCIES_CHI_BO) {
    units.push(orgs.length);
    unitWeight.push(8 + rnd() * 20);
    orgs.push(blankOrg(`Chi bộ ${agency}`, "Chi bộ cơ sở", null, -1));
  }
  const sizes = apportion(n, unitWeight, Math.min(3, Math.floor(n / units.length)));

  // ---- members, column-wise
  const m: MemberTable = {
    n,
    unit: new Int32Array(n), tccsd: new Int32Array(n), birth: new Int32Array(n), admission: new Int32Array(n), official: new Int32Array(n),
    female: new Uint8Array(n), nameId: new Int32Array(n), rating: new Int8Array(n), reason: new Int8Array(n), flags: new Uint8Array(n),
    qualification: quotaArray(n, QUALIFICATION_QUOTA, rnd), theory: quotaArray(n, THEORY_QUOTA, rnd),
  };
  let i = 0;
  units.forEach((u, k) => {
    orgs[u].members = sizes[k];
    const t = orgs[u].parentIndex >= 0 ? orgs[u].parentIndex : u;
    for (let j = 0; j < sizes[k]; j++, i++) {
      m.unit[i] = u;
      m.tccsd[i] = t;
    }
  });
  // admissions this year: students first (every "Sinh viên"), then others
  const admittedCount = Math.max(1, Math.round((ADMITTED_PER_BASE * n) / BASE));
  const studentCount = Math.min(admittedCount, Math.max(1, Math.round((STUDENTS_PER_BASE * n) / BASE)));
  const admitted = new Uint8Array(n);
  const students: number[] = [];
  for (let j = 0; j < n && students.length < studentCount; j++) if (m.qualification[j] === "Sinh viên") students.push(j);
  while (students.length < studentCount) {
    const j = Math.floor(rnd() * n);
    if (!admitted[j] && m.qualification[j] !== "Sinh viên" && (m.qualification[j] === "Cao đẳng" || m.qualification[j] === "Trung cấp" || m.qualification[j] === "Đại học") && !students.includes(j)) students.push(j);
  }
  for (const j of students) admitted[j] = 2;
  let a = students.length;
  while (a < admittedCount) {
    const j = Math.floor(rnd() * n);
    if (admitted[j] || m.qualification[j] === "Sinh viên") continue;
    admitted[j] = 1;
    a++;
  }
  const used = new Set<number>();
  const peEvery = Math.max(1, Math.round(admittedCount / 2));
  let admittedSeen = 0;
  for (let j = 0; j < n; j++) {
    const female = rnd() < 0.46 ? 1 : 0;
    m.female[j] = female;
    let age: number; // at the end of the year
    let admission: number;
    if (admitted[j]) {
      age = admitted[j] === 2 ? 20 + Math.floor(rnd() * 4) : 23 + Math.floor(rnd() * 14);
      admission = yearStart + Math.floor(rnd() * 300); // 1 January .. end of October
    } else {
      age = 23 + Math.floor(Math.pow(rnd(), 0.9) * 37); // 23..59
      admission = 0;
    }
    let birth = (serialFromYMD(year - age, 1, 1) as number) + Math.floor(rnd() * 360);
    if (!admitted[j]) {
      const ageAtAdmission = 19 + Math.floor(rnd() * Math.max(1, Math.min(age - 19, 27)));
      admission = Math.min(birth + Math.floor(ageAtAdmission * 365.25) + 30 + Math.floor(rnd() * 200), yearStart - 1);
    }
    // unique name + birth in the whole sample: the same one inside a TCCSĐ is a duplicate, in two TCCSĐ a member
    // listed twice (MEMBER_IN_TWO_ORGS); the checks must stay silent on the clean sample
    const fam = Math.floor(rnd() * FAMILY.length);
    const mid = Math.floor(rnd() * (female ? MIDDLE_FEMALE.length : MIDDLE_MALE.length));
    const giv = Math.floor(rnd() * (female ? GIVEN_FEMALE.length : GIVEN_MALE.length));
    const id = ((female * 32 + fam) * 16 + mid) * 64 + giv;
    const uid = ((female * 32 + FAMILY_UNIQUE[fam]) * 16 + MIDDLE_UNIQUE[female][mid]) * 64 + giv;
    while (used.has(uid * 60000 + birth)) birth++;
    used.add(uid * 60000 + birth);
    if (admission - birth < 6575 + 30) admission = birth + 6575 + 30; // 18 years and a month
    m.nameId[j] = id;
    m.birth[j] = birth;
    m.admission[j] = admission;
    const due = addMonths(admission, 12);
    const off = due + Math.floor(rnd() * 20);
    m.official[j] = off <= yearEnd ? off : due <= yearEnd ? yearEnd : 0;
    let flags = 0;
    if (admitted[j] === 2) flags |= 1;
    if (admitted[j]) {
      flags |= 64;
      if (admittedSeen++ % peEvery === peEvery - 1 && admitted[j] === 1) flags |= 2;
    }
    if (age <= 30 && rnd() < 0.75) flags |= 4;
    if (rnd() < 0.32) flags |= 8;
    m.flags[j] = flags;
    // not rated: new (admitted in the second half), exempted (older), suspended (rare)
    if (admitted[j] && admission >= midYear) m.reason[j] = 3;
    else if (age >= 55 && rnd() < 0.06) m.reason[j] = 1;
    else if (rnd() < 0.0008) m.reason[j] = 2;
    if (m.reason[j] !== 1 && rnd() < 0.997) flags |= 16;
    if (m.reason[j] !== 1 && rnd() < 0.994) flags |= 32;
    m.flags[j] = flags;
  }
  // ratings per TCCSĐ: ~12% HTXSNV within the literal 20% cap, ~4% HTNV, a few KHTNV
  const byTccsd = new Map<number, number[]>();
  for (let j = 0; j < n; j++) {
    if (m.reason[j]) {
      m.rating[j] = -1;
      continue;
    }
    let list = byTccsd.get(m.tccsd[j]);
    if (!list) byTccsd.set(m.tccsd[j], (list = []));
    list.push(j);
  }
  for (const list of byTccsd.values()) {
    const r = list.length;
    const k = r >= 100 ? Math.round(r * 0.004) : rnd() < r * 0.004 ? 1 : 0;
    const h = Math.round(r * 0.04);
    let x = Math.round(r * 0.12);
    let t = r - x - h - k;
    while (x > 0 && checkExcellentCap({ HTXSNV: x, HTTNV: t }, "literal").over) {
      x--;
      t++;
    }
    for (let s = r - 1; s > 0; s--) {
      const q = Math.floor(rnd() * (s + 1));
      const tmp = list[s];
      list[s] = list[q];
      list[q] = tmp;
    }
    list.forEach((j, p) => (m.rating[j] = p < x ? 0 : p < x + t ? 1 : p < x + t + h ? 2 : 3));
  }
  // aggregates per row (chi bộ rows and their đảng bộ cơ sở)
  for (let j = 0; j < n; j++) {
    const rows = orgs[m.unit[j]].parentIndex >= 0 ? [m.unit[j], orgs[m.unit[j]].parentIndex] : [m.unit[j]];
    for (const o of rows) {
      const org = orgs[o];
      const fl = m.flags[j];
      if (m.rating[j] >= 0) org.by[CODES[m.rating[j]]]++;
      else org.by.none++;
      if (fl & 8) org.inspectedMembers++;
      if (fl & 16) org.studied++;
      if (fl & 32) org.committed++;
      if (fl & 64) {
        org.admitted++;
        if (fl & 1) org.admittedStudents++;
        if (fl & 2) org.admittedPE++;
        if (fl & 4) org.admittedYouth++;
      }
    }
  }
  // organisations' own figures
  const tccsd = orgs.map((o, k) => [o, k] as [OrgRow, number]).filter(([o]) => o.type !== "Chi bộ trực thuộc");
  tccsd.forEach(([o], k) => {
    o.rating = k % 7 === 3 ? "HTXSNV" : k % 14 === 5 ? "HTNV" : "HTTNV";
    o.inspected = k % 4 === 1;
    o.modelsRegistered = 1 + Math.floor(rnd() * 3);
    o.modelsPassed = o.modelsRegistered - (rnd() < 0.15 ? 1 : 0);
    o.danVanKheo = Math.floor(rnd() * 3);
    o.democracyGood = rnd() < 0.88;
    o.tasksDone = rnd() < 0.95;
    if (o.type === "Chi bộ cơ sở") o.exemplars = 1 + (rnd() < 0.2 ? 1 : 0) - (rnd() < 0.05 ? 1 : 0);
  });
  orgs.forEach((o) => {
    if (o.type !== "Chi bộ trực thuộc") return;
    o.members = o.by.HTXSNV + o.by.HTTNV + o.by.HTNV + o.by.KHTNV + o.by.none;
    o.exemplars = rnd() < 0.94 ? 1 : 0;
    o.rating = rnd() < 0.12 ? "HTNV" : "HTTNV";
    o.inspected = rnd() < 0.33;
    const p = orgs[o.parentIndex];
    p.exemplars += o.exemplars;
    p.subBranchesInspected = (p.subBranchesInspected ?? 0) + (o.inspected ? 1 : 0);
  });
  for (const o of orgs) if (o.type === "Đảng bộ cơ sở") o.members = o.by.HTXSNV + o.by.HTTNV + o.by.HTNV + o.by.KHTNV + o.by.none;
  return { orgs, m };
}

function orgRowValues(o: OrgRow): CellValue[] {
  const row = new Array<CellValue>(ORG_FIELDS.length).fill(null);
  const set = (id: string, v: CellValue) => (row[OC(id)] = v);
  const isBranch = o.type === "Chi bộ trực thuộc";
  set("name", o.name);
  set("type", o.type);
  set("parent", o.parent);
  set("members", o.members);
  set("rating", RATING_TEXT[o.rating]);
  set("admitted", o.admitted);
  set("admittedStudents", o.admittedStudents);
  set("admittedPrivateEnterprise", o.admittedPE);
  set("admittedYouthUnion", o.admittedYouth);
  set("ratedHTXSNV", o.by.HTXSNV);
  set("ratedHTTNV", o.by.HTTNV);
  set("ratedHTNV", o.by.HTNV);
  set("ratedKHTNV", o.by.KHTNV);
  set("ratedNone", o.by.none);
  set("studied", o.studied);
  set("committed", o.committed);
  set("exemplars", o.exemplars);
  set("membersInspected", o.inspectedMembers);
  set("subBranches", o.subBranches);
  set("subBranchesInspected", o.subBranchesInspected);
  set("inspected", o.inspected ? "x" : null);
  if (!isBranch) {
    set("modelsRegistered", o.modelsRegistered);
    set("modelsPassed", o.modelsPassed);
    set("danVanKheo", o.danVanKheo);
    set("democracyGood", o.democracyGood ? "x" : null);
    set("professionalTasksDone", o.tasksDone ? "x" : null);
  }
  return row;
}

function memberRowValues(m: MemberTable, orgs: OrgRow[], j: number): CellValue[] {
  const unit = orgs[m.unit[j]];
  const fl = m.flags[j];
  const r = m.rating[j];
  // Column order of MEMBER_FIELDS.
  return [
    memberName(m.nameId[j]),
    m.birth[j],
    m.female[j] ? "Nữ" : "Nam",
    orgs[m.tccsd[j]].name,
    unit.type === "Chi bộ trực thuộc" ? unit.name : null,
    m.admission[j],
    m.official[j] || null,
    m.qualification[j],
    m.theory[j] || null,
    fl & 1 ? "x" : null,
    fl & 2 ? "x" : null,
    fl & 4 ? "x" : null,
    r >= 0 ? RATING_TEXT[CODES[r]] : null,
    m.reason[j] ? REASONS[m.reason[j]] : null,
    fl & 8 ? "x" : null,
    fl & 16 ? "x" : null,
    fl & 32 ? "x" : null,
  ];
}

function unionRows(): CellValue[][] {
  const rows: CellValue[][] = [
    ["Công đoàn Viên chức Khối các cơ quan tỉnh", "Trên cơ sở", RATING_TEXT.HTXSNV],
    ["Đoàn Thanh niên Khối các cơ quan tỉnh", "Trên cơ sở", RATING_TEXT.HTTNV],
    // The three đoàn thể trực thuộc of a Đảng bộ Khối (the sample resolution sets a target on "03 Đoàn thể").
    ["Hội Cựu chiến binh Khối các cơ quan tỉnh", "Trên cơ sở", RATING_TEXT.HTTNV],
  ];
  AGENCIES_DANG_BO.slice(0, 24).forEach((a, k) => rows.push([`Công đoàn cơ sở ${a}`, "Cơ sở", RATING_TEXT[k % 6 === 2 ? "HTXSNV" : k % 11 === 7 ? "HTNV" : "HTTNV"]]));
  AGENCIES_DANG_BO.slice(0, 12).forEach((a, k) => rows.push([`Chi đoàn ${a}`, "Cơ sở", RATING_TEXT[k % 5 === 1 ? "HTXSNV" : "HTTNV"]]));
  return rows;
}

// ------------------------------------------------------------------ dirty sample

const excelRowOfData = (i: number): number => TEMPLATE_FIRST_DATA_ROW + i + 1;

function inject(orgs: OrgRow[], orgRows: CellValue[][], m: MemberTable, memberRows: CellValue[][], unions: CellValue[][], year: number, names: { org: string; member: string; union: string }): InjectedError[] {
  const out: InjectedError[] = [];
  const orgCell = (i: number, id: string): string => `${columnLetter(OC(id))}${excelRowOfData(i)}`;
  const memCell = (i: number, id: string): string => `${columnLetter(MC(id))}${excelRowOfData(i)}`;
  const note = (code: string, sheet: string, cell: string) => out.push({ code, sheet, cell });
  const db = orgs.map((o, i) => [o, i] as [OrgRow, number]).filter(([o]) => o.type === "Đảng bộ cơ sở").map(([, i]) => i);
  const cb = orgs.map((o, i) => [o, i] as [OrgRow, number]).filter(([o]) => o.type === "Chi bộ cơ sở").map(([, i]) => i);
  const badOrgRows = new Set<number>();
  const setO = (i: number, id: string, v: CellValue) => (orgRows[i][OC(id)] = v);
  const num = (i: number, id: string) => orgRows[i][OC(id)] as number;

  // --- members (Tổ chức figures are left as they are; member rows only)
  const usedMembers = new Set<number>();
  const capOrg = db[1];
  const pick = (from: number, ok: (j: number) => boolean): number => {
    for (let k = 0; k < m.n; k++) {
      const j = (from + k) % m.n;
      if (!usedMembers.has(j) && !usedMembers.has(j - 1) && !usedMembers.has(j + 1) && m.tccsd[j] !== capOrg && ok(j)) {
        usedMembers.add(j);
        return j;
      }
    }
    return -1;
  };
  const at = (k: number) => Math.floor(((k + 1) * m.n) / 24);
  const yearStart = serialFromYMD(year, 1, 1) as number;
  let j = pick(at(0), () => true);
  memberRows[j][MC("name")] = null;
  note("REQUIRED_EMPTY", names.member, memCell(j, "name"));
  j = pick(at(1), (q) => m.rating[q] >= 0);
  memberRows[j][MC("rating")] = "Khá";
  note("LIST_UNKNOWN", names.member, memCell(j, "rating"));
  j = pick(at(2), () => true);
  memberRows[j][MC("birth")] = "31/02/1980";
  note("DATE_INVALID", names.member, memCell(j, "birth"));
  j = pick(at(3), (q) => m.official[q] > 0);
  memberRows[j][MC("official")] = "01/01/2099";
  note("DATE_FUTURE", names.member, memCell(j, "official"));
  j = pick(at(4), (q) => m.admission[q] - m.birth[q] > 20 * 366);
  memberRows[j][MC("birth")] = ymdFromSerial(m.birth[j]).y; // the year alone
  note("DATE_YEAR_ONLY", names.member, memCell(j, "birth"));
  j = pick(at(5), (q) => m.tccsd[q + 1] === m.tccsd[q] && m.unit[q + 1] === m.unit[q]);
  usedMembers.add(j + 1);
  memberRows[j + 1][MC("name")] = memberRows[j][MC("name")];
  memberRows[j + 1][MC("birth")] = memberRows[j][MC("birth")];
  note("DUPLICATE_MEMBER", names.member, memCell(j + 1, "name"));
  j = pick(at(6), () => true);
  memberRows[j][MC("org")] = "Đảng bộ Sở Không Có Trong Danh Sách";
  memberRows[j][MC("branch")] = null;
  note("MEMBER_ORG_UNKNOWN", names.member, memCell(j, "org"));
  j = pick(at(7), () => true);
  memberRows[j][MC("admission")] = m.birth[j] - 10;
  memberRows[j][MC("official")] = null;
  note("ADMISSION_BEFORE_BIRTH", names.member, memCell(j, "admission"));
  j = pick(at(8), (q) => m.official[q] > 0);
  memberRows[j][MC("admission")] = m.birth[j] + 16 * 365;
  memberRows[j][MC("official")] = addMonths(m.birth[j] + 16 * 365, 12);
  note("ADMISSION_UNDER_18", names.member, memCell(j, "admission"));
  j = pick(at(9), (q) => m.official[q] > 0);
  memberRows[j][MC("official")] = m.admission[j] - 30;
  note("OFFICIAL_BEFORE_ADMISSION", names.member, memCell(j, "official"));
  j = pick(at(10), (q) => m.official[q] > 0 && m.admission[q] < yearStart - 800);
  memberRows[j][MC("official")] = null;
  note("PROBATION_OVERDUE", names.member, memCell(j, "official"));
  j = pick(at(11), (q) => m.official[q] > 0 && m.admission[q] < yearStart - 400);
  memberRows[j][MC("birth")] = addMonths(m.admission[j], -61 * 12);
  note("ADMISSION_OVER_60", names.member, memCell(j, "admission"));
  j = pick(at(12), (q) => m.rating[q] >= 0);
  memberRows[j][MC("notRatedReason")] = REASONS[1];
  note("NOT_RATED_CONFLICT", names.member, memCell(j, "notRatedReason"));
  j = pick(at(13), (q) => m.rating[q] >= 0);
  memberRows[j][MC("rating")] = "Đủ tư cách, hoàn thành tốt nhiệm vụ";
  note("RATING_LEGACY", names.member, memCell(j, "rating"));
  // the organisation typed in TCVN3 (the first such cell of the column is reported)
  j = pick(at(14), (q) => detectLegacyEncoding(toTcvn3(orgs[m.tccsd[q]].name)) !== null);
  memberRows[j][MC("org")] = toTcvn3(memberRows[j][MC("org")] as string);
  note("LEGACY_ENCODING", names.member, memCell(j, "org"));
  j = pick(at(15), () => true);
  memberRows[j][MC("gender")] = "Không rõ";
  note("LIST_UNKNOWN", names.member, memCell(j, "gender"));
  // the same person listed in two organisations: a later member of another TCCSĐ takes an earlier one's name and birth
  j = pick(at(16), () => true);
  const twin = pick(at(17), (q) => q > j && m.tccsd[q] !== m.tccsd[j]);
  memberRows[twin][MC("name")] = memberRows[j][MC("name")];
  memberRows[twin][MC("birth")] = memberRows[j][MC("birth")];
  note("MEMBER_IN_TWO_ORGS", names.member, memCell(twin, "name"));

  // --- EXCELLENT_CAP: one đảng bộ cơ sở with far too many HTXSNV members
  {
    let x = 0, t = 0;
    const rated: number[] = [];
    for (let q = 0; q < m.n; q++) if (m.tccsd[q] === capOrg && (m.rating[q] === 0 || m.rating[q] === 1)) rated.push(q);
    rated.forEach((q, k) => {
      const ex = k % 2 === 0;
      if (ex !== (m.rating[q] === 0)) {
        memberRows[q][MC("rating")] = RATING_TEXT[ex ? "HTXSNV" : "HTTNV"];
        // keep the chi bộ and đảng bộ figures in step with the list
        const unit = m.unit[q];
        for (const o of [unit, capOrg]) {
          setO(o, "ratedHTXSNV", num(o, "ratedHTXSNV") + (ex ? 1 : -1));
          setO(o, "ratedHTTNV", num(o, "ratedHTTNV") + (ex ? -1 : 1));
        }
      }
      if (ex) x++;
      else t++;
    });
    if (checkExcellentCap({ HTXSNV: x, HTTNV: t }, "literal").over) note("EXCELLENT_CAP", names.org, orgCell(capOrg, "name"));
  }

  // --- Tổ chức: figures
  setO(db[2], "admitted", "ba");
  note("NUMBER_INVALID", names.org, orgCell(db[2], "admitted"));
  badOrgRows.add(db[2]);
  setO(db[3], "exemplars", -1);
  note("NUMBER_NEGATIVE", names.org, orgCell(db[3], "exemplars"));
  badOrgRows.add(db[3]);
  setO(db[4], "studied", "120%");
  note("PERCENT_OVER_100", names.org, orgCell(db[4], "studied"));
  badOrgRows.add(db[4]);
  setO(db[5], "membersInspected", num(db[5], "members") + 5);
  note("INSPECTED_OVER_TOTAL", names.org, orgCell(db[5], "membersInspected"));
  badOrgRows.add(db[5]);
  setO(db[6], "admittedStudents", num(db[6], "admitted") + 2);
  note("STUDENTS_OVER_ADMITTED", names.org, orgCell(db[6], "admittedStudents"));
  badOrgRows.add(db[6]);
  setO(db[7], "modelsPassed", num(db[7], "modelsRegistered") + 1);
  note("PART_OVER_TOTAL", names.org, orgCell(db[7], "modelsPassed"));
  badOrgRows.add(db[7]);
  setO(db[8], "ratedHTTNV", num(db[8], "ratedHTTNV") - 2);
  note("RATING_SUM_MISMATCH", names.org, orgCell(db[8], "members"));
  setO(db[9], "members", num(db[9], "members") + 3);
  setO(db[9], "ratedHTTNV", num(db[9], "ratedHTTNV") + 3);
  note("MEMBER_COUNT_MISMATCH", names.org, orgCell(db[9], "members"));
  setO(db[10], "danVanKheo", "1,5");
  note("NUMBER_NOT_INTEGER", names.org, orgCell(db[10], "danVanKheo"));
  setO(db[11], "committed", "100%");
  note("SHARE_CONVERTED", names.org, orgCell(db[11], "committed"));
  setO(cb[1], "type", "Tổ chức khác");
  note("LIST_UNKNOWN", names.org, orgCell(cb[1], "type"));
  badOrgRows.add(cb[1]);
  // EXCELLENT_CAP_ORGS: five more TCCSĐ rated HTXSNV
  let flipped = 0;
  for (const i of db.slice(12)) {
    if (flipped >= 6) break;
    if (orgs[i].rating === "HTTNV") {
      setO(i, "rating", RATING_TEXT.HTXSNV);
      orgs[i].rating = "HTXSNV";
      flipped++;
    }
  }
  // appended rows
  const base = orgRows.length;
  const copy = orgRows[cb[2]].slice();
  orgRows.push(copy);
  note("DUPLICATE_ORG", names.org, orgCell(base, "name"));
  const orphan = orgRowValues({ ...orgs[db[0] + 1], name: "Chi bộ Phòng Lưu trữ", parent: "Đảng bộ Sở Không Có Trong Danh Sách" });
  orphan[OC("members")] = null;
  for (const id of ["ratedHTXSNV", "ratedHTTNV", "ratedHTNV", "ratedKHTNV", "ratedNone", "studied", "committed", "membersInspected", "admitted", "admittedStudents", "admittedPrivateEnterprise", "admittedYouthUnion"]) orphan[OC(id)] = null;
  orgRows.push(orphan);
  note("PARENT_MISSING", names.org, orgCell(base + 1, "parent"));
  const noName = new Array<CellValue>(ORG_FIELDS.length).fill(null);
  noName[OC("type")] = "Chi bộ cơ sở";
  noName[OC("members")] = 5;
  orgRows.push(noName);
  note("REQUIRED_EMPTY", names.org, orgCell(base + 2, "name"));
  // the cap over organisations: rating column from the first to the last TCCSĐ rated HTXSNV/HTTNV still in the check
  {
    const rows: number[] = [];
    let x = 0, t = 0;
    orgs.forEach((o, i) => {
      if (o.type === "Chi bộ trực thuộc" || badOrgRows.has(i)) return;
      if (o.rating === "HTXSNV") x++;
      else if (o.rating === "HTTNV") t++;
      else return;
      rows.push(i);
    });
    if (checkExcellentCap({ HTXSNV: x, HTTNV: t }, "literal").over) {
      note("EXCELLENT_CAP_ORGS", names.org, `${orgCell(Math.min(...rows), "rating")}:${orgCell(Math.max(...rows), "rating")}`);
    }
  }

  // --- Đoàn thể
  unions[3][UC("level")] = null;
  note("EXPECTED_EMPTY", names.union, `${columnLetter(UC("level"))}${excelRowOfData(3)}`);
  unions.push(unions[5].slice());
  note("DUPLICATE_UNION", names.union, `${columnLetter(UC("name"))}${excelRowOfData(unions.length - 1)}`);
  return out;
}

// ------------------------------------------------------------------ entry points

function buildRows(options: SampleOptions): { orgRows: CellValue[][]; memberRows: CellValue[][]; unions: CellValue[][]; injected: InjectedError[]; year: number } {
  const n = Math.max(10, Math.floor(options.members ?? SAMPLE_DEFAULT_MEMBERS));
  // Callers check this first (the CLI says it in words); a smaller dirty sample would lack rows for some errors.
  if (options.dirty && n < DIRTY_MIN_MEMBERS) throw new RangeError(`dirty sample needs >= ${DIRTY_MIN_MEMBERS} members, got ${n}`);
  const year = options.year ?? SAMPLE_DEFAULT_YEAR;
  const rnd = prng(options.seed ?? 4);
  const { orgs, m } = buildModel(n, year, rnd);
  const orgRows = orgs.map(orgRowValues);
  const memberRows: CellValue[][] = new Array<CellValue[]>(n);
  for (let j = 0; j < n; j++) memberRows[j] = memberRowValues(m, orgs, j);
  const unions = unionRows();
  const injected = options.dirty ? inject(orgs, orgRows, m, memberRows, unions, year, { org: "Tổ chức", member: "Đảng viên", union: "Đoàn thể" }) : [];
  return { orgRows, memberRows, unions, injected, year };
}

/** The sample as styled sheets (template layout) plus the same values as grids for the reader. */
/** Fewest members a `dirty` sample can hold: below it some kinds of error find no row to go in (tested for seeds 1–8). */
export const DIRTY_MIN_MEMBERS = 300;

export function generateSample(options: SampleOptions = {}): Sample {
  const { orgRows, memberRows, unions, injected, year } = buildRows(options);
  const big = memberRows.length > 100000;
  const sheets = [
    buildTableSheet("organisations", "vi", { rows: orgRows, role: "input-sample", year, committeeRating: RATING_TEXT.HTTNV }),
    buildTableSheet("members", "vi", { rows: memberRows, role: "input-sample", table: !big }),
    buildTableSheet("unions", "vi", { rows: unions, role: "input-sample" }),
  ];
  // The grids share the sheets' value arrays: no copy of a million rows.
  const grids: WorkbookGrid = { sheets: sheets.map((s) => ({ name: s.name, values: s.values })) };
  return { sheets, grids, injected };
}

/** Only the grids (no styling), for the benchmark. */
export function generateSampleGrids(options: SampleOptions = {}): { grids: WorkbookGrid; injected: InjectedError[] } {
  const { orgRows, memberRows, unions, injected, year } = buildRows(options);
  const head = (title: string, header: string[]): CellValue[][] => [[title], [], [], header];
  const orgHead = head("DANH SÁCH TỔ CHỨC", ORG_FIELDS.map((f) => f.header));
  orgHead[1] = ["Năm xếp loại:", year, "Xếp loại Đảng bộ:", RATING_TEXT.HTTNV];
  const grids: WorkbookGrid = {
    sheets: [
      { name: "Tổ chức", values: orgHead.concat(orgRows) },
      { name: "Đảng viên", values: head("DANH SÁCH ĐẢNG VIÊN", MEMBER_FIELDS.map((f) => f.header)).concat(memberRows) },
      { name: "Đoàn thể", values: head("DANH SÁCH ĐOÀN THỂ", UNION_FIELDS.map((f) => f.header)).concat(unions) },
    ],
  };
  return { grids, injected };
}

export { cellAddress };
