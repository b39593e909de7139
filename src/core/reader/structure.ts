/**
 * The outline of a resolution: which lines are headings, at which level, and where the targets
 * section ("Chỉ tiêu", "Các chỉ tiêu chủ yếu", "II. CÁC CHỈ TIÊU CỤ THỂ", "2. Mục tiêu cụ thể") runs.
 */
import { foldKey } from "../text/normalize";

export interface Line {
  index: number;
  /** Offset of the line in the prepared text. */
  start: number;
  text: string;
}

export interface Heading {
  line: number;
  /** 1 = "I." or an all-capitals line, 2 = "1.", 3 = "1.1.", 4 = "a)". */
  level: number;
  /** "roman", "arabic", "letter", "caps", "plain". */
  style: string;
  /** Number of the heading within its style (II → 2, 3 → 3), or null. */
  number: number | null;
  title: string;
  /** Whole line as written (shown as the section title). */
  full: string;
  /** "Các chỉ tiêu chủ yếu: Tốc độ tăng trưởng đạt 8%; …": offset in the line where the targets begin. */
  inlineFrom?: number;
}

export interface Section {
  title: string | null;
  /** Line ranges [from, to) of the section's body. */
  ranges: Array<[number, number]>;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ index: index++, start, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]] ?? 0;
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function isUpperTitle(t: string): boolean {
  const ch = t.charAt(0);
  return ch !== "" && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

function mostlyCapitals(t: string): boolean {
  let up = 0;
  let low = 0;
  for (const ch of t) {
    if (ch === ch.toLowerCase() && ch !== ch.toUpperCase()) low++;
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) up++;
  }
  return up >= 4 && low <= up * 0.1;
}

/** A heading's title must look like one: short, capitalised, no percentages, not a list item. */
function plausibleTitle(title: string): boolean {
  return title.length > 0 && title.length <= 160 && isUpperTitle(title) && !/%|‰/.test(title) && !/[,;]$/.test(title);
}

/**
 * An item that sets a number ("c) Kết nạp mới 350 đảng viên trở lên", "2) Mỗi chi bộ có ít nhất 01 mô hình") is a
 * target, not a heading, even when it is short and has no percent sign. Years ("năm 2025", "2021 - 2025") and
 * document numbers ("19-NQ/TW", "số 124-QĐ/TW") are not such numbers.
 */
function setsNumber(title: string): boolean {
  const re = /\d+(?:[.,]\d+)*/g;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    const n = Number(m[0].replace(/[.,]/g, ""));
    const after = title.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const before = title.slice(Math.max(0, m.index - 6), m.index);
    if (/^\d{4}$/.test(m[0]) && n >= 1900 && n <= 2100) continue; // a year
    if (/^\s*[-/]\s*[A-ZĐ]/.test(after) || /^[-/]/.test(after)) continue; // 19-NQ/TW, 12/2024
    if (/(số|khóa|khoá|điều|lần thứ|Đại hội)\s*$/i.test(before)) continue; // số 05, Điều 30, khóa XII
    return true;
  }
  return false;
}

/** Content that opens with its value: "88,7%", "từ 90% trở lên", "trên 60 triệu đồng". */
const VALUE_FIRST = /^\s*(?:từ|trên|dưới|đạt|khoảng|ít nhất|tối thiểu|>=?|<=?|≥|≤)?\s*\d/iu;
/**
 * An item that states a goal ("4. Phấn đấu đến năm 2025 không còn hộ nghèo", "b) Không còn hộ nghèo") is a target,
 * not a heading: a heading's title names a part of the document.
 */
const GOAL_TITLE = /^(?:phan dau|khong con|khong co|khong de|giu vung|duy tri)(?![a-z])|(?:^|\s)(?:tro len|khong con|it nhat|toi thieu)(?![a-z])/;

/**
 * A title followed on the same line by its content: "Các chỉ tiêu chủ yếu: Tốc độ tăng trưởng đạt 8%; …"
 * (read from after the colon), or a numbered "3. Nhiệm vụ: …" (which ends the section before it).
 * Unnumbered, only a targets title counts: "Tỷ lệ: 90%" in a paragraph is not a heading.
 */
function inlineHeading(line: Line): Heading | null {
  const m = /^(\s*(?:([IVXLC]{1,6})|(\d{1,2}(?:\.\d{1,2})*)|([a-zđ]))\s*[.)\-–]\s*)?([^:;.]{3,60}?)\s*:\s*(\S.*)$/.exec(line.text);
  if (!m) return null;
  const targets = isTargetsTitle(m[5]) && /\d/.test(m[6]);
  // "5. Tỷ lệ lao động qua đào tạo: 88,7%" is an item with its value, not a heading with its text.
  const numbered = Boolean(m[1]) && m[5].length <= 40 && isUpperTitle(m[5].trim()) && !/\d/.test(m[5]) && !VALUE_FIRST.test(m[6]);
  if (!targets && !numbered) return null;
  const level = m[2] ? 1 : m[3] ? 1 + m[3].split(".").length : m[4] ? 4 : 2;
  const style = m[2] ? "roman" : m[3] ? (m[3].includes(".") ? `arabic${m[3].split(".").length}` : "arabic") : m[4] ? "letter" : "plain";
  const number = m[2] ? romanValue(m[2]) : m[3] ? Number(m[3].split(".").pop()) : m[4] ? m[4].charCodeAt(0) - 96 : null;
  const title = m[5].trim();
  return { line: line.index, level, style, number, title, full: ((m[1] ?? "") + title).trim(), inlineFrom: line.text.length - m[6].length };
}

export function headingOf(line: Line): Heading | null {
  const t = line.text.trim();
  if (t === "") return null;
  const inline = inlineHeading(line);
  if (inline) return inline;
  if (t.length > 200) return null;
  let m = /^([IVXLC]{1,6})\s*[.\-–)]\s*(.+)$/.exec(t);
  if (m && plausibleTitle(m[2])) return { line: line.index, level: 1, style: "roman", number: romanValue(m[1]), title: m[2], full: t };
  m = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(.+)$/.exec(t);
  if (m && plausibleTitle(m[2])) {
    const parts = m[1].split(".");
    return { line: line.index, level: 1 + parts.length, style: `arabic${parts.length}`, number: Number(parts[parts.length - 1]), title: m[2], full: t };
  }
  m = /^(\d{1,2})\s*[.)]\s+(.+)$/.exec(t);
  if (m && plausibleTitle(m[2]) && m[2].length <= 130 && !setsNumber(m[2]) && !GOAL_TITLE.test(foldKey(m[2]))) return { line: line.index, level: 2, style: "arabic", number: Number(m[1]), title: m[2], full: t };
  m = /^([a-zđ])\s*\)\s+(.+)$/.exec(t);
  if (m && plausibleTitle(m[2]) && m[2].length <= 100 && !setsNumber(m[2]) && !GOAL_TITLE.test(foldKey(m[2]))) return { line: line.index, level: 4, style: "letter", number: m[1].charCodeAt(0) - 96, title: m[2], full: t };
  if (t.length <= 150 && mostlyCapitals(t) && !/%/.test(t)) return { line: line.index, level: 1, style: "caps", number: null, title: t, full: t };
  // An unnumbered short line naming the targets ("Chỉ tiêu:", "Các chỉ tiêu chủ yếu").
  if (t.length <= 60 && isTargetsTitle(t) && !/[.;]$/.test(t)) return { line: line.index, level: 2, style: "plain", number: null, title: t, full: t };
  return null;
}

/** "Chỉ tiêu…", "Các chỉ tiêu chủ yếu", "MỤC TIÊU, CHỈ TIÊU", "Mục tiêu cụ thể" (not "Mục tiêu chung"). */
export function isTargetsTitle(title: string): boolean {
  const f = foldKey(title);
  const words = f.split(" ");
  const at = words.indexOf("chi");
  // "Kết quả thực hiện các chỉ tiêu", "Nhiều chỉ tiêu đạt và vượt": results, not the targets.
  if (/(?:^|\s)(?:ket qua|tinh hinh thuc hien|danh gia thuc hien|thuc hien (?:cac )?chi tieu|dat va vuot|vuot|dat duoc)(?:\s|$)/.test(f)) return false;
  if (at >= 0 && at <= 4 && words[at + 1] === "tieu") return !/^(nhiem vu|giai phap|to chuc thuc hien|danh gia)/.test(f);
  return /^(phuong huong )?muc tieu cu the\b/.test(f);
}

/** Titles of the parts of a resolution that are not its targets. */
const GENERAL_TITLE = /^(?:muc tieu|phuong huong|quan diem|nhiem vu|giai phap|to chuc thuc hien|danh gia|tinh hinh|ket qua|bo cuc|y nghia)(?![a-z])/;

/**
 * The targets section: every heading whose title names targets, to the next heading of the same or
 * a higher level. A heading such as "I- MỤC TIÊU, CHỈ TIÊU" whose subsections are partly general
 * ("1. Mục tiêu") is narrowed to its target subsections ("2. Các chỉ tiêu chủ yếu").
 */
export function findTargetsSection(lines: Line[]): { section: Section; headings: Map<number, Heading> } {
  const headings = new Map<number, Heading>();
  for (const line of lines) {
    const h = headingOf(line);
    if (h) headings.set(line.index, h);
  }
  const list = [...headings.values()];
  const endOf = (h: Heading): number => {
    for (const o of list) {
      if (o.line <= h.line) continue;
      if (o.level < h.level) return o.line;
      if (o.level === h.level) {
        // Items numbered again from 1 inside the section are not its end.
        if (o.style === h.style && h.number !== null && o.number !== null && o.number <= h.number) continue;
        return o.line;
      }
    }
    return lines.length;
  };
  const narrow = (h: Heading, end: number): Heading[] => {
    const inner = list.filter((o) => o.line > h.line && o.line < end && o.level > h.level);
    if (inner.length === 0) return [h];
    const top = Math.min(...inner.map((o) => o.level));
    const children = inner.filter((o) => o.level === top);
    const matching = children.filter((o) => isTargetsTitle(o.title));
    // Narrowed only past general parts ("1. Mục tiêu", "Nhiệm vụ, giải pháp"); topics ("1. Về kinh tế") hold targets.
    if (matching.length === 0 || matching.length === children.length || children.some((o) => !matching.includes(o) && !GENERAL_TITLE.test(foldKey(o.title)))) return [h];
    return matching.flatMap((c) => narrow(c, endOf(c)));
  };
  const chosen: Heading[] = [];
  let coveredTo = -1;
  for (const h of list) {
    if (h.line < coveredTo || !isTargetsTitle(h.title)) continue;
    const end = endOf(h);
    chosen.push(...narrow(h, end));
    coveredTo = end;
  }
  if (chosen.length === 0) return { section: { title: null, ranges: [] }, headings };
  return {
    section: { title: chosen[0].full.replace(/:$/, ""), ranges: chosen.map((h) => [h.inlineFrom !== undefined ? h.line : h.line + 1, endOf(h)] as [number, number]) },
    headings,
  };
}
