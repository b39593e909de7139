// Types of test/helpers/mutated-text.js (plain CommonJS, also required by scripts/bench/reader.js).
import type { Arbitrary } from "fast-check";

export interface MutationOptions {
  minLength: number;
  maxLength: number;
  maxEdits: number;
  /** A deletion removes 1 to delSpan characters. */
  delSpan: number;
  /** A repetition repeats up to dupSpan characters 1 to dupTimes times. */
  dupSpan: number;
  dupTimes: number;
  /** Repeat a piece cut short by the end of the corpus up to its length. */
  repeat?: boolean;
}

export const READER_WORDS: readonly string[];
export function vocabularyText(maxWords: number): Arbitrary<string>;
export function applyEdits(s: string, edits: readonly [number, string, string][], spans: Pick<MutationOptions, "delSpan" | "dupSpan" | "dupTimes">): string;
export function mutatedText(corpus: string, options: MutationOptions): Arbitrary<string>;
