import { readResolutionBytes } from "../xlsx/resolution-file";
import { loadPdfjsBrowser } from "./pdfjs";

/** The text of a chosen file, or the message-table key ({file}) of why it cannot be read. */
export type FileText = { text: string } | { errorKey: string };

/**
 * Text of a resolution file chosen by the user, read by the same code as `nq targets` (.pdf, .docx, .txt in
 * UTF-8/UTF-16/Windows-1258/TCVN3/VNI). Never throws: a bad file gives a message key.
 */
export async function readFileText(file: File): Promise<FileText> {
  try {
    const r = await readResolutionBytes(new Uint8Array(await file.arrayBuffer()), file.name, loadPdfjsBrowser);
    // NFC only: the reader does the rest, and needs the tabs of table rows.
    return r.ok ? { text: r.text.normalize("NFC") } : { errorKey: r.key };
  } catch {
    return { errorKey: "reader.file.binary" };
  }
}
