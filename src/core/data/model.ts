import type { DataIssue, IssueTally } from "../model/issue";
import type { NotRatedReason, RatingCode } from "../model/rating";
import type { MemberStore } from "./members/store";

/** Kind of party organisation (Loại hình). */
export type OrgType = "dang-bo-co-so" | "chi-bo-co-so" | "chi-bo-truc-thuoc";

/** Where a record came from: the sheet and 1-based row, so every figure can be traced back. */
export interface SourceRef {
  sheet: string;
  row: number;
}

/** Members of one organisation by rating, as typed in the aggregate columns of "Tổ chức". */
export interface RatingCounts {
  HTXSNV: number | null;
  HTTNV: number | null;
  HTNV: number | null;
  KHTNV: number | null;
  notRated: number | null;
}

/** One row of "Tổ chức": a grassroots organisation (TCCSĐ) or a chi bộ trực thuộc. */
export interface Organisation {
  ref: SourceRef;
  name: string;
  /** Folded name used to match member rows and parents. */
  key: string;
  type: OrgType | null;
  /** Name of the đảng bộ cơ sở a chi bộ trực thuộc belongs to. */
  parent: string | null;
  parentKey: string | null;
  members: number | null;
  /** The organisation's own rating. */
  rating: RatingCode | null;
  ratingNotRated: boolean;
  admitted: number | null;
  admittedStudents: number | null;
  admittedPrivateEnterprise: number | null;
  admittedYouthUnion: number | null;
  membersByRating: RatingCounts;
  studied: number | null;
  committed: number | null;
  exemplars: number | null;
  membersInspected: number | null;
  subBranches: number | null;
  subBranchesInspected: number | null;
  /** Organisation itself inspected/supervised by the committee this period ("x"). */
  inspected: boolean | null;
  modelsRegistered: number | null;
  modelsPassed: number | null;
  danVanKheo: number | null;
  /** Does it meet the democracy rule (Quy chế dân chủ) "tốt"? */
  democracyGood: boolean | null;
  /** Completed its professional/political tasks (hoàn thành chỉ tiêu nhiệm vụ chuyên môn). */
  professionalTasksDone: boolean | null;
}

/** One row of "Đảng viên". Dates are Excel serial day numbers (1900 system), null when blank. */
export interface Member {
  ref: SourceRef;
  name: string;
  birth: number | null;
  gender: "nam" | "nu" | null;
  org: string;
  orgKey: string;
  branch: string | null;
  admission: number | null;
  official: number | null;
  qualification: string | null;
  politicalTheory: string | null;
  student: boolean | null;
  privateEnterprise: boolean | null;
  youthUnion: boolean | null;
  rating: RatingCode | null;
  notRated: NotRatedReason | null;
  inspected: boolean | null;
  studied: boolean | null;
  committed: boolean | null;
}

/** One row of "Đoàn thể": a union under the committee. */
export interface Union {
  ref: SourceRef;
  name: string;
  /** "co-so" (grassroots) or "tren-co-so" (above grassroots). */
  level: "co-so" | "tren-co-so" | null;
  rating: RatingCode | null;
}

/** Which input table was found where, and which of its columns were recognised. */
export interface RecognisedTable {
  table: "organisations" | "members" | "unions";
  sheet: string;
  /** 1-based header row. */
  headerRow: number;
  /** Field id → column letter. */
  columns: Record<string, string>;
  /** Required or expected field ids not found. */
  missing: string[];
  /** Header texts present but not recognised (kept, ignored). */
  ignored: string[];
  /** Every header cell as read, left to right ("parent › child" under a two-row header). */
  headers?: string[];
  dataRows: number;
}

/** Everything read from the data sheets, validated. */
export interface DataSet {
  organisations: Organisation[];
  /**
   * The members as row objects. From readDataSet this is a view of `memberStore`, built on first access
   * (the check never asks for it); a data set built by hand may give just this.
   */
  members: Member[];
  /** The members column by column (members/store.ts): what validation, indicators and "Theo tổ chức" read. */
  memberStore?: MemberStore;
  unions: Union[];
  /** The committee's own rating when given (e.g. a cell "Xếp loại Đảng bộ"), else null. */
  committeeRating: RatingCode | null;
  recognised: RecognisedTable[];
  /** The issues kept in full (the first ISSUE_LIST_LIMIT, and every table-level one). */
  issues: DataIssue[];
  /** The issues past the limit, counted per code, sheet and column (empty for all but huge broken files). */
  issuesOmitted: IssueTally[];
  /** Rows left out of the check because of errors, per table. */
  excluded: { organisations: number; members: number; unions: number };
  /** Year the ratings are for, when known (chooses the rule set). */
  ratingYear: number | null;
}
