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
  const flushLine = () => {
    const t = line.replace(/[ \t]+/g, " ").trim();
    if (t) out.push(t);
    line = "";
  };
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[3] !== undefined) {
      const text = decode(m[3]);
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
        if (tableDepth === 0) flushLine();
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
        const row = cells.map((c) => c.replace(/\s+/g, " ").trim());
        if (row.some((c) => c !== "")) out.push(row.join("\t"));
      }
      cells = [];
      continue;
    }
    if (tableDepth === 1 && (tag === "td" || tag === "th")) {
      if (closing) {
        cells.push(cell);
        inCell = false;
      } else {
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
