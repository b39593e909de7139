/**
 * A PDF page's text items (pdf.js getTextContent) → the lines of text the reader understands. PDF has
 * no lines, only positioned runs, in the order the producer drew them: LibreOffice, for one, draws the
 * letters its font lacks (Ế, Ạ, ỉ …) from a fallback font afterwards, so "KẾ HOẠCH" comes as "K HO CH"
 * then "Ế", "Ạ". So runs are grouped by their baseline, ordered by x, and a run that falls inside an
 * earlier one is put back at its place. A wide gap between runs is a table column (a tab, as Word copies
 * a table row, which reader/table.ts reads); a table cell wrapped over several lines is joined back into
 * its row. A word cut by a soft hyphen or a "30-" at a line end is joined without a new line. Pure.
 */
import { isVietnameseSyllable } from "../core/text/syllable";

export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: x, y the baseline start in PDF units (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Run {
  x: number;
  end: number;
  text: string;
  size: number;
}

interface Cell {
  x: number;
  text: string;
}

function fontSize(it: PdfTextItem): number {
  const [a, b, c, d] = it.transform;
  return Math.max(1, it.height || Math.hypot(c, d) || Math.hypot(a, b));
}

/** Runs grouped into lines by baseline (tolerance: 40% of the font size), top of the page first. */
function groupLines(items: PdfTextItem[]): Run[][] {
  const runs = items
    .filter((it) => typeof it.str === "string" && it.str.trim() !== "" && Array.isArray(it.transform))
    .map((it) => ({ x: it.transform[4], y: it.transform[5], end: it.transform[4] + Math.max(0, it.width), text: it.str, size: fontSize(it) }));
  runs.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Array<{ y: number; runs: Run[] }> = [];
  for (const r of runs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - r.y) <= 0.4 * r.size) last.runs.push(r);
    else lines.push({ y: r.y, runs: [r] });
  }
  return lines.map((l) => l.runs.sort((p, q) => p.x - q.x));
}

/** Badness of a reading: 2 per word with letters that is no Vietnamese syllable (nor a capital abbreviation), 1 per word. */
function badness(text: string): number {
  let bad = 0;
  for (const w of text.split(/[\s,.;:()/]+/)) if (/\p{L}/u.test(w)) bad += isVietnameseSyllable(w) || /^[\p{Lu}\d]+$/u.test(w) ? 1 : 3;
  return bad;
}

/**
 * `glyphs` drawn inside `host`'s span (a fallback font's letters): put back at the estimated character,
 * next to it, or in place of the space pdf.js left for them — whichever makes real syllables (and, of
 * those, fewer words: the space was pdf.js's).
 */
function insertInto(host: Run, glyphs: Run): string {
  const t = host.text;
  const per = Math.max(1e-6, (host.end - host.x - (glyphs.end - glyphs.x)) / Math.max(1, t.length));
  const at = Math.min(t.length, Math.max(0, (glyphs.x - host.x) / per));
  const candidates = new Set<string>();
  for (const i of [Math.floor(at), Math.ceil(at)]) {
    candidates.add(t.slice(0, i) + glyphs.text + t.slice(i));
    for (const k of [i - 1, i, i + 1]) {
      if (t[k] !== " ") continue;
      candidates.add(t.slice(0, k) + glyphs.text + t.slice(k + 1));
      candidates.add(t.slice(0, k + 1) + glyphs.text + t.slice(k + 1));
    }
  }
  let best = t;
  let least = Infinity;
  for (const c of candidates) {
    const b = badness(c);
    if (b < least) [best, least] = [c, b];
  }
  return best;
}

/** Runs of one line merged: a run starting inside an earlier one is put back inside it. */
function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const host = out.find((h) => r.x >= h.x - 0.1 * r.size && r.x < h.end - 0.3 * r.size && h.end > h.x);
    if (!host) out.push({ ...r });
    else host.text = insertInto(host, r);
  }
  return out;
}

/** The cells of a line: runs closer than one font size (an em) are one cell (a space when they do not touch). */
function cellsOf(runs: Run[]): Cell[] {
  const cells: Cell[] = [];
  let prev: Run | null = null;
  for (const r of mergeRuns(runs)) {
    const gap = prev ? r.x - prev.end : Infinity;
    if (prev && gap < r.size) cells[cells.length - 1].text += (gap > 0.15 * r.size ? " " : "") + r.text;
    else cells.push({ x: r.x, text: r.text });
    prev = prev && r.end < prev.end ? prev : r;
  }
  return cells.map((c) => ({ x: c.x, text: c.text.replace(/\s+/g, " ").trim() }));
}

/** The column (cell index of `row`) a cell starting at x belongs to, or -1. */
function columnOf(row: Cell[], x: number, tolerance: number): number {
  for (let i = row.length - 1; i >= 0; i--) if (x >= row[i].x - tolerance) return Math.abs(x - row[i].x) <= tolerance ? i : -1;
  return -1;
}

const CHILD_ROW = /^(?:trong đó|-|\+|•)/i;

/**
 * A line that continues the table row above: it starts right of the row's first column and each of its
 * cells lines up with a filled cell of that row (a wrapped "Kết nạp đảng viên | mới").
 */
function continuation(row: Cell[] | null, line: Cell[], tolerance: number): number[] | null {
  if (!row || row.length < 3 || line.length >= row.length) return null;
  if (line[0].x <= row[0].x + tolerance || CHILD_ROW.test(line[0].text)) return null;
  const cols = line.map((c) => columnOf(row, c.x, tolerance));
  return cols.every((k, i) => k > 0 && row[k].text !== "" && (i === 0 || k > cols[i - 1])) ? cols : null;
}

/** The text lines of one page. */
export function pageLines(items: PdfTextItem[]): string[] {
  const out: string[] = [];
  let row: Cell[] | null = null;
  for (const runs of groupLines(items)) {
    const cells = cellsOf(runs);
    const size = runs[0].size;
    const cols = continuation(row, cells, 0.6 * size);
    if (row && cols) {
      // A wrapped "triệu đồng/người/" + "năm" joins without a space.
      cols.forEach((k, i) => (row![k].text += (/[/-]$/.test(row![k].text) ? "" : " ") + cells[i].text));
      out[out.length - 1] = row.map((c) => c.text).join("\t");
      continue;
    }
    row = cells.length >= 3 ? cells : null;
    out.push(cells.map((c) => c.text).join(cells.length >= 3 ? "\t" : " "));
  }
  return out;
}

/** A page number alone at the top or bottom of a page ("2", "- 2 -", "Trang 2"). */
function isPageNumber(line: string, page: number): boolean {
  const m = /^(?:trang\s+)?[-–]?\s*(\d{1,4})\s*[-–]?$/i.exec(line.trim());
  return m !== null && Number(m[1]) === page;
}

/** All pages' lines as one text: page numbers dropped, soft hyphens and "30-" line ends joined. */
export function joinPages(pages: string[][]): string {
  const lines: string[] = [];
  pages.forEach((page, i) => {
    const body = page.filter((l, k) => !((k === 0 || k === page.length - 1) && isPageNumber(l, i + 1)));
    for (const line of body) {
      const prev = lines[lines.length - 1];
      if (prev !== undefined && /\u00AD$/.test(prev)) lines[lines.length - 1] = prev.slice(0, -1) + line;
      else if (prev !== undefined && /[\p{L}\d]-$/u.test(prev) && /^[\p{Ll}\d]/u.test(line)) lines[lines.length - 1] = prev + line;
      else lines.push(line);
    }
  });
  return lines.join("\n");
}
