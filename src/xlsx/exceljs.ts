/**
 * ExcelJS, loaded with one fix. ExcelJS 4.4 decodes each chunk of a zip entry on its own
 * (utils/browser-buffer-decode → utils/parse-sax), so a Vietnamese letter whose UTF-8 bytes fall
 * across two chunks becomes "\uFFFD\uFFFD" ("Hoàn thành t��t nhiệm vụ"): in big sheets a few cells
 * in every thousand are silently damaged. The fix swaps in a streaming UTF-8 decoder, which keeps
 * an incomplete sequence for the next chunk. It must run before ExcelJS loads parse-sax, so every
 * file of src/xlsx (and anything else) must get ExcelJS from here, never from "exceljs" directly.
 * Entries are parsed one after another, so one decoder is enough; reads are also serialised
 * (see ./read.ts) so two workbooks never interleave their chunks.
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

const ExcelJS = require("exceljs") as typeof import("exceljs");

/** True when the loaded parse-sax uses the streaming decoder (checked by a test). */
export function utf8ChunkFixActive(): boolean {
  return decodeModule.__nqStreaming === true;
}

export default ExcelJS;

export { exclusive } from "./exceljs-load";
