import type { DataSet, Organisation, OrgType } from "../data/model";
import { RATING_CODES } from "../model/rating";
import { foldKey } from "../text/normalize";
// Straight from the modules, not the members/ index: its re-exports are getters, too slow in the loop below.
import { NO_DATE, YES } from "../data/members/codes";
import { memberStoreOf } from "../data/members/view";

/**
 * Everything the indicators need from the member list, gathered in ONE pass over the members
 * (typed counters, per organisation and in total), so computing every indicator of a
 * 1,000,000-member workbook costs one scan, not one scan per indicator.
 */
export interface MemberStats {
  total: number;
  /** Members whose field is filled (true/false or a date), per field: tells "column absent" from "all no". */
  known: { rating: number; admission: number; inspected: number; studied: number; committed: number; student: number; privateEnterprise: number; youthUnion: number };
  /** By rating index (RATING_CODES order); not-rated members are not here. */
  byRating: Int32Array;
  notRated: number;
  admitted: number;
  admittedStudents: number;
  admittedPrivate: number;
  admittedYouth: number;
  inspected: number;
  studied: number;
  committed: number;
  /** The same counters per organisation index (ds.organisations order). Members of an unknown organisation are in the totals only. */
  perOrg: PerOrgCounters;
}

export interface PerOrgCounters {
  total: Int32Array;
  rated: Int32Array;
  /** [orgIndex * 4 + ratingIndex] */
  byRating: Int32Array;
  admitted: Int32Array;
  inspected: Int32Array;
}

/** Reporting window in Excel serial days: [start, end). */
export interface Window {
  start: number;
  end: number;
}

const DAY_MS = 86400000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel serial day number (1900 system) of a calendar date; month may overflow (13 → next January). */
export function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / DAY_MS);
}

/** The first `months` months of `year` as serial days. */
export function reportingWindow(year: number, months: number): Window {
  return { start: excelSerial(year, 1, 1), end: excelSerial(year, 1 + months, 1) };
}

/** Grassroots organisation (tổ chức cơ sở đảng): đảng bộ cơ sở or chi bộ cơ sở. A row without a type counts as one when it has no parent. */
export function isGrassroots(o: Organisation): boolean {
  return o.type === "dang-bo-co-so" || o.type === "chi-bo-co-so" || (o.type === null && !o.parentKey);
}

/** Chi bộ trực thuộc a đảng bộ cơ sở (typed so, or untyped with a parent). */
export function isSubBranch(o: Organisation): boolean {
  return o.type === "chi-bo-truc-thuoc" || (o.type === null && !!o.parentKey);
}

export function effectiveType(o: Organisation): OrgType {
  if (o.type) return o.type;
  return o.parentKey ? "chi-bo-truc-thuoc" : "chi-bo-co-so";
}

/** Index of organisations by key, with each đảng bộ cơ sở's chi bộ trực thuộc. */
export interface OrgIndex {
  byKey: Map<string, number>;
  children: Map<number, number[]>;
}

export function indexOrganisations(ds: DataSet): OrgIndex {
  const byKey = new Map<string, number>();
  ds.organisations.forEach((o, i) => {
    if (!byKey.has(o.key)) byKey.set(o.key, i);
  });
  const children = new Map<number, number[]>();
  ds.organisations.forEach((o, i) => {
    if (!o.parentKey) return;
    const p = byKey.get(o.parentKey);
    if (p === undefined) return;
    const list = children.get(p);
    if (list) list.push(i);
    else children.set(p, [i]);
  });
  return { byKey, children };
}

/**
 * The organisation (and chi bộ trực thuộc) a member counts for, from its organisation key and chi bộ text.
 * Member rows repeat a few organisation and chi bộ names: each distinct pair is resolved once.
 */
class OrgResolver {
  private readonly orgOf = new Map<string, number>();
  private readonly subOf = new Map<string, number>();
  private readonly branchOf = new Map<number, Map<string, number>>();
  private readonly folded = new Map<number, string>();

  constructor(private readonly ds: DataSet, private readonly index: OrgIndex) {}

  private foldedName(k: number): string {
    let f = this.folded.get(k);
    if (f === undefined) this.folded.set(k, (f = foldKey(this.ds.organisations[k].name)));
    return f;
  }

  /** [organisation index, chi bộ index], -1 where none. */
  resolve(orgKey: string, branchName: string | null): [number, number] {
    const { ds, index } = this;
    let org = this.orgOf.get(orgKey);
    if (org === undefined) {
      org = index.byKey.get(orgKey) ?? -1;
      // The member's "tổ chức" may name the chi bộ trực thuộc itself: count it under its đảng bộ cơ sở.
      if (org >= 0 && isSubBranch(ds.organisations[org])) {
        const sub = org;
        org = index.byKey.get(ds.organisations[sub].parentKey ?? "") ?? -1;
        this.subOf.set(orgKey, sub);
      }
      this.orgOf.set(orgKey, org);
    }
    let branch = this.subOf.get(orgKey) ?? -1;
    if (branch < 0 && branchName && org >= 0) {
      let byName = this.branchOf.get(org);
      if (!byName) {
        byName = new Map();
        this.branchOf.set(org, byName);
      }
      let b = byName.get(branchName);
      if (b === undefined) {
        const kids = index.children.get(org);
        const fk = foldKey(branchName);
        b = -1;
        if (kids) for (const k of kids) if (ds.organisations[k].key === fk || this.foldedName(k) === fk) b = k;
        byName.set(branchName, b);
      }
      branch = b;
    }
    return [org, branch];
  }
}

/** One pass over the member store's columns (never the per-row view). `window` null: admissions are not counted (no reporting year). */
export function memberStats(ds: DataSet, index: OrgIndex, window: Window | null): MemberStats {
  const n = ds.organisations.length;
  const perOrg: PerOrgCounters = {
    total: new Int32Array(n),
    rated: new Int32Array(n),
    byRating: new Int32Array(n * 4),
    admitted: new Int32Array(n),
    inspected: new Int32Array(n),
  };
  const byRating = new Int32Array(RATING_CODES.length);
  let notRated = 0, admitted = 0, admittedStudents = 0, admittedPrivate = 0, admittedYouth = 0;
  let inspected = 0, studied = 0, committed = 0;
  let kRating = 0, kAdmission = 0, kInspected = 0, kStudied = 0, kCommitted = 0, kStudent = 0, kPrivate = 0, kYouth = 0;
  const resolver = new OrgResolver(ds, index);
  const s = memberStoreOf(ds);
  const n2 = s.length;
  const { org: orgCol, branch: branchCol, rating: ratingCol, notRated: notRatedCol, admission: admissionCol } = s;
  const { student: studentCol, privateEnterprise: privateCol, youthUnion: youthCol, inspected: inspectedCol, studied: studiedCol, committed: committedCol } = s;
  let lastOrgCode = -2;
  let lastBranchCode = -2;
  let lastOrg = -1;
  let lastBranchIdx = -1;
  const start = window ? window.start : 0;
  const end = window ? window.end : 0;
  for (let i = 0; i < n2; i++) {
    // Rows come grouped by organisation: the previous row's answer usually holds (no hashing at all).
    let org: number;
    let branch: number;
    const oc = orgCol[i], bc = branchCol[i];
    if (oc === lastOrgCode && bc === lastBranchCode) {
      org = lastOrg;
      branch = lastBranchIdx;
    } else {
      const resolved = resolver.resolve(oc < 0 ? "" : s.orgs.keys[oc], s.branches.text(bc));
      org = resolved[0];
      branch = resolved[1];
      lastOrgCode = oc;
      lastBranchCode = bc;
      lastOrg = org;
      lastBranchIdx = branch;
    }
    if (org >= 0) perOrg.total[org]++;
    if (branch >= 0) perOrg.total[branch]++;
    const r = ratingCol[i];
    if (r !== 0) {
      kRating++;
      const ri = r - 1; // codes 1…4 in RATING_CODES order
      byRating[ri]++;
      if (org >= 0) {
        perOrg.rated[org]++;
        perOrg.byRating[org * 4 + ri]++;
      }
      if (branch >= 0) {
        perOrg.rated[branch]++;
        perOrg.byRating[branch * 4 + ri]++;
      }
    } else if (notRatedCol[i] !== 0) {
      kRating++;
      notRated++;
    }
    const a = admissionCol[i];
    if (a !== NO_DATE) {
      kAdmission++;
      if (a >= start && a < end) {
        admitted++;
        if (studentCol[i] === YES) admittedStudents++;
        if (privateCol[i] === YES) admittedPrivate++;
        if (youthCol[i] === YES) admittedYouth++;
        if (org >= 0) perOrg.admitted[org]++;
        if (branch >= 0) perOrg.admitted[branch]++;
      }
    }
    if (studentCol[i] !== 0) kStudent++;
    if (privateCol[i] !== 0) kPrivate++;
    if (youthCol[i] !== 0) kYouth++;
    const ins = inspectedCol[i];
    if (ins !== 0) {
      kInspected++;
      if (ins === YES) {
        inspected++;
        if (org >= 0) perOrg.inspected[org]++;
        if (branch >= 0) perOrg.inspected[branch]++;
      }
    }
    if (studiedCol[i] !== 0) {
      kStudied++;
      if (studiedCol[i] === YES) studied++;
    }
    if (committedCol[i] !== 0) {
      kCommitted++;
      if (committedCol[i] === YES) committed++;
    }
  }
  return {
    total: n2,
    known: { rating: kRating, admission: kAdmission, inspected: kInspected, studied: kStudied, committed: kCommitted, student: kStudent, privateEnterprise: kPrivate, youthUnion: kYouth },
    byRating,
    notRated,
    admitted,
    admittedStudents,
    admittedPrivate,
    admittedYouth,
    inspected,
    studied,
    committed,
    perOrg,
  };
}
