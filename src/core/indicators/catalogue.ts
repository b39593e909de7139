import type { DataSet, Organisation, OrgType, SourceRef } from "../data/model";
import { tBoth, type MessageParams } from "../i18n/messages";
import type { Message } from "../i18n/types";
import { ratingRank, type RatingCode } from "../model/rating";
import { sheetReference } from "../sheet/address";
import type { Target } from "../model/target";
import { INDICATOR_IDS, type IndicatorId } from "./ids";
import { perUnitTypes } from "./per-unit";
import { effectiveType, indexOrganisations, isGrassroots, isSubBranch, memberStats, reportingWindow, type MemberStats, type OrgIndex } from "./stats";

export type IndicatorKind = "percent" | "count" | "rating" | "per-unit";
export type IndicatorFrom = "members" | "organisations" | "unions" | "committee";
/** Which records a value was computed from (shown next to every figure). */
export type IndicatorBasis = "member-list" | "org-list" | "org-aggregates" | "union-list" | "committee" | "none";

/** One organisation's figure for a per-unit target. `ok` null: no figure. */
export interface PerUnitValue {
  org: string;
  ref: SourceRef;
  type: OrgType;
  value: number | null;
  ok: boolean | null;
}

export interface IndicatorValue {
  /** Fraction for percents (0.912), a count, a rating code, or for per-unit indicators the number of units that reach the target. */
  value: number | RatingCode | null;
  numerator?: number;
  denominator?: number;
  /** Where the figure came from: "'Đảng viên'!K2:K2713", "Tổ chức (tổng hợp)". */
  source: string;
  basis: IndicatorBasis;
  /** What is missing when value is null (Vietnamese and English, from the message table). */
  missing?: Message;
  /** The message key of `missing` ("no-exemplars"): tells a column that gave nothing from other reasons (no year…). */
  missingKey?: string;
  perUnit?: PerUnitValue[];
}

export interface IndicatorContext {
  /** Reporting year (admissions are counted in it); null when unknown. */
  year: number | null;
  /** Months of the year elapsed in the reporting period (12 = whole year). */
  months: number;
  /** The target being checked (per-unit indicators take its kind of unit, `per`). */
  target?: Target | null;
  /**
   * Whether one unit's figure reaches the target, as the check judges it (src/core/check passes its judge:
   * the indicators count, the check decides). Default: at least one.
   */
  unitMeets?: (value: number) => boolean;
}

export interface IndicatorDef {
  id: IndicatorId;
  label: Message;
  kind: IndicatorKind;
  from: IndicatorFrom;
  /** Human-readable formula. */
  formula: Message;
  compute(ds: DataSet, ctx: IndicatorContext): IndicatorValue;
}

// ---------------------------------------------------------------------------------------------
// Shared, computed once per data set and period.

interface Prepared {
  index: OrgIndex;
  /** Position of each organisation in ds.organisations. */
  pos: Map<Organisation, number>;
  grassroots: Organisation[];
  members: MemberStats;
}

const cache = new WeakMap<DataSet, Map<string, Prepared>>();

/** The single pass over the members, cached per data set and period. */
export function prepare(ds: DataSet, ctx: Pick<IndicatorContext, "year" | "months">): Prepared {
  const key = `${ctx.year ?? "-"}/${ctx.months}`;
  let byKey = cache.get(ds);
  if (!byKey) {
    byKey = new Map();
    cache.set(ds, byKey);
  }
  let p = byKey.get(key);
  if (!p) {
    const index = indexOrganisations(ds);
    const window = ctx.year ? reportingWindow(ctx.year, ctx.months) : null;
    const pos = new Map<Organisation, number>();
    ds.organisations.forEach((o, i) => pos.set(o, i));
    p = { index, pos, grassroots: ds.organisations.filter(isGrassroots), members: memberStats(ds, index, window) };
    byKey.set(key, p);
  }
  return p;
}

function missing(key: string, params?: MessageParams): Message {
  return tBoth(`check.missing.${key}`, params);
}

function none(key: string, params?: MessageParams, source = ""): IndicatorValue {
  return { value: null, source, basis: "none", missing: missing(key, params), missingKey: key };
}

/** "'Đảng viên'!K2:K2713" for a recognised column, else the sheet name, else a generic name. */
function columnSource(ds: DataSet, table: "organisations" | "members" | "unions", field: string): string {
  const t = ds.recognised.find((r) => r.table === table);
  if (!t) return tBoth(`check.table.${table}`).vi;
  const col = t.columns[field];
  if (!col) return t.sheet;
  const first = t.headerRow + 1;
  const last = t.headerRow + Math.max(1, t.dataRows);
  return sheetReference(t.sheet, `${col}${first}:${col}${last}`);
}

function sheetName(ds: DataSet, table: "organisations" | "members" | "unions"): string {
  const t = ds.recognised.find((r) => r.table === table);
  return t ? t.sheet : tBoth(`check.table.${table}`).vi;
}

function aggregateSource(ds: DataSet, fields: string[]): string {
  const cols = fields.map((f) => columnSource(ds, "organisations", f)).filter((s, i, a) => a.indexOf(s) === i);
  return tBoth("check.source.aggregates", { sheet: sheetName(ds, "organisations"), columns: cols.join(", ") }).vi;
}

function share(numerator: number, denominator: number, source: string, basis: IndicatorBasis, ifZero: string): IndicatorValue {
  if (denominator <= 0) return { value: null, numerator, denominator, source, basis, missing: missing(ifZero), missingKey: ifZero };
  return { value: numerator / denominator, numerator, denominator, source, basis };
}

/**
 * Sum an organisation field over the grassroots organisations; a đảng bộ cơ sở whose own cell is blank
 * contributes its chi bộ trực thuộc. Null when no organisation has the figure.
 */
function sumGrassroots(ds: DataSet, p: Prepared, get: (o: Organisation) => number | null): number | null {
  let sum = 0;
  let any = false;
  for (const o of p.grassroots) {
    const v = valueWithChildren(ds, p, o, get);
    if (v !== null) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

/**
 * One organisation's figure in a count column as the per-unit targets judge it: a đảng bộ cơ sở whose own cell
 * is blank has the sum of its chi bộ trực thuộc (`summed`); any other organisation its own cell. "Theo tổ chức"
 * shows the same figure, so the sheet shows what the judgement used.
 */
export function unitFigure(ds: DataSet, p: Prepared, o: Organisation, get: (o: Organisation) => number | null): { value: number | null; summed: boolean } {
  const own = get(o);
  if (own !== null || effectiveType(o) !== "dang-bo-co-so") return { value: own, summed: false };
  const value = valueWithChildren(ds, p, o, get);
  return { value, summed: value !== null };
}

function valueWithChildren(ds: DataSet, p: Prepared, o: Organisation, get: (o: Organisation) => number | null): number | null {
  const own = get(o);
  if (own !== null) return own;
  const kids = p.index.children.get(p.pos.get(o) ?? -1);
  if (!kids) return null;
  let sum = 0;
  let any = false;
  for (const k of kids) {
    const v = get(ds.organisations[k]);
    if (v !== null) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

// ---------------------------------------------------------------------------------------------
// Ratings.

type RatingClass = "htxsnv" | "httnv_plus" | "htnv_plus" | "khtnv";

function inClass(code: RatingCode, cls: RatingClass): boolean {
  const r = ratingRank(code);
  return cls === "htxsnv" ? r === 4 : cls === "httnv_plus" ? r >= 3 : cls === "htnv_plus" ? r >= 2 : r === 1;
}

/** Index range of RATING_CODES in a class: HTXSNV=0 … KHTNV=3. */
const CLASS_CODES: Record<RatingClass, RatingCode[]> = {
  htxsnv: ["HTXSNV"],
  httnv_plus: ["HTXSNV", "HTTNV"],
  htnv_plus: ["HTXSNV", "HTTNV", "HTNV"],
  khtnv: ["KHTNV"],
};
const CODE_INDEX: Record<RatingCode, number> = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };

function orgRatingShare(cls: RatingClass) {
  return (ds: DataSet, ctx: IndicatorContext): IndicatorValue => {
    const p = prepare(ds, ctx);
    if (p.grassroots.length === 0) return none("no-grassroots", undefined, sheetName(ds, "organisations"));
    let rated = 0;
    let n = 0;
    for (const o of p.grassroots) {
      if (o.rating === null) continue;
      rated++;
      if (inClass(o.rating, cls)) n++;
    }
    return share(n, rated, columnSource(ds, "organisations", "rating"), "org-list", "no-org-rated");
  };
}

function memberRatingShare(cls: RatingClass) {
  return (ds: DataSet, ctx: IndicatorContext): IndicatorValue => {
    const p = prepare(ds, ctx);
    const ms = p.members;
    if (ms.total > 0 && ms.known.rating > 0) {
      let rated = 0;
      for (let i = 0; i < 4; i++) rated += ms.byRating[i];
      let n = 0;
      for (const c of CLASS_CODES[cls]) n += ms.byRating[CODE_INDEX[c]];
      return share(n, rated, columnSource(ds, "members", "rating"), "member-list", "no-member-rated");
    }
    // No member list (or no rating column): the organisations' aggregate columns.
    let rated = 0;
    let n = 0;
    let any = false;
    for (const o of p.grassroots) {
      const counts = ratingCountsWithChildren(ds, p, o);
      if (!counts) continue;
      any = true;
      for (let i = 0; i < 4; i++) rated += counts[i];
      for (const c of CLASS_CODES[cls]) n += counts[CODE_INDEX[c]];
    }
    if (!any) return none(ms.total > 0 ? "no-member-rating-column" : "no-member-ratings", undefined, sheetName(ds, ms.total > 0 ? "members" : "organisations"));
    return share(n, rated, aggregateSource(ds, ["ratedHTXSNV", "ratedHTTNV", "ratedHTNV", "ratedKHTNV"]), "org-aggregates", "no-member-rated");
  };
}

function ratingCounts(o: Organisation): number[] | null {
  const r = o.membersByRating;
  const v = [r.HTXSNV, r.HTTNV, r.HTNV, r.KHTNV];
  if (v.every((x) => x === null)) return null;
  return v.map((x) => x ?? 0);
}

function ratingCountsWithChildren(ds: DataSet, p: Prepared, o: Organisation): number[] | null {
  const own = ratingCounts(o);
  if (own) return own;
  const kids = p.index.children.get(p.pos.get(o) ?? -1);
  if (!kids) return null;
  let out: number[] | null = null;
  for (const k of kids) {
    const c = ratingCounts(ds.organisations[k]);
    if (!c) continue;
    out = out ? out.map((x, i) => x + c[i]) : c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Admissions.

type AdmittedField = "all" | "students" | "private" | "youth";

function admitted(which: AdmittedField) {
  return (ds: DataSet, ctx: IndicatorContext): IndicatorValue => {
    const p = prepare(ds, ctx);
    const ms = p.members;
    const flagKnown = which === "all" ? true : which === "students" ? ms.known.student > 0 : which === "private" ? ms.known.privateEnterprise > 0 : ms.known.youthUnion > 0;
    if (ms.total > 0 && ms.known.admission > 0 && ctx.year !== null && flagKnown) {
      const value = which === "all" ? ms.admitted : which === "students" ? ms.admittedStudents : which === "private" ? ms.admittedPrivate : ms.admittedYouth;
      const field = which === "all" ? "admission" : which === "students" ? "student" : which === "private" ? "privateEnterprise" : "youthUnion";
      const src = which === "all" ? columnSource(ds, "members", "admission") : `${columnSource(ds, "members", "admission")}, ${columnSource(ds, "members", field)}`;
      return { value, source: src, basis: "member-list" };
    }
    const orgField = which === "all" ? "admitted" : which === "students" ? "admittedStudents" : which === "private" ? "admittedPrivateEnterprise" : "admittedYouthUnion";
    const sum = sumGrassroots(ds, p, (o) => o[orgField]);
    if (sum !== null) return { value: sum, source: aggregateSource(ds, [orgField]), basis: "org-aggregates" };
    if (ms.total > 0 && ms.known.admission > 0 && ctx.year === null) return none("no-year", undefined, sheetName(ds, "members"));
    return none(which === "all" ? "no-admissions" : `no-admissions-${which}`, undefined, sheetName(ds, ms.total > 0 ? "members" : "organisations"));
  };
}

// ---------------------------------------------------------------------------------------------
// Yes/no facts of members: studied, committed, inspected.

type MemberFlag = "studied" | "committed" | "inspected";

function memberFlagShare(flag: MemberFlag) {
  return (ds: DataSet, ctx: IndicatorContext): IndicatorValue => {
    const p = prepare(ds, ctx);
    const ms = p.members;
    if (ms.total > 0 && ms.known[flag] > 0) {
      // A filled column: a blank cell means "no" (staff mark "x" for yes).
      return share(ms[flag], ms.total, columnSource(ds, "members", flag), "member-list", "no-members");
    }
    const orgField = flag === "inspected" ? "membersInspected" : flag;
    let num = 0;
    let den = 0;
    let any = false;
    for (const o of p.grassroots) {
      const v = valueWithChildren(ds, p, o, (x) => x[orgField]);
      const total = valueWithChildren(ds, p, o, (x) => x.members);
      if (v === null || total === null) continue;
      any = true;
      num += v;
      den += total;
    }
    if (!any) return none(`no-${flag}`, undefined, sheetName(ds, ms.total > 0 ? "members" : "organisations"));
    return share(num, den, aggregateSource(ds, [orgField, "members"]), "org-aggregates", "no-members");
  };
}

// ---------------------------------------------------------------------------------------------
// Organisation facts.

function branchInspected(ds: DataSet, ctx: IndicatorContext): IndicatorValue {
  const p = prepare(ds, ctx);
  const subs = ds.organisations.filter(isSubBranch);
  if (subs.some((o) => o.inspected !== null)) {
    const n = subs.filter((o) => o.inspected === true).length;
    return share(n, subs.length, columnSource(ds, "organisations", "inspected"), "org-list", "no-sub-branches");
  }
  const num = sumGrassroots(ds, p, (o) => (o.type === "dang-bo-co-so" || o.type === null ? o.subBranchesInspected : null));
  const den = sumGrassroots(ds, p, (o) => (o.type === "dang-bo-co-so" || o.type === null ? o.subBranches : null));
  if (num === null || den === null) return none("no-branch-inspected", undefined, sheetName(ds, "organisations"));
  return share(num, den, aggregateSource(ds, ["subBranchesInspected", "subBranches"]), "org-aggregates", "no-sub-branches");
}

/** Share of grassroots organisations for which `test` holds; blank cells count as "no" once the column has any value. */
function orgShare(field: keyof Organisation, test: (o: Organisation) => boolean, missingKey: string) {
  return (ds: DataSet, ctx: IndicatorContext): IndicatorValue => {
    const p = prepare(ds, ctx);
    if (p.grassroots.length === 0) return none("no-grassroots", undefined, sheetName(ds, "organisations"));
    if (!p.grassroots.some((o) => o[field] !== null)) return none(missingKey, undefined, sheetName(ds, "organisations"));
    const n = p.grassroots.filter(test).length;
    return share(n, p.grassroots.length, columnSource(ds, "organisations", field), "org-list", "no-grassroots");
  };
}

function perUnit(field: "exemplars" | "modelsRegistered" | "danVanKheo", missingKey: string) {
  return perUnitOf((ds, p, o) => unitFigure(ds, p, o, (x) => x[field]).value, (ds) => columnSource(ds, "organisations", field), missingKey);
}

/**
 * "Mỗi chi bộ kết nạp ít nhất 01 đảng viên mới": admissions per organisation, from the member list
 * (admission dates in the reporting window, filed under each organisation and chi bộ trực thuộc) or,
 * without one, from each organisation's "Kết nạp mới" (a đảng bộ cơ sở with its chi bộ trực thuộc).
 */
function admittedPerUnit(ds: DataSet, ctx: IndicatorContext): IndicatorValue {
  const p = prepare(ds, ctx);
  const ms = p.members;
  const hasDates = ms.total > 0 && ms.known.admission > 0;
  const fromList = hasDates && ctx.year !== null;
  const compute = perUnitOf(
    (d, pp, o, i) => (fromList ? ms.perOrg.admitted[i] : unitFigure(d, pp, o, (x) => x.admitted).value),
    (d) => (fromList ? columnSource(d, "members", "admission") : columnSource(d, "organisations", "admitted")),
    hasDates && ctx.year === null ? "no-year" : "no-admissions",
  );
  const v = compute(ds, ctx);
  return { ...v, basis: v.value === null ? v.basis : fromList ? "member-list" : "org-list" };
}

type UnitValue = (ds: DataSet, p: ReturnType<typeof prepare>, o: Organisation, index: number, type: OrgType) => number | null;

function perUnitOf(valueOf: UnitValue, sourceOf: (ds: DataSet) => string, missingKey: string) {
  return (ds: DataSet, ctx: IndicatorContext): IndicatorValue => {
    const p = prepare(ds, ctx);
    const types = perUnitTypes(ctx.target?.per);
    const units: PerUnitValue[] = [];
    let ok = 0;
    let known = 0;
    for (let i = 0; i < ds.organisations.length; i++) {
      const o = ds.organisations[i];
      const type = effectiveType(o);
      if (!types.includes(type)) continue;
      const value = valueOf(ds, p, o, i, type);
      let pass: boolean | null = null;
      if (value !== null) {
        known++;
        pass = ctx.unitMeets ? ctx.unitMeets(value) : value >= 1;
        if (pass) ok++;
      }
      units.push({ org: o.name, ref: o.ref, type, value, ok: pass });
    }
    const source = sourceOf(ds);
    if (units.length === 0) return { ...none("no-units", { per: ctx.target?.per ?? "tổ chức cơ sở đảng" }, source), perUnit: units };
    if (known === 0) return { ...none(missingKey, undefined, source), perUnit: units };
    return { value: ok, numerator: ok, denominator: units.length, source, basis: "org-list", perUnit: units };
  };
}

// ---------------------------------------------------------------------------------------------
// Unions and the committee.

function unionBase(ds: DataSet) {
  const grassroots = ds.unions.filter((u) => u.level !== "tren-co-so");
  return grassroots.length ? grassroots : ds.unions;
}

function unionShare(floor: RatingCode) {
  return (ds: DataSet): IndicatorValue => {
    if (ds.unions.length === 0) return none("no-unions");
    const rated = unionBase(ds).filter((u) => u.rating !== null);
    const n = rated.filter((u) => ratingRank(u.rating as RatingCode) >= ratingRank(floor)).length;
    return share(n, rated.length, columnSource(ds, "unions", "rating"), "union-list", "no-union-rated");
  };
}

/** "02 Đoàn thể trực thuộc Đảng ủy Khối": the unions directly under the committee (above grassroots) when marked, else all. */
function unionCount(ds: DataSet): IndicatorValue {
  if (ds.unions.length === 0) return none("no-unions");
  const upper = ds.unions.filter((u) => u.level === "tren-co-so");
  const rated = (upper.length ? upper : ds.unions).filter((u) => u.rating !== null);
  if (rated.length === 0) return none("no-union-rated", undefined, sheetName(ds, "unions"));
  const n = rated.filter((u) => ratingRank(u.rating as RatingCode) >= ratingRank("HTTNV")).length;
  return { value: n, numerator: n, denominator: rated.length, source: columnSource(ds, "unions", "rating"), basis: "union-list" };
}

function upperUnionRating(ds: DataSet): IndicatorValue {
  const upper = ds.unions.filter((u) => u.level === "tren-co-so" && u.rating !== null);
  if (upper.length === 0) return none("no-upper-union", undefined, sheetName(ds, "unions"));
  // Several above-grassroots unions: each must reach the level, so the lowest one decides.
  let lowest = upper[0];
  for (const u of upper) if (ratingRank(u.rating as RatingCode) < ratingRank(lowest.rating as RatingCode)) lowest = u;
  return { value: lowest.rating, source: sheetReference(lowest.ref.sheet, `${lowest.ref.row}:${lowest.ref.row}`), basis: "union-list" };
}

function committeeRating(ds: DataSet): IndicatorValue {
  if (ds.committeeRating === null) return none("no-committee-rating");
  return { value: ds.committeeRating, source: tBoth("check.source.committee").vi, basis: "committee" };
}

// ---------------------------------------------------------------------------------------------

const DEFS: Record<IndicatorId, Omit<IndicatorDef, "id" | "label" | "formula">> = {
  "org.rating.htxsnv.share": { kind: "percent", from: "organisations", compute: orgRatingShare("htxsnv") },
  "org.rating.httnv_plus.share": { kind: "percent", from: "organisations", compute: orgRatingShare("httnv_plus") },
  "org.rating.htnv_plus.share": { kind: "percent", from: "organisations", compute: orgRatingShare("htnv_plus") },
  "org.rating.khtnv.share": { kind: "percent", from: "organisations", compute: orgRatingShare("khtnv") },
  "member.rating.htxsnv.share": { kind: "percent", from: "members", compute: memberRatingShare("htxsnv") },
  "member.rating.httnv_plus.share": { kind: "percent", from: "members", compute: memberRatingShare("httnv_plus") },
  "member.rating.htnv_plus.share": { kind: "percent", from: "members", compute: memberRatingShare("htnv_plus") },
  "member.rating.khtnv.share": { kind: "percent", from: "members", compute: memberRatingShare("khtnv") },
  "member.admitted.count": { kind: "count", from: "members", compute: admitted("all") },
  "member.admitted.students.count": { kind: "count", from: "members", compute: admitted("students") },
  "member.admitted.private.count": { kind: "count", from: "members", compute: admitted("private") },
  "member.admitted.youth.count": { kind: "count", from: "members", compute: admitted("youth") },
  "member.studied.share": { kind: "percent", from: "members", compute: memberFlagShare("studied") },
  "member.committed.share": { kind: "percent", from: "members", compute: memberFlagShare("committed") },
  "member.inspected.share": { kind: "percent", from: "members", compute: memberFlagShare("inspected") },
  "branch.inspected.share": { kind: "percent", from: "organisations", compute: branchInspected },
  "org.inspected.share": { kind: "percent", from: "organisations", compute: orgShare("inspected", (o) => o.inspected === true, "no-org-inspected") },
  "org.exemplars.per_unit": { kind: "per-unit", from: "organisations", compute: perUnit("exemplars", "no-exemplars") },
  "org.models.per_unit": { kind: "per-unit", from: "organisations", compute: perUnit("modelsRegistered", "no-models") },
  "org.danvankheo.per_unit": { kind: "per-unit", from: "organisations", compute: perUnit("danVanKheo", "no-danvankheo") },
  "org.admitted.per_unit": { kind: "per-unit", from: "members", compute: admittedPerUnit },
  "org.models.registered.share": { kind: "percent", from: "organisations", compute: orgShare("modelsRegistered", (o) => (o.modelsRegistered ?? 0) > 0, "no-models") },
  "org.models.passed.share": { kind: "percent", from: "organisations", compute: orgShare("modelsPassed", (o) => (o.modelsPassed ?? 0) > 0, "no-models-passed") },
  "org.tasks.share": { kind: "percent", from: "organisations", compute: orgShare("professionalTasksDone", (o) => o.professionalTasksDone === true, "no-tasks") },
  "org.democracy.share": { kind: "percent", from: "organisations", compute: orgShare("democracyGood", (o) => o.democracyGood === true, "no-democracy") },
  "union.rating.httnv_plus.count": { kind: "count", from: "unions", compute: unionCount },
  "union.rating.httnv_plus.share": { kind: "percent", from: "unions", compute: unionShare("HTTNV") },
  "union.rating.htnv_plus.share": { kind: "percent", from: "unions", compute: unionShare("HTNV") },
  "union.upper.rating": { kind: "rating", from: "unions", compute: upperUnionRating },
  "committee.rating": { kind: "rating", from: "committee", compute: committeeRating },
};

/** The catalogue: one entry per id of ids.ts, in that order. Labels and formulas come from the message table. */
export const CATALOGUE: readonly IndicatorDef[] = INDICATOR_IDS.map((id) => ({
  id,
  label: tBoth(`indicator.${id}.label`),
  formula: tBoth(`indicator.${id}.formula`),
  ...DEFS[id],
}));

const BY_ID = new Map<string, IndicatorDef>(CATALOGUE.map((d) => [d.id, d]));

export function indicatorDef(id: string): IndicatorDef | null {
  return BY_ID.get(id) ?? null;
}

/** Compute one indicator; unknown ids give null. */
export function computeIndicator(id: string, ds: DataSet, ctx: IndicatorContext): IndicatorValue | null {
  const def = BY_ID.get(id);
  return def ? def.compute(ds, ctx) : null;
}

/** Every indicator at once (for benchmarks and the add-in's overview); the member list is scanned once. */
export function computeAll(ds: DataSet, ctx: IndicatorContext): Map<IndicatorId, IndicatorValue> {
  const out = new Map<IndicatorId, IndicatorValue>();
  for (const d of CATALOGUE) out.set(d.id, d.compute(ds, ctx));
  return out;
}
