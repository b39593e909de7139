import { normalizeText } from "../text/normalize";

/**
 * The place of a Party document's date line ("Hòa Bình Xanh, ngày 15 tháng 01 năm 2024" → "Hòa Bình Xanh"),
 * looked for in the first lines of a resolution, so the summary's date line names the same place.
 */
export function placeFromText(text: string): string | null {
  const lines = text.normalize("NFC").split(/\r?\n/).slice(0, 40);
  for (const raw of lines) {
    const line = normalizeText(raw.replace(/[*_]/g, ""));
    const m = /^([\p{L}][\p{L} .'-]{1,40}?),\s*ngày\s+[\d.…]+\s+tháng\s+[\d.…]+\s+năm\s+[\d.…]+/iu.exec(line);
    if (m) return m[1].trim();
  }
  return null;
}
