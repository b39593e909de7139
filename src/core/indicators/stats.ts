import type { DataSet, Organisation, OrgType } from "../data/model";
import { RATING_CODES, type RatingCode } from "../model/rating";
import { foldKey } from "../text/normalize";

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

const RATING_INDEX: Record<RatingCode, number> = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };

/** One pass over ds.members. `window` null: admissions are not counted (no reporting year). */
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
  // Member rows repeat a few organisation and chi bộ names: resolve each distinct pair once.
  const orgOf = new Map<string, number>();
  const subOf = new Map<string, number>();
  const branchOf = new Map<number, Map<string, number>>();
  const folded = new Map<number, string>();
  const foldedName = (k: number): string => {
    let f = folded.get(k);
    if (f === undefined) folded.set(k, (f = foldKey(ds.organisations[k].name)));
    return f;
  };
  const resolve = (orgKey: string, branchName: string | null): [number, number] => {
    let org = orgOf.get(orgKey);
    if (org === undefined) {
      org = index.byKey.get(orgKey) ?? -1;
      // The member's "tổ chức" may name the chi bộ trực thuộc itself: count it under its đảng bộ cơ sở.
      if (org >= 0 && isSubBranch(ds.organisations[org])) {
        const sub = org;
        org = index.byKey.get(ds.organisations[sub].parentKey ?? "") ?? -1;
        subOf.set(orgKey, sub);
      }
      orgOf.set(orgKey, org);
    }
    let branch = subOf.get(orgKey) ?? -1;
    if (branch < 0 && branchName && org >= 0) {
      let byName = branchOf.get(org);
      if (!byName) {
        byName = new Map();
        branchOf.set(org, byName);
      }
      let b = byName.get(branchName);
      if (b === undefined) {
        const kids = index.children.get(org);
        const fk = foldKey(branchName);
        b = -1;
        if (kids) for (const k of kids) if (ds.organisations[k].key === fk || foldedName(k) === fk) b = k;
        byName.set(branchName, b);
      }
      branch = b;
    }
    return [org, branch];
  };
  let lastKey: string | null = null;
  let lastBranch: string | null = null;
  let lastOrg = -1;
  let lastBranchIdx = -1;
  const start = window ? window.start : 0;
  const end = window ? window.end : 0;
  const members = ds.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    // Rows come grouped by organisation: the previous row's answer usually holds (no hashing at all).
    let org: number;
    let branch: number;
    if (m.orgKey === lastKey && m.branch === lastBranch) {
      org = lastOrg;
      branch = lastBranchIdx;
    } else {
      const resolved = resolve(m.orgKey, m.branch);
      org = resolved[0];
      branch = resolved[1];
      lastKey = m.orgKey;
      lastBranch = m.branch;
      lastOrg = org;
      lastBranchIdx = branch;
    }
    if (org >= 0) perOrg.total[org]++;
    if (branch >= 0) perOrg.total[branch]++;
    const r = m.rating;
    if (r !== null) {
      kRating++;
      const ri = RATING_INDEX[r];
      byRating[ri]++;
      if (org >= 0) {
        perOrg.rated[org]++;
        perOrg.byRating[org * 4 + ri]++;
      }
      if (branch >= 0) {
        perOrg.rated[branch]++;
        perOrg.byRating[branch * 4 + ri]++;
      }
    } else if (m.notRated !== null) {
      kRating++;
      notRated++;
    }
    const a = m.admission;
    if (a !== null) {
      kAdmission++;
      if (a >= start && a < end) {
        admitted++;
        if (m.student === true) admittedStudents++;
        if (m.privateEnterprise === true) admittedPrivate++;
        if (m.youthUnion === true) admittedYouth++;
        if (org >= 0) perOrg.admitted[org]++;
        if (branch >= 0) perOrg.admitted[branch]++;
      }
    }
    if (m.student !== null) kStudent++;
    if (m.privateEnterprise !== null) kPrivate++;
    if (m.youthUnion !== null) kYouth++;
    if (m.inspected !== null) {
      kInspected++;
      if (m.inspected) {
        inspected++;
        if (org >= 0) perOrg.inspected[org]++;
        if (branch >= 0) perOrg.inspected[branch]++;
      }
    }
    if (m.studied !== null) {
      kStudied++;
      if (m.studied) studied++;
    }
    if (m.committed !== null) {
      kCommitted++;
      if (m.committed) committed++;
    }
  }
  return {
    total: members.length,
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
