/** "Không có tổ chức cơ sở đảng yếu kém": a count that must be zero. */
import { t as msg } from "../i18n/messages";
import { blankTarget, sourceOf, type ItemInput, type RawTarget } from "./raw";
import { cleanText } from "./span";
import { subjectAfter } from "./subject";

const ZERO_RE = /(?:^|\s)khong (?:co|con|de xay ra|de)\s+(?=(?:to chuc|dang vien|chi bo|can bo|co quan|don vi|doan the|truong hop|vu)(?![a-z]))/;

export function readZero(inp: ItemInput, c0: number, c1: number): RawTarget | null {
  const { s, f } = inp;
  const z = ZERO_RE.exec(f.slice(c0, c1));
  if (!z) return null;
  const a = c0 + z.index + z[0].length;
  const t = blankTarget(cleanText(s, c0, c1), "count", "=", 0);
  t.subject = subjectAfter(s, f, a, c1) ?? cleanText(s, a, c1);
  t.confidence = 0.65;
  t.notes = [msg("reader.note.zero", "vi")];
  t.source = sourceOf(inp, c0, c1);
  return { target: t, parentRef: null, context: "" };
}
