import type { DataSet, Member, Organisation, Union } from "../../../src/core/data/model";
import type { Target } from "../../../src/core/model/target";
import { foldKey } from "../../../src/core/text/normalize";

/** Hand-made records for the check's tests (no reader involved). */
export function org(name: string, p: Partial<Organisation> = {}, row = 2): Organisation {
  return {
    ref: { sheet: "Tổ chức", row },
    name,
    key: foldKey(name),
    type: "chi-bo-co-so",
    parent: null,
    parentKey: p.parent ? foldKey(p.parent) : null,
    members: null,
    rating: null,
    ratingNotRated: false,
    admitted: null,
    admittedStudents: null,
    admittedPrivateEnterprise: null,
    admittedYouthUnion: null,
    membersByRating: { HTXSNV: null, HTTNV: null, HTNV: null, KHTNV: null, notRated: null },
    studied: null,
    committed: null,
    exemplars: null,
    membersInspected: null,
    subBranches: null,
    subBranchesInspected: null,
    inspected: null,
    modelsRegistered: null,
    modelsPassed: null,
    danVanKheo: null,
    democracyGood: null,
    professionalTasksDone: null,
    ...p,
  };
}

export function member(orgName: string, p: Partial<Member> = {}, row = 2): Member {
  return {
    ref: { sheet: "Đảng viên", row },
    name: `ĐV ${row}`,
    birth: null,
    gender: null,
    org: orgName,
    orgKey: foldKey(orgName),
    branch: null,
    admission: null,
    official: null,
    qualification: null,
    politicalTheory: null,
    student: null,
    privateEnterprise: null,
    youthUnion: null,
    rating: null,
    notRated: null,
    inspected: null,
    studied: null,
    committed: null,
    ...p,
  };
}

export function union(name: string, p: Partial<Union> = {}, row = 2): Union {
  return { ref: { sheet: "Đoàn thể", row }, name, level: "co-so", rating: null, ...p };
}

export function dataSet(p: Partial<DataSet> = {}): DataSet {
  return {
    organisations: [],
    members: [],
    unions: [],
    committeeRating: null,
    recognised: [],
    issues: [],
    issuesOmitted: [],
    excluded: { organisations: 0, members: 0, unions: 0 },
    ratingYear: null,
    ...p,
  };
}

export function target(p: Partial<Target> = {}): Target {
  return {
    id: "1",
    parent: null,
    text: "chỉ tiêu",
    subject: null,
    kind: "percent",
    op: ">=",
    value: 0.9,
    max: null,
    stretch: null,
    unit: "%",
    per: null,
    scope: null,
    change: null,
    deadline: null,
    period: "year",
    indicator: null,
    confidence: 1,
    ...p,
  };
}

/** Excel serial of a date (1900 system), written out independently of the engine. */
export function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}
