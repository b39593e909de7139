import type { TableId } from "../data/fields";
import type { IndicatorId } from "./ids";

/** One way to compute an indicator: these columns of one table, all of them. */
export interface ColumnNeed {
  table: TableId;
  fields: string[];
}

const MEMBER_RATING: ColumnNeed[] = [
  { table: "members", fields: ["rating"] },
  { table: "organisations", fields: ["ratedHTXSNV", "ratedHTTNV", "ratedHTNV", "ratedKHTNV"] },
];
const ORG = (...fields: string[]): ColumnNeed[] => [{ table: "organisations", fields }];
const UNION_RATING: ColumnNeed[] = [{ table: "unions", fields: ["rating"] }];

/**
 * The columns each indicator reads, in the order the indicator tries them (the member list first, then the
 * organisations' totals). When a target ends in "Thiếu dữ liệu" and no way is complete, the check names the
 * first way's missing columns on that table's header row (issue 13 item 10). The committee's rating is a label.
 */
export const INDICATOR_COLUMNS: Record<IndicatorId, ColumnNeed[]> = {
  "org.rating.htxsnv.share": ORG("rating"),
  "org.rating.httnv_plus.share": ORG("rating"),
  "org.rating.htnv_plus.share": ORG("rating"),
  "org.rating.khtnv.share": ORG("rating"),
  "member.rating.htxsnv.share": MEMBER_RATING,
  "member.rating.httnv_plus.share": MEMBER_RATING,
  "member.rating.htnv_plus.share": MEMBER_RATING,
  "member.rating.khtnv.share": MEMBER_RATING,
  "member.admitted.count": [{ table: "members", fields: ["admission"] }, ...ORG("admitted")],
  "member.admitted.students.count": [{ table: "members", fields: ["admission", "student"] }, ...ORG("admittedStudents")],
  "member.admitted.private.count": [{ table: "members", fields: ["admission", "privateEnterprise"] }, ...ORG("admittedPrivateEnterprise")],
  "member.admitted.youth.count": [{ table: "members", fields: ["admission", "youthUnion"] }, ...ORG("admittedYouthUnion")],
  "member.studied.share": [{ table: "members", fields: ["studied"] }, ...ORG("studied")],
  "member.committed.share": [{ table: "members", fields: ["committed"] }, ...ORG("committed")],
  "member.inspected.share": [{ table: "members", fields: ["inspected"] }, ...ORG("membersInspected")],
  "branch.inspected.share": [...ORG("inspected"), ...ORG("subBranchesInspected", "subBranches")],
  "org.inspected.share": ORG("inspected"),
  "org.exemplars.per_unit": ORG("exemplars"),
  "org.models.per_unit": ORG("modelsRegistered"),
  "org.danvankheo.per_unit": ORG("danVanKheo"),
  "org.admitted.per_unit": [{ table: "members", fields: ["admission"] }, ...ORG("admitted")],
  "org.models.registered.share": ORG("modelsRegistered"),
  "org.models.passed.share": ORG("modelsPassed"),
  "org.tasks.share": ORG("professionalTasksDone"),
  "org.democracy.share": ORG("democracyGood"),
  "union.rating.httnv_plus.count": UNION_RATING,
  "union.rating.httnv_plus.share": UNION_RATING,
  "union.rating.htnv_plus.share": UNION_RATING,
  "union.upper.rating": [{ table: "unions", fields: ["level", "rating"] }],
  "committee.rating": [],
};
