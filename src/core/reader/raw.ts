/** The reader's working types: a target as read before ids are given, and the item it is read from. */
import type { RatingCode } from "../model/rating";
import type { Target, TargetKind, TargetOp } from "../model/target";
import type { Flow } from "./stance";

/** A target as read, before ids are given: `parentRef` points into the same list. */
export interface RawTarget {
  target: Target;
  parentRef: RawTarget | null;
  /** Extra words for the binding (the parent's clause for a "trong đó" child). */
  context: string;
  /** A bare number after a unit's name ("Hội An 110"): one line of an allocation list. */
  quota?: boolean;
}

/**
 * One item (a paragraph or bullet) to read. Every regular expression runs on the folded copy `f` (same length as
 * the NFC text `s`, see foldSameLength), so a match position cuts the verbatim words out of `s`.
 */
export interface ItemInput {
  s: string;
  f: string;
  /** Offset of the item in the prepared text and its 0-based line. */
  offset: number;
  line: number;
  /** Stance given by the targets section the item stands in (its heading names targets), else 0. */
  prior: number;
  /** Running target/result stance of the document read so far (stance.ts). */
  flow: Flow;
  /** Deadline governing the item from its heading or the ":" line its list stands under, else null. */
  deadline: number | null;
  /** The item is a line of its own with a list under it ("Mục tiêu đến năm 2030"): its year dates the list. */
  opensList?: boolean;
}

export function blankTarget(text: string, kind: TargetKind, op: TargetOp, value: number | RatingCode): Target {
  return {
    id: "", parent: null, text, subject: null, kind, op, value, max: null, stretch: null, unit: null, per: null, scope: null,
    change: null, deadline: null, period: null, indicator: null, confidence: 0.9, base: null, notes: [], source: null,
  };
}

/** Where a clause part stands in the prepared text. */
export function sourceOf(inp: ItemInput, a: number, b: number): { start: number; end: number; line: number } {
  return { start: inp.offset + a, end: inp.offset + b, line: inp.line + 1 };
}
