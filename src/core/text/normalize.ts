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
