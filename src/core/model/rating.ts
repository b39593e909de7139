/**
 * Quality rating levels (xếp loại chất lượng) since 2018 (QĐ 132, 124, 366).
 * Order matters: index 0 is the best level.
 */
export const RATING_CODES = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;
export type RatingCode = (typeof RATING_CODES)[number];

/** Rank of a level: higher is better (HTXSNV = 4 … KHTNV = 1). */
export function ratingRank(code: RatingCode): number {
  return RATING_CODES.length - RATING_CODES.indexOf(code);
}

/** "từ HTTNV trở lên" means HTXSNV or HTTNV. */
export function ratingAtLeast(code: RatingCode, floor: RatingCode): boolean {
  return ratingRank(code) >= ratingRank(floor);
}

/** Why a member or organisation was not rated (domain.md §1.4). */
export type NotRatedReason = "mien" | "dinh-chi" | "moi-ket-nap" | "thanh-lap-moi" | "khac";

/**
 * The reading of one rating cell. `code` null with `notRated` false means the cell was blank or unreadable.
 * `legacy` marks pre-2018 vocabulary (TSVM, "đủ tư cách…"), which is reported, never silently mapped.
 */
export interface RatingReading {
  code: RatingCode | null;
  notRated: boolean;
  reason: NotRatedReason | null;
  legacy: boolean;
  /** The closest post-2018 level for legacy words, only as a suggestion shown to the user. */
  legacySuggestion: RatingCode | null;
  /** The cell could not be read as any known rating. */
  unknown: boolean;
}
