/**
 * Tables copied one cell per line (from a web page or a PDF): a header block of short column names ("NỘI DUNG",
 * "CHỈ TIÊU", "PHẤN ĐẤU", "GHI CHÚ") on lines of their own, then for each row its label line(s), its value line(s)
 * and its note line(s). Each row becomes one line the clause reader understands, in the order written:
 * "- <label(s)>: <value(s)> (<note>)". Empty cells leave no line, so a row's values are matched to the plan
 * columns from the left; a row with more values than plan columns keeps those under plan columns only.
 */
import { foldKey } from "../text/normalize";

const HEADER_WORD = /^(?:stt|tt|noi dung|chi tieu|ten chi tieu|cac chi tieu|muc tieu|phan dau|ke hoach(?: \d{4})?|nam \d{4}|giai doan \d{4} \d{4}|thuc hien(?: \d{4})?|uoc thuc hien(?: \d{4})?|uoc th(?: \d{4})?|ket qua|don vi tinh|dvt|ghi chu|ty le|so sanh|danh gia)$/;
const RESULT_HEADER = /^(?:thuc hien|uoc|ket qua|so sanh|danh gia|ty le)/;
const PLAN_HEADER = /^(?:chi tieu|muc tieu|phan dau|ke hoach|nam \d{4}|giai doan)/;
const LABEL_HEADER = /^(?:noi dung|ten chi tieu|cac chi tieu)$/;
const MARKER = /^\s*(?:[-–+•*]|\d{1,2}[.)](?=\s)|[a-zđ]\))\s*/u;
/** A value cell: short, with a number that is not just a year ("12 – 14%", "Dưới 5%", "Lớp 7,5", "100 giường"). */
function isValue(line: string): boolean {
  const t = line.trim();
  if (t.length > 40 || MARKER.test(t) || !/\d/.test(t)) return false;
  return /\d/.test(t.replace(/(?:19|20)\d\d/g, ""));
}

interface Header {
  /** Positions (among the value columns, left to right) of the plan columns. */
  plan: number[];
  values: number;
  end: number;
}

/** A header block starting at line i: at least three column names on lines of their own (blank lines between). */
function headerAt(lines: string[], names0: Array<string | null>, i: number): Header | null {
  const names: string[] = [];
  let j = i;
  // A header starts on a column name; blank lines between names are few (a run of them must not make this quadratic).
  if (names0[i] === null) return null;
  for (; j < lines.length && names.length < 8 && j - i < 40; j++) {
    if (lines[j].trim() === "") continue;
    const f = names0[j];
    if (f === null) break;
    names.push(f);
  }
  if (names.length < 3 || !names.some((n) => LABEL_HEADER.test(n) || n === "chi tieu")) return null;
  // The label column is "Nội dung" (else the first "Chỉ tiêu"); the value columns follow it; notes and units are none.
  const named = names.findIndex((n) => LABEL_HEADER.test(n));
  const first = named >= 0 ? named : names.indexOf("chi tieu");
  const cols = names.slice(first + 1).filter((n) => n !== "ghi chu" && n !== "don vi tinh" && n !== "dvt");
  const plan = cols.map((n, k) => (PLAN_HEADER.test(n) && !RESULT_HEADER.test(n) ? k : -1)).filter((k) => k >= 0);
  if (plan.length === 0) return null;
  return { plan, values: cols.length, end: j };
}

interface Row {
  labels: string[];
  values: string[];
  notes: string[];
}

function rowLine(row: Row, header: Header): string | null {
  if (row.labels.length === 0) return null;
  const label = row.labels.map((l) => l.trim()).join(" ").replace(/[:\s]+$/, "");
  // As many values as value columns: keep those under plan columns; fewer: they fill the plan columns first.
  const values = row.values.length === header.values && header.values > header.plan.length ? header.plan.map((k) => row.values[k]).filter(Boolean) : row.values;
  const notes = row.notes.length ? ` (${row.notes.map((n) => n.trim()).join("; ")})` : "";
  return values.length ? `${label}: ${values.map((v) => v.trim()).join(" ")}${notes}` : `${label}${notes}`;
}

/** Rewrite the vertical tables of a text; other lines unchanged. */
export function rewriteVerticalTables(lines: string[]): { lines: string[]; tables: number; plan: boolean[] } {
  const out: string[] = [];
  const plan: boolean[] = [];
  let tables = 0;
  // Each line's column name (folded), or null: computed once, as header blocks are looked for at every line.
  const names = lines.map((l) => {
    const t = l.trim();
    if (t === "" || t.length > 30) return null;
    const f = foldKey(t);
    return HEADER_WORD.test(f) ? f : null;
  });
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, names, i);
    if (!header) {
      out.push(lines[i]);
      plan.push(false);
      continue;
    }
    tables++;
    const rows: string[] = [];
    i = readRows(lines, header, rows) - 1;
    out.push(...rows);
    // Rows under a plan column state targets; a row without a value (a group title) stays plain words.
    plan.push(...rows.map((r) => /:\s*\S/.test(r) || /\d/.test(r)));
  }
  return { lines: out, tables, plan };
}

/** Read rows from the end of the header until prose (a long line) or the end; returns the next line index. */
function readRows(lines: string[], header: Header, out: string[]): number {
  let row: Row = { labels: [], values: [], notes: [] };
  const flush = () => {
    const line = rowLine(row, header);
    if (line !== null) out.push(line);
    row = { labels: [], values: [], notes: [] };
  };
  let j = header.end;
  for (; j < lines.length; j++) {
    const t = lines[j].trim();
    if (t === "") continue;
    if (t.length > 160) break;
    if (isValue(t)) row.values.push(t);
    else if (row.labels.length > 0 && !MARKER.test(t) && (row.values.length > 0 || /^(?:đến|năm|mỗi|hằng|hàng|trước)\b/iu.test(t))) row.notes.push(t);
    else {
      // A new label after values or notes starts a new row; a heading ("1. Kinh tế:") stands alone; a sub-item
      // ("+ Trọng án") under a label without a value stacks with it ("Tỷ lệ khám phá: + Trọng án + Thường án 80% 65%").
      const heading = /^\d{1,2}[.)]\s/.test(t);
      if (row.values.length > 0 || row.notes.length > 0 || heading || (row.labels.length > 0 && !/^\+/.test(t))) flush();
      row.labels.push(t);
      if (heading) flush();
    }
  }
  flush();
  return j;
}
