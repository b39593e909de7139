/**
 * The 20% cap on "Hoàn thành xuất sắc nhiệm vụ" (domain.md §1.3): HTXSNV may not exceed
 * `share` × base, where the base is read either literally (those rated exactly HTTNV, HD 21 and
 * QĐ 124 wording) or as in practice (HTXSNV + HTTNV). A ceiling for the approving level, not a target.
 */
export type CapBase = "literal" | "practice";

export const DEFAULT_CAP_SHARE = 0.2;

/** The first rating year the cap applies to (QĐ 132-QĐ/TW, 2018). */
export const CAP_FIRST_YEAR = 2018;

/** Base in words that read the same in Vietnamese and English. */
export function capBaseLabel(base: CapBase): string {
  return base === "literal" ? "HTTNV" : "HTXSNV + HTTNV";
}

export function checkExcellentCap(
  counts: { HTXSNV: number; HTTNV: number },
  base: CapBase,
  share: number = DEFAULT_CAP_SHARE,
): { over: boolean; cap: number; share: number; base: string } {
  const s = Number.isFinite(share) && share > 0 ? share : DEFAULT_CAP_SHARE;
  const baseCount = base === "literal" ? counts.HTTNV : counts.HTXSNV + counts.HTTNV;
  // Round away binary noise: 20% × 150 must be exactly 30, not 30.000000000000004.
  const cap = Number((s * baseCount).toPrecision(12));
  return { over: counts.HTXSNV > cap, cap, share: s, base: capBaseLabel(base) };
}

/** Whether the cap applies to a rating year (null = unknown year: the current rules apply). */
export function capApplies(ratingYear: number | null): boolean {
  return ratingYear === null || ratingYear >= CAP_FIRST_YEAR;
}
