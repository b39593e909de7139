/**
 * Read the "Chỉ tiêu" sheet back into targets. The sheet is found by its header row (Vietnamese or
 * English labels, any position); what staff changed there wins (condition, value, indicator, manual
 * result). Bad cells become issues with a code and a cell address, never exceptions.
 */
import type { CellValue, SheetGrid } from "../model/grid";
import type { DataIssue, Severity } from "../model/issue";
import { makeIssue } from "../model/issue-factory";
import { RATING_CODES, type RatingCode } from "../model/rating";
import type { Target, TargetChange, TargetKind, TargetOp, TargetPeriod } from "../model/target";
import { isIndicatorId, INDICATOR_IDS } from "../indicators/ids";
import { cellAddress } from "../sheet/address";
import { foldKey, normalizeText } from "../text/normalize";
import { parsePercentText, parseVietnameseNumber } from "../text/numbers";
import { t } from "../i18n/messages";
import { parseTargetPhrase } from "../reader/phrase";
import { CHANGE_KEYS, COLUMNS, KIND_KEYS, PERIOD_KEYS, headerLabel, type ColumnKey } from "./layout";

export interface TargetsSheetRead {
  targets: Target[];
  issues: DataIssue[];
}

const LANGS = ["vi", "en"] as const;

const labelCache = new Map<ColumnKey, string[]>();
/** A column's header in both languages, folded (once: every cell of every sheet's first rows is compared with them). */
function labelsOf(key: ColumnKey): string[] {
  let labels = labelCache.get(key);
  if (!labels) labelCache.set(key, (labels = LANGS.map((l) => foldKey(headerLabel(key, l)))));
  return labels;
}

function text(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return normalizeText(String(v));
}

function findHeader(grid: SheetGrid): { row: number; cols: Map<ColumnKey, number> } | null {
  const rows = Math.min(grid.values.length, 30);
  for (let r = 0; r < rows; r++) {
    const cols = new Map<ColumnKey, number>();
    const row = grid.values[r] ?? [];
    row.forEach((v, c) => {
      const f = foldKey(text(v));
      if (!f) return;
      const col = COLUMNS.find((d) => labelsOf(d.key).includes(f));
      if (col && !cols.has(col.key)) cols.set(col.key, c);
    });
    if (cols.has("text") && cols.has("value") && (cols.has("op") || cols.has("kind"))) return { row: r, cols };
  }
  return null;
}

/** True when the sheet has the header of a targets sheet ("Chỉ tiêu"): such a sheet is never read as data. */
export function isTargetsSheet(grid: SheetGrid): boolean {
  try {
    return findHeader(grid) !== null;
  } catch {
    return false;
  }
}

function kindOf(s: string): TargetKind | null {
  const f = foldKey(s);
  if (!f) return null;
  for (const k of KIND_KEYS) if (f === k || LANGS.some((l) => foldKey(t(`reader.kind.${k}`, l)) === f)) return k;
  return null;
}

function opOf(s: string): TargetOp | null {
  const x = normalizeText(s);
  const map: Record<string, TargetOp> = { "≥": ">=", ">=": ">=", "=>": ">=", ">": ">", "≤": "<=", "<=": "<=", "=<": "<=", "<": "<", "=": "=", range: "range" };
  if (map[x]) return map[x];
  const f = foldKey(x);
  if (LANGS.some((l) => foldKey(t("reader.op.range", l)) === f)) return "range";
  // Words: "trên", "ít nhất", "không quá", "trở lên"…
  for (const p of [parseTargetPhrase(`${x} 1`), parseTargetPhrase(`1 ${x}`)]) if (p && p.confidence >= 0.95) return p.op;
  return null;
}

function periodOf(s: string): TargetPeriod | null {
  const f = foldKey(s);
  for (const p of PERIOD_KEYS) if (f === p || LANGS.some((l) => foldKey(t(`reader.period.${p}`, l)) === f)) return p;
  return null;
}

function changeOf(s: string): TargetChange | null {
  const f = foldKey(s);
  for (const c of CHANGE_KEYS) if (f === c || LANGS.some((l) => foldKey(t(`reader.change.${c}`, l)) === f)) return c;
  return null;
}

function ratingOf(s: string): RatingCode | null {
  const f = foldKey(s).replace(/\s*tro len$/, "");
  const up = f.toUpperCase().replace(/\s+/g, "");
  if ((RATING_CODES as readonly string[]).includes(up)) return up as RatingCode;
  const p = parseTargetPhrase(s);
  return p && p.kind === "rating" && typeof p.value === "string" ? p.value : null;
}

/** A number cell on the target's scale: percents as fractions ("90%" typed as text, or 90 → 0.9 with a warning). */
function numberOf(v: CellValue, kind: TargetKind): { value: number | null; scaled: boolean; bad: boolean } {
  if (v === null || v === "" || v === undefined) return { value: null, scaled: false, bad: false };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { value: null, scaled: false, bad: true };
    if (kind === "percent" && v > 1 && v <= 1000) return { value: v / 100, scaled: true, bad: false };
    return { value: v, scaled: false, bad: false };
  }
  const s = text(v);
  const pct = parsePercentText(s);
  if (pct !== null) return { value: pct, scaled: false, bad: false };
  const n = parseVietnameseNumber(s);
  if (n === null) return { value: null, scaled: false, bad: true };
  return numberOf(n, kind);
}

export function readTargetsSheet(grid: SheetGrid): TargetsSheetRead {
  const issues: DataIssue[] = [];
  const targets: Target[] = [];
  try {
    const header = findHeader(grid);
    if (!header) return { targets, issues };
    const origin = grid.origin ?? { row: 0, column: 0 };
    const at = (r: number, key: ColumnKey) => {
      const c = header.cols.get(key);
      return c === undefined ? null : (grid.values[r]?.[c] ?? null);
    };
    const addr = (r: number, key: ColumnKey) => cellAddress(r + origin.row, (header.cols.get(key) ?? 0) + origin.column);
    const issue = (code: string, severity: Severity, r: number, key: ColumnKey, params: Record<string, string | number>) =>
      issues.push(makeIssue(code, severity, { sheet: grid.name, cell: addr(r, key), row: r + origin.row + 1 }, { cell: addr(r, key), ...params }));
    const seen = new Set<string>();
    const rowOf: number[] = [];
    let auto = 0;
    for (let r = header.row + 1; r < grid.values.length; r++) {
      const srcText = text(at(r, "text"));
      const rawValue = at(r, "value");
      if (!srcText && (rawValue === null || rawValue === "")) continue;
      let id = text(at(r, "id"));
      if (!id || seen.has(id)) {
        if (id) issue("TARGET_DUPLICATE_ID", "warning", r, "id", { text: id });
        id = `R${++auto}`;
      }
      seen.add(id);
      const phrase = parseTargetPhrase(srcText);
      let kind = kindOf(text(at(r, "kind")));
      if (!kind) {
        if (text(at(r, "kind"))) issue("TARGET_KIND_INVALID", "warning", r, "kind", { text: text(at(r, "kind")) });
        kind = phrase?.kind ?? (ratingOf(text(rawValue)) ? "rating" : "percent");
      }
      let op = opOf(text(at(r, "op")));
      if (!op) {
        if (text(at(r, "op"))) {
          issue("TARGET_OP_INVALID", "error", r, "op", { text: text(at(r, "op")) });
          continue;
        }
        op = phrase?.op ?? ">=";
      }
      let value: number | RatingCode | null;
      if (kind === "rating") {
        value = ratingOf(text(rawValue));
      } else {
        const n = numberOf(rawValue, kind);
        if (n.scaled) issue("TARGET_PERCENT_SCALE", "warning", r, "value", { text: text(rawValue) });
        value = n.value;
      }
      if (value === null) {
        issue("TARGET_VALUE_INVALID", "error", r, "value", { text: text(rawValue) });
        continue;
      }
      const max = kind === "rating" ? null : numberOf(at(r, "max"), kind).value;
      if (op === "range" && (max === null || (typeof value === "number" && max < value))) {
        issue("TARGET_RANGE_INVALID", "error", r, "max", { text: text(at(r, "max")) });
        continue;
      }
      const stretchRaw = at(r, "stretch");
      const stretch = kind === "rating" ? ratingOf(text(stretchRaw)) : numberOf(stretchRaw, kind).value;
      // Indicator: an id, a label, or "nhập tay".
      const indText = text(at(r, "indicator"));
      let indicator: string | null = null;
      if (indText && !LANGS.some((l) => foldKey(t("reader.sheet.manual", l)) === foldKey(indText))) {
        if (isIndicatorId(indText)) indicator = indText;
        else {
          const byLabel = INDICATOR_IDS.find((id) => LANGS.some((l) => foldKey(t(`indicator.${id}.label`, l)) === foldKey(indText)));
          if (byLabel) indicator = byLabel;
          else issue("TARGET_INDICATOR_UNKNOWN", "warning", r, "indicator", { text: indText });
        }
      }
      // Result typed by hand.
      const manualRaw = at(r, "manual");
      let manual: number | RatingCode | null = null;
      if (manualRaw !== null && manualRaw !== "") {
        manual = kind === "rating" ? ratingOf(text(manualRaw)) : numberOf(manualRaw, kind).value;
        if (manual === null) issue("TARGET_MANUAL_INVALID", "error", r, "manual", { text: text(manualRaw) });
      }
      const deadlineRaw = at(r, "deadline");
      const deadline = typeof deadlineRaw === "number" ? Math.round(deadlineRaw) : parseVietnameseNumber(text(deadlineRaw));
      const conf = at(r, "confidence");
      rowOf.push(r);
      targets.push({
        id,
        parent: text(at(r, "parent")) || null,
        text: srcText,
        subject: text(at(r, "subject")) || null,
        kind,
        op,
        value,
        max: op === "range" ? max : null,
        stretch: stretch ?? null,
        unit: text(at(r, "unit")) || (kind === "percent" ? "%" : null),
        per: text(at(r, "per")) || null,
        scope: text(at(r, "scope")) || null,
        change: changeOf(text(at(r, "change"))),
        deadline: deadline !== null && deadline >= 1900 && deadline <= 2200 ? deadline : null,
        period: periodOf(text(at(r, "period"))),
        indicator,
        confidence: typeof conf === "number" && conf >= 0 && conf <= 1 ? conf : 1,
        manual,
        notes: text(at(r, "notes")) ? [text(at(r, "notes"))] : [],
        source: null,
      });
    }
    // A parent that is not in the sheet any more: keep the row as a target of its own.
    const ids = new Set(targets.map((x) => x.id));
    targets.forEach((x, i) => {
      if (x.parent && !ids.has(x.parent)) {
        issue("TARGET_PARENT_UNKNOWN", "warning", rowOf[i], "parent", { text: x.parent });
        x.parent = null;
      }
    });
  } catch {
    // Never throw at the user: whatever was read so far is returned.
  }
  return { targets, issues };
}
