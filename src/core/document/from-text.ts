import { normalizeText } from "../text/normalize";
import type { DocumentFields } from "./fields";

/**
 * The place of a Party document's date line ("Hòa Bình Xanh, ngày 15 tháng 01 năm 2024" → "Hòa Bình Xanh"),
 * looked for in the first lines of a resolution, so the report's date line names the same place.
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

const PARTY = /^ĐẢNG CỘNG SẢN VIỆT NAM$/u;
const NUMBER = /^Số\s*:?\s*(\d+[\p{L}\d.]*-[\p{Lu}\d]+\/[\p{Lu}\p{L}\d.-]+)/u;

/**
 * What a resolution's own header says about the committees: the superior committee (first capitals line),
 * the issuing committee (the capitals lines under it) and the resolution's number ("Số 12-NQ/ĐUK").
 * Lines before "ĐẢNG CỘNG SẢN VIỆT NAM" only (the header's left column, as mammoth or a copy lays it out).
 */
export function fieldsFromResolution(text: string): DocumentFields {
  const head = text.normalize("NFC").split(/\r?\n/).slice(0, 30).map((l) => normalizeText(l.replace(/[*_#]/g, " ")).trim());
  const party = head.findIndex((l) => PARTY.test(l));
  const left = party > 0 ? head.slice(0, party) : head.slice(0, 8);
  const numberLine = head.map((l) => NUMBER.exec(l)).find((m) => m);
  const caps = left.filter((l) => l !== "" && l === l.toUpperCase() && /\p{L}{2}/u.test(l) && !/^SỐ\s/u.test(l) && l.length < 100);
  const fields: DocumentFields = { resolutionNumber: numberLine ? numberLine[1] : null, place: placeFromText(text) };
  if (party <= 0 || caps.length === 0) return fields;
  if (caps.length > 1) {
    fields.superior = caps[0];
    fields.issuer = caps.slice(1).join(" ");
  } else fields.issuer = caps[0];
  return fields;
}
