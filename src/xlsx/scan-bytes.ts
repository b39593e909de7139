/**
 * The worksheet scanner over the inflated bytes themselves: `<row>` and `<c>` found with
 * Uint8Array.indexOf, attributes, numbers and shared-string indices read from the bytes, and only cell
 * texts decoded (short repeated ones once: see TextCache). Before, every chunk was first decoded to a
 * string and scanned with String.indexOf: the decoding and the strings made ≈ half of the read's CPU
 * and most of its garbage. Same results as before (test/xlsx/scan.test.ts). No Node API.
 */
import type { CellValue } from "../core/model/grid";
import { dateFromSerial, runsText, type ScannedSheet, type StyleFormats } from "./scan";
import { decodeXml } from "./xml";

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const EQ = 61;

const utf8 = new TextDecoder("utf-8");

function isDelim(b: number): boolean {
  return b === 32 || b === GT || b === SLASH || b === 9 || b === 10 || b === 13;
}

/** True when buf[at…] starts with the ASCII text `seq`. */
function startsWith(buf: Uint8Array, at: number, seq: string): boolean {
  if (at + seq.length > buf.length) return false;
  for (let i = 0; i < seq.length; i++) if (buf[at + i] !== seq.charCodeAt(i)) return false;
  return true;
}

/** First index ≥ from of the ASCII text `seq` (which starts with "<"), or -1. */
function find(buf: Uint8Array, seq: string, from: number): number {
  for (let i = buf.indexOf(LT, from); i >= 0; i = buf.indexOf(LT, i + 1)) if (startsWith(buf, i, seq)) return i;
  return -1;
}

/** The next "<" in buf[from, to), by a loop (values are short), or -1. */
function shortScan(buf: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (buf[i] === LT) return i;
  return -1;
}

/** Last index of "</row>" in buf, or -1. */
function lastRowEnd(buf: Uint8Array): number {
  for (let i = buf.lastIndexOf(LT); i >= 0; i = i > 0 ? buf.lastIndexOf(LT, i - 1) : -1) if (startsWith(buf, i, "</row>")) return i;
  return -1;
}

/**
 * Decoded cell texts, cached by their bytes: member sheets repeat the same short texts (organisations,
 * ratings, "x", "Nam"/"Nữ") hundreds of thousands of times. One string per distinct text instead of one
 * per cell: less decoding, and at 1,000,000 members ≈ 0.4 GB less heap (measured on the bare read).
 */
class TextCache {
  private readonly map = new Map<number, { bytes: Uint8Array; text: string }>();
  text(buf: Uint8Array, from: number, to: number): string {
    const n = to - from;
    if (n > 48) return decodeText(buf, from, to);
    let h = 2166136261;
    for (let i = from; i < to; i++) h = Math.imul(h ^ buf[i], 16777619);
    h = (h ^ n) >>> 0;
    const hit = this.map.get(h);
    if (hit && hit.bytes.length === n) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = hit.bytes[i] === buf[from + i];
      if (same) return hit.text;
    }
    const text = decodeText(buf, from, to);
    if (!hit && this.map.size < 200_000) this.map.set(h, { bytes: buf.slice(from, to), text });
    return text;
  }
}

function decodeText(buf: Uint8Array, from: number, to: number): string {
  let ascii = to - from <= 24;
  for (let i = from; i < to && ascii; i++) ascii = buf[i] < 128;
  const bytes = buf.subarray(from, to);
  const s = ascii ? String.fromCharCode.apply(null, bytes as unknown as number[]) : utf8.decode(bytes);
  return s.indexOf("&") >= 0 ? decodeXml(s) : s;
}

/** Bytes in, whole rows out: keeps the unfinished tail of the last chunk for the next one. */
class RowChunker {
  private carry: Uint8Array | null = null;
  constructor(private readonly block: (buf: Uint8Array, end: number) => void) {}
  push(bytes: Uint8Array): void {
    let buf = bytes;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + bytes.length);
      buf.set(this.carry);
      buf.set(bytes, this.carry.length);
      this.carry = null;
    }
    const cut = lastRowEnd(buf);
    if (cut < 0) {
      this.carry = buf.slice();
      return;
    }
    const end = cut + 6;
    if (end < buf.length) this.carry = buf.slice(end);
    this.block(buf, end);
  }
  end(): void {
    const rest = this.carry;
    this.carry = null;
    if (rest && rest.length) this.block(rest, rest.length);
  }
}

const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_STR = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

/** One worksheet's <sheetData> into rows of values (row 0 = Excel row 1). */
export class SheetScanner {
  readonly sheet: ScannedSheet = { values: [], formats: [], anyFormat: false };
  readonly chunker: { push(bytes: Uint8Array): void; end(): void };
  private readonly texts = new TextCache();
  private inData = false;
  private done = false;
  private row = -1;
  private col = -1;
  private cells: CellValue[] = [];
  private fmts: (string | null)[] | null = null;
  // The start tag just read by cell(): its attributes and where it ends.
  private tagEnd = 0;
  private style = 0;
  private type = T_NUMBER;

  constructor(
    private readonly strings: string[],
    private readonly styles: StyleFormats,
    private readonly date1904: boolean,
  ) {
    this.chunker = new RowChunker((buf, end) => this.scan(buf, end));
  }

  /** False when <sheetData> opened and never closed: the part was cut (a damaged file), not a short sheet. */
  get complete(): boolean {
    return this.done || !this.inData;
  }

  private scan(buf: Uint8Array, end: number): void {
    if (this.done) return;
    let p = 0;
    if (!this.inData) {
      const a = find(buf, "<sheetData", 0);
      if (a < 0 || a >= end) return;
      const gt = buf.indexOf(GT, a);
      if (gt < 0) return;
      if (buf[gt - 1] === SLASH) {
        this.done = true;
        return;
      }
      this.inData = true;
      p = gt + 1;
    }
    for (;;) {
      const lt = buf[p] === LT ? p : buf.indexOf(LT, p);
      if (lt < 0 || lt >= end) return;
      const c1 = buf[lt + 1];
      if (c1 === 99 /* c */ && isDelim(buf[lt + 2])) p = this.cell(buf, lt, end);
      else if (c1 === 114 /* r */ && buf[lt + 2] === 111 && buf[lt + 3] === 119 && isDelim(buf[lt + 4])) p = this.startRow(buf, lt, end);
      else if (c1 === SLASH && startsWith(buf, lt + 2, "sheetData")) {
        this.endRow();
        this.done = true;
        return;
      } else if (c1 === SLASH && startsWith(buf, lt + 2, "row>")) {
        this.endRow();
        p = lt + 6;
      } else p = lt + 1;
    }
  }

  private startRow(buf: Uint8Array, lt: number, end: number): number {
    this.endRow();
    const gt = buf.indexOf(GT, lt);
    if (gt < 0 || gt >= end) return end;
    const r = this.rowNumber(buf, lt + 4, gt);
    this.row = r > 0 ? r - 1 : this.row + 1;
    this.col = -1;
    if (buf[gt - 1] === SLASH) this.endRow(); // <row r="5"/>: an empty row
    return gt + 1;
  }

  /** The r attribute of a <row> start tag in buf[from, gt), or -1. */
  private rowNumber(buf: Uint8Array, from: number, gt: number): number {
    let i = from;
    while (i < gt) {
      while (i < gt && (buf[i] === 32 || buf[i] === 9 || buf[i] === 10 || buf[i] === 13)) i++;
      const nameStart = i;
      while (i < gt && buf[i] !== EQ) i++;
      if (i >= gt) return -1;
      const q = buf[i + 1];
      const ve = buf.indexOf(q === APOS ? APOS : QUOT, i + 2);
      if (ve < 0 || ve > gt) return -1;
      if (i - nameStart === 1 && buf[nameStart] === 114) return intAt(buf, i + 2, ve);
      i = ve + 1;
    }
    return -1;
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

  /** The start tag of a <c> at lt: column, style and type into this; false when cut or self-closing. */
  private cellTag(buf: Uint8Array, lt: number, end: number): boolean {
    let i = lt + 2;
    let col = -1;
    this.style = 0;
    this.type = T_NUMBER;
    for (;;) {
      if (i >= end) return ((this.tagEnd = end), false);
      const b = buf[i];
      if (b === GT) break;
      if (b === SLASH) {
        this.col = col < 0 ? this.col + 1 : col;
        this.tagEnd = i + 2;
        return false;
      }
      if (b === 32 || b === 9 || b === 10 || b === 13) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end && buf[i] !== EQ) i++;
      const q = buf[i + 1] === APOS ? APOS : QUOT;
      const vs = i + 2;
      // Attribute values are short: a loop beats a call to indexOf.
      let ve = vs;
      while (ve < end && buf[ve] !== q) ve++;
      if (ve >= end) return ((this.tagEnd = end), false);
      if (i - nameStart === 1) {
        const n = buf[nameStart];
        if (n === 114) col = columnAt(buf, vs, ve);
        else if (n === 115) this.style = intAt(buf, vs, ve);
        else if (n === 116) this.type = typeAt(buf, vs, ve);
      }
      i = ve + 1;
    }
    this.col = col < 0 ? this.col + 1 : col;
    this.tagEnd = i + 1;
    return true;
  }

  /** One <c …>…</c> (or <c …/>): its value into the row; returns where scanning goes on. */
  private cell(buf: Uint8Array, lt: number, end: number): number {
    if (!this.cellTag(buf, lt, end)) return this.tagEnd;
    const from = this.tagEnd;
    // Nearly always <v>…</v></c>: the end is found from the value's end, without a search.
    const vEnd = buf[from] === LT && buf[from + 1] === 118 && buf[from + 2] === GT ? shortScan(buf, from + 3, end) : -1;
    const close = vEnd >= 0 && startsWith(buf, vEnd, "</v></c>") ? vEnd + 4 : find(buf, "</c>", from);
    const to = close < 0 || close > end ? end : close;
    const v = this.value(buf, from, to);
    if (v !== null) {
      const cells = this.cells;
      while (cells.length < this.col) cells.push(null);
      cells[this.col] = v;
    }
    return to + 4;
  }

  private value(buf: Uint8Array, from: number, to: number): CellValue {
    const type = this.type;
    if (type === T_INLINE) {
      const is = find(buf, "<is", from);
      if (is < 0 || is >= to) return null;
      const s = utf8.decode(buf.subarray(is, to));
      return runsText(s, 0, s.length);
    }
    // The value: <v>…</v>, usually right after the start tag (else after a formula <f>).
    let vs: number;
    if (buf[from] === LT && buf[from + 1] === 118 && buf[from + 2] === GT) vs = from + 3;
    else {
      const va = find(buf, "<v", from);
      if (va < 0 || va >= to || !isDelim(buf[va + 2])) return null;
      const vgt = buf.indexOf(GT, va);
      if (buf[vgt - 1] === SLASH) return null;
      vs = vgt + 1;
    }
    const ve = shortScan(buf, vs, to);
    if (ve < 0 || !startsWith(buf, ve, "</v>")) return null;
    if (type === T_SHARED) return this.strings[intAt(buf, vs, ve)] ?? null;
    if (type === T_BOOL) return intAt(buf, vs, ve) !== 0;
    if (type === T_STR || type === T_ERROR) return this.texts.text(buf, vs, ve);
    if (type === T_DATE) {
      const raw = decodeText(buf, vs, ve);
      const d = new Date(raw);
      return Number.isNaN(d.getTime()) ? raw : d;
    }
    const n = numberAt(buf, vs, ve);
    if (Number.isNaN(n)) return null;
    const style = this.style;
    const code = this.styles.codes[style] ?? null;
    if (code === null) return n;
    if (!this.fmts) this.fmts = [];
    const fmts = this.fmts;
    while (fmts.length < this.col) fmts.push(null);
    fmts[this.col] = code;
    return this.styles.isDate[style] ? dateFromSerial(n, this.date1904) : n;
  }
}

/** The cell type attribute (t="s", "inlineStr", "str", "b", "e", "d", "n"). */
function typeAt(buf: Uint8Array, from: number, to: number): number {
  const c = buf[from];
  if (to - from === 1) return c === 115 ? T_SHARED : c === 98 ? T_BOOL : c === 101 ? T_ERROR : c === 100 ? T_DATE : T_NUMBER;
  if (c === 105) return T_INLINE;
  if (c === 115) return T_STR;
  return T_NUMBER;
}

/** A non-negative integer written in buf[from, to) (NaN when it does not start with a digit). */
function intAt(buf: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return i === from ? NaN : n;
    n = n * 10 + d;
  }
  return n;
}

/** A number as parseFloat reads it: plain integers of up to 15 digits without a string, the rest by parseFloat. */
function numberAt(buf: Uint8Array, from: number, to: number): number {
  const neg = buf[from] === 45;
  const start = neg ? from + 1 : from;
  if (to > start && to - start <= 15) {
    let n = 0;
    let i = start;
    for (; i < to; i++) {
      const d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === to) return neg ? -n : n;
  }
  let s = "";
  for (let i = from; i < to && i < from + 64; i++) s += String.fromCharCode(buf[i]);
  return parseFloat(s);
}

/** 0-based column of the reference in buf[from, to) ("AB12" → 27), or -1. */
function columnAt(buf: Uint8Array, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = buf[i];
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === from ? -1 : col - 1;
}
