import { normalizeText } from "../text/normalize";
import { repairLegacyText, toTcvn3, toVni } from "../text/legacy";

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
  encoding: "tcvn3" | "vni" | null;
}

/** Clean one text cell. `encoding` is set when legacy text was repaired (the caller warns). */
export function cleanText(s: string): CleanText {
  if (isClean(s)) return { text: s, encoding: null };
  const norm = normalizeText(s);
  if (norm === "") return { text: "", encoding: null };
  const repaired = safeRepair(norm);
  if (repaired.encoding) return { text: normalizeText(repaired.text), encoding: repaired.encoding };
  return { text: norm, encoding: null };
}

/** Clean text, fast path returning only the string (for names: no allocation when clean). */
export function cleanTextFast(s: string, onLegacy: (encoding: "tcvn3" | "vni") => void): string {
  if (isClean(s)) return s;
  const r = cleanText(s);
  if (r.encoding) onLegacy(r.encoding);
  return r.text;
}

function safeRepair(s: string): { text: string; encoding: "tcvn3" | "vni" | null } {
  try {
    return repairLegacyText(s);
  } catch {
    return { text: s, encoding: null };
  }
}

// ---------------------------------------------------------------- forced decoding of short texts

const VIET_LETTERS =
  "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

let decodeMaps: { tcvn3: Map<string, string>; vni: Map<string, string> } | null = null;

/** Reverse maps built from the encoders of ../text/legacy (so both stay in step). */
function maps(): { tcvn3: Map<string, string>; vni: Map<string, string> } {
  if (decodeMaps) return decodeMaps;
  const tcvn3 = new Map<string, string>();
  const vni = new Map<string, string>();
  const letters = [...VIET_LETTERS, ...VIET_LETTERS.toUpperCase()];
  for (const ch of letters) {
    const a = toTcvn3(ch);
    if (a !== ch && !tcvn3.has(a)) tcvn3.set(a, ch);
    const b = toVni(ch);
    if (b !== ch && !vni.has(b)) vni.set(b, ch);
  }
  decodeMaps = { tcvn3, vni };
  return decodeMaps;
}

function decodeWith(s: string, map: Map<string, string>): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const two = map.get(s.substr(i, 2));
    if (two !== undefined && i + 1 < s.length) {
      out += two;
      i++;
      continue;
    }
    out += map.get(s[i]) ?? s[i];
  }
  return out;
}

/**
 * TCVN3 and VNI readings of a short text that detection cannot decide on (a header "Hä vµ tªn").
 * Only for matching against known words; empty for clean Unicode text.
 */
export function forcedDecodings(s: string): string[] {
  if (isClean(s) && !/[^\x20-\x7e]/.test(s)) return [];
  const m = maps();
  const out: string[] = [];
  for (const map of [m.tcvn3, m.vni]) {
    const d = decodeWith(s, map);
    if (d !== s) out.push(d);
  }
  return out;
}

/** Decode a text in a given legacy encoding without detection (a column known to be in it). */
export function forceDecode(s: string, encoding: "tcvn3" | "vni"): string {
  return decodeWith(s, encoding === "tcvn3" ? maps().tcvn3 : maps().vni);
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
