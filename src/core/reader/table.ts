/**
 * Tables of targets. Many resolutions put their targets in a table ("STT | Chỉ tiêu | Đơn vị tính |
 * Thực hiện 2024 | Kế hoạch 2025"). Word copies a table row as tab-separated cells, the .docx reader
 * writes it so, and markdown remnants use pipes. Each data row becomes one line the clause reader
 * already understands — "- <chỉ tiêu>: <giá trị> <đơn vị>" — taking the value from the plan column
 * (kế hoạch, chỉ tiêu, mục tiêu, phấn đấu…), never from a result column (thực hiện, ước, kết quả…).
 */
import { foldKey } from "../text/normalize";

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** The cells of a table row, or null for a line that is no table row. */
export function tableCells(line: string): string[] | null {
  if ((line.match(/\t/g) ?? []).length >= 2) return line.split("\t").map((c) => c.trim());
  const t = line.trim();
  if (t.startsWith("|") && t.endsWith("|") && t.length > 2) {
    const cells = t.slice(1, -1).split("|").map((c) => c.trim());
    return cells.length >= 3 ? cells : null;
  }
  return null;
}

interface Columns {
  label: number;
  unit: number;
  value: number;
}

const STT = /^(?:stt|tt|so tt|so thu tu)$/;
const LABEL = /(?:^|\s)(?:chi tieu|noi dung|ten chi tieu|cac chi tieu)(?:\s|$)/;
const UNIT = /^(?:don vi(?: tinh)?|dvt|d\.v\.t)$/;
const PLAN = /ke hoach|chi tieu|muc tieu|phan dau|nghi quyet|giao|dinh huong|\b(?:19|20)\d\d\b/;
const RESULT = /thuc hien|uoc|ket qua|dat duoc|so sanh|ghi chu|danh gia|ty le thuc hien|\bth\b/;

function headerColumns(cells: string[]): Columns | null {
  const f = cells.map((c) => foldKey(c));
  let label = -1;
  for (let i = 0; i < f.length; i++) {
    if (STT.test(f[i])) continue;
    if (LABEL.test(f[i]) && !/\d/.test(f[i]) && !/ke hoach|nghi quyet|giao|nam/.test(f[i])) {
      label = i;
      break;
    }
  }
  if (label < 0) return null;
  const unit = f.findIndex((c, i) => i !== label && UNIT.test(c));
  let value = -1;
  for (let i = label + 1; i < f.length; i++) if (i !== unit && PLAN.test(f[i]) && !RESULT.test(f[i])) value = i;
  if (value < 0) return null;
  return { label, unit, value };
}

/** A cell that holds only a target value: "90", "≥ 90", "30 - 35%", "từ 15 trở lên", "0,3‰". */
const VALUE_CELL = /^[\s≥≤<>=~]*(?:(?:tu|tren|duoi|it nhat|toi thieu|toi da|khong qua|khong duoi)\s+)?\d[\d.,]*\s*(?:%0|%|‰)?\s*(?:(?:-|–|den)\s*\d[\d.,]*\s*(?:%0|%|‰)?)?\s*(?:tro len|tro xuong)?\s*$/;

/**
 * Without a header: the longest wordy cell is the label, the last value-only cell after it the value.
 * A wordy cell with its own number ("a)⇥Có 90% đảng viên …⇥") is prose laid out with tabs, not a row.
 */
function guessColumns(cells: string[]): Columns | null {
  let label = -1;
  for (let i = 0; i < cells.length; i++) if (/\p{L}{2,}/u.test(cells[i]) && (label < 0 || cells[i].length > cells[label].length)) label = i;
  if (label < 0 || /\d/.test(cells[label])) return null;
  let value = -1;
  for (let i = cells.length - 1; i > label; i--) {
    if (VALUE_CELL.test(foldKey(cells[i]))) {
      value = i;
      break;
    }
  }
  if (value < 0) return null;
  let unit = -1;
  for (let i = label + 1; i < value; i++) if (cells[i].length <= 24 && (/\p{L}/u.test(cells[i]) || /^[%‰]$/.test(cells[i]))) unit = i;
  return { label, unit, value };
}

/** "- Kết nạp đảng viên mới: 90 đảng viên" from one data row, or null when the row sets no value. */
function rowLine(cells: string[], cols: Columns): string | null {
  const label = (cells[cols.label] ?? "").replace(/[:\s]+$/, "");
  const value = (cells[cols.value] ?? "").trim();
  if (!label || !/\d/.test(value) || !/\p{L}/u.test(label)) return null;
  const unit = cols.unit >= 0 ? (cells[cols.unit] ?? "").trim() : "";
  let text = value;
  if (/^(?:ty le )?[%‰]$/.test(foldKey(unit))) {
    // "%" or "Tỷ lệ (%)": the sign goes right after the last number ("90 trở lên" → "90% trở lên").
    const sign = unit.includes("‰") ? "‰" : "%";
    if (!/[%‰]/.test(value)) text = value.replace(/(\d)(?!.*\d)/, "$1" + sign);
  } else if (unit && /\p{L}/u.test(unit) && !/\p{L}{2,}\s*$/u.test(value)) text = `${value} ${unit}`;
  return `- ${label}: ${text}`;
}

/**
 * Lines with table rows rewritten as target lines; other lines unchanged. A table keeps its header's
 * column roles until a line that is no row (blank lines between rows do not end it).
 */
export function rewriteTables(lines: string[], planIn: boolean[] = []): { lines: string[]; tables: number; plan: boolean[] } {
  const out: string[] = [];
  const plan: boolean[] = [];
  let cols: Columns | null = null;
  let inTable = false;
  let afterHeader = false;
  let tables = 0;
  lines.forEach((line, i) => {
    if (SEPARATOR_ROW.test(line) && line.includes("-")) return;
    const cells = tableCells(line);
    if (!cells) {
      if (line.trim() !== "") {
        inTable = false;
        cols = null;
      }
      out.push(line);
      plan.push(planIn[i] ?? false);
      return;
    }
    if (!inTable) tables++;
    inTable = true;
    const header = headerColumns(cells);
    if (header) {
      cols = header;
      afterHeader = true;
      return;
    }
    if (afterHeader && cols && !cells.some((c) => /\d/.test(c)) && cells.some((c) => PLAN.test(foldKey(c)) || RESULT.test(foldKey(c)))) {
      // A second header row under a merged "Năm 2025": "Kế hoạch | Ước thực hiện" picks the column.
      const f = cells.map((c) => foldKey(c));
      let value = -1;
      for (let i = cols.label + 1; i < f.length; i++) if (i !== cols.unit && PLAN.test(f[i]) && !RESULT.test(f[i])) value = i;
      if (value >= 0) cols = { ...cols, value };
      afterHeader = false;
      return;
    }
    afterHeader = false;
    const use = cols ?? guessColumns(cells);
    const row = use ? rowLine(cells, use) : null;
    // A row that sets no value (a group title such as "Về xây dựng Đảng") is kept as plain words.
    out.push(row ?? cells.filter((c) => c !== "" && !/^\d{1,2}$|^[IVX]+$/.test(c)).join(" "));
    // A row under a header with a plan column states a target, whatever its words.
    plan.push(row !== null && cols !== null);
  });
  return { lines: out, tables, plan };
}
