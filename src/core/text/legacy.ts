/**
 * Legacy Vietnamese encodings still found in old Word files, sheets and pasted text: TCVN3 (ABC,
 * ".VnTime"/".VnTimeH") and VNI-Windows. Under a Unicode font both show as gibberish ("§¶ng viªn",
 * "Ñaûng vieân"); this turns them back into NFC Unicode.
 *
 * Decided by evidence, not by a list of "suspicious" characters: every word holding a Latin-1 letter is
 * read three ways (as it is, as TCVN3, as VNI) and each reading scores +1 when it is a well-formed
 * Vietnamese syllable, −1 when not. "Hoµn thµnh tèt nhiÖm vô" scores −3 as it is and +5 as TCVN3.
 * Letters such as è and ô are ordinary Latin-1 letters in all three: they count only by the word they
 * make. Each line takes the best reading; a tie goes to the document's (or column's) reading.
 */
import { isVietnameseSyllable } from "./syllable";
import { TCVN3_CAPITALS, decodeTcvn3Chars, decodeVniChars, type LegacyEncoding } from "./legacy-tables";

export type { LegacyEncoding } from "./legacy-tables";
export { toTcvn3, toVni } from "./legacy-tables";

export type Reading = "unicode" | LegacyEncoding;

/** Scores of the three readings of a text, and its count of words in Unicode-only Vietnamese letters. */
export interface LegacyScores {
  unicode: number;
  tcvn3: number;
  vni: number;
  /** Words with letters beyond Latin-1 (ạ, ơ, đ…): evidence that the text is already Unicode. */
  unicodeWords: number;
}

const LATIN1_HIGH = /[\u0080-\u00FF]/;

/** A word character: ASCII and Latin letters, combining marks, and the Latin-1 symbols TCVN3 uses as letters (§ ¶ ® ­ …). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xa1 && c <= 0x24f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

function isUnicodeOnly(c: number): boolean {
  return (c >= 0x1ea0 && c <= 0x1ef9) || c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0;
}

/** Calls `visit` for each word of s[start, end) with its bounds and whether it holds Latin-1 letters / Unicode-only ones. */
function forEachWord(s: string, start: number, end: number, visit: (a: number, b: number, latin1: boolean, unicodeOnly: boolean) => void): void {
  let i = start;
  while (i < end) {
    while (i < end && !isWordCode(s.charCodeAt(i))) i++;
    const a = i;
    let latin1 = false;
    let uni = false;
    for (let c = s.charCodeAt(i); i < end && isWordCode(c); c = s.charCodeAt(++i)) {
      if (c >= 0xa1 && c <= 0xff) latin1 = true;
      else if (c > 0xff && isUnicodeOnly(c)) uni = true;
    }
    if (i > a) visit(a, i, latin1, uni);
  }
}

// Words repeat: a document of 200,000 words has a few thousand distinct ones. Packed as 9u + 3t + v.
const MEMO = new Map<string, number>();

function score(word: string): number {
  return isVietnameseSyllable(word) ? 2 : 0; // +1 / −1, shifted to 0…2
}

function wordScores(word: string): number {
  let v = MEMO.get(word);
  if (v === undefined) {
    v = 9 * score(word.normalize("NFC")) + 3 * score(decodeTcvn3Chars(word)) + score(decodeVniChars(word));
    if (MEMO.size > 50_000) MEMO.clear();
    MEMO.set(word, v);
  }
  return v;
}

function scoresOf(s: string, start: number, end: number): LegacyScores {
  const sc: LegacyScores = { unicode: 0, tcvn3: 0, vni: 0, unicodeWords: 0 };
  forEachWord(s, start, end, (a, b, latin1, uni) => {
    if (!latin1) {
      if (uni) sc.unicodeWords++;
      return;
    }
    const v = wordScores(s.slice(a, b));
    sc.unicode += Math.floor(v / 9) - 1;
    sc.tcvn3 += (Math.floor(v / 3) % 3) - 1;
    sc.vni += (v % 3) - 1;
  });
  return sc;
}

/** Score the three readings of `s` (one line, a cell, or a sample of a document). */
export function legacyScores(s: string): LegacyScores {
  return scoresOf(s, 0, s.length);
}

/** Add scores (a column's cells, a document's lines). */
export function addScores(a: LegacyScores, b: LegacyScores): LegacyScores {
  return { unicode: a.unicode + b.unicode, tcvn3: a.tcvn3 + b.tcvn3, vni: a.vni + b.vni, unicodeWords: a.unicodeWords + b.unicodeWords };
}

/**
 * The reading the scores support. A legacy reading must beat the text as it is, by more than the
 * words already in Unicode-only letters (a Unicode text with one odd word stays Unicode); on a tie
 * (every word reads well both ways: "Bé", "Cã") the `prior` of the document or column decides.
 */
export function bestReading(sc: LegacyScores, prior: Reading = "unicode"): Reading {
  const enc: LegacyEncoding = sc.tcvn3 === sc.vni && prior !== "unicode" ? prior : sc.tcvn3 >= sc.vni ? "tcvn3" : "vni";
  const gain = sc[enc] - sc.unicode;
  if (gain > 0 && gain > sc.unicodeWords) return enc;
  if (prior !== "unicode" && sc.unicodeWords === 0 && sc[prior] >= sc.unicode && sc[prior] > 0) return prior;
  return "unicode";
}

/**
 * Which legacy encoding `s` is typed in, or null for Unicode (or plain ASCII) text. Long texts are
 * judged on their first and last 100,000 characters.
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  if (!LATIN1_HIGH.test(s)) return null;
  const sample = s.length > 200_000 ? s.slice(0, 100_000) + "\n" + s.slice(-100_000) : s;
  const r = bestReading(legacyScores(sample));
  return r === "unicode" ? null : r;
}

// ---------------------------------------------------------------- decoding with TCVN3 capitals

/** TCVN3 codes of toned vowels, which ".VnTime" has only in lower case. */
const TCVN3_TONED = new Set("µ¸¶·¹»¾¼½ÆÇÊÈÉËÌÐÎÏÑÒÕÓÔÖ×ÝØÜÞßãáâäåèæçéêíëìîïóñòôõøö÷ùúýûüþ");
const CAPS = 2;
const AMBIGUOUS = 1;
const KEEP = 0;

/** Nothing but spaces, list marks and opening quotes since the text's start, a . ! ? or a blank line. */
function atSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  if (!/^[\s\-+•*–(“"']*$/.test(before.replace(/^[\s\S]*(?:[.!?]|\n[ \t]*\n)/, ""))) return false;
  return at <= 120 || /(?:[.!?]|\n[ \t]*\n)[\s\-+•*–(“"']*$/.test(before);
}

/** Word bounds and case kind (CAPS, AMBIGUOUS: no lower-case ASCII and at most one capital, KEEP). */
function tcvn3Words(text: string, start: number, end: number): number[] {
  const words: number[] = [];
  forEachWord(text, start, end, (a, b) => {
    let upper = 0;
    let kind = AMBIGUOUS;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        kind = KEEP;
        break;
      }
      if ((c >= 65 && c <= 90) || TCVN3_CAPITALS.has(text[i])) upper++;
    }
    words.push(a, b, kind === KEEP ? KEEP : upper >= 2 ? CAPS : AMBIGUOUS);
  });
  return words;
}

/**
 * TCVN3 → Unicode with the case the fonts implied: a word in capitals ("§¶NG", "NGHÞ") is all capitals
 * (".VnTimeH"); a one-capital word ("Vô", "Bé") only between words in capitals; a toned vowel that starts a
 * sentence ("ñy ban" = "Ủy ban") a capital, since ".VnTime" cannot type it otherwise.
 * Every TCVN3 code is one UTF-16 unit and so is its letter: positions stay valid after mapping.
 */
function decodeTcvn3Text(text: string, start = 0, end = text.length): string {
  const mapped = decodeTcvn3Chars(text.slice(start, end));
  const w = tcvn3Words(text, start, end);
  const capsNear = (i: number, step: number): boolean => {
    for (let j = i + step; j >= 0 && j < w.length; j += step) if (w[j + 2] !== AMBIGUOUS) return w[j + 2] === CAPS;
    return false;
  };
  const out: string[] = [];
  let last = 0;
  for (let i = 0; i < w.length; i += 3) {
    const [a, b, kind] = [w[i] - start, w[i + 1] - start, w[i + 2]];
    let word: string | null = null;
    if (kind === CAPS || (kind === AMBIGUOUS && (capsNear(i, -3) || capsNear(i, 3)))) word = mapped.slice(a, b).toUpperCase();
    else if (TCVN3_TONED.has(text[w[i]]) && atSentenceStart(text, w[i])) word = mapped[a].toUpperCase() + mapped.slice(a + 1, b);
    if (word === null || word === mapped.slice(a, b)) continue;
    out.push(mapped.slice(last, a), word);
    last = b;
  }
  if (last === 0) return mapped;
  out.push(mapped.slice(last));
  return out.join("");
}

/** Decode `s` as the given legacy encoding, without detection (a text or column known to be in it). */
export function decodeLegacy(s: string, encoding: LegacyEncoding): string {
  return (encoding === "tcvn3" ? decodeTcvn3Text(s) : decodeVniChars(s)).normalize("NFC");
}

/**
 * Convert TCVN3 or VNI text to NFC Unicode, line by line: each line takes the reading its words
 * support, a tie the document's reading (or `prior`, e.g. the reading of the sheet column). Unicode
 * text comes back unchanged, with `encoding` null.
 */
export function repairLegacyText(s: string, prior?: Reading): { text: string; encoding: LegacyEncoding | null } {
  if (!LATIN1_HIGH.test(s)) return { text: s, encoding: null };
  const lines = s.split("\n");
  let from = 0;
  const scores = lines.map((line) => scoresOf(s, from, (from += line.length + 1) - 1));
  const whole = bestReading(scores.reduce(addScores, { unicode: 0, tcvn3: 0, vni: 0, unicodeWords: 0 }), prior);
  const used: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  let at = 0;
  const out = lines.map((line, i) => {
    const start = at;
    at += line.length + 1;
    const r = bestReading(scores[i], whole);
    if (r === "unicode") return line;
    used[r]++;
    // TCVN3 is decoded in place, so that a sentence start is judged with the lines before it.
    return (r === "tcvn3" ? decodeTcvn3Text(s, start, start + line.length) : decodeVniChars(line)).normalize("NFC");
  });
  if (used.tcvn3 + used.vni === 0) return { text: s, encoding: null };
  const encoding: LegacyEncoding = whole !== "unicode" ? whole : used.tcvn3 >= used.vni ? "tcvn3" : "vni";
  return { text: out.join("\n"), encoding };
}
