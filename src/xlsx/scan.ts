/**
 * The scanner's text side: shared strings (plain and rich text, phonetic runs left out) read with
 * indexOf over the decoded text, the run text of inline strings, number formats and dates. The
 * worksheet itself is scanned over its bytes (./scan-bytes.ts): only <row> and <c> inside <sheetData>,
 * numbers with their formats (dates in the 1900 and 1904 systems become Dates, as the ExcelJS reader
 * gave them), sparse rows and columns, rows and cells without an `r` attribute.
 * No Node API: it serves the CLI, the merge and the task pane.
 */
import type { CellValue } from "../core/model/grid";
import { decodeXml } from "./xml";

/** Number formats of the cell styles (cellXfs), by style index. */
export interface StyleFormats {
  /** Format code of each style, or null for General (numFmtId 0). */
  codes: (string | null)[];
  /** 1 when the style's format shows a date (or time). */
  isDate: Uint8Array;
}

/** ExcelJS's rule, so files read as before: a format with y, m, d, h, s (outside quotes and brackets). */
export function isDateFormat(code: string | null): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

const DAY_MS = 86_400_000;

/** An Excel serial as a Date (UTC calendar day), as ExcelJS builds them. */
export function dateFromSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

function isDelim(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/**
 * A copy of a slice of the decoded chunk. V8 keeps a slice (13 characters or more) as a view of its
 * parent string, so one kept cell text would keep its whole chunk alive: at 1,000,000 members that is
 * the sheet's XML held twice over (2.9 GB peak measured before this copy). Flattening " " + slice
 * copies the characters into a string of their own.
 */
function own(str: string): string {
  return str.length < 13 ? str : (" " + str).slice(1);
}

const text = (raw: string): string => own(raw.indexOf("&") >= 0 ? decodeXml(raw) : raw);

/** The text of the <t> elements in s[from, to), phonetic runs (<rPh>) left out. */
export function runsText(s: string, from: number, to: number): string {
  let out = "";
  let i = from;
  for (;;) {
    const lt = s.indexOf("<", i);
    if (lt < 0 || lt >= to) return out;
    if (s.startsWith("<rPh", lt) && isDelim(s.charCodeAt(lt + 4))) {
      const end = s.indexOf("</rPh>", lt);
      i = end < 0 || end >= to ? to : end + 6;
      continue;
    }
    if (s.charCodeAt(lt + 1) === 116 /* t */ && isDelim(s.charCodeAt(lt + 2))) {
      const gt = s.indexOf(">", lt);
      if (s.charCodeAt(gt - 1) === 47) {
        i = gt + 1;
        continue;
      }
      const end = s.indexOf("</t>", gt);
      if (end < 0 || end > to) return out;
      out += text(s.slice(gt + 1, end));
      i = end + 4;
      continue;
    }
    i = lt + 1;
  }
}

/**
 * Feeds on text chunks, keeps a carry of the unfinished row, and calls `block` with whole elements
 * ending at the last `closer` of the text seen so far (so no element is ever cut in two).
 */
export class Chunker {
  private carry = "";
  private readonly dec = new TextDecoder("utf-8");
  constructor(
    private readonly closer: string,
    private readonly block: (s: string) => void,
  ) {}
  push(bytes: Uint8Array): void {
    const s = this.carry + this.dec.decode(bytes, { stream: true });
    const cut = s.lastIndexOf(this.closer);
    if (cut < 0) {
      this.carry = s;
      return;
    }
    const end = cut + this.closer.length;
    this.carry = s.slice(end);
    this.block(end === s.length ? s : s.slice(0, end));
  }
  end(): void {
    const s = this.carry + this.dec.decode();
    this.carry = "";
    if (s) this.block(s);
  }
}

/** Every <si> of sharedStrings.xml as its text. */
export function sharedStringsScanner(out: string[]): Chunker {
  return new Chunker("</si>", (s) => {
    let i = 0;
    for (;;) {
      const a = s.indexOf("<si", i);
      if (a < 0) return;
      const gt = s.indexOf(">", a);
      if (s.charCodeAt(gt - 1) === 47) {
        out.push("");
        i = gt + 1;
        continue;
      }
      const end = s.indexOf("</si>", gt);
      if (end < 0) return;
      out.push(runsText(s, gt + 1, end));
      i = end + 5;
    }
  });
}

export interface ScannedSheet {
  values: CellValue[][];
  formats: (string | null)[][];
  anyFormat: boolean;
}

