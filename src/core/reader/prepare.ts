/**
 * Turn a resolution's raw text (pasted, .txt, or extracted from .docx) into clean lines:
 * NFC, legacy fonts repaired, markdown remnants removed, spacing unified, and sentences that a
 * page break cut in two joined again. Everything the reader quotes comes from this text.
 */
import { repairLegacyText } from "../text/legacy";
import { normalizeText, stripMarkdown } from "../text/normalize";
import { rewriteTables } from "./table";

export interface PreparedText {
  text: string;
  /** Message keys of the repairs applied ("reader.repair.tcvn3", …). */
  repairs: string[];
}

const SENTENCE_END = /[.;:!?…"”)\]]$/;
/** A lettered item: "a)", "b.", "đ)", "a -". */
const ITEM_MARK = /^[a-zđ]\s*[).]\s|^[a-zđ]\s+-\s/u;

function startsLowercase(line: string): boolean {
  const ch = line.charAt(0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function prepareText(raw: string): PreparedText {
  const repairs: string[] = [];
  let s = String(raw ?? "").replace(/\r\n?/g, "\n").split(String.fromCharCode(0)).join("");
  const nfc = s.normalize("NFC");
  if (nfc !== s) repairs.push("reader.repair.nfd");
  s = nfc;
  const legacy = repairLegacyText(s);
  if (legacy.encoding) {
    repairs.push(`reader.repair.${legacy.encoding}`);
    s = legacy.text;
  }
  // Tables first: their tabs and pipes are gone once a line is normalised.
  const tabled = rewriteTables(s.split("\n"));
  if (tabled.tables > 0) {
    repairs.push("reader.repair.table");
    s = tabled.lines.join("\n");
  }
  const stripped = stripMarkdown(s);
  if (stripped !== s) repairs.push("reader.repair.markdown");
  const lines = stripped.split("\n").map((l) => normalizeText(l).replace(/^[•●▪◦]\s*/, "- "));
  // Join a line with the next non-empty one when a page break cut a sentence ("… đất\n\nnước phồn vinh").
  const out: string[] = [];
  let joined = false;
  for (const line of lines) {
    if (line === "") {
      out.push(line);
      continue;
    }
    let k = out.length - 1;
    while (k >= 0 && out[k] === "") k--;
    const prev = k >= 0 ? out[k] : "";
    // "b) Kết nạp …", "c. …", "đ) …" start a new item, however the line before ends.
    if (prev && !SENTENCE_END.test(prev) && startsLowercase(line) && !ITEM_MARK.test(line) && prev.length > 40) {
      out.length = k + 1;
      out[k] = prev + " " + line;
      joined = true;
      continue;
    }
    out.push(line);
  }
  if (joined) repairs.push("reader.repair.joined");
  return { text: out.join("\n"), repairs };
}
