/**
 * The indicator ids: the contract between the reader (which binds a target to an indicator by
 * meaning), the "Chỉ tiêu" sheet (drop-down), and the check (which computes them).
 * The catalogue (./catalogue.ts) gives each its formula; ids never change once released.
 */
export const INDICATOR_IDS = [
  // Ratings of grassroots organisations (TCCSĐ), over those rated.
  "org.rating.htxsnv.share",
  "org.rating.httnv_plus.share",
  "org.rating.htnv_plus.share",
  "org.rating.khtnv.share",
  // Ratings of members, over those rated.
  "member.rating.htxsnv.share",
  "member.rating.httnv_plus.share",
  "member.rating.htnv_plus.share",
  "member.rating.khtnv.share",
  // Admissions (kết nạp đảng viên mới).
  "member.admitted.count",
  "member.admitted.students.count",
  "member.admitted.private.count",
  "member.admitted.youth.count",
  // Political education and commitments.
  "member.studied.share",
  "member.committed.share",
  // Inspection (kiểm tra, giám sát).
  "member.inspected.share",
  "branch.inspected.share",
  "org.inspected.share",
  // Per-unit targets, judged organisation by organisation.
  "org.exemplars.per_unit",
  "org.models.per_unit",
  "org.danvankheo.per_unit",
  "org.admitted.per_unit",
  // Models and innovations registered / rated "đạt", as a share of organisations.
  "org.models.registered.share",
  "org.models.passed.share",
  // Organisation-level shares of other yes/no facts.
  "org.tasks.share",
  "org.democracy.share",
  // Unions (đoàn thể) under the committee.
  "union.rating.httnv_plus.count",
  "union.rating.httnv_plus.share",
  "union.rating.htnv_plus.share",
  "union.upper.rating",
  // The committee's own rating.
  "committee.rating",
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

export function isIndicatorId(s: string): s is IndicatorId {
  return (INDICATOR_IDS as readonly string[]).includes(s);
}
