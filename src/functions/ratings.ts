/**
 * Counting ratings in a range for NQ.DEM, NQ.TYLE and NQ.TRAN20: one pass over the cells, with the
 * reading of each distinct text cached (a ratings column has a handful of distinct spellings, so
 * 100,000 cells cost about 100,000 Map lookups).
 */
import { parseRating } from "../core/data/rating";
import { t } from "../core/i18n/messages";
import type { CellValue } from "../core/model/grid";
import { functionsLang } from "./lang";
import { RATING_CODES, ratingAtLeast, type RatingCode, type RatingReading } from "../core/model/rating";
import { parseTargetPhrase } from "../core/reader/phrase";
import { foldKey } from "../core/text/normalize";
import { errorCodeOf } from "./errors";
import { failWith, isBlank, rejectError, rows, shown, textArg } from "./args";

export interface RatingTally {
  counts: Record<RatingCode, number>;
  /** Cells with one of the four levels: the base of every share. */
  rated: number;
  /** "Không xếp loại", "miễn", "đình chỉ"…: excluded from the base. */
  notRated: number;
  blank: number;
}

/** What NQ.DEM / NQ.TYLE count: one level, a level and better/worse, or the not-rated cells. */
export type LevelSelector = { kind: "level"; code: RatingCode; cmp: "eq" | "ge" | "le" } | { kind: "not-rated" };

/** Words of a column header; such a text in a range's first row is skipped, not an error. */
const HEADER_WORDS = /\b(xep loai|danh gia|ket qua|muc|phan loai)\b/;

/** NQ.XEPLOAI's own "not rated" result in English Excel: read back as not rated, like "Không xếp loại". */
const NOT_RATED_EN = foldKey(t("functions.rating.not-rated", "en"));

/** parseRating, plus the English "Not rated" that NQ.XEPLOAI returns under an English display language. */
export function readRating(x: CellValue): RatingReading {
  if (typeof x === "string" && foldKey(x) === NOT_RATED_EN) return { ...parseRating("Không xếp loại"), reason: null };
  return parseRating(x);
}

/** Why a non-blank cell that is neither a level nor "not rated" cannot be counted. */
function unusable(raw: unknown, r: RatingReading): string {
  return r.legacy
    ? t("functions.err.rating-legacy", functionsLang(), { text: shown(raw), suggestion: r.legacySuggestion ?? "?" })
    : t("functions.err.rating-unknown", functionsLang(), { text: shown(raw) });
}

/** Count the ratings of a range. Any cell that is not a rating, blank or "not rated" is #VALUE! naming the cell. */
export function tallyRatings(range: unknown): RatingTally {
  const counts: Record<RatingCode, number> = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  let notRated = 0;
  let blank = 0;
  const cache = new Map<string, RatingReading>();
  const grid = rows(range);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const raw = row[c];
      if (raw === null || raw === undefined || raw === "") {
        blank++;
        continue;
      }
      let reading: RatingReading | undefined;
      if (typeof raw === "string") {
        reading = cache.get(raw);
        if (reading === undefined) {
          reading = readRating(raw);
          cache.set(raw, reading);
        }
      } else {
        if (errorCodeOf(raw) !== null) rejectError(raw);
        reading = readRating(raw as CellValue);
      }
      if (reading.code !== null && !reading.legacy) {
        counts[reading.code]++;
        continue;
      }
      if (reading.notRated) {
        notRated++;
        continue;
      }
      if (isBlank(raw)) {
        blank++;
        continue;
      }
      if (r === 0 && typeof raw === "string" && HEADER_WORDS.test(foldKey(raw))) continue;
      failWith("functions.err.range-cell", { row: r + 1, column: c + 1, reason: unusable(raw, reading) });
    }
  }
  const rated = counts.HTXSNV + counts.HTTNV + counts.HTNV + counts.KHTNV;
  return { counts, rated, notRated, blank };
}

/**
 * Read the `muc` argument: a level ("HTTNV", "Hoàn thành tốt nhiệm vụ"), a level and better
 * ("HTTNV trở lên", "từ HTTNV trở lên", "HTTNV+"), a level and worse ("HTNV trở xuống", "HTNV-"),
 * or "Không xếp loại".
 */
export function parseLevel(x: unknown): LevelSelector {
  const text = textArg(x);
  if (text === "") failWith("functions.err.level-missing");
  const suffix = /^(.*?)\s*([+-])$/.exec(text);
  if (suffix) {
    const code = exactLevel(suffix[1]);
    if (code) return { kind: "level", code, cmp: suffix[2] === "+" ? "ge" : "le" };
    failWith("functions.err.level-unknown", { text: shown(text) });
  }
  // "trở lên"/"trở xuống" make it a target phrase of kind rating: the reader reads it.
  if (/\btro (len|xuong)\b/.test(foldKey(text))) {
    const phrase = parseTargetPhrase(text);
    if (phrase && phrase.kind === "rating" && typeof phrase.value === "string" && (phrase.op === ">=" || phrase.op === "<=")) {
      return { kind: "level", code: phrase.value, cmp: phrase.op === ">=" ? "ge" : "le" };
    }
    failWith("functions.err.level-unknown", { text: shown(text) });
  }
  const reading = readRating(text);
  if (reading.notRated) return { kind: "not-rated" };
  if (reading.legacy) failWith("functions.err.rating-legacy", { text: shown(text), suggestion: reading.legacySuggestion ?? "?" });
  if (reading.code !== null && !reading.unknown) return { kind: "level", code: reading.code, cmp: "eq" };
  return failWith("functions.err.level-unknown", { text: shown(text) });
}

/** The level `s` names by itself (not a phrase around it), else null. */
function exactLevel(s: string): RatingCode | null {
  const r = parseRating(s);
  return r.code !== null && !r.legacy && !r.unknown ? r.code : null;
}

/** How many cells of the tally the selector picks. */
export function countSelected(tally: RatingTally, sel: LevelSelector): number {
  if (sel.kind === "not-rated") return tally.notRated;
  let n = 0;
  for (const code of RATING_CODES) {
    const hit = sel.cmp === "eq" ? code === sel.code : sel.cmp === "ge" ? ratingAtLeast(code, sel.code) : ratingAtLeast(sel.code, code);
    if (hit) n += tally.counts[code];
  }
  return n;
}
