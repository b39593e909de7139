/**
 * Legacy Vietnamese encodings still found in old Word files and pasted text:
 * TCVN3 (ABC, fonts ".VnTime") and VNI-Windows (fonts "VNI-Times"). Under a Unicode font both show as
 * gibberish ("§¶ng viªn", "Ñaûng vieân"); this turns them back into NFC Unicode.
 */

export type LegacyEncoding = "tcvn3" | "vni";

// TCVN3 (ABC): one Latin-1 code point per Vietnamese letter. Capitals with tones do not exist in the
// ".VnTime" font (".VnTimeH" shows the lower-case codes as capitals), so they come back lower case.
const TCVN3_FROM = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦";
const TCVN3_TO = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";

// VNI-Windows: base letter followed by a mark byte; a few letters are one byte.
const VNI_PAIRS: Array<[string, string]> = [];
(() => {
  const bases: Array<[string, string]> = [["a", "a"], ["e", "e"], ["o", "o"], ["u", "u"], ["y", "y"], ["i", "i"], ["ô", "ơ"], ["ö", "ư"]];
  const tones = "øùûõï"; // huyền, sắc, hỏi, ngã, nặng
  const toneMarks = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
  for (const [key, letter] of bases) {
    for (let i = 0; i < tones.length; i++) VNI_PAIRS.push([key + tones[i], (letter + toneMarks[i]).normalize("NFC")]);
  }
  // â ê ô (circumflex) with tones: "aâ" = â, "aà" = ầ, "aá" = ấ, "aå" = ẩ, "aã" = ẫ, "aä" = ậ.
  const circ = "âàáåãä";
  for (const [b, hat] of [["a", "â"], ["e", "ê"], ["o", "ô"]] as const) {
    for (let i = 0; i < circ.length; i++) VNI_PAIRS.push([b + circ[i], (hat + (i === 0 ? "" : toneMarks[[0, 0, 1, 2, 3, 4][i]])).normalize("NFC")]);
  }
  // ă (breve): "aê" = ă, "aè" = ằ, "aé" = ắ, "aú" = ẳ, "aü" = ẵ, "aë" = ặ.
  const breve = "êèéúüë";
  for (let i = 0; i < breve.length; i++) VNI_PAIRS.push(["a" + breve[i], ("ă" + (i === 0 ? "" : toneMarks[[0, 0, 1, 2, 3, 4][i]])).normalize("NFC")]);
  // One-byte letters.
  for (const [k, v] of [["ñ", "đ"], ["ô", "ơ"], ["ö", "ư"], ["ì", "ì"], ["í", "í"], ["æ", "ỉ"], ["ó", "ĩ"], ["ò", "ị"], ["î", "ỵ"]] as const) VNI_PAIRS.push([k, v]);
})();

const VNI_MAP = new Map<string, string>();
for (const [k, v] of VNI_PAIRS) {
  VNI_MAP.set(k, v);
  VNI_MAP.set(k.toUpperCase(), v.toUpperCase());
  if (k.length === 2) VNI_MAP.set(k[0].toUpperCase() + k[1], v.toUpperCase()); // "Aø" typed with a capital base
}
VNI_MAP.delete("i"); // never map plain letters

const TCVN3_MAP = new Map<string, string>();
for (let i = 0; i < TCVN3_FROM.length; i++) TCVN3_MAP.set(TCVN3_FROM[i], TCVN3_TO[i]);

/** Letters that only Unicode Vietnamese has (never produced by the legacy fonts read as Latin-1). */
const UNICODE_VIET = /[\u1EA0-\u1EF9ăđơưĂĐƠƯ]/g;
/** Latin-1 symbols that are letters in TCVN3 but are rare in real Unicode text. */
const TCVN3_SIGN = /[µ¸¶·¹¨»¾¼½©®ª«¬¡¢§£¤¥¦\u00AD]/g;
/** A Latin letter followed by a VNI mark byte that Vietnamese Unicode never uses. */
const VNI_SIGN = /[a-zA-ZôöÔÖ][øûïåäëüæîÅÄËÜÆÎØÛÏ]|[ñÑ][a-zA-Zôö]/g;

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xa0) n++;
  }
  return n;
}

function classify(s: string): LegacyEncoding | null {
  const uni = count(s, UNICODE_VIET);
  const tc = count(s, TCVN3_SIGN);
  const vn = count(s, VNI_SIGN);
  const len = Math.max(1, letters(s));
  if (tc >= 3 && tc / len > 0.01 && uni * 10 < tc && tc >= vn) return "tcvn3";
  if (vn >= 3 && vn / len > 0.01 && uni * 10 < vn) return "vni";
  return null;
}

/**
 * Which legacy encoding `s` looks typed in, or null for Unicode (or plain ASCII) text.
 * Decided by density: TCVN3 text is full of µ¸¶·¹ and has no Unicode-only Vietnamese letters;
 * VNI text has Latin letters followed by ø û ï å ä ë.
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  try {
    // Long texts: a sample of lines is enough and keeps this linear.
    const sample = s.length > 200_000 ? s.slice(0, 100_000) + "\n" + s.slice(-100_000) : s;
    return classify(sample);
  } catch {
    return null;
  }
}

function convertTcvn3(line: string): string {
  let out = "";
  for (const ch of line) out += TCVN3_MAP.get(ch) ?? ch;
  return out;
}

function convertVni(line: string): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const two = line.substr(i, 2);
    const m2 = two.length === 2 ? VNI_MAP.get(two) : undefined;
    if (m2 !== undefined) {
      out += m2;
      i += 2;
      continue;
    }
    out += VNI_MAP.get(line[i]) ?? line[i];
    i++;
  }
  return out;
}

/**
 * Convert TCVN3 or VNI text to NFC Unicode. Mixed documents are repaired line by line: lines that
 * already contain Unicode Vietnamese letters are kept as they are. Unicode text comes back unchanged.
 */
export function repairLegacyText(s: string): { text: string; encoding: LegacyEncoding | null } {
  try {
    const whole = detectLegacyEncoding(s);
    const seen: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
    const lines = s.split("\n").map((line) => {
      UNICODE_VIET.lastIndex = 0;
      if (UNICODE_VIET.test(line)) return line;
      // A whole legacy document converts every line; a mixed one only the lines that look legacy.
      const enc = whole ?? (line.length >= 8 ? classify(line) : null);
      if (!enc) return line;
      const out = enc === "tcvn3" ? convertTcvn3(line) : convertVni(line);
      if (out !== line) seen[enc]++;
      return out;
    });
    const encoding = whole ?? (seen.tcvn3 === 0 && seen.vni === 0 ? null : seen.tcvn3 >= seen.vni ? "tcvn3" : "vni");
    if (!encoding) return { text: s, encoding: null };
    return { text: lines.join("\n").normalize("NFC"), encoding };
  } catch {
    return { text: s, encoding: null };
  }
}

/** Unicode → TCVN3 (for tests and for producing garbled samples). Letters without a TCVN3 code stay. */
export function toTcvn3(s: string): string {
  const rev = new Map<string, string>();
  for (let i = 0; i < TCVN3_TO.length; i++) rev.set(TCVN3_TO[i], TCVN3_FROM[i]);
  let out = "";
  for (const ch of s.normalize("NFC")) out += rev.get(ch) ?? rev.get(ch.toLowerCase()) ?? ch;
  return out;
}

/** Unicode → VNI-Windows (for tests). */
export function toVni(s: string): string {
  const rev = new Map<string, string>();
  for (const [k, v] of VNI_MAP) if (!rev.has(v) && !(k.length === 2 && k[0] !== k[0].toLowerCase() && k[1] === k[1].toLowerCase() && k[1] !== k[1].toUpperCase())) rev.set(v, k);
  rev.delete("ì");
  rev.delete("í");
  rev.set("ì", "ì");
  rev.set("í", "í");
  let out = "";
  for (const ch of s.normalize("NFC")) out += rev.get(ch) ?? ch;
  return out;
}
