/**
 * Text normalisation for matching Vietnamese words typed in every usual way:
 * NFC vs NFD, "hoà"/"hòa" tone placement, case, spacing, "sỹ"/"sĩ".
 */

/** NFC with unified spacing (non-breaking and zero-width spaces → space, runs collapsed, trimmed). */
export function normalizeText(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u200B-\u200D\uFEFF]/g, "")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Folded key: lower case, no tone marks, no diacritics at all ("đ" → "d"), single spaces,
 * punctuation other than % kept as spaces. "Hoàn thành Tốt  nhiệm vụ" and "hoan thanh tot nhiem vu"
 * fold the same. Use it only to compare; show the user the NFC original.
 */
export function foldKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9%‰]+/g, " ")
    .trim();
}

/**
 * Lighter key that keeps the vowel letters' shape marks (ă â ê ô ơ ư) and "đ" but drops tones
 * and their placement, for when "hoà"/"hòa" must match but "ca"/"cà"/"cá" need not differ.
 * Also unifies "sỹ"/"sĩ" spelling (y/i after s, t, k, l, m when final).
 */
export function toneFreeKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(TONE_MARKS, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\b(s|t|k|l|m)y\b/g, "$1i")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Remove markdown remnants left by converters: "**bold**", "*italic*", "## heading", "\*" escapes,
 * lines made of a lone "*". Keeps every other character, so the result is still the source's words.
 */
export function stripMarkdown(s: string): string {
  let out = s;
  if (out.includes("\\")) out = out.replace(/\\([*_#\\[\]()-])/g, "$1");
  if (out.includes("#")) out = out.replace(/^[ \t]*#{1,6}[ \t]+/gm, "");
  if (out.includes("__")) out = out.replace(/_{2,}/g, "");
  if (out.includes("*")) {
    out = out
      .replace(/\*{2,}/g, "")
      .replace(/(^|[\s“"'(])\*(?=\S)/g, "$1")
      .replace(/(\S)\*(?=$|[\s”"'),.;:!?])/gm, "$1")
      .replace(/^[ \t]*\*[ \t]*$/gm, "");
  }
  return out.replace(/[ \t]+$/gm, "");
}

/** Known OCR/typing confusions in resolutions, as [wrong, right] on toneFreeKey-level words. */
const OCR_CONFUSIONS: Array<[RegExp, string]> = [
  [/(?<!\p{L})ph[âầấaàá]n đ[âầấaàá]u(?!\p{L})/giu, "phấn đấu"],
  [/(?<!\p{L})đảng ký(?!\p{L})/giu, "đăng ký"],
];

/**
 * Repair known OCR confusions ("Phần đầu"/"Phân đấu" → "phấn đấu", "đảng ký" → "đăng ký").
 * Only for matching: what the user sees stays verbatim. Same length in, same length out
 * (each confusion has the same number of code units), so positions stay valid.
 */
export function repairOcrForMatching(s: string): string {
  let out = s;
  for (const [re, right] of OCR_CONFUSIONS) {
    out = out.replace(re, (m) => (m.length === right.length ? (m[0] === m[0].toUpperCase() ? right[0].toUpperCase() + right.slice(1) : right) : m));
  }
  return out;
}

/**
 * foldKey character by character, keeping the length: letters lose case and diacritics ("Ấ" → "a",
 * "đ" → "d"), everything else stays. Regular expressions run on the folded copy and their match
 * positions are valid in the NFC original, so the reader can cut verbatim clauses out of it.
 */
export function foldSameLength(s: string): string {
  const table = foldTable();
  const n = s.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = table[s.charCodeAt(i)];
  let r = "";
  for (let i = 0; i < n; i += 8192) r += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return r;
}

let FOLD_TABLE: Uint16Array | null = null;

/** Code unit → folded code unit, for the whole BMP (built once, 128 kB). */
function foldTable(): Uint16Array {
  if (FOLD_TABLE) return FOLD_TABLE;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c < 128) {
      t[c] = c >= 65 && c <= 90 ? c + 32 : c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = c; // surrogate halves stay
      continue;
    }
    const ch = String.fromCharCode(c);
    const base = c === 0x111 || c === 0x110 ? "d" : ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    t[c] = base.length === 1 ? base.charCodeAt(0) : 32;
  }
  FOLD_TABLE = t;
  return t;
}
