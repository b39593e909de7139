/**
 * Turn a resolution's raw text (pasted, .txt, or extracted from .docx) into clean lines:
 * NFC, legacy fonts repaired, markdown remnants removed, spacing unified, and sentences that a
 * page break cut in two joined again. Everything the reader quotes comes from this text.
 */
import { repairLegacyText } from "../text/legacy";
import { normalizeText, stripMarkdown } from "../text/normalize";
import { rewriteTables } from "./table";
import { rewriteVerticalTables } from "./vertical";

export interface PreparedText {
  text: string;
  /** Message keys of the repairs applied ("reader.repair.tcvn3", …). */
  repairs: string[];
  /** Lines that are rows of a table with a plan column: each states a target (read.ts reads them as in a section). */
  planRows: Set<number>;
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
  const vertical = rewriteVerticalTables(s.split("\n"));
  const tabled = rewriteTables(vertical.lines, vertical.plan);
  let plan = tabled.plan;
  if (tabled.tables > 0 || vertical.tables > 0) {
    repairs.push("reader.repair.table");
    s = tabled.lines.join("\n");
  } else plan = [];
  const stripped = stripMarkdown(s);
  if (stripped !== s) repairs.push("reader.repair.markdown");
  const lines = stripped.split("\n").map((l) => (l === "" ? l : normalizeText(l).replace(/^[•●▪◦]\s*/, "- ")));
  // Join a line with the next non-empty one when a page break cut a sentence ("… đất\n\nnước phồn vinh").
  const out: string[] = [];
  const planRows = new Set<number>();
  let joined = false;
  lines.forEach((line, i) => {
    if (line === "") {
      out.push(line);
      return;
    }
    let k = out.length - 1;
    while (k >= 0 && out[k] === "") k--;
    const prev = k >= 0 ? out[k] : "";
    // "b) Kết nạp …", "c. …", "đ) …" start a new item, however the line before ends.
    if (prev && !SENTENCE_END.test(prev) && startsLowercase(line) && !ITEM_MARK.test(line) && prev.length > 40) {
      out.length = k + 1;
      out[k] = prev + " " + line;
      joined = true;
      return;
    }
    if (plan[i]) planRows.add(out.length);
    out.push(line);
  });
  if (joined) repairs.push("reader.repair.joined");
  return { text: out.join("\n"), repairs, planRows };
}
