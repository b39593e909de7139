/**
 * The bytes of a resolution file → its text, for `nq targets`, `nq check --targets` and the task pane
 * alike (no Node API: the pane bundles this). The kind is told by the bytes first, the name second:
 * "%PDF-" is a PDF (its text layer, by the pdf.js `loader` the caller passes: the CLI and the pane load
 * it differently), a zip a Word .docx, an OLE file an old .doc, anything else text, decoded by core/text/decode
 * (BOM, UTF-16, UTF-8, Windows-1258, TCVN3/VNI). Never throws: a file that cannot be read gives a key
 * of the message table, whose sentence names the file ({file}) and says what to do.
 */
import type { LegacyEncoding } from "../core/text/legacy";
import { decodeTextFile, type TextEncoding } from "../core/text/decode";
import { extractPdfText, type PdfjsLoader } from "./pdf";

export type ResolutionFormat = "txt" | "docx" | "pdf";

export type ResolutionFileText =
  | { ok: true; text: string; format: ResolutionFormat; encoding: TextEncoding | null; repaired: LegacyEncoding | null; pages?: number }
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

/** "%PDF-" within the first kB (some producers put bytes before it). */
function isPdf(b: Uint8Array): boolean {
  const head = String.fromCharCode(...b.subarray(0, 1024));
  return head.includes("%PDF-");
}

async function readPdf(bytes: Uint8Array, loader: PdfjsLoader | undefined): Promise<ResolutionFileText> {
  if (!loader) return { ok: false, key: "reader.file.pdf-unavailable" };
  const out = await extractPdfText(bytes, loader);
  if (!out.ok) return out;
  return { ok: true, text: out.text, format: "pdf", encoding: null, repaired: null, pages: out.pages };
}

/** Text of the resolution file `name` (its bytes); `pdf` loads pdf.js when the file is a PDF. */
export async function readResolutionBytes(bytes: Uint8Array, name: string, pdf?: PdfjsLoader): Promise<ResolutionFileText> {
  try {
    if (bytes.length === 0) return { ok: false, key: "reader.file.empty" };
    if (isPdf(bytes)) return await readPdf(bytes, pdf);
    if (/\.pdf$/i.test(name)) return { ok: false, key: "reader.file.pdf-unreadable" };
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
