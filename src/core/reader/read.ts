/**
 * The resolution reader: text in, targets out. Used by the task pane, the ribbon command, the custom
 * functions and `nq targets`. Never throws; garbage gives an empty result.
 *
 * Steps: prepare the text (NFC, legacy fonts, markdown, broken lines) → find the targets section →
 * read each item into targets (clauses.ts) → give ids ("1", "2", "2.1") → bind indicators (bind.ts).
 */
import type { ReadResult, Target } from "../model/target";
import { foldKey, foldSameLength, repairOcrForMatching } from "../text/normalize";
import { checkAllocations } from "./allocation";
import { bindWithContext } from "./bind";
import { readItem, type RawTarget } from "./clauses";
import { prepareText } from "./prepare";
import { clauseSignals, endsGoalContext, newFlow, presentYear } from "./stance";
import { DEADLINE } from "./vocab";
import { findTargetsSection, splitLines, type Line } from "./structure";
import { t as msg } from "../i18n/messages";

export interface ReadOptions {
  /** Year of the resolution when the caller knows it (otherwise read from the title or date line). */
  year?: number;
  /** Development aid: called with one line per clause and mention decision (npm run reader:score -- --trace). */
  trace?: (line: string) => void;
}

/**
 * No resolution has this many targets (the longest labelled text has 26): past it the input is not a resolution,
 * and reading stops — which also bounds the work on a text that is all figures (fuzz: a target every 15 bytes).
 */
const MAX_TARGETS = 1000;

const EMPTY: ReadResult = { targets: [], section: null, year: null, issuer: null, repairs: [] };

export function readResolution(text: string, options?: ReadOptions): ReadResult {
  try {
    return readUnsafe(typeof text === "string" ? text : String(text ?? ""), options ?? {});
  } catch {
    return { ...EMPTY, targets: [], repairs: [] };
  }
}

function readUnsafe(raw: string, options: ReadOptions): ReadResult {
  const prepared = prepareText(raw);
  const text = prepared.text;
  const folded = foldSameLength(repairOcrForMatching(text));
  const lines = splitLines(text);
  const { section, headings } = findTargetsSection(lines);
  const inSection = section.ranges.length > 0;
  const ranges = inSection ? section.ranges : [[0, lines.length] as [number, number]];
  const flow = newFlow(presentYear(folded), options.trace);
  const raws: RawTarget[] = [];
  const repairs = [...prepared.repairs];
  outer: for (const [from, to] of ranges) {
    const sectionDeadline = inSection ? headingDeadline(folded, lines[from > 0 && !headings.get(from)?.inlineFrom ? from - 1 : from]) : null;
    // A heading inside the section ("Các chỉ tiêu chủ yếu đến năm 2025", "2. Về xây dựng Đảng") dates the lines under it.
    let subDeadline = sectionDeadline;
    for (let i = from; i < to; i++) {
      if (headings.has(i)) {
        subDeadline = headingDeadline(folded, lines[i]) ?? sectionDeadline;
        // Outside a targets section, a heading's year ("II. MỤC TIÊU ĐẾN NĂM 2030") dates the list under it.
        flow.listDeadline = inSection ? null : headingDeadline(folded, lines[i]);
      }
      if (raws.length >= MAX_TARGETS) {
        repairs.push("reader.repair.truncated");
        break outer;
      }
      const line: Line = lines[i];
      const heading = headings.get(i);
      // A heading line is read only for the targets written after its title ("Các chỉ tiêu chủ yếu: …").
      const from = heading ? heading.inlineFrom : 0;
      if (from === undefined || line.text.trim().length < 4) continue;
      // A topic that reports ("Kết quả nổi bật nhiệm kỳ qua") ends the list instead.
      if (flow.header !== null && isListSubheading(lines, i) && !endsGoalContext(clauseSignals(folded.slice(line.start, line.start + line.text.length), line.text, flow.now))) continue;
      const end = line.start + line.text.length;
      const items = readItem({ s: line.text.slice(from), f: folded.slice(line.start + from, end), offset: line.start + from, line: i, prior: inSection || prepared.planRows.has(i) ? 3 : 0, flow, deadline: (flow.header !== null ? flow.headerDeadline : null) ?? flow.listDeadline ?? subDeadline, opensList: opensList(lines, i) }, raws);
      raws.push(...items);
    }
  }
  checkAllocations(raws);
  const targets = assignIds(dropRestatedHeadlines(raws, lines));
  return {
    targets,
    section: section.title,
    year: options.year ?? yearOf(lines),
    issuer: issuerOf(lines),
    repairs,
  };
}

/** "Mục tiêu đến năm 2030" on a line of its own, a list under it: the line opens the list as a ":" would. */
function opensList(lines: Line[], i: number): boolean {
  const t = lines[i].text.trim();
  if (t.length > 160 || /[.;!?…]$/.test(t) || LIST_ITEM.test(t)) return false;
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    if (lines[j].text.trim() !== "") return LIST_ITEM.test(lines[j].text);
  }
  return false;
}

/** A headline or caption: a line of its own, short, no list marker, no final punctuation. */
function isHeadline(line: Line | undefined): boolean {
  const t = line?.text.trim() ?? "";
  return t.length > 0 && t.length <= 160 && !/[.;:!?…]$/.test(t) && !LIST_ITEM.test(t) && !/\t/.test(t);
}

const words = (s: string | null): Set<string> => new Set(foldKey(s ?? "").split(/[^a-z0-9]+/).filter((w) => w.length > 0));

/** Same reading of the same thing: kind, operator, value, bound, and a subject within the other's words. */
function sameTarget(a: Target, b: Target): boolean {
  if (a.kind !== b.kind || a.op !== b.op || a.value !== b.value || a.max !== b.max || (a.parent === null) !== (b.parent === null)) return false;
  const [x, y] = [words(a.subject ?? a.text), words(b.subject ?? b.text)];
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((w) => big.has(w));
}

/**
 * A news page prints its target in the headline (and again under the text) and in the body: one target. The
 * headline's copy is dropped when the same target is read elsewhere in the text; of copies only in headlines, the
 * first stays.
 */
function dropRestatedHeadlines(raws: RawTarget[], lines: Line[]): RawTarget[] {
  const inHeadline = (r: RawTarget) => r.target.source !== null && r.target.source !== undefined && isHeadline(lines[r.target.source.line - 1]);
  const drop = new Set<RawTarget>();
  for (const r of raws) {
    if (!inHeadline(r) || r.parentRef !== null || raws.some((o) => o.parentRef === r)) continue;
    const twin = raws.find((o) => o !== r && !drop.has(o) && o.parentRef === null && sameTarget(o.target, r.target) && (!inHeadline(o) || raws.indexOf(o) < raws.indexOf(r)));
    if (twin) drop.add(r);
  }
  return drop.size === 0 ? raws : raws.filter((r) => !drop.has(r));
}

/** A list item's marker: "- ", "+ ", "• ", "1. ", "a) ". */
const LIST_ITEM = /^\s*(?:[-–—+•*]\s*|\(?\d{1,2}\)\.?\s+|\d{1,2}[.)]\s+|[a-zđ]\)\s+)\S/u;

/**
 * "Về kinh tế", "Về xây dựng Đảng" between the items of a list under a ":" line: a topic that groups the items, not
 * a paragraph that ends the list (short, no number, no final punctuation, a list item after it).
 */
function isListSubheading(lines: Line[], i: number): boolean {
  const t = lines[i].text.trim();
  if (t.length > 60 || /\d|[.;:,!?…]$/.test(t) || LIST_ITEM.test(t)) return false;
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    if (lines[j].text.trim() !== "") return LIST_ITEM.test(lines[j].text);
  }
  return false;
}

/** "Các chỉ tiêu chủ yếu đến năm 2025": the deadline a heading gives its whole section. */
function headingDeadline(folded: string, line: Line | undefined): number | null {
  if (!line) return null;
  const m = new RegExp(DEADLINE.source).exec(folded.slice(line.start, line.start + line.text.length));
  return m ? Number(m[1]) : null;
}

function assignIds(raws: RawTarget[]): Target[] {
  const ids = new Map<RawTarget, string>();
  const childCount = new Map<RawTarget, number>();
  let top = 0;
  const out: Target[] = [];
  for (const r of raws) {
    let id: string;
    if (r.parentRef && ids.has(r.parentRef)) {
      const n = (childCount.get(r.parentRef) ?? 0) + 1;
      childCount.set(r.parentRef, n);
      id = `${ids.get(r.parentRef)}.${n}`;
      r.target.parent = ids.get(r.parentRef) ?? null;
    } else {
      id = String(++top);
      r.target.parent = null;
    }
    ids.set(r, id);
    r.target.id = id;
    const binding = bindWithContext(r.target, r.context);
    r.target.indicator = binding.indicator;
    if (!binding.indicator) r.target.notes = [...(r.target.notes ?? []), msg("reader.note.manual", "vi")];
    out.push(r.target);
  }
  return out;
}

/** "NGHỊ QUYẾT … năm 2024" in the title lines, else the date line "…, ngày 10 tháng 01 năm 2022". */
function yearOf(lines: Line[]): number | null {
  const head = lines.slice(0, 40);
  for (const l of head) {
    const m = l.text.length < 120 ? /^(?!.*ngày).*\bnăm\s+((?:19|20)\d{2})\b/iu.exec(l.text) : null;
    if (m && !/giai đoạn|nhiệm kỳ/i.test(l.text)) return Number(m[1]);
  }
  for (const l of head) {
    const m = l.text.length < 80 ? /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})/iu.exec(l.text) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

/** The body under the parent committee in the header, before "ĐẢNG CỘNG SẢN VIỆT NAM". */
function issuerOf(lines: Line[]): string | null {
  const head = lines.slice(0, 30).map((l) => l.text.trim());
  const dcs = head.findIndex((l) => /^ĐẢNG CỘNG SẢN VIỆT NAM$/u.test(l));
  if (dcs <= 0) return null;
  const caps = head
    .slice(0, dcs)
    .filter((l) => l !== "" && l === l.toUpperCase() && /\p{L}{2}/u.test(l) && !/^SỐ\s|^\*/u.test(l) && l.length < 100);
  if (caps.length === 0) return null;
  return (caps.length > 1 ? caps.slice(1) : caps).join(" ").replace(/\s+/g, " ").trim() || null;
}
