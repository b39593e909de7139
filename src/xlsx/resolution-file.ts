/**
 * The bytes of a resolution file → its text, for `nq targets`, `nq check --targets` and the task pane
 * alike (no Node API: the pane bundles this). The kind is told by the bytes first, the name second:
 * a zip is a Word .docx, an OLE file an old .doc, anything else text, decoded by core/text/decode
 * (BOM, UTF-16, UTF-8, Windows-1258, TCVN3/VNI). Never throws: a file that cannot be read gives a key
 * of the message table, whose sentence names the file ({file}) and says what to do.
 */
import type { LegacyEncoding } from "../core/text/legacy";
import { decodeTextFile, type TextEncoding } from "../core/text/decode";

export type ResolutionFormat = "txt" | "docx";

export type ResolutionFileText =
  | { ok: true; text: string; format: ResolutionFormat; encoding: TextEncoding | null; repaired: LegacyEncoding | null }
  | { ok: false; key: string };

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
// Compound File Binary: Word 97-2003 .doc (and .xls).
const isOle = (b: Uint8Array) => b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

async function readDocx(bytes: Uint8Array): Promise<ResolutionFileText> {
  // Loaded only for a .docx: mammoth costs ≈ 0.2–0.4 s of start-up that every other run would pay.
  const { extractDocxText } = await import("./docx");
  const out = await extractDocxText(bytes);
  if ("error" in out) return { ok: false, key: "reader.file.docx-unreadable" };
  if (out.text.trim() === "") return { ok: false, key: "reader.file.empty" };
  return { ok: true, text: out.text, format: "docx", encoding: null, repaired: null };
}

/** Text of the resolution file `name` (its bytes). */
export async function readResolutionBytes(bytes: Uint8Array, name: string): Promise<ResolutionFileText> {
  try {
    if (bytes.length === 0) return { ok: false, key: "reader.file.empty" };
    if (isZip(bytes)) return await readDocx(bytes);
    if (isOle(bytes)) return { ok: false, key: "reader.file.old-doc" };
    if (/\.docx$/i.test(name)) return { ok: false, key: "reader.file.not-docx" };
    const r = decodeTextFile(bytes);
    if (!r.ok) return { ok: false, key: r.reason === "empty" ? "reader.file.empty" : "reader.file.binary" };
    return { ok: true, text: r.text, format: "txt", encoding: r.encoding, repaired: r.repaired };
  } catch {
    return { ok: false, key: "reader.file.binary" };
  }
}
