/**
 * A purpose-built scanner of worksheet XML: only <row> and <c> elements inside <sheetData>, read with
 * indexOf over the text as it comes out of the streaming inflate, never a DOM or a SAX event per node.
 * Shared strings (plain and rich text, phonetic runs left out), inline strings, booleans, errors,
 * formula results, numbers with their formats (dates in the 1900 and 1904 systems become Dates, as the
 * ExcelJS reader gave them), sparse rows and columns, rows and cells without an `r` attribute.
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

/** Value of attribute `name` in s[from, to) (a start tag), or null. */
function attrIn(s: string, from: number, to: number, name: string): string | null {
  let i = s.indexOf(name, from);
  while (i >= 0 && i < to) {
    const before = s.charCodeAt(i - 1);
    const eq = i + name.length;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && s.charCodeAt(eq) === 61) {
      const q = s.charCodeAt(eq + 1);
      const end = s.indexOf(q === 39 ? "'" : '"', eq + 2);
      return end < 0 || end > to ? null : s.slice(eq + 2, end);
    }
    i = s.indexOf(name, i + 1);
  }
  return null;
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

/** One worksheet's <sheetData> into rows of values (row 0 = Excel row 1). */
export class SheetScanner {
  readonly sheet: ScannedSheet = { values: [], formats: [], anyFormat: false };
  readonly chunker: Chunker;
  private inData = false;
  private done = false;
  private row = -1;
  private col = -1;
  private cells: CellValue[] = [];
  private fmts: (string | null)[] | null = null;

  constructor(
    private readonly strings: string[],
    private readonly styles: StyleFormats,
    private readonly date1904: boolean,
  ) {
    this.chunker = new Chunker("</row>", (s) => this.scan(s));
  }

  /** False when <sheetData> opened and never closed: the part was cut (a damaged file), not a short sheet. */
  get complete(): boolean {
    return this.done || !this.inData;
  }

  private scan(s: string): void {
    if (this.done) return;
    let p = 0;
    if (!this.inData) {
      const a = s.indexOf("<sheetData");
      if (a < 0) return;
      const gt = s.indexOf(">", a);
      if (s.charCodeAt(gt - 1) === 47) {
        this.done = true;
        return;
      }
      this.inData = true;
      p = gt + 1;
    }
    for (;;) {
      const lt = s.indexOf("<", p);
      if (lt < 0) return;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 99 /* c */ && isDelim(s.charCodeAt(lt + 2))) p = this.cell(s, lt);
      else if (c1 === 114 /* r */ && s.startsWith("row", lt + 1) && isDelim(s.charCodeAt(lt + 4))) p = this.startRow(s, lt);
      else if (c1 === 47 /* / */ && s.startsWith("/sheetData", lt + 1)) {
        this.endRow();
        this.done = true;
        return;
      } else if (c1 === 47 && s.startsWith("/row>", lt + 1)) {
        this.endRow();
        p = lt + 6;
      } else p = lt + 1;
    }
  }

  private startRow(s: string, lt: number): number {
    this.endRow();
    const gt = s.indexOf(">", lt);
    const r = attrIn(s, lt, gt, "r");
    this.row = r !== null ? Number(r) - 1 : this.row + 1;
    this.col = -1;
    if (s.charCodeAt(gt - 1) === 47) this.endRow(); // <row r="5"/>: an empty row
    return gt + 1;
  }

  private endRow(): void {
    if (this.cells.length > 0) {
      const r = this.row < 0 ? (this.row = 0) : this.row;
      this.sheet.values[r] = this.cells;
      if (this.fmts) {
        while (this.fmts.length < this.cells.length) this.fmts.push(null);
        this.fmts.length = this.cells.length;
        this.sheet.formats[r] = this.fmts;
        this.sheet.anyFormat = true;
      }
    }
    this.cells = [];
    this.fmts = null;
  }

  /** One <c …>…</c> (or <c …/>): its value into the row; returns where scanning goes on. */
  private cell(s: string, lt: number): number {
    // The start tag's attributes in one pass: r (column), s (style), t (type); others skipped.
    let i = lt + 2;
    let col = -1;
    let style = 0;
    let type = T_NUMBER;
    let selfClosing = false;
    for (;;) {
      const ch = s.charCodeAt(i);
      if (ch === 62) break;
      if (ch === 47) {
        selfClosing = true;
        i++;
        break;
      }
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13) {
        i++;
        continue;
      }
      if (Number.isNaN(ch)) return s.length;
      const nameStart = i;
      while (i < s.length && s.charCodeAt(i) !== 61) i++;
      const q = s.charCodeAt(i + 1);
      const vs = i + 2;
      const ve = s.indexOf(q === 39 ? "'" : '"', vs);
      if (ve < 0) return s.length;
      if (i - nameStart === 1) {
        const n = s.charCodeAt(nameStart);
        if (n === 114) col = columnAt(s, vs, ve);
        else if (n === 115) style = intAt(s, vs, ve);
        else if (n === 116) type = typeAt(s, vs, ve);
      }
      i = ve + 1;
    }
    this.col = col < 0 ? this.col + 1 : col;
    const gt = i;
    if (selfClosing) return gt + 1;
    const close = s.indexOf("</c>", gt);
    const end = close < 0 ? s.length : close;
    const v = this.value(s, gt + 1, end, type, style);
    if (v !== null) {
      const cells = this.cells;
      while (cells.length < this.col) cells.push(null);
      cells[this.col] = v;
    }
    return end + 4;
  }

  private value(s: string, from: number, to: number, type: number, style: number): CellValue {
    if (type === T_INLINE) {
      const is = s.indexOf("<is", from);
      return is >= 0 && is < to ? runsText(s, is, to) : null;
    }
    // The value: <v>…</v>, usually right after the start tag (else after a formula <f>).
    let vs: number;
    if (s.charCodeAt(from) === 60 && s.charCodeAt(from + 1) === 118 && s.charCodeAt(from + 2) === 62) vs = from + 3;
    else {
      const va = s.indexOf("<v", from);
      if (va < 0 || va >= to) return null;
      const vgt = s.indexOf(">", va);
      if (s.charCodeAt(vgt - 1) === 47) return null;
      vs = vgt + 1;
    }
    const ve = s.indexOf("</v>", vs);
    if (ve < 0 || ve > to) return null;
    if (type === T_SHARED) return this.strings[intAt(s, vs, ve)] ?? null;
    if (type === T_BOOL) return intAt(s, vs, ve) !== 0;
    const raw = s.slice(vs, ve);
    if (type === T_STR || type === T_ERROR) return text(raw);
    if (type === T_DATE) {
      const d = new Date(text(raw));
      return Number.isNaN(d.getTime()) ? text(raw) : d;
    }
    const n = parseFloat(raw);
    if (Number.isNaN(n)) return null;
    const code = this.styles.codes[style] ?? null;
    if (code === null) return n;
    if (!this.fmts) this.fmts = [];
    const fmts = this.fmts;
    while (fmts.length < this.col) fmts.push(null);
    fmts[this.col] = code;
    return this.styles.isDate[style] ? dateFromSerial(n, this.date1904) : n;
  }
}

const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_STR = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

/** The cell type attribute (t="s", "inlineStr", "str", "b", "e", "d", "n"). */
function typeAt(s: string, from: number, to: number): number {
  const c = s.charCodeAt(from);
  if (to - from === 1) return c === 115 ? T_SHARED : c === 98 ? T_BOOL : c === 101 ? T_ERROR : c === 100 ? T_DATE : T_NUMBER;
  if (c === 105) return T_INLINE;
  if (c === 115) return T_STR;
  return T_NUMBER;
}

/** A non-negative integer written in s[from, to). */
function intAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return i === from ? NaN : n;
    n = n * 10 + d;
  }
  return n;
}

/** 0-based column of the reference in s[from, to) ("AB12" → 27), or -1. */
function columnAt(s: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === from ? -1 : col - 1;
}
