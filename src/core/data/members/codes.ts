import type { NotRatedReason, RatingCode } from "../../model/rating";

/**
 * The small codes of the member store's byte columns. 0 is always "blank", so a fresh typed array
 * (all zeros) is a column of blanks.
 */

/** Rating: 0 blank, 1…4 in RATING_CODES order (HTXSNV, HTTNV, HTNV, KHTNV). */
export const RATING_OF_CODE: readonly (RatingCode | null)[] = [null, "HTXSNV", "HTTNV", "HTNV", "KHTNV"];
export const CODE_OF_RATING: Record<RatingCode, number> = { HTXSNV: 1, HTTNV: 2, HTNV: 3, KHTNV: 4 };

/** Reason for not being rated: 0 none, then the reasons in this order. */
export const REASON_OF_CODE: readonly (NotRatedReason | null)[] = [null, "mien", "dinh-chi", "moi-ket-nap", "thanh-lap-moi", "khac"];
export const CODE_OF_REASON: Record<NotRatedReason, number> = { mien: 1, "dinh-chi": 2, "moi-ket-nap": 3, "thanh-lap-moi": 4, khac: 5 };

/** Dates are whole Excel serials (readDate floors them), kept in Int32Array columns; this is a blank date. */
export const NO_DATE = -2147483648;

/** Yes/no cells: 0 blank, 1 no, 2 yes. */
export const NO = 1;
export const YES = 2;
export function triCode(v: boolean | null): number {
  return v === null ? 0 : v ? YES : NO;
}
export function triValue(code: number): boolean | null {
  return code === 0 ? null : code === YES;
}

/** Gender: 0 blank, 1 nam, 2 nữ. */
export const GENDER_OF_CODE: readonly ("nam" | "nu" | null)[] = [null, "nam", "nu"];
export function genderCode(g: "nam" | "nu" | null): number {
  return g === null ? 0 : g === "nam" ? 1 : 2;
}
