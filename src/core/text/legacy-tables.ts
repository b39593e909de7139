/**
 * Code tables of the two legacy Vietnamese font encodings, as the characters their bytes show under
 * Windows-1252/Latin-1, and the plain decoders and encoders over them (no detection here).
 * - TCVN3 (ABC, fonts ".VnTime"): one byte per letter. Only Ă Â Đ Ê Ô Ơ Ư have capital codes; the
 *   capitals font ".VnTimeH" shows the lower-case codes as capitals, so "NGHÞ QUYÕT" is "NGHỊ QUYẾT".
 * - VNI-Windows (fonts "VNI-Times"): a base letter and a mark byte ("aø" = à); đ ơ ư and the toned i, ỵ
 *   are single bytes; capitals have their own codes ("AØ" = À).
 */

export type LegacyEncoding = "tcvn3" | "vni";

const TCVN3_FROM = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦";
const TCVN3_TO = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";

export const TCVN3_DECODE = new Map<string, string>();
const TCVN3_ENCODE = new Map<string, string>();
for (let i = 0; i < TCVN3_FROM.length; i++) {
  TCVN3_DECODE.set(TCVN3_FROM[i], TCVN3_TO[i]);
  TCVN3_ENCODE.set(TCVN3_TO[i], TCVN3_FROM[i]);
}
/** The seven TCVN3 capital codes (¡ ¢ § £ ¤ ¥ ¦): real capitals in ".VnTime". */
export const TCVN3_CAPITALS = new Set("¡¢§£¤¥¦");

const HUYEN = "\u0300";
const SAC = "\u0301";
const HOI = "\u0309";
const NGA = "\u0303";
const NANG = "\u0323";

/** VNI code → letter, lower case; capitals are the same codes upper-cased. */
function vniLowerPairs(): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const tone = (letter: string, mark: string) => (letter + mark).normalize("NFC");
  const toneBytes: Array<[string, string]> = [["ø", HUYEN], ["ù", SAC], ["û", HOI], ["õ", NGA], ["ï", NANG]];
  // a e o u y with a plain tone; ơ (ô) and ư (ö) are single bytes that take the same tone bytes.
  for (const [code, letter] of [["a", "a"], ["e", "e"], ["o", "o"], ["u", "u"], ["y", "y"], ["ô", "ơ"], ["ö", "ư"]]) {
    for (const [b, mark] of toneBytes) if (!(letter === "y" && mark === NANG)) pairs.push([code + b, tone(letter, mark)]);
  }
  // Circumflex: "aâ" = â, "aà" = ầ, "aá" = ấ, "aå" = ẩ, "aã" = ẫ, "aä" = ậ (also for e, o).
  const circ: Array<[string, string]> = [["â", ""], ["à", HUYEN], ["á", SAC], ["å", HOI], ["ã", NGA], ["ä", NANG]];
  for (const [base, hat] of [["a", "â"], ["e", "ê"], ["o", "ô"]]) for (const [b, mark] of circ) pairs.push([base + b, tone(hat, mark)]);
  // Breve: "aê" = ă, "aè" = ằ, "aé" = ắ, "aú" = ẳ, "aü" = ẵ, "aë" = ặ.
  const breve: Array<[string, string]> = [["ê", ""], ["è", HUYEN], ["é", SAC], ["ú", HOI], ["ü", NGA], ["ë", NANG]];
  for (const [b, mark] of breve) pairs.push(["a" + b, tone("ă", mark)]);
  // One-byte letters (ì and í are their own codes).
  for (const [k, v] of [["ñ", "đ"], ["ô", "ơ"], ["ö", "ư"], ["æ", "ỉ"], ["ó", "ĩ"], ["ò", "ị"], ["î", "ỵ"]]) pairs.push([k, v]);
  return pairs;
}

export const VNI_DECODE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();
for (const [code, letter] of vniLowerPairs()) {
  VNI_DECODE.set(code, letter);
  VNI_DECODE.set(code.toUpperCase(), letter.toUpperCase());
  // A capital base with a lower-case mark ("Aø"): typed with Shift on the first key only.
  if (code.length === 2) VNI_DECODE.set(code[0].toUpperCase() + code[1], letter.toUpperCase());
  VNI_ENCODE.set(letter, code);
  VNI_ENCODE.set(letter.toUpperCase(), code.toUpperCase());
}

const TCVN3_TABLE = new Uint16Array(256);
for (const [code, letter] of TCVN3_DECODE) TCVN3_TABLE[code.charCodeAt(0)] = letter.charCodeAt(0);

/** Plain TCVN3 → Unicode, letter by letter, same length (case is settled by the caller: see legacy.ts). */
export function decodeTcvn3Chars(s: string): string {
  const out = new Uint16Array(s.length);
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c < 256 ? TCVN3_TABLE[c] : 0;
    out[i] = d || c;
    if (d) changed = true;
  }
  if (!changed) return s;
  let r = "";
  for (let i = 0; i < out.length; i += 8192) r += String.fromCharCode.apply(null, out.subarray(i, i + 8192) as unknown as number[]);
  return r;
}

/** Plain VNI → Unicode: two-byte codes first, then one-byte letters. */
export function decodeVniChars(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const two = i + 1 < s.length ? VNI_DECODE.get(s.substr(i, 2)) : undefined;
    if (two !== undefined) {
      out += two;
      i++;
    } else out += VNI_DECODE.get(s[i]) ?? s[i];
  }
  return out;
}

/**
 * Unicode → TCVN3 as a typist writes it: capitals with a tone take the lower-case code (the ".VnTimeH"
 * capitals font shows them as capitals), Ă Â Đ Ê Ô Ơ Ư their own capital codes. For tests and samples.
 */
export function toTcvn3(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) out += TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase()) ?? ch;
  return out;
}

/** Unicode → VNI-Windows (capitals with their capital codes). For tests and samples. */
export function toVni(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}
