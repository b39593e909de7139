import { extractDocxText } from "../xlsx/docx";

export type FileText = { text: string } | { errorKey: "ui.file.not-docx" | "ui.file.empty" };

/** Text of a .docx or .txt file chosen by the user. Never throws: a bad file gives a message key. */
export async function readFileText(file: File): Promise<FileText> {
  try {
    return await read(file);
  } catch {
    return { errorKey: "ui.file.not-docx" };
  }
}

async function read(file: File): Promise<FileText> {
  const name = file.name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) return { errorKey: "ui.file.empty" };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (name.endsWith(".docx") || isZip) {
    if (!isZip) return { errorKey: "ui.file.not-docx" };
    const out = await extractDocxText(bytes);
    if ("error" in out) return { errorKey: "ui.file.not-docx" };
    // NFC only: the reader does the rest, and needs the tabs of table rows.
    return out.text.trim() ? { text: out.text.normalize("NFC") } : { errorKey: "ui.file.empty" };
  }
  if (name.endsWith(".txt") || file.type.startsWith("text/")) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      // Older files saved in Windows-1258 or similar: let the reader repair what it can.
      text = new TextDecoder("windows-1252").decode(bytes);
    }
    return text.trim() ? { text: text.replace(/^\uFEFF/, "").normalize("NFC") } : { errorKey: "ui.file.empty" };
  }
  return { errorKey: "ui.file.not-docx" };
}
