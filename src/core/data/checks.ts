import type { Organisation, Union } from "./model";
import { CODE_OF_RATING, NO_DATE } from "./members/codes";
import type { MemberStore } from "./members/store";
import type { RatingCode } from "../model/rating";
import { foldKey } from "../text/normalize";
import { addMonths, serialFromYMD } from "./values";
import { nameHash } from "./text";
import { IssueSink, addressOf, type SheetPos } from "../validation/sink";
import { capApplies, capBaseLabel, checkExcellentCap, type CapBase } from "../validation/cap";
import { tBoth, type MessageParams } from "../i18n/messages";
import type { Message } from "../i18n/types";

/**
 * Checks across rows and tables (the cell-level ones happen while reading): duplicates,
 * references between tables, aggregates that do not add up, member dates, and the 20% cap.
 */

export interface ValidationContext {
  sink: IssueSink;
  /** Today (Excel serial). */
  today: number;
  ratingYear: number | null;
  capBase: CapBase;
  capShare: number;
}

/** Rows of one table as read: items, error flags, and where each item sits. */
export interface TableRows<T, C> {
  items: T[];
  bad: ArrayLike<number> & { [i: number]: number };
  pos: SheetPos[];
  cols: C[];
  table: ArrayLike<number>;
  rows: ArrayLike<number>;
}

type OrgRows = TableRows<Organisation, Map<string, number>>;
type UnionRows = TableRows<Union, Map<string, number>>;
const TCCSD = (o: Organisation): boolean => o.type !== "chi-bo-truc-thuoc";

function orgCell(orgs: OrgRows, i: number, field: string): string {
  const cols = orgs.cols[orgs.table[i]];
  const c = cols.get(field) ?? cols.get("name") ?? 0;
  return addressOf(orgs.pos[orgs.table[i]], orgs.rows[i], c);
}

export function validateDataSet(ctx: ValidationContext, orgs: OrgRows, members: MemberStore, unions: UnionRows): void {
  const orgIndex = checkOrganisations(ctx, orgs);
  // HTXSNV/HTTNV per organisation for the 20% cap, counted in checkMembers' pass (one scan of the list).
  const capCounts: CapCounts | null = capApplies(ctx.ratingYear) && members.hasColumn("rating") ? new Map() : null;
  checkMembers(ctx, orgs, orgIndex, members, capCounts);
  checkMemberCap(ctx, orgs, orgIndex, members, capCounts);
  checkUnions(ctx, unions);
  checkOrgCap(ctx, orgs);
}

// ------------------------------------------------------------------ organisations

interface OrgIndex {
  /** TCCSĐ key → index. */
  tccsd: Map<string, number>;
  /** chi bộ trực thuộc: parentKey/key → index; and key → index when the key is unique. */
  branches: Map<string, number>;
  branchByKey: Map<string, number | -1>;
}

function checkOrganisations(ctx: ValidationContext, orgs: OrgRows): OrgIndex {
  const { sink } = ctx;
  const tccsd = new Map<string, number>();
  const branches = new Map<string, number>();
  const branchByKey = new Map<string, number | -1>();
  for (let i = 0; i < orgs.items.length; i++) {
    const o = orgs.items[i];
    if (!o.key) continue;
    const sheet = orgs.pos[orgs.table[i]].sheet;
    if (o.type === "chi-bo-truc-thuoc") {
      const k = `${o.parentKey ?? ""}/${o.key}`;
      const first = branches.get(k);
      if (first !== undefined) {
        sink.add("DUPLICATE_ORG", { sheet, cell: orgCell(orgs, i, "name"), row: o.ref.row }, { name: o.name, first: orgs.items[first].ref.row });
        orgs.bad[i] = 1;
        continue;
      }
      branches.set(k, i);
      branchByKey.set(o.key, branchByKey.has(o.key) ? -1 : i);
    } else {
      const first = tccsd.get(o.key);
      if (first !== undefined) {
        sink.add("DUPLICATE_ORG", { sheet, cell: orgCell(orgs, i, "name"), row: o.ref.row }, { name: o.name, first: orgs.items[first].ref.row });
        orgs.bad[i] = 1;
        continue;
      }
      tccsd.set(o.key, i);
    }
  }
  for (let i = 0; i < orgs.items.length; i++) {
    const o = orgs.items[i];
    if (orgs.bad[i]) continue;
    const sheet = orgs.pos[orgs.table[i]].sheet;
    const where = (field: string) => ({ sheet, cell: orgCell(orgs, i, field), row: o.ref.row });
    // chi bộ trực thuộc whose đảng bộ cơ sở is missing
    if (o.type === "chi-bo-truc-thuoc") {
      const parent = o.parentKey !== null ? tccsd.get(o.parentKey) : undefined;
      if (parent === undefined || orgs.items[parent].type === "chi-bo-co-so") {
        sink.add("PARENT_MISSING", where(orgs.cols[orgs.table[i]].has("parent") ? "parent" : "name"), { name: o.name, parent: o.parent ?? "" });
      }
    }
    // members by rating + not rated = Số đảng viên
    const r = o.membersByRating;
    const parts = [r.HTXSNV, r.HTTNV, r.HTNV, r.KHTNV, r.notRated];
    if (o.members !== null && parts.some((p) => p !== null)) {
      const sum = parts.reduce<number>((a, p) => a + (p ?? 0), 0);
      if (sum !== o.members) sink.add("RATING_SUM_MISMATCH", where("members"), { name: o.name, sum, members: o.members });
    }
    const over = (code: "INSPECTED_OVER_TOTAL" | "STUDENTS_OVER_ADMITTED" | "PART_OVER_TOTAL", part: number | null, total: number | null, partField: string, partHeader: string, totalHeader: string) => {
      if (part !== null && total !== null && part > total) {
        sink.add(code, where(partField), { name: o.name, part, total, column: partHeader, totalColumn: totalHeader });
        orgs.bad[i] = 1;
      }
    };
    over("INSPECTED_OVER_TOTAL", o.membersInspected, o.members, "membersInspected", "ĐV được kiểm tra", "Số đảng viên");
    over("INSPECTED_OVER_TOTAL", o.subBranchesInspected, o.subBranches, "subBranchesInspected", "Chi bộ TT được kiểm tra", "Số chi bộ trực thuộc");
    over("STUDENTS_OVER_ADMITTED", o.admittedStudents, o.admitted, "admittedStudents", "Kết nạp HSSV", "Kết nạp mới");
    over("STUDENTS_OVER_ADMITTED", o.admittedPrivateEnterprise, o.admitted, "admittedPrivateEnterprise", "Kết nạp trong DNTN", "Kết nạp mới");
    over("STUDENTS_OVER_ADMITTED", o.admittedYouthUnion, o.admitted, "admittedYouthUnion", "Kết nạp đoàn viên", "Kết nạp mới");
    over("PART_OVER_TOTAL", o.studied, o.members, "studied", "ĐV học tập nghị quyết", "Số đảng viên");
    over("PART_OVER_TOTAL", o.committed, o.members, "committed", "ĐV cam kết", "Số đảng viên");
    over("PART_OVER_TOTAL", o.modelsPassed, o.modelsRegistered, "modelsPassed", "Mô hình đạt", "Mô hình đăng ký");
    if (r.HTXSNV !== null || r.HTTNV !== null) over("PART_OVER_TOTAL", (r.HTXSNV ?? 0) + (r.HTTNV ?? 0) + (r.HTNV ?? 0) + (r.KHTNV ?? 0), o.members, "ratedHTXSNV", "ĐV HTXSNV + HTTNV + HTNV + KHTNV", "Số đảng viên");
  }
  return { tccsd, branches, branchByKey };
}

// ------------------------------------------------------------------ members

/**
 * One open-addressing hash table over (name hash, birth) for all members, sized once (at most half full):
 * a million members without a million Map entries. Slots hold [32-bit key, member index + 1] side by side,
 * so a probe reads one cache line and touches the members only when the keys agree. It holds the first
 * member of each (name, birth) in each organisation, which answers both questions of `add`.
 */
class NameBirthIndex {
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(n: number) {
    let slots = 32;
    while (slots < n * 2) slots *= 2;
    this.table = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /**
   * Member i against the earlier ones with its name and birth date: j ≥ 0 when j is in i's own organisation
   * (a duplicate row; i is not added); else i is added, and the result is -2 - j when the first such member
   * j is in another organisation, -1 when there is none. Hashes and births are the store's columns
   * (`members.nameHash[i]` is set before the call).
   */
  add(i: number, members: MemberStore): number {
    const nh = members.nameHash[i];
    const birth = members.birth[i];
    const table = this.table;
    const mask = this.mask;
    const key = mixKey(nh, birth);
    let h = (key ^ (key >>> 15)) & mask;
    let other = -1;
    for (;;) {
      const s = table[2 * h + 1];
      if (s === 0) break;
      if (table[2 * h] === key) {
        const j = s - 1;
        if (members.nameHash[j] === nh && members.birth[j] === birth && sameName(members.name(j), members.name(i))) {
          if (members.orgKey(j) === members.orgKey(i)) return j;
          // Entries come in probe order, not row order: the first member is the lowest index.
          if (other < 0 || j < other) other = j;
        }
      }
      h = (h + 1) & mask;
    }
    table[2 * h] = key;
    table[2 * h + 1] = i + 1;
    return other < 0 ? -1 : -2 - other;
  }
}

/**
 * Member `second` has the name and birth date of member `first` of another organisation: the later row is
 * left out (so the member is counted once, in the first place), the first row is warned; each names the other.
 */
function reportTwoOrgs(sink: IssueSink, members: MemberStore, first: number, second: number): void {
  const at = (i: number) => ({ sheet: members.pos(i).sheet, cell: addressOf(members.pos(i), members.gridRow[i], members.cols(i).name), row: members.row(i) });
  const wa = at(first);
  const wb = at(second);
  sink.add("MEMBER_IN_TWO_ORGS", wb, { name: members.name(second), org: members.orgText(second), other: members.orgText(first), sheet: wa.sheet, row: wa.row });
  sink.add("MEMBER_IN_TWO_ORGS", wa, { name: members.name(first), org: members.orgText(first), other: members.orgText(second), sheet: wb.sheet, row: wb.row }, "warning");
  members.bad[second] = 1;
}

function mixKey(nameHash: number, birth: number): number {
  return Math.imul(nameHash ^ Math.imul(birth | 0, 0x9e3779b1), 0xc2b2ae35);
}

function sameName(a: string, b: string): boolean {
  return a === b || foldKey(a).replace(/ /g, "") === foldKey(b).replace(/ /g, "");
}

// 18 years are 6574 or 6575 days; 60 years 21914..21916; 12 months 365 or 366.
const D18_MIN = 6574, D18_MAX = 6575, D60_MIN = 21914, D60_MAX = 21916;

type CapCounts = Map<string, { HTXSNV: number; HTTNV: number; first: number }>;

/** Member rows of one organisation key, and per chi bộ (dictionary code) of those rows. */
interface OrgTally {
  known: boolean;
  count: number;
  branches: Map<number, number>;
}

/**
 * The checks across member rows, in one pass over the store's columns: organisation known in "Tổ chức"
 * (a chi bộ trực thuộc named as the organisation is filed under its đảng bộ cơ sở), member dates,
 * duplicates, and the HTXSNV/HTTNV counts of the 20% cap. Lists come grouped by organisation, so each
 * step remembers the previous row's organisation and most rows need no Map look-up at all.
 */
class MemberChecks {
  private readonly asOf: number;
  private readonly haveOrgs: boolean;
  private readonly unknownOrgs = new Map<string, { i: number; count: number }>();
  readonly tallies = new Map<string, OrgTally>();
  private lastKey: string | null = null;
  private last: OrgTally | null = null;
  private lastBranch = -1;
  private lastBranchCount = 0;
  private readonly names: NameBirthIndex;
  private capKey: string | null = null;
  private cap: { HTXSNV: number; HTTNV: number; first: number } | undefined;

  constructor(private readonly ctx: ValidationContext, private readonly orgs: OrgRows, private readonly idx: OrgIndex, private readonly members: MemberStore, private readonly capCounts: CapCounts | null) {
    this.haveOrgs = orgs.items.length > 0;
    // Reference date for "still dự bị after 12 months": the end of the rating year when it is past, else today.
    const yearEnd = ctx.ratingYear !== null ? serialFromYMD(ctx.ratingYear, 12, 31) : null;
    this.asOf = yearEnd !== null && yearEnd < ctx.today ? yearEnd : ctx.today;
    this.names = new NameBirthIndex(members.length);
  }

  run(): void {
    const members = this.members;
    for (let i = 0; i < members.length; i++) {
      this.tally(i);
      if (members.bad[i]) continue;
      this.dates(i);
      this.duplicates(i);
      this.countForCap(i);
    }
    this.flushBranch();
    this.reportUnknownOrgs();
  }

  private flushBranch(): void {
    const last = this.last;
    if (last && this.lastBranch >= 0) last.branches.set(this.lastBranch, (last.branches.get(this.lastBranch) ?? 0) + this.lastBranchCount);
    this.lastBranch = -1;
    this.lastBranchCount = 0;
  }

  /** Organisation in "Tổ chức"? Count the row per organisation and chi bộ. */
  private tally(i: number): void {
    const { members, idx } = this;
    let key = members.orgKey(i);
    if (key !== this.lastKey) {
      this.flushBranch();
      this.lastKey = key;
      this.last = this.tallies.get(key) ?? null;
      if (!this.last) {
        this.last = { known: !this.haveOrgs || idx.tccsd.has(key), count: 0, branches: new Map() };
        this.tallies.set(key, this.last);
      }
    }
    let tally = this.last as OrgTally;
    if (!tally.known && key) {
      const b = idx.branchByKey.get(key);
      const branchOrg = b !== undefined && b >= 0 ? this.orgs.items[b] : null;
      if (branchOrg && branchOrg.parentKey && idx.tccsd.has(branchOrg.parentKey)) {
        // the member names a chi bộ trực thuộc as its organisation: file it under the đảng bộ cơ sở
        if (members.branch[i] < 0) members.branch[i] = members.branches.intern(members.orgText(i));
        key = branchOrg.parentKey;
        members.org[i] = members.orgs.intern(this.orgs.items[idx.tccsd.get(key) as number].name, key);
        this.flushBranch();
        this.lastKey = null;
        tally = this.tallies.get(key) ?? { known: true, count: 0, branches: new Map() };
        this.tallies.set(key, tally);
        this.last = tally;
      } else {
        const u = this.unknownOrgs.get(key);
        if (u) u.count++;
        else this.unknownOrgs.set(key, { i, count: 1 });
      }
    }
    if (!key) return;
    tally.count++;
    const branch = members.branch[i];
    if (branch < 0) return;
    if (branch === this.lastBranch && tally === this.last) this.lastBranchCount++;
    else {
      this.flushBranch();
      this.last = tally;
      this.lastBranch = branch;
      this.lastBranchCount = 1;
    }
  }

  private where(i: number, col: number): { sheet: string; cell: string; row: number } {
    const pos = this.members.pos(i);
    return { sheet: pos.sheet, cell: addressOf(pos, this.members.gridRow[i], col), row: this.members.row(i) };
  }

  /** Admission after 18 and before 60, official after admission, dự bị not overdue. */
  private dates(i: number): void {
    const { members } = this;
    const { sink } = this.ctx;
    const birth = members.birth[i], admission = members.admission[i], official = members.official[i];
    if (admission === NO_DATE) return;
    const mc = members.cols(i);
    if (birth !== NO_DATE) {
      const d = admission - birth;
      if (d <= 0) {
        sink.add("ADMISSION_BEFORE_BIRTH", this.where(i, mc.admission), { name: members.name(i) });
        members.bad[i] = 1;
      } else if (d < D18_MIN || (d <= D18_MAX && admission < addMonths(birth, 216))) {
        sink.add("ADMISSION_UNDER_18", this.where(i, mc.admission), { name: members.name(i), age: Math.floor(d / 365.25) });
        members.bad[i] = 1;
      } else if (d > D60_MAX || (d >= D60_MIN && admission > addMonths(birth, 720))) {
        sink.add("ADMISSION_OVER_60", this.where(i, mc.admission), { name: members.name(i), age: Math.floor(d / 365.25) });
      }
    }
    if (official !== NO_DATE && official < admission) {
      sink.add("OFFICIAL_BEFORE_ADMISSION", this.where(i, mc.official), { name: members.name(i) });
      members.bad[i] = 1;
    } else if (official === NO_DATE && mc.official >= 0) {
      const d = this.asOf - admission;
      if (d > 366 || (d >= 365 && this.asOf > addMonths(admission, 12))) {
        sink.add("PROBATION_OVERDUE", this.where(i, mc.official), { name: members.name(i), months: Math.floor(d / 30.44) });
      }
    }
  }

  /** Same organisation, birth date and name: the later row is left out; in another organisation: both rows are told. */
  private duplicates(i: number): void {
    const { members } = this;
    if (members.birth[i] === NO_DATE) return;
    // A row without a name is already left out (REQUIRED_EMPTY), so the name is only read to hash it when the
    // reader did not, and when keys agree. -1: not hashed while reading (or, rarely, a real hash of -1: hashing again gives the same).
    if (members.nameHash[i] === -1) members.nameHash[i] = nameHash(members.name(i)) | 0;
    const found = this.names.add(i, members);
    if (found >= 0) {
      this.ctx.sink.add("DUPLICATE_MEMBER", this.where(i, members.cols(i).name), { name: members.name(i), first: members.row(found) });
      members.bad[i] = 1;
    } else if (found < -1) reportTwoOrgs(this.ctx.sink, members, -2 - found, i);
  }

  /** The row is final now: count it for the cap. */
  private countForCap(i: number): void {
    const rating = this.members.rating[i];
    const capCounts = this.capCounts;
    if (capCounts === null || (rating !== CODE_OF_RATING.HTXSNV && rating !== CODE_OF_RATING.HTTNV) || this.members.bad[i]) return;
    const key = this.members.orgKey(i);
    if (key !== this.capKey || this.cap === undefined) {
      this.capKey = key;
      this.cap = capCounts.get(key);
      if (!this.cap) capCounts.set(key, (this.cap = { HTXSNV: 0, HTTNV: 0, first: i }));
    }
    if (rating === CODE_OF_RATING.HTXSNV) this.cap.HTXSNV++;
    else this.cap.HTTNV++;
  }

  private reportUnknownOrgs(): void {
    for (const [, u] of this.unknownOrgs) {
      this.ctx.sink.add("MEMBER_ORG_UNKNOWN", this.where(u.i, this.members.cols(u.i).org), { org: this.members.orgText(u.i), count: u.count });
    }
  }
}

function checkMembers(ctx: ValidationContext, orgs: OrgRows, idx: OrgIndex, members: MemberStore, capCounts: CapCounts | null): void {
  if (members.length === 0) return;
  const checks = new MemberChecks(ctx, orgs, idx, members, capCounts);
  checks.run();
  const perBranchCount = new Map<string, number>();
  for (const [key, tally] of checks.tallies) {
    for (const [code, c] of tally.branches) {
      const bk = `${key}/${branchKey(members.branches.texts[code])}`;
      perBranchCount.set(bk, (perBranchCount.get(bk) ?? 0) + c);
    }
  }
  // member rows per organisation vs "Số đảng viên" (organisations that have member rows)
  const withBranch = members.hasColumn("branch");
  for (let i = 0; i < orgs.items.length; i++) {
    const o = orgs.items[i];
    if (orgs.bad[i] || o.members === null || !o.key) continue;
    let count: number | undefined;
    if (TCCSD(o)) count = checks.tallies.get(o.key)?.count;
    else if (o.parentKey && withBranch) count = perBranchCount.get(`${o.parentKey}/${branchKey(o.name)}`);
    if (count !== undefined && count !== o.members) {
      ctx.sink.add("MEMBER_COUNT_MISMATCH", { sheet: orgs.pos[orgs.table[i]].sheet, cell: orgCell(orgs, i, "members"), row: o.ref.row }, { name: o.name, count, members: o.members });
    }
  }
}

const branchKeyCache = new Map<string, string>();
function branchKey(name: string): string {
  let k = branchKeyCache.get(name);
  if (k === undefined) {
    k = foldKey(name).replace(/^(chi bo truc thuoc|chi bo)\s+(?=\S)/, "");
    if (branchKeyCache.size > 50000) branchKeyCache.clear();
    branchKeyCache.set(name, k);
  }
  return k;
}

// ------------------------------------------------------------------ the 20% cap

/** A figure as each language writes it (0,2 / 0.2), without binary noise. */
function figure(x: number): Message {
  const s = String(Number(x.toPrecision(12)));
  return { vi: s.replace(".", ","), en: s };
}

/**
 * The cap's arithmetic as the message shows it: the exact limit (20% × 1 = 0,2, not a rounded 0), the most
 * allowed (0) and the rating year, or that none is given and the current rules apply (not "năm xếp loại ?").
 */
function capParams(ctx: ValidationContext, limit: number, c: { HTXSNV: number; HTTNV: number }): MessageParams {
  return {
    share: figure(ctx.capShare * 100),
    base: capBaseLabel(ctx.capBase),
    baseCount: ctx.capBase === "literal" ? c.HTTNV : c.HTXSNV + c.HTTNV,
    limit: figure(limit),
    cap: Math.floor(limit + 1e-9),
    year: ctx.ratingYear === null ? tBoth("data.cap.no-year") : tBoth("data.cap.year", { year: ctx.ratingYear }),
  };
}

function checkMemberCap(ctx: ValidationContext, orgs: OrgRows, idx: OrgIndex, members: MemberStore, capCounts: CapCounts | null): void {
  if (!capApplies(ctx.ratingYear)) return;
  const withRating = members.hasColumn("rating");
  const counts: CapCounts = capCounts ?? new Map();
  if (withRating) {
    for (const [key, c] of counts) {
      const res = checkExcellentCap(c, ctx.capBase, ctx.capShare);
      if (!res.over) continue;
      const oi = idx.tccsd.get(key);
      const first = c.first;
      const where =
        oi !== undefined && !orgs.bad[oi]
          ? { sheet: orgs.pos[orgs.table[oi]].sheet, cell: orgCell(orgs, oi, "name"), row: orgs.items[oi].ref.row }
          : { sheet: members.pos(first).sheet, cell: addressOf(members.pos(first), members.gridRow[first], members.cols(first).org), row: members.row(first) };
      ctx.sink.add("EXCELLENT_CAP", where, { ...capParams(ctx, res.cap, c), name: oi !== undefined ? orgs.items[oi].name : members.orgText(first), count: c.HTXSNV, source: "Đảng viên" });
    }
    return;
  }
  // No member list with ratings: use the aggregate columns of "Tổ chức" (TCCSĐ rows).
  for (let i = 0; i < orgs.items.length; i++) {
    const o = orgs.items[i];
    if (orgs.bad[i] || !TCCSD(o)) continue;
    const x = o.membersByRating.HTXSNV;
    const t = o.membersByRating.HTTNV;
    if (x === null || t === null) continue;
    const res = checkExcellentCap({ HTXSNV: x, HTTNV: t }, ctx.capBase, ctx.capShare);
    if (!res.over) continue;
    ctx.sink.add("EXCELLENT_CAP", { sheet: orgs.pos[orgs.table[i]].sheet, cell: orgCell(orgs, i, "ratedHTXSNV"), row: o.ref.row }, { ...capParams(ctx, res.cap, { HTXSNV: x, HTTNV: t }), name: o.name, count: x, source: "Tổ chức" });
  }
}

function checkOrgCap(ctx: ValidationContext, orgs: OrgRows): void {
  if (!capApplies(ctx.ratingYear)) return;
  // Groups of similar organisations: the TCCSĐ of the committee; the chi bộ trực thuộc of each đảng bộ cơ sở.
  const groups = new Map<string, number[]>();
  for (let i = 0; i < orgs.items.length; i++) {
    const o = orgs.items[i];
    if (orgs.bad[i] || (o.rating !== "HTXSNV" && o.rating !== "HTTNV")) continue;
    const g = TCCSD(o) ? "" : `/${o.parentKey ?? ""}`;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(i);
  }
  for (const [g, list] of groups) {
    const c = { HTXSNV: 0, HTTNV: 0 };
    for (const i of list) c[orgs.items[i].rating as "HTXSNV" | "HTTNV"]++;
    const res = checkExcellentCap(c, ctx.capBase, ctx.capShare);
    if (!res.over) continue;
    const rows = list.map((i) => orgs.rows[i]);
    const t = orgs.table[list[0]];
    const pos = orgs.pos[t];
    const col = orgs.cols[t].get("rating") ?? 0;
    const first = Math.min(...rows), last = Math.max(...rows);
    const cell = first === last ? addressOf(pos, first, col) : `${addressOf(pos, first, col)}:${addressOf(pos, last, col)}`;
    const groupName = g === "" ? "TCCSĐ" : orgs.items.find((o) => TCCSD(o) && o.key === g.slice(1))?.name ?? g.slice(1);
    ctx.sink.add("EXCELLENT_CAP_ORGS", { sheet: pos.sheet, cell }, { ...capParams(ctx, res.cap, c), group: groupName, count: c.HTXSNV });
  }
}

// ------------------------------------------------------------------ unions

function checkUnions(ctx: ValidationContext, unions: UnionRows): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < unions.items.length; i++) {
    const u = unions.items[i];
    if (!u.name) continue;
    const k = foldKey(u.name);
    const first = seen.get(k);
    if (first !== undefined) {
      const t = unions.table[i];
      ctx.sink.add("DUPLICATE_UNION", { sheet: unions.pos[t].sheet, cell: addressOf(unions.pos[t], unions.rows[i], unions.cols[t].get("name") ?? 0), row: u.ref.row }, { name: u.name, first: unions.items[first].ref.row });
      unions.bad[i] = 1;
    } else seen.set(k, i);
  }
}

export type { RatingCode };
