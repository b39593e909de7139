/**
 * Bytes of a resolution text file → NFC text. One decoder for `nq targets`, `nq check --targets`
 * and the task pane, so a file reads the same everywhere. In this order: a BOM (UTF-8, UTF-16 LE/BE);
 * UTF-16 without a BOM, told by its zero bytes (Notepad's "Unicode" files often have one, exports
 * from other tools do not); valid UTF-8; else a single-byte file: Windows-1258 (the Vietnamese code
 * page, whose tone marks are combining characters, composed here to NFC) or, when the words say so,
 * TCVN3/VNI bytes read as Windows-1252 and repaired. Legacy-font text inside a Unicode file (TCVN3
 * pasted into a UTF-8 file) is repaired as well. Pure: no TextDecoder, no Node, no DOM.
 */
import { repairLegacyText, type LegacyEncoding } from "./legacy";
import { isVietnameseSyllable } from "./syllable";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" | "windows-1252";

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding; bom: boolean; repaired: LegacyEncoding | null }
  | { ok: false; reason: "empty" | "binary" };

// Windows-1258, bytes 0x80–0xFF (as the WHATWG Encoding Standard's index: unassigned bytes map to C1 controls).
// 0xCC 0xD2 0xDE 0xEC 0xF2 are the combining grave, hook above, tilde, acute and dot below.
const CP1258_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x8a, 0x2039, 0x152, 0x8d, 0x8e, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x9a, 0x203a, 0x153, 0x9d, 0x9e, 0x178,
  0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
  0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
  0xc0, 0xc1, 0xc2, 0x102, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0x300, 0xcd, 0xce, 0xcf,
  0x110, 0xd1, 0x309, 0xd3, 0xd4, 0x1a0, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0x1af, 0x303, 0xdf,
  0xe0, 0xe1, 0xe2, 0x103, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0x301, 0xed, 0xee, 0xef,
  0x111, 0xf1, 0x323, 0xf3, 0xf4, 0x1a1, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0x1b0, 0x20ab, 0xff,
];

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; TCVN3/VNI tables are written in its letters.
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Characters of a single-byte code page, in chunks (String.fromCharCode takes a bounded argument list). */
function singleByte(bytes: Uint8Array, high: (b: number) => number): string {
  const parts: string[] = [];
  const codes = new Array<number>(Math.min(bytes.length, 8192));
  for (let at = 0; at < bytes.length; at += 8192) {
    const n = Math.min(8192, bytes.length - at);
    codes.length = n;
    for (let i = 0; i < n; i++) {
      const b = bytes[at + i];
      codes[i] = b < 0x80 ? b : high(b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

export function decodeWindows1258(bytes: Uint8Array): string {
  return singleByte(bytes, (b) => CP1258_HIGH[b - 0x80]);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return singleByte(bytes, (b) => (b < 0xa0 ? CP1252_C1[b - 0x80] : b));
}

/** UTF-16 code units → string (a lone trailing byte is dropped). */
function decodeUtf16(bytes: Uint8Array, from: number, bigEndian: boolean): string {
  const parts: string[] = [];
  const units: number[] = [];
  for (let i = from; i + 1 < bytes.length; i += 2) {
    units.push(bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8));
    if (units.length === 8192) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return parts.join("");
}

/** Strict UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF), or null at the first bad sequence. */
export function decodeUtf8Strict(bytes: Uint8Array, from = 0): string | null {
  const parts: string[] = [];
  const units: number[] = [];
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    let cp: number;
    let need: number;
    let min: number;
    if (b < 0x80) [cp, need, min] = [b, 0, 0];
    else if (b >= 0xc2 && b <= 0xdf) [cp, need, min] = [b & 0x1f, 1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [cp, need, min] = [b & 0x0f, 2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [cp, need, min] = [b & 0x07, 3, 0x10000];
    else return null;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    i += need + 1;
    if (units.length >= 8190) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return parts.join("");
}

/**
 * UTF-16 without a BOM: most characters of a Vietnamese (or any Latin-script) text are ASCII, so one
 * byte of each pair is zero; in other text zero bytes are rare. Judged on the first 4 kB.
 */
function utf16Order(bytes: Uint8Array): "le" | "be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return "le";
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return "be";
  return null;
}

/** True for text that is no text: NUL or many other control characters (an image, a zip, a .doc). */
function looksBinary(s: string): boolean {
  const n = Math.min(s.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad > Math.max(2, n * 0.01);
}

/** Evidence that a text is Vietnamese: +1 per well-formed syllable with a non-ASCII letter, −1 per other such word. */
function vietnameseEvidence(s: string): number {
  let score = 0;
  for (const word of s.match(/[^\s\d.,;:!?()[\]{}"'“”‘’/\\|<>=+*&%$#@^~`_-]+/g) ?? []) {
    if (!/[^ -~]/.test(word)) continue; // ASCII words say nothing
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score;
}

/** A single-byte file: Windows-1258, or TCVN3/VNI bytes (written for Windows-1252) when their repair reads better. */
function decodeSingleByte(bytes: Uint8Array): { text: string; encoding: TextEncoding; repaired: LegacyEncoding | null } {
  const cp1258 = decodeWindows1258(bytes).normalize("NFC");
  const legacy = repairLegacyText(decodeWindows1252(bytes));
  if (legacy.encoding && vietnameseEvidence(legacy.text) > vietnameseEvidence(cp1258)) {
    return { text: legacy.text, encoding: "windows-1252", repaired: legacy.encoding };
  }
  return { text: cp1258, encoding: "windows-1258", repaired: null };
}

/** Decode the bytes of a resolution text file (see the module comment). Never throws. */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  let text: string | null = null;
  let encoding: TextEncoding = "utf-8";
  let bom = true;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decodeUtf8Strict(bytes, 3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [text, encoding] = [decodeUtf16(bytes, 2, false), "utf-16le"];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [text, encoding] = [decodeUtf16(bytes, 2, true), "utf-16be"];
  else {
    bom = false;
    const order = utf16Order(bytes);
    if (order) [text, encoding] = [decodeUtf16(bytes, 0, order === "be"), order === "be" ? "utf-16be" : "utf-16le"];
  }
  let repaired: LegacyEncoding | null = null;
  if (text === null) {
    const body = bom ? bytes.subarray(3) : bytes;
    text = bom ? null : decodeUtf8Strict(body);
    if (text === null) {
      // A BOM followed by bytes that are no UTF-8: an editor's mistake; read the rest as one byte per letter.
      if (body.includes(0)) return { ok: false, reason: "binary" };
      ({ text, encoding, repaired } = decodeSingleByte(body));
    }
  }
  if (looksBinary(text)) return { ok: false, reason: "binary" };
  text = text.normalize("NFC");
  if (!repaired) {
    const legacy = repairLegacyText(text);
    if (legacy.encoding) [text, repaired] = [legacy.text, legacy.encoding];
  }
  if (text.trim() === "") return { ok: false, reason: "empty" };
  return { ok: true, text, encoding, bom, repaired };
}
