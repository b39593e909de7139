/**
 * Target or reported result: each clause is judged from its own words, not from a heading. Goal words and the
 * future (phấn đấu, mục tiêu, chỉ tiêu, đến năm, hằng năm, ít nhất, trở lên, bảo đảm…) push towards a target;
 * the past and results (đã, năm qua, kết quả, so với cùng kỳ, đạt 103% kế hoạch, chiếm, 152/159…) towards a
 * result. A clause with no signal of its own takes the stance of the clause before it in the same sentence, and
 * a sentence opened by "Cụ thể", "Theo đó"… (or a list under a line ending in ":") that of the one before.
 * Scores are small integers; a number is read as a target when its clause's score plus its own is above 0.
 */
import type { Mention } from "./mentions";

interface Signal {
  re: RegExp;
  weight: number;
  why: string;
}

const sig = (src: string, weight: number, why: string): Signal => ({ re: new RegExp(`(?<![a-z0-9])(?:${src})(?![a-z0-9])`), weight, why });
/** On the NFC text, where folding would merge words ("đã"/"đa", "đạt"/"đặt"/"đất", "sẽ"/"sẻ"). */
const nfc = (src: string, weight: number, why: string): Signal => ({ re: new RegExp(`(?<!\\p{L})(?:${src})(?!\\p{L})`, "iu"), weight, why });

/** Signals in a clause's folded words. */
const FOLDED_SIGNALS: Signal[] = [
  sig("phan dau|muc tieu|de ra|dat ra|nhiem vu dat ra|giao chi tieu|tu nay den|theo ke hoach(?! so)|theo chuong trinh(?! so)", 3, "goal"),
  sig("hang nam|moi nam|hang quy|moi quy|hang thang|binh quan(?: hang| moi)? nam|/\\s?nam", 1, "yearly"),
  sig("it nhat|toi thieu|khong duoi|khong it hon|khong qua|khong vuot qua|toi da|khong con|can dat|tat ca", 2, "goal-op"),
  // "bảo đảm 100% …" sets a level; "bảo đảm quốc phòng - an ninh" is a plain verb.
  sig("(?:bao dam|dam bao|giu vung)(?=[^;.]{0,50}\\d)", 2, "goal-op"),
  sig("duy tri", 1, "goal-weak"),
  sig(
    "nam qua|vua qua|ket qua|cung ky|tu dau nam|den nay|thong ke|hien co|nhiem ky qua|giai doan qua|vuot chi tieu|vuot ke hoach|" +
      "uoc dat|uoc tinh|uoc thuc hien|uoc giam|uoc tang|noi bat|tinh den|qua danh gia|nua (?:dau )?nhiem ky|giua nhiem ky|dat va vuot|so voi du toan",
    -4,
    "result",
  ),
  sig("bau|duoc bau|trung cu|ung cu|dai bieu chinh thuc|dai bieu du khuyet|uy vien ban", -4, "election"),
  // Who attends: "185 đại biểu đại diện cho hơn 500 đảng viên", "về dự Đại hội" — the congress itself, not a goal.
  sig("dai dien cho|(?:ve|toi|tham) du|du dai hoi", -4, "attendance"),
  // A clause opened by the date of an event ("Ngày 10/3/2025, 12/12 chi bộ … ký kết", "Sáng 19/1, …") tells what happened.
  // "Hiện nay, 83 thôn …", "Hiện tại toàn huyện có …": the present state of the place, not a goal.
  { re: /^[\s\-+*•]*(?:hien nay|hien tai|den thoi diem nay)(?![a-z])/, weight: -4, why: "result" },
  { re: /^[\s\-+*•]*(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2} thang \d{1,2}(?: nam \d{4})?)\s*,/, weight: -2, why: "event" },
  // "hằng năm … đều đạt từ 2,5% trở lên": what was reached every year so far.
  sig("deu dat(?: va vuot)?", -4, "result"),
  sig("bang \\d[\\d.,]*\\s*%", -3, "result-share"),
];
/** "90% trở lên", "từ 50 đảng viên trở lên": an operator on a number (not "hoàn thành tốt nhiệm vụ trở lên"). */
const ATTACHED_OP = /\d\s*(?:%|‰|%0|%o)?\s*tro (?:len|xuong)|(?<![a-z])tu \d[^;,]{0,40}?tro len/;
const NFC_SIGNALS: Signal[] = [
  nfc("đã|đạt được", -4, "past"),
  nfc("sẽ|phải|cần", 2, "future"),
  nfc("mỗi (?!năm|quý|tháng|lần|người|trường hợp)\\p{L}+", 2, "per-unit"),
  nfc("đạt|trên(?! địa bàn| cơ sở| tổng)|dưới(?! sự)|tăng(?! cường)|giảm|hạ thấp|hơn", 1, "goal-weak"),
];
/** "chỉ tiêu" sets a goal unless it names one already set: "đạt 103% chỉ tiêu", "so với chỉ tiêu", "16 chỉ tiêu". */
const CHI_TIEU = /(?<!\p{L})chỉ tiêu(?!\p{L})/iu;
const CHI_TIEU_NOT_GOAL = /(?:\d\s*%?|(?:vượt|so với|hoàn thành|đạt)(?:\s+(?:các|những|toàn bộ|tất cả))?)\s*$/iu;

/** A number quoted as the resolution's own target inside a report: "(chỉ tiêu Nghị quyết là 95%)", "theo Nghị quyết 90%". */
const QUOTED_TARGET_BEFORE = /(?:chi tieu|muc tieu)(?: cua)?(?: nghi quyet| dai hoi| ke hoach| de ra| giao| tren giao)*\s*(?:la|:|dat|de ra la)?\s*(?:tu\s*)?$|theo (?:nghi quyet|chi tieu|ke hoach)(?: de ra)?\s*(?:la|:)?\s*(?:tu\s*)?$|\(\s*(?:theo )?nghi quyet(?: de ra| la)?\s*:?\s*$|(?:^|\()\s*ke hoach(?: [a-z]+){0,5} giao(?: la)?\s*:?\s*$/;
/** The same with its number: a share or a count of something, not a document number ("Theo Nghị quyết 21 của …"). */
const QUOTED_TARGET = new RegExp(`(?:${QUOTED_TARGET_BEFORE.source.replace(/\$/g, "")})\\d[\\d.,]*\\s*(?:%|‰|(?!cua|ve|ngay|nam|khoa|-)[a-z])`);
/** A sentence that continues the one before: "Cụ thể: …", "Theo đó, …", "Đồng thời, …", "Riêng …". */
const LEADER = /^[\s\-+*•(]*(?:cu the|theo do|dong thoi|ngoai ra|rieng|trong do|bao gom|gom|nhu sau)(?![a-z])/;

export interface ClauseStance {
  score: number;
  reasons: string[];
  /** Positive evidence of a goal in the clause's own words (see STRONG): weak words alone (đạt, trên, tăng) set none. */
  evidence: boolean;
}

/**
 * Signals that are evidence of a goal by themselves: goal words (phấn đấu, mục tiêu, chỉ tiêu to be reached), an
 * operator set on a number (ít nhất, trở lên, không quá), the future (sẽ, phải, cần), a deadline still ahead, a
 * per-unit duty (mỗi chi bộ), a decision that names targets. "đạt 759 tỷ đồng", "trên 12.400 người", "tăng bình
 * quân hằng năm 15,6%" have only weak words: figures of a report or a description unless their context sets goals.
 */
const STRONG = new Set(["goal", "goal-op", "future", "per-unit", "deadline", "decision"]);
/** Signals of a report: a clause with one of them and a negative score ends the goal context it stood in. */
const REPORT = new Set(["result", "past", "past-year", "past-term", "election", "attendance", "event", "result-vs-plan", "result-share"]);

/** Whether a clause's own words end the goal context ("Nhiệm kỳ vừa qua, … hoàn thành các chỉ tiêu …, bảo đảm …"). */
export function endsGoalContext(own: ClauseStance): boolean {
  return own.score < 0 && own.reasons.some((r) => REPORT.has(r));
}

/** Score of a clause's own words (folded `f`, NFC `s`, same positions). */
/** "đạt 102,91% so với chỉ tiêu Nghị quyết đề ra", "vượt 3% kế hoạch": a result measured against the plan. */
const RESULT_VS_PLAN = /(?:(?:dat|bang|vuot|tang|giam)\s+(?:ty le\s+)?(\d+(?:[.,]\d+)?)\s*%|dat va vuot|vuot|gap\s+\d+(?:[.,]\d+)?\s*lan)\s*(?:so voi\s+)?(?:chi tieu|ke hoach|muc tieu|nghi quyet)(?:\s+(?:nghi quyet|dai hoi|tren|cap tren|lan thu|khoa|[ivxl]+|\d+)(?![a-z]))*(?:\s+(?:de ra|giao|dat ra))?/;
/** "biểu quyết thông qua Nghị quyết Đại hội": the resolution adopted; what follows ("Theo đó, …") is its content. */
const ADOPTED = /(?<!\p{L})(?:biểu quyết\s+)?thông qua\s+(?:toàn văn\s+)?(?:dự thảo\s+)?(?:nghị quyết|chương trình hành động|kế hoạch)(?!\p{L})/iu;
/** "đã thống nhất giao chỉ tiêu", "đã thông qua 16 chỉ tiêu": a decision taken, whose content is the goal. */
const PAST_DECISION = /(?<!\p{L})đã\s+(?:cùng\s+)?(?:thống nhất|quyết định|thông qua|biểu quyết|đề ra|giao|xác định|đặt ra)(?=[^.;]{0,60}(?:chỉ tiêu|mục tiêu|phương hướng))/iu;

/** "đến năm 2025", "đến cuối 2002", "vào năm 2030": a deadline; "(năm 2020)", "nhiệm kỳ 2015 - 2020": a time. */
const DEADLINE_WORDS = /(?<![a-z])(?:den|toi|truoc|vao)(?: het| cuoi)?(?: nam)? ((?:19|20)\d\d)(?!\d)/g;
const YEAR_WORDS = /(?<![a-z])(?:nam|cuoi nam|dau nam|het nam)\s+((?:19|20)\d\d)(?![\d]|\s*[-–]\s*\d)/g;
const TERM_WORDS = /(?<![\d.,])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/g;

/**
 * The time of a clause against the document's present (`now`, the year it was written, see presentYear): a
 * deadline still ahead is a goal; a deadline, a year or a term already past is a result ("Đến cuối năm 2019, thu
 * nhập đạt 40,8 triệu", "Nhiệm kỳ 2015 - 2020, Đảng bộ kết nạp 929 đảng viên"). A base year ("so với năm 2020") is
 * neither.
 */
function timeSignal(f: string, now: number | null): { weight: number; why: string } | null {
  const base = (at: number) => /(?:so voi|so sanh)(?: nam)?\s*$/.test(f.slice(Math.max(0, at - 12), at));
  let ahead = false;
  for (const m of f.matchAll(DEADLINE_WORDS)) {
    if (now !== null && Number(m[1]) <= now) return { weight: -3, why: "past-year" };
    ahead = true;
  }
  if (now !== null) {
    for (const m of f.matchAll(YEAR_WORDS)) if (Number(m[1]) < now && !base(m.index ?? 0)) return { weight: -3, why: "past-year" };
    for (const m of f.matchAll(TERM_WORDS)) if (Number(m[2]) <= now && Number(m[1]) < now && !base(m.index ?? 0)) return { weight: -3, why: "past-term" };
  }
  if (ahead) return { weight: 3, why: "deadline" };
  // "trong nhiệm kỳ 2020 - 2025" written in 2020: the term the goals are set for.
  for (const m of f.matchAll(TERM_WORDS)) if (now !== null && Number(m[1]) >= now && Number(m[2]) > now) return { weight: 0, why: "deadline" };
  return null;
}

export function clauseSignals(f: string, s: string, now: number | null = null): ClauseStance {
  let score = 0;
  const reasons: string[] = [];
  const add = (weight: number, why: string) => {
    score += weight;
    reasons.push(why);
  };
  let words = f;
  const vs = RESULT_VS_PLAN.exec(f);
  if (vs && (vs[1] === undefined || Number(vs[1].replace(",", ".")) !== 100)) {
    add(-6, "result-vs-plan");
    words = f.slice(0, vs.index) + " ".repeat(vs[0].length) + f.slice(vs.index + vs[0].length);
  }
  for (const g of FOLDED_SIGNALS) if (g.re.test(words)) add(g.weight, g.why);
  if (ATTACHED_OP.test(words)) add(2, "goal-op");
  const time = timeSignal(words, now);
  if (time) add(time.weight, time.why);
  for (const g of NFC_SIGNALS) if (g.why !== "past" && g.re.test(s)) add(g.weight, g.why);
  const past = NFC_SIGNALS[0].re.exec(s);
  if (ADOPTED.test(s) && !PAST_DECISION.test(s)) add(past ? 4 : 0, "decision");
  if (past && PAST_DECISION.test(s)) add(2, "decision");
  else if (past) {
    // "50% đơn vị đã có tổ chức", "đoạn đường (1,5 km) đã xuống cấp": after the number, "đã" describes what is counted.
    const digit = s.search(/(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d/);
    add(digit >= 0 && digit < past.index ? -1 : -4, "past");
  }
  const ct = CHI_TIEU.exec(s);
  if (ct && !CHI_TIEU_NOT_GOAL.test(s.slice(Math.max(0, ct.index - 12), ct.index)) && !(vs && ct.index >= vs.index && ct.index < vs.index + vs[0].length)) add(3, "goal");
  return { score, reasons, evidence: score >= 0 && reasons.some((r) => STRONG.has(r)) };
}

/** Signals of one number in its own surroundings (a result's form, or a target quoted inside a report). */
/** Whether a clause quotes the resolution's target inside a report ("…, theo Nghị quyết 90% trở lên"). */
export function quotesTarget(f: string): boolean {
  return QUOTED_TARGET.test(f);
}

/** A number right after "chỉ tiêu Nghị quyết là", "theo Nghị quyết": the resolution's target quoted in a report. */
export function isQuotedTarget(f: string, m: Mention, partStart: number): boolean {
  return QUOTED_TARGET.test(f.slice(Math.max(partStart, m.start - 40), m.end + 6));
}

export function mentionSignals(f: string, m: Mention, partStart: number, ownWords: number): number {
  const before = f.slice(Math.max(partStart, m.start - 40), m.start);
  if (isQuotedTarget(f, m, partStart)) return 8;
  let score = 0;
  const isPercent = m.kind === "percent" && m.form === "number";
  const after = f.slice(m.end, m.end + 30);
  // A range is a goal: results are exact figures ("thành lập được 2 - 3 tổ chức đảng").
  if (m.max !== null) score += 2;
  // "kết nạp được 929 đảng viên" reports, unless the clause sets goals; "có tổng số 5.356", "hiện có 73" report.
  if (ownWords < 2 && /[a-z] duoc\s*$/.test(before)) score -= 2;
  if (/(?:tong so|hien co|co tong so|voi tong so|bang|dat ty le|deu dat|(?<!giam |chi |xuong )con)\s*$/.test(before)) score -= 3;
  // "đạt 24,4% (đạt 100% so với Nghị quyết)", "(vượt 6,2%)": a figure judged against its plan.
  if (/^\s*(?:[a-z ]{0,12})?\(\s*(?:dat|vuot|bang|tang|giam)(?![a-z])/.test(after)) score -= 4;
  // "Toàn Đảng bộ có 45 chi bộ": what a body has is a fact ("Có 90% …", "có từ …", "mỗi chi bộ có …" set goals).
  // "chi bộ có dưới 07 đảng viên thực hiện …": the same, as a filter on what is counted.
  const has = /[a-z]{2} co(?: (duoi|tren|tu|it hon|nhieu hon))?\s*$/.exec(before);
  if (m.kind === "count" && m.form === "number" && has && !/(?:phan dau|moi [a-z ]{2,30}|deu|se|phai|can|phan dau de|nham|trong do|dong thoi|va|phai) co(?: [a-z ]+)?\s*$/.test(before)) score -= has[1] ? 5 : 2;
  // "đạt 103% kế hoạch", "đạt 98,5% chỉ tiêu": a result against the plan (100% of the plan is itself a goal).
  if (isPercent && m.value !== 1 && /^\s*(?:so voi |so )?(?:chi tieu|ke hoach|nghi quyet|cung ky|du toan)/.test(after)) score -= 5;
  if (isPercent && m.value > 1 && !/(?:tang|giam)[a-z ]{0,20}$/.test(before)) score -= 3; // "đạt 102,91%"
  if (isPercent && m.value >= 0.01 && (/^\d+,\d\d$/.test(m.raw) || (m.value >= 0.1 && /^\d+,[1-46-9]$/.test(m.raw)))) score -= 2; // "97,35%", "97,9%": measured
  if (m.form === "fraction" && m.value !== m.total) score -= 3; // "152/159 đảng bộ": a measured ratio
  // "đạt gần 99%": nearly, a measured share (an amount "gần 2.000 tỷ đồng" may be a goal).
  if (isPercent && /(?:^|\s)gan\s*$/.test(before)) score -= 3;
  return score;
}

/** Running stance while reading a document in order. */
export interface Flow {
  /** Score of the last clause read (of any item). */
  last: number;
  /** Score carried into the items of a list under a line ending in ":" (null when not in such a list). */
  header: number | null;
  /** Whether the last sentence read set a target. */
  produced: boolean;
  /** Deadline of that header line ("Phấn đấu từ nay đến năm 2015:"). */
  headerDeadline: number | null;
  /** "…đề ra các chỉ tiêu chủ yếu đến năm 2030 như: …": the year of an inline list of targets, in force in the
   *  paragraphs after it while each sets a target. */
  listDeadline: number | null;
  /** The paragraph read so far reports results (a sentence of it scored -3 or less). */
  reporting: boolean;
  /** The year the document was written, when it says (see presentYear). */
  now: number | null;
  /** Whether the last clause read stands in a goal context (evidence of its own or carried), and the list header's. */
  evidence: boolean;
  headerEvidence: boolean;
  trace?: (line: string) => void;
}

export function newFlow(now: number | null = null, trace?: (line: string) => void): Flow {
  return { last: 0, header: null, produced: false, headerDeadline: null, listDeadline: null, reporting: false, now, evidence: false, headerEvidence: false, trace };
}

const DATE = /(?<![\d/])(?:\d{1,2}[/.-]\d{1,2}[/.-]|ngay \d{1,2} thang \d{1,2} nam )((?:19|20)\d\d)(?!\d)/g;
const TERM = /(?:nhiem ky|giai doan|thoi ky|khoa)\s*(?:[ivxl]+\s*)?\(?((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/g;

/**
 * The year a document was written: its latest date (a page's "14/02/2023", "ngày 10 tháng 7 năm 2024", not a
 * deadline "đến ngày …") or the start of the latest term it names ("nhiệm kỳ 2020 - 2025"), whichever is later.
 */
export function presentYear(f: string): number | null {
  let now: number | null = null;
  const take = (y: number) => (now = now === null ? y : Math.max(now, y));
  for (const m of f.matchAll(DATE)) if (!/(?:den|truoc|het|toi)(?: ngay)?\s*$/.test(f.slice(Math.max(0, (m.index ?? 0) - 10), m.index))) take(Number(m[1]));
  for (const m of f.matchAll(TERM)) if (Number(m[2]) - Number(m[1]) <= 10 && Number(m[2]) > Number(m[1])) take(Number(m[1]));
  return now;
}

/**
 * What a new sentence inherits: all of the one before after a leader word, the list header for a list item;
 * else a tendency of at most ±1 that only tips a sentence with signals of its own (a sentence of bare figures
 * in a paragraph of goals is no goal).
 */
export function sentenceCarry(flow: Flow, f: string, firstOfItem: boolean, own: number): number {
  if (LEADER.test(f)) return flow.last;
  if (firstOfItem) return flow.header ?? (flow.produced && own >= 0 ? 1 : 0);
  // A paragraph that reports results goes on reporting until a sentence with strong goal words of its own.
  if (flow.reporting && own < 3) return -2;
  if (own !== 0) return Math.max(-1, Math.min(1, flow.last));
  // A bare sentence ("95% hộ dùng điện.") continues a sentence that set targets, nothing else.
  return flow.produced ? Math.min(2, flow.last) : 0;
}

/** Whether a new sentence stands in a goal context it inherits (the same paths as sentenceCarry's). */
export function sentenceEvidence(flow: Flow, f: string, firstOfItem: boolean, own: number): boolean {
  if (LEADER.test(f)) return flow.evidence;
  if (firstOfItem) return flow.header !== null ? flow.headerEvidence : flow.produced && flow.evidence && own >= 0;
  // "… thực hiện thắng lợi các mục tiêu, chỉ tiêu. Hằng năm 90% đảng viên …": the paragraph's goal context goes on
  // into a sentence that does not report.
  return flow.evidence && own >= 0 && !flow.reporting;
}

/** What the next clause of the same sentence inherits. */
export function clauseCarry(flow: Flow): number {
  return Math.max(-3, Math.min(3, flow.last));
}
