import { memberStoreOf } from "../data/members";
import type { DataSet, OrgType, SourceRef } from "../data/model";
import { tBoth } from "../i18n/messages";
import type { Lang, Message } from "../i18n/types";
import { computeIndicator, indicatorDef, prepare, unitFigure, type IndicatorBasis, type IndicatorValue, type PerUnitValue } from "../indicators/catalogue";
import { effectiveType } from "../indicators/stats";
import type { DataIssue, IssueTally } from "../model/issue";
import { makeIssue } from "../model/issue-factory";
import type { RatingCode } from "../model/rating";
import type { Target, TargetKind } from "../model/target";
import type { DocumentFields } from "../document/fields";
import { STATUSES, judgeValue, type Judgement, type Status } from "./judge";
import { hasProgress, progressStatus, type Progress } from "./progress";
import { MissingColumns } from "./columns";

export interface CheckPeriod {
  /** Months of the year elapsed (12 = whole year). */
  months: number;
  year: number;
  label?: Message | string | null;
}

/**
 * Document fields of the summary and the Word report (issuing committee, place, date, number, type,
 * signature, recipients: src/core/document/fields.ts).
 */
export type CheckHeader = DocumentFields;

export interface CheckInput {
  targets: Target[];
  data: DataSet;
  period?: CheckPeriod | null;
  header?: CheckHeader | null;
  lang: Lang;
  /** Problems found while reading the targets (shown with the data issues). */
  targetIssues?: DataIssue[];
}

export interface PerUnitResult {
  total: number;
  ok: number;
  /** Units with no figure. */
  missing: PerUnitValue[];
  /** Units that fall short. */
  shortfalls: PerUnitValue[];
  all: PerUnitValue[];
}

export interface TargetResult {
  id: string;
  parent: string | null;
  text: string;
  indicator: string | null;
  indicatorLabel: Message | null;
  kind: TargetKind;
  /** Achieved value: fraction for percents, count, rating code; per-unit: the number of units that reach it. */
  value: number | RatingCode | null;
  valueFrom: "manual" | "indicator" | "none";
  numerator: number | null;
  denominator: number | null;
  target: Target;
  status: Status;
  gap: number | null;
  gapText: Message;
  percentOfTarget: number | null;
  source: string | null;
  basis: IndicatorBasis | "manual";
  /** What is missing when the status is "thiếu dữ liệu". */
  missing: Message | null;
  /** Its message key when the indicator gave it ("no-exemplars"). */
  missingKey?: string;
  progress: Progress | null;
  perUnit: PerUnitResult | null;
}

export type StatusCounts = Record<Status, number>;

export interface CheckSummary extends StatusCounts {
  total: number;
  progress: { "dung-tien-do": number; "cham-tien-do": number };
}

/** One organisation's own figures, for the "Theo tổ chức" sheet. */
export interface OrganisationRow {
  name: string;
  ref: SourceRef;
  type: OrgType;
  parent: string | null;
  members: number | null;
  admitted: number | null;
  /** Members rated HTTNV or better ÷ members rated. */
  memberGoodShare: number | null;
  memberInspectedShare: number | null;
  exemplars: number | null;
  models: number | null;
  danVanKheo: number | null;
  rating: RatingCode | null;
  /** Columns whose figure is the sum of the đảng bộ's chi bộ trực thuộc (its own cell blank), as the judgement used it. */
  summed: ("admitted" | "exemplars" | "models" | "danvankheo")[];
  /** Per-unit targets this organisation falls short of: target id and the organisation's figure. */
  shortfalls: { targetId: string; indicator: string; value: number | null }[];
}

export interface CheckResult {
  lang: Lang;
  period: { months: number; year: number | null; label: Message };
  header: CheckHeader;
  targets: TargetResult[];
  summary: CheckSummary;
  /** The issues kept in full (listed one per row in "Lỗi dữ liệu"). */
  issues: DataIssue[];
  /** The issues past the listing limit, counted per code, sheet and column. */
  issuesOmitted: IssueTally[];
  organisations: OrganisationRow[];
  /** Which member data the figures came from. */
  memberCount: number;
}

/** The indicators' "nothing to count" reasons that come from a column (absent, or blank in every row). */
const COLUMN_KEYS = new Set([
  "no-org-rated", "no-member-rated", "no-member-rating-column", "no-member-ratings", "no-admissions", "no-admissions-students",
  "no-admissions-private", "no-admissions-youth", "no-studied", "no-committed", "no-inspected", "no-branch-inspected",
  "no-org-inspected", "no-exemplars", "no-models", "no-models-passed", "no-danvankheo", "no-tasks", "no-democracy", "no-union-rated",
]);
const MANUAL_SOURCE: Message = { vi: "Nhập tay (sheet Chỉ tiêu)", en: "Typed in (Chỉ tiêu sheet)" };

export function periodLabel(p: CheckPeriod | null | undefined): Message {
  if (!p || p.months >= 12) return tBoth("check.period.year");
  if (p.label) return typeof p.label === "string" ? { vi: p.label, en: p.label } : p.label;
  return p.months === 6 ? tBoth("check.period.half") : tBoth("check.period.months", { months: p.months });
}

/** Check every target against the data. Pure: the same input gives the same result. */
export function runCheck(input: CheckInput): CheckResult {
  const { data, lang } = input;
  const months = input.period?.months ?? 12;
  const year = input.period?.year ?? data.ratingYear ?? null;
  const issues: DataIssue[] = [...data.issues, ...(input.targetIssues ?? [])];
  const results: TargetResult[] = [];
  const columns = new MissingColumns(data);
  for (const target of input.targets) {
    const r = checkTarget(target, data, { months, year }, issues);
    // No value because a column gave nothing: absent → an issue on the header row; there but blank → the note says so.
    const def = r.indicator ? indicatorDef(r.indicator) : null;
    if (def && r.status === "thieu-du-lieu" && r.valueFrom === "none" && r.missingKey && COLUMN_KEYS.has(r.missingKey)) {
      const blank = columns.note(def.id, r.id);
      if (blank) r.missing = blank;
    }
    results.push(r);
  }
  issues.push(...columns.issues());
  const summary = summarise(results);
  return {
    lang,
    period: { months, year, label: periodLabel(input.period) },
    header: input.header ?? {},
    targets: results,
    summary,
    issues,
    issuesOmitted: data.issuesOmitted,
    organisations: organisationRows(data, { months, year }, results),
    memberCount: memberStoreOf(data).length,
  };
}

/** Errors and warnings in all (listed + counted only), and how many of them are listed one by one. */
export function issueCounts(result: Pick<CheckResult, "issues" | "issuesOmitted">): { errors: number; warnings: number; listed: number; omitted: number } {
  let errors = 0;
  let omitted = 0;
  for (const i of result.issues) if (i.severity === "error") errors++;
  for (const o of result.issuesOmitted) {
    omitted += o.count;
    if (o.severity === "error") errors += o.count;
  }
  const total = result.issues.length + omitted;
  return { errors, warnings: total - errors, listed: result.issues.length, omitted };
}

function summarise(results: TargetResult[]): CheckSummary {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  const progress = { "dung-tien-do": 0, "cham-tien-do": 0 };
  for (const r of results) {
    counts[r.status]++;
    if (r.progress && r.progress.status !== "dat") progress[r.progress.status]++;
  }
  return { total: results.length, ...counts, progress };
}

function checkTarget(target: Target, ds: DataSet, period: { months: number; year: number | null }, issues: DataIssue[]): TargetResult {
  const base = {
    id: target.id,
    parent: target.parent,
    text: target.text,
    indicator: target.indicator,
    kind: target.kind,
    target,
    numerator: null as number | null,
    denominator: null as number | null,
    progress: null as Progress | null,
    perUnit: null as PerUnitResult | null,
  };
  const judgeOpts = { reportingYear: period.year ?? undefined };
  const def = target.indicator ? indicatorDef(target.indicator) : null;
  const label = def ? def.label : null;

  // Staff's own figure wins over anything computed.
  if (target.manual !== null && target.manual !== undefined) {
    const j = judgeValue(target, target.manual, judgeOpts);
    return {
      ...base,
      indicatorLabel: label,
      value: target.manual,
      valueFrom: "manual",
      ...judged(j),
      source: MANUAL_SOURCE.vi,
      basis: "manual",
      missing: null,
      progress: progressFor(target, target.manual, period.months),
    };
  }
  if (!target.indicator || !def) {
    if (target.indicator && !def) {
      issues.push(makeIssue("CHECK_UNKNOWN_INDICATOR", "warning", { sheet: "Chỉ tiêu" }, { id: target.id, indicator: target.indicator }));
      return noValue(base, label, tBoth("check.missing.unknown-indicator", { indicator: target.indicator }), null);
    }
    return noValue(base, label, tBoth("check.missing.no-indicator"), null);
  }

  const iv = computeIndicator(def.id, ds, { year: period.year, months: period.months, target, unitMeets: unitJudge(target) }) as IndicatorValue;
  if (def.kind === "per-unit") return perUnitResult(base, label, target, iv, judgeOpts);

  let value = iv.value;
  // The exact fraction behind a share, for percent comparisons only (a count's numerator/denominator is not its value).
  let exact = def.kind === "percent" && iv.numerator !== undefined && iv.denominator !== undefined ? { numerator: iv.numerator, denominator: iv.denominator } : null;
  // Bound by meaning but counted differently: "02 đoàn thể đạt HTTNV" (a count) on a share indicator uses its numerator.
  if (target.kind !== "percent" && def.kind === "percent" && typeof value === "number" && iv.numerator !== undefined) {
    value = iv.numerator;
    exact = null;
  } else if ((target.kind === "percent") !== (def.kind === "percent") || (target.kind === "rating") !== (def.kind === "rating")) {
    issues.push(makeIssue("CHECK_KIND_MISMATCH", "warning", { sheet: "Chỉ tiêu" }, { id: target.id, indicator: def.id }));
    return noValue(base, label, tBoth("check.missing.kind-mismatch"), iv.source);
  }
  if (value === null) return { ...noValue(base, label, iv.missing ?? tBoth("check.missing.no-data"), iv.source), basis: iv.basis, numerator: iv.numerator ?? null, denominator: iv.denominator ?? null, missingKey: iv.missingKey };
  const j = judgeValue(target, value, { ...judgeOpts, exact });
  return {
    ...base,
    indicatorLabel: label,
    value,
    valueFrom: "indicator",
    numerator: iv.numerator ?? null,
    denominator: iv.denominator ?? null,
    ...judged(j),
    source: iv.source,
    basis: iv.basis,
    missing: null,
    progress: progressFor(target, value, period.months),
  };
}

/**
 * How one unit of a per-unit target is judged: a count per unit ("mỗi chi bộ ít nhất 02") by the judge,
 * without deadline or stretch; a percent over units ("100% chi bộ có gương") asks each unit for at least one.
 */
function unitJudge(target: Target): (value: number) => boolean {
  if (target.kind === "percent" || typeof target.value !== "number") return (value) => value >= 1;
  const perUnit = { ...target, deadline: null, stretch: null };
  return (value) => {
    const status = judgeValue(perUnit, value).status;
    return status === "dat" || status === "vuot";
  };
}

function judged(j: Judgement) {
  return { status: j.status, gap: j.gap, gapText: j.gapText, percentOfTarget: j.percentOfTarget };
}

function progressFor(target: Target, value: number | RatingCode, months: number): Progress | null {
  return typeof value === "number" && hasProgress(target, months) ? progressStatus(value, target, months) : null;
}

type Base = Omit<TargetResult, "indicatorLabel" | "value" | "valueFrom" | "status" | "gap" | "gapText" | "percentOfTarget" | "source" | "basis" | "missing">;

function noValue(base: Base, label: Message | null, missing: Message, source: string | null): TargetResult {
  return {
    ...base,
    indicatorLabel: label,
    value: null,
    valueFrom: "none",
    status: "thieu-du-lieu",
    gap: null,
    gapText: { vi: "", en: "" },
    percentOfTarget: null,
    source: source || null,
    basis: "none",
    missing,
  };
}

/** A per-unit target is met when every unit of its kind reaches it; the ones that do not are listed. */
function perUnitResult(base: Base, label: Message | null, target: Target, iv: IndicatorValue, opts: { reportingYear?: number }): TargetResult {
  const all = iv.perUnit ?? [];
  const shortfalls = all.filter((u) => u.ok === false);
  const missingUnits = all.filter((u) => u.ok === null);
  const ok = all.filter((u) => u.ok === true).length;
  const perUnit: PerUnitResult = { total: all.length, ok, missing: missingUnits, shortfalls, all };
  if (iv.value === null) return { ...noValue(base, label, iv.missing ?? tBoth("check.missing.no-data"), iv.source), perUnit, missingKey: iv.missingKey };
  const names = (list: PerUnitValue[]) => {
    const shown = list.slice(0, 5).map((u) => u.org);
    return shown.join(", ") + (list.length > 5 ? "…" : "");
  };
  // A percent over units ("100% chi bộ có gương điển hình") is judged as a share; a count per unit needs every unit.
  if (target.kind === "percent") {
    const j = judgeValue(target, ok / Math.max(1, all.length), { ...opts, exact: { numerator: ok, denominator: all.length } });
    return { ...base, perUnit, indicatorLabel: label, value: ok / Math.max(1, all.length), valueFrom: "indicator", numerator: ok, denominator: all.length, ...judged(j), source: iv.source, basis: iv.basis, missing: null };
  }
  const notDue = target.deadline !== null && opts.reportingYear !== undefined && target.deadline > opts.reportingYear;
  let status: Status;
  let gapText: Message;
  let missing: Message | null = null;
  if (shortfalls.length > 0) {
    status = notDue ? "chua-den-han" : "chua-dat";
    const m = tBoth("check.gap.units-short", { count: shortfalls.length, total: all.length, names: names(shortfalls) });
    gapText = m;
  } else if (missingUnits.length > 0) {
    status = "thieu-du-lieu";
    missing = tBoth("check.missing.units-without-data", { count: missingUnits.length, names: names(missingUnits) });
    gapText = { vi: "", en: "" };
  } else {
    status = "dat";
    gapText = { vi: "", en: "" };
  }
  return {
    ...base,
    perUnit,
    indicatorLabel: label,
    value: ok,
    valueFrom: "indicator",
    numerator: ok,
    denominator: all.length,
    status,
    gap: -shortfalls.length,
    gapText,
    percentOfTarget: all.length ? ok / all.length : null,
    source: iv.source,
    basis: iv.basis,
    missing,
  };
}

function organisationRows(ds: DataSet, period: { months: number; year: number | null }, results: TargetResult[]): OrganisationRow[] {
  const p = prepare(ds, period);
  const ms = p.members;
  const fromList = ms.total > 0;
  const shortByRow = new Map<string, OrganisationRow["shortfalls"]>();
  for (const r of results) {
    if (!r.perUnit) continue;
    for (const u of r.perUnit.shortfalls) {
      const key = `${u.ref.sheet}\u0000${u.ref.row}`;
      const list = shortByRow.get(key) ?? [];
      list.push({ targetId: r.id, indicator: r.indicator ?? "", value: u.value });
      shortByRow.set(key, list);
    }
  }
  return ds.organisations.map((o, i) => {
    const rated = ms.perOrg.rated[i];
    const good = ms.perOrg.byRating[i * 4] + ms.perOrg.byRating[i * 4 + 1];
    const aggregateRated = [o.membersByRating.HTXSNV, o.membersByRating.HTTNV, o.membersByRating.HTNV, o.membersByRating.KHTNV];
    const aggRated = aggregateRated.every((x) => x === null) ? null : aggregateRated.reduce<number>((s, x) => s + (x ?? 0), 0);
    const aggGood = (o.membersByRating.HTXSNV ?? 0) + (o.membersByRating.HTTNV ?? 0);
    const members = fromList ? ms.perOrg.total[i] : o.members;
    const listAdmitted = fromList && ms.known.admission > 0 && period.year !== null;
    const figures = {
      admitted: listAdmitted ? { value: ms.perOrg.admitted[i], summed: false } : unitFigure(ds, p, o, (x) => x.admitted),
      exemplars: unitFigure(ds, p, o, (x) => x.exemplars),
      models: unitFigure(ds, p, o, (x) => x.modelsRegistered),
      danvankheo: unitFigure(ds, p, o, (x) => x.danVanKheo),
    };
    return {
      name: o.name,
      ref: o.ref,
      type: effectiveType(o),
      parent: o.parent,
      members,
      admitted: figures.admitted.value,
      memberGoodShare: fromList && ms.known.rating > 0 ? (rated > 0 ? good / rated : null) : aggRated ? aggGood / aggRated : null,
      memberInspectedShare:
        fromList && ms.known.inspected > 0 ? (members ? ms.perOrg.inspected[i] / members : null) : o.membersInspected !== null && o.members ? o.membersInspected / o.members : null,
      exemplars: figures.exemplars.value,
      models: figures.models.value,
      danVanKheo: figures.danvankheo.value,
      summed: (Object.keys(figures) as (keyof typeof figures)[]).filter((k) => figures[k].summed),
      rating: o.rating,
      shortfalls: shortByRow.get(`${o.ref.sheet}\u0000${o.ref.row}`) ?? [],
    };
  });
}

export interface CheckJson {
  targets: {
    id: string;
    text: string;
    indicator: string | null;
    value: number | RatingCode | null;
    target: { kind: TargetKind; op: Target["op"]; value: number | RatingCode; max: number | null; stretch: number | RatingCode | null; unit: string | null; per: string | null; deadline: number | null };
    status: Status;
    gap: number | null;
    source: string | null;
  }[];
  issues: { code: string; severity: DataIssue["severity"]; sheet: string | null; cell: string | null; message: string }[];
  /** Issues past the listing limit, counted per code, sheet and column (empty unless there are more than 10,000). */
  issuesOmitted: IssueTally[];
  summary: CheckSummary & { period: { months: number; year: number | null; label: string } };
}

/** The `nq check --json` document (a public contract: field names never change). */
export function checkToJson(result: CheckResult): CheckJson {
  const lang = result.lang;
  return {
    targets: result.targets.map((r) => ({
      id: r.id,
      text: r.text,
      indicator: r.indicator,
      value: typeof r.value === "number" ? Number(r.value.toPrecision(12)) : r.value,
      target: {
        kind: r.target.kind,
        op: r.target.op,
        value: r.target.value,
        max: r.target.max,
        stretch: r.target.stretch,
        unit: r.target.unit,
        per: r.target.per,
        deadline: r.target.deadline,
      },
      status: r.status,
      gap: r.gap,
      source: r.source,
    })),
    issues: result.issues.map((i) => ({ code: i.code, severity: i.severity, sheet: i.sheet, cell: i.cell, message: lang === "en" ? i.messageEn : i.message })),
    issuesOmitted: result.issuesOmitted.map((o) => ({ ...o })),
    summary: { ...result.summary, period: { months: result.period.months, year: result.period.year, label: result.period.label[lang] } },
  };
}
