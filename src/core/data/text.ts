import { normalizeText } from "../text/normalize";
import type { CellValue } from "../model/grid";
import { addScores, bestReading, decodeLegacy, legacyScores, repairLegacyText, type LegacyEncoding, type LegacyScores } from "../text/legacy";

/**
 * Text cells: NFC, unified spacing, TCVN3/VNI repaired. Most cells are already clean Unicode,
 * so one character-class test sends them straight through; only the rest pay for normalisation.
 */

// 1 = printable ASCII or a precomposed (NFC) Vietnamese letter: such text needs no work.
// 2 = a vowel; 4 = a VNI tone byte that is also a Vietnamese letter (ù õ ò ó ì): "Caùc" after a vowel is suspicious.
const CHAR = (() => {
  const t = new Uint8Array(0x1f00);
  for (let c = 0x21; c <= 0x7e; c++) t[c] = 1;
  const viet = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư";
  for (const ch of viet) t[ch.charCodeAt(0)] = 1;
  for (let c = 0x1ea0; c <= 0x1ef9; c++) t[c] = 1;
  for (const ch of "aeiouyâêôAEIOUYÂÊÔ") t[ch.charCodeAt(0)] |= 2;
  for (const ch of "ùõòóìÙÕÒÓÌ") t[ch.charCodeAt(0)] |= 4;
  return t;
})();

/** True when `s` is already clean: only known letters, single inner spaces, nothing to repair. */
export function isClean(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  let prev = 32;
  let prevFlags = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prev === 32) return false; // leading or double space
      prev = c;
      prevFlags = 0;
      continue;
    }
    const f = c < 0x1f00 ? CHAR[c] : 0;
    if (f === 0) return false;
    if (f & 4 && prevFlags & 2) return false;
    prev = c;
    prevFlags = f;
  }
  return prev !== 32;
}

export interface CleanText {
  text: string;
  encoding: LegacyEncoding | null;
}

/**
 * Clean one text cell. `encoding` is set when legacy text was repaired (the caller warns). `prior`
 * is the reading of the cell's column, for cells whose words read well both ways ("Bé", "Cã").
 */
export function cleanText(s: string, prior?: LegacyEncoding): CleanText {
  if (isClean(s) && prior === undefined) return { text: s, encoding: null };
  const norm = normalizeText(s);
  if (norm === "") return { text: "", encoding: null };
  const repaired = safeRepair(norm, prior);
  if (repaired.encoding) return { text: normalizeText(repaired.text), encoding: repaired.encoding };
  return { text: norm, encoding: null };
}

/** Clean text, fast path returning only the string (for names: no allocation when clean). */
export function cleanTextFast(s: string, onLegacy: (encoding: LegacyEncoding) => void): string {
  if (isClean(s)) return s;
  const r = cleanText(s);
  if (r.encoding) onLegacy(r.encoding);
  return r.text;
}

function safeRepair(s: string, prior?: LegacyEncoding): { text: string; encoding: LegacyEncoding | null } {
  try {
    return repairLegacyText(s, prior);
  } catch {
    return { text: s, encoding: null };
  }
}

// ---------------------------------------------------------------- legacy columns

const LATIN1_HIGH = /[\u0080-\u00FF]/;
/** Cells looked at to judge a column (spread over the rows, so a merged workbook's later part counts). */
const SAMPLE_CELLS = 4000;

/**
 * Columns of a table typed in TCVN3 or VNI, judged on their cells' words together: a column of
 * ratings "Hoµn thµnh tèt nhiÖm vô" or of "Cã"/"Kh«ng" is TCVN3 even where one cell alone cannot tell.
 */
export function legacyColumns(values: CellValue[][], from: number, cols: number[]): Map<number, LegacyEncoding> {
  const out = new Map<number, LegacyEncoding>();
  const step = Math.max(1, Math.floor((values.length - from) / SAMPLE_CELLS));
  for (const c of cols) {
    if (c < 0) continue;
    let sc: LegacyScores = { unicode: 0, tcvn3: 0, vni: 0, unicodeWords: 0 };
    // A column repeats its texts (organisations, ratings, bands): each distinct one is scored once.
    const scored = new Map<string, LegacyScores | null>();
    for (let r = from; r < values.length; r += step) {
      const v = values[r]?.[c];
      if (typeof v !== "string") continue;
      let s = scored.get(v);
      if (s === undefined) scored.set(v, (s = LATIN1_HIGH.test(v) ? legacyScores(v) : null));
      if (s !== null) sc = addScores(sc, s);
    }
    const reading = bestReading(sc);
    if (reading !== "unicode") out.set(c, reading);
  }
  return out;
}

/**
 * A copy of `values` whose legacy columns are decoded (rows above `from` and other columns shared,
 * never written), with per column the first decoded row and the count of decoded cells.
 */
export function decodeLegacyColumns(values: CellValue[][], from: number, columns: Map<number, LegacyEncoding>): { values: CellValue[][]; decoded: Map<number, { row: number; count: number }> } {
  const decoded = new Map<number, { row: number; count: number }>();
  if (columns.size === 0) return { values, decoded };
  const copy = values.slice();
  for (let r = from; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    let out: CellValue[] | null = null;
    for (const [c, enc] of columns) {
      const v = row[c];
      if (typeof v !== "string" || !LATIN1_HIGH.test(v)) continue;
      const t = cleanText(v, enc);
      if (!t.encoding) continue;
      (out ??= row.slice())[c] = t.text;
      const d = decoded.get(c);
      if (d) d.count++;
      else decoded.set(c, { row: r, count: 1 });
    }
    if (out) copy[r] = out;
  }
  return { values: copy, decoded };
}

// ---------------------------------------------------------------- forced decoding of short texts

/**
 * TCVN3 and VNI readings of a short text that detection cannot decide on (a header "Hä vµ tªn").
 * Only for matching against known words; empty for clean Unicode text.
 */
export function forcedDecodings(s: string): string[] {
  if (!LATIN1_HIGH.test(s)) return [];
  const out: string[] = [];
  for (const enc of ["tcvn3", "vni"] as const) {
    const d = decodeLegacy(s, enc);
    if (d !== s) out.push(d);
  }
  return out;
}

/** Decode a text in a given legacy encoding without detection (a column known to be in it). */
export function forceDecode(s: string, encoding: LegacyEncoding): string {
  return decodeLegacy(s, encoding);
}

// ---------------------------------------------------------------- member names

// Diacritic-free, lower-case base letter per UTF-16 code unit below U+1F00 (0 = ignore).
const BASE = (() => {
  const t = new Uint16Array(0x1f00);
  for (let c = 0x30; c < 0x1f00; c++) {
    if (c >= 0x300 && c < 0x370) continue; // combining marks
    const ch = String.fromCharCode(c);
    const b = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
    if (b.length === 1 && /[a-z0-9]/.test(b)) t[c] = b.charCodeAt(0);
    else if (/[\p{L}\p{N}]/u.test(ch)) t[c] = c;
  }
  return t;
})();

/** 32-bit hash of a name's letters without tones, case or spacing ("Nguyễn Văn Hoà" ≡ "nguyen van hoa"). */
export function nameHash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const b = c < 0x1f00 ? BASE[c] : c;
    if (b === 0) continue;
    h = Math.imul(h ^ b, 16777619);
  }
  return h >>> 0;
}

/**
 * nameHash of `s` when isClean(s), else -1: the member list's names pay for one pass over their
 * characters instead of two (the cell check while reading, the hash for the duplicate check).
 */
export function cleanNameHash(s: string): number {
  const n = s.length;
  if (n === 0) return -1;
  let prev = 32;
  let prevFlags = 0;
  let h = 2166136261;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prev === 32) return -1;
      prev = c;
      prevFlags = 0;
      continue;
    }
    const f = c < 0x1f00 ? CHAR[c] : 0;
    if (f === 0 || (f & 4 && prevFlags & 2)) return -1;
    prev = c;
    prevFlags = f;
    const b = BASE[c];
    if (b !== 0) h = Math.imul(h ^ b, 16777619);
  }
  return prev === 32 ? -1 : h >>> 0;
}
