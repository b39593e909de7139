import type { RatingCode } from "./rating";

/** What a target's number measures. */
export type TargetKind = "percent" | "count" | "quantity" | "rating";
/** Comparison the achieved value must satisfy. `range` means value ≤ x ≤ max. */
export type TargetOp = ">=" | ">" | "<=" | "<" | "=" | "range";
/** Yearly target ("hằng năm") or one for the whole term ("nhiệm kỳ", "giai đoạn"). */
export type TargetPeriod = "year" | "term";
export type TargetChange = "increase" | "decrease";

/**
 * One numeric goal read from a resolution's "Chỉ tiêu" section, or typed into the "Chỉ tiêu" sheet.
 * The JSON of `nq targets --json` is exactly these fields (names are a public contract).
 * Percent values are fractions (90% → 0.9); per-mille too (0,3‰ → 0.0003).
 */
export interface Target {
  /** Stable within one reading: "1", "2", "2.1" (a "trong đó" child of 2). */
  id: string;
  /** id of the target a "trong đó" clause narrows, else null. */
  parent: string | null;
  /** The clause's own words from the source (NFC, markdown stripped). */
  text: string;
  /** What is counted: "đảng viên", "tổ chức cơ sở đảng", "cán bộ, công chức, viên chức"… */
  subject: string | null;
  kind: TargetKind;
  op: TargetOp;
  value: number | RatingCode;
  /** Upper bound of a range. */
  max: number | null;
  /** Aspirational level after "phấn đấu" when a minimum is also given. */
  stretch: number | RatingCode | null;
  /** Unit of a quantity or count ("đảng viên", "mô hình", "tỷ đồng"); "%" or "‰" for percents. */
  unit: string | null;
  /** Per-unit target: each organisation of this kind must reach it ("chi bộ cơ sở", "tổ chức cơ sở đảng"). */
  per: string | null;
  /** A named unit a quota is assigned to ("Hội An"), else null. */
  scope: string | null;
  /** Increase/decrease against a base ("tăng 10 - 15% so với giai đoạn 2016 - 2020"). */
  change: TargetChange | null;
  /** Year the target is due ("Đến năm 2025"). */
  deadline: number | null;
  period: TargetPeriod | null;
  /** Indicator id from the catalogue that computes the achieved value, or null ("nhập tay"). */
  indicator: string | null;
  /** 0..1: how sure the reader is of this reading. Below 0.6 is shown as "cần xem lại". */
  confidence: number;
  /** The base of a change or percentage ("so với tổng số đảng viên đầu năm"), when stated. */
  base?: string | null;
  /** Reader notes in Vietnamese: why confidence is low, what was repaired. */
  notes?: string[];
  /** Where the clause stands in the normalised source text (character offsets). */
  source?: { start: number; end: number; line: number } | null;
  /** Achieved value typed by staff in the "Chỉ tiêu" sheet (wins over the indicator). */
  manual?: number | RatingCode | null;
  /**
   * The whole clause (or table row) the target was read from, verbatim: `text` is the target's own words, this is
   * what a reviewer reads it against ("phấn đấu 70% - 80% chi bộ đạt trong sạch vững mạnh, không có chi bộ yếu kém").
   */
  quote?: string | null;
}

/** Confidence below which the UI asks the user to review a target. */
export const LOW_CONFIDENCE = 0.6;

/** Result of reading one resolution text. */
export interface ReadResult {
  targets: Target[];
  /** Title of the targets section found, or null when the whole text was read. */
  section: string | null;
  /** Year of the resolution when found ("năm 2024"). */
  year: number | null;
  /** Issuing body ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH") when found in the header. */
  issuer: string | null;
  /** Repairs applied to the text (legacy encoding, NFD…), as message keys. */
  repairs: string[];
}
