/**
 * mammoth's HTML of a Word document → plain text the reader understands: one paragraph per
 * line (blank line between, as mammoth's raw text), and each table row on one line with its
 * cells separated by tabs — the way Word itself copies a table — so a table of targets
 * ("STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2025") keeps its rows. A nested table is flattened
 * into its cell. No DOM: the same code runs in Node and in the task pane.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (code === 0xa0) return " ";
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

export function docxHtmlToText(html: string): string {
  const out: string[] = [];
  let line = "";
  // Open tables: rows of cells being built. Only the outermost table makes rows.
  let tableDepth = 0;
  let cells: string[] = [];
  let cell = "";
  let inCell = false;
  let span = { col: 1, row: 1 };
  // Merged cells: a cell spanning rows is absent from the rows below it and one spanning columns is
  // one <td>; empty cells stand in for both so every row keeps the header's column positions.
  let carried: number[] = [];
  const padCarried = () => {
    while (carried[cells.length] > 0) {
      carried[cells.length]--;
      cells.push("");
    }
  };
  const flushLine = () => {
    const t = line.replace(/[ \t]+/g, " ").trim();
    if (t) out.push(t);
    line = "";
  };
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>|([^<]+)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[4] !== undefined) {
      const text = decode(m[4]);
      if (inCell) cell += text;
      else line += text;
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();
    if (tag === "br") {
      if (inCell) cell += " ";
      else flushLine();
      continue;
    }
    if (tag === "table") {
      if (!closing) {
        if (tableDepth === 0) {
          flushLine();
          carried = [];
        } else if (inCell) cell += " ";
        tableDepth++;
      } else tableDepth = Math.max(0, tableDepth - 1);
      continue;
    }
    if (tableDepth > 1) {
      // Nested table: its cells are words of the outer cell.
      if (closing && (tag === "td" || tag === "th" || BLOCK.has(tag))) cell += " ";
      continue;
    }
    if (tableDepth === 1 && tag === "tr") {
      if (closing) {
        padCarried();
        const row = cells.map((c) => c.replace(/\s+/g, " ").trim());
        if (row.some((c) => c !== "")) out.push(row.join("\t"));
      }
      cells = [];
      continue;
    }
    if (tableDepth === 1 && (tag === "td" || tag === "th")) {
      if (closing) {
        const at = cells.length;
        cells.push(cell);
        for (let k = 1; k < span.col; k++) cells.push("");
        for (let k = 0; k < span.col; k++) carried[at + k] = Math.max(carried[at + k] ?? 0, span.row - 1);
        inCell = false;
      } else {
        padCarried();
        const attr = (name: string) => Math.min(100, Math.max(1, Number(new RegExp(`${name}\\s*=\\s*"?(\\d+)`, "i").exec(m[3])?.[1] ?? 1)));
        span = { col: attr("colspan"), row: attr("rowspan") };
        cell = "";
        inCell = true;
      }
      continue;
    }
    if (BLOCK.has(tag)) {
      if (inCell) {
        if (closing) cell += " ";
      } else if (closing) flushLine();
      else if (line.trim()) flushLine();
    }
  }
  flushLine();
  return out.join("\n\n");
}
