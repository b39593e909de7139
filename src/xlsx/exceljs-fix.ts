/**
 * The one fix ExcelJS needs, applied without loading ExcelJS (only its tiny decode module). ExcelJS
 * 4.4 decodes each chunk of a zip entry on its own (utils/browser-buffer-decode → utils/parse-sax), so
 * a Vietnamese letter whose UTF-8 bytes fall across two chunks becomes "\uFFFD\uFFFD" ("Hoàn thành
 * t��t nhiệm vụ"): in big sheets a few cells in every thousand are silently damaged. The fix swaps in
 * a streaming UTF-8 decoder, which keeps an incomplete sequence for the next chunk. It must run before
 * ExcelJS loads parse-sax: src/xlsx/index.ts applies it first, and every file of src/xlsx gets ExcelJS
 * through ./exceljs (lazily: ./exceljs-load), never from "exceljs" directly. Entries are parsed one
 * after another, so one decoder is enough; reads are also serialised (see ./read.ts) so two workbooks
 * never interleave their chunks.
 */
const decodeModule = require("exceljs/lib/utils/browser-buffer-decode") as { bufferToString: (chunk: unknown) => string; __nqStreaming?: boolean };

if (!decodeModule.__nqStreaming) {
  const decoder = new TextDecoder("utf-8");
  decodeModule.bufferToString = (chunk: unknown): string => {
    if (typeof chunk === "string") return chunk;
    return decoder.decode(chunk as Uint8Array, { stream: true });
  };
  decodeModule.__nqStreaming = true;
}

/** True when the loaded parse-sax uses the streaming decoder (checked by a test). */
export function utf8ChunkFixActive(): boolean {
  return decodeModule.__nqStreaming === true;
}
