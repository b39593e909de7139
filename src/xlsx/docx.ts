/**
 * Text of a Word (.docx) resolution, with mammoth (tables kept as tab-separated rows). Works in Node (Buffer) and in the browser
 * (ArrayBuffer). Never throws: a file that is not a readable .docx gives a Vietnamese message.
 */
import * as mammoth from "mammoth";
import { t } from "../core/i18n/messages";
import { docxHtmlToText } from "./docx-html";

export type DocxText = { text: string } | { error: string };

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export async function extractDocxText(input: ArrayBuffer | Uint8Array): Promise<DocxText> {
  try {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.length === 0) return { error: t("reader.docx.empty", "vi") };
    if (!isZip(bytes)) return { error: t("reader.docx.not-docx", "vi") };
    const NodeBuffer = (globalThis as { Buffer?: { from(b: Uint8Array): unknown } }).Buffer;
    const source = NodeBuffer
      ? { buffer: NodeBuffer.from(bytes) as Buffer }
      : { arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
    // HTML, not raw text: raw text loses table rows (every cell becomes its own paragraph).
    const result = await mammoth.convertToHtml(source);
    return { text: docxHtmlToText(String(result.value ?? "")).normalize("NFC") };
  } catch {
    return { error: t("reader.docx.unreadable", "vi") };
  }
}
