/**
 * What kind of file a buffer holds, from its first and last bytes: so a wrong file gets a clear
 * message ("this is an old .xls", "this is password-protected") instead of a parser error.
 */
export type FileKind = "xlsx" | "ods" | "zip-other" | "truncated" | "encrypted" | "xls" | "csv" | "text" | "empty" | "unknown";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

/** Index of an ASCII or UTF-16LE string in the buffer, or -1. */
/** Index of `pattern` in `buf` (native search for its first byte), or -1; `last` searches backwards. No Node API (the pane). */
function find(buf: Uint8Array, pattern: number[], last = false): number {
  const first = pattern[0];
  let i = last ? buf.lastIndexOf(first) : buf.indexOf(first);
  while (i >= 0) {
    if (i + pattern.length <= buf.length) {
      let k = 1;
      while (k < pattern.length && buf[i + k] === pattern[k]) k++;
      if (k === pattern.length) return i;
    } else if (!last) return -1;
    i = last ? (i > 0 ? buf.lastIndexOf(first, i - 1) : -1) : buf.indexOf(first, i + 1);
  }
  return -1;
}

function indexOf(buf: Uint8Array, text: string, utf16 = false): number {
  const bytes: number[] = [];
  for (const ch of text) utf16 ? bytes.push(ch.charCodeAt(0), 0) : bytes.push(ch.charCodeAt(0));
  return find(buf, bytes);
}

export function detectFileKind(buf: Uint8Array): FileKind {
  if (buf.length === 0) return "empty";
  if (startsWith(buf, ZIP)) {
    // End of central directory record: in the last 64 KB + 22 bytes of a complete zip.
    const tail = buf.subarray(Math.max(0, buf.length - 65557));
    if (find(tail, [0x50, 0x4b, 0x05, 0x06], true) < 0) return "truncated";
    // OpenDocument (LibreOffice .ods): its first entry is "mimetype", stored, holding the type.
    if (indexOf(buf.subarray(0, 200), "application/vnd.oasis.opendocument.spreadsheet") >= 0) return "ods";
    if (indexOf(buf, "xl/workbook.xml") < 0 && indexOf(buf, "xl/workbook.bin") < 0) return "zip-other";
    return "xlsx";
  }
  if (startsWith(buf, OLE2)) {
    // An encrypted .xlsx is an OLE2 compound file with an "EncryptedPackage" stream (names are UTF-16LE).
    if (indexOf(buf, "EncryptedPackage", true) >= 0 || indexOf(buf, "EncryptionInfo", true) >= 0) return "encrypted";
    return "xls";
  }
  const text = textKind(buf);
  if (text) return text;
  return "unknown";
}

/** Text: "csv" when its first lines all hold one separator (comma, semicolon, tab), else plain "text"; null when binary. */
function textKind(buf: Uint8Array): "csv" | "text" | null {
  const head = buf.subarray(0, 4096);
  if (head.includes(0)) return null;
  const text = new TextDecoder("utf-8").decode(head);
  let printable = 0;
  for (const ch of text) if (ch >= " " || ch === "\n" || ch === "\r" || ch === "\t") printable++;
  if (printable < text.length * 0.95) return null;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length === 0) return null;
  const seps = [",", ";", "\t"];
  return seps.some((s) => lines.slice(0, 5).every((l) => l.includes(s))) ? "csv" : "text";
}
