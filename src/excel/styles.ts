import type { CellStyle } from "../core/sheet/model";

/** A block of cells (0-based, inclusive) that share one style id. */
export interface Rect {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

/**
 * Group cells by style id into few rectangles: runs of equal ids in a row, then runs of identical
 * runs down the rows. A styled table becomes a handful of blocks, so formatting costs a few
 * operations per style instead of one per cell.
 */
export function rectanglesByStyle(styleIds: (string | null)[][]): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  let open = new Map<string, Rect & { id: string }>();
  const close = (r: Rect & { id: string }) => {
    const list = out.get(r.id) ?? [];
    list.push({ row1: r.row1, col1: r.col1, row2: r.row2, col2: r.col2 });
    out.set(r.id, list);
  };
  for (let row = 0; row < styleIds.length; row++) {
    const cells = styleIds[row] ?? [];
    const next = new Map<string, Rect & { id: string }>();
    let c = 0;
    while (c < cells.length) {
      const id = cells[c];
      let end = c;
      while (end + 1 < cells.length && cells[end + 1] === id) end++;
      if (id !== null && id !== undefined) {
        const key = `${c}:${end}:${id}`;
        const prev = open.get(key);
        if (prev && prev.row2 === row - 1) {
          prev.row2 = row;
          next.set(key, prev);
          open.delete(key);
        } else next.set(key, { id, row1: row, col1: c, row2: row, col2: end });
      }
      c = end + 1;
    }
    open.forEach(close);
    open = next;
  }
  open.forEach(close);
  return out;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Apply a style's font, fill, alignment and borders to a range (number formats go in the 2-D array). */
export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, columns: number): void {
  const format = range.format;
  const f = style.font;
  if (f) {
    if (f.name !== undefined) format.font.name = f.name;
    if (f.size !== undefined) format.font.size = f.size;
    if (f.bold !== undefined) format.font.bold = f.bold;
    if (f.italic !== undefined) format.font.italic = f.italic;
    if (f.underline !== undefined) format.font.underline = f.underline ? "Single" : "None";
    if (f.color !== undefined) format.font.color = f.color;
  }
  if (style.fill) format.fill.color = style.fill;
  const a = style.alignment;
  if (a) {
    if (a.horizontal) format.horizontalAlignment = H_ALIGN[a.horizontal];
    if (a.vertical) format.verticalAlignment = V_ALIGN[a.vertical];
    if (a.wrap !== undefined) format.wrapText = a.wrap;
    if (a.indent !== undefined) format.indentLevel = a.indent;
  }
  const b = style.border;
  if (b) {
    // Every cell has the border, so a block also needs the inside lines between its cells.
    const edges: Excel.BorderIndex[] = [];
    if (b.top) edges.push("EdgeTop" as Excel.BorderIndex);
    if (b.bottom) edges.push("EdgeBottom" as Excel.BorderIndex);
    if (b.left) edges.push("EdgeLeft" as Excel.BorderIndex);
    if (b.right) edges.push("EdgeRight" as Excel.BorderIndex);
    if ((b.top || b.bottom) && rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if ((b.left || b.right) && columns > 1) edges.push("InsideVertical" as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.weight = "Thin" as Excel.BorderWeight;
    }
  }
}

/** Excel character units → points (Calibri 11: 7 px per character + 5 px padding, 0.75 pt per px). */
export function columnWidthPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 5) * 0.75) * 100) / 100;
}

/** A string Excel would turn into a number, date, time, percent, or formula when written as a value. */
export function wouldBeCoerced(s: string): boolean {
  const t = s.trim();
  if (t === "") return false;
  if (/^[=+\-@]/.test(t)) return true;
  return /^[\d\s.,:/%$()'"eE+-]+$/.test(t) && /\d/.test(t);
}
