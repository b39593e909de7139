// The add-in's actions on the open workbook, shared by the task pane and the ribbon command:
// read with readWorkbookGrids, let core do the work, write with writeSheetModels.
import type { CheckPeriod, CheckResult } from "../core/check/run";
import { runCheck } from "../core/check/run";
import { buildSummarySheets } from "../core/check/sheets";
import type { DataSet } from "../core/data/model";
import { readDataSet } from "../core/data/read";
import type { Lang } from "../core/i18n/types";
import type { CellValue, SheetGrid } from "../core/model/grid";
import type { DataIssue } from "../core/model/issue";
import type { Target } from "../core/model/target";
import { generateSample } from "../core/sample";
import type { SheetModel } from "../core/sheet/model";
import { mergeFields, type DocumentFields } from "../core/document/fields";
import { buildTargetsSheet, readReportSettings, readTargetsSheet, settingsWrites, type SettingWrite } from "../core/targets-sheet";
import { cellAddress } from "../core/sheet/address";
import { buildTemplates } from "../core/templates";
import { foldKey } from "../core/text/normalize";
import { knownRows, typedRows } from "../core/sheet/user-rows";
import { OUTPUT_ROLES, readMarkers, type MarkerRole } from "./markers";
import type { SyncStats } from "./payload";
import { readWorkbookGrids, type WorkbookRead } from "./read";
import { freeName, preparedModel, writeSheetModels, type WritableSheet } from "./write";

export type Phase = "reading" | "computing" | "writing";
export type ProgressFn = (phase: Phase, fraction: number) => void;

/** The sheet holding the targets: the marked one, else one named "Chỉ tiêu" (any case or diacritic placement). */
export function findTargetsGrid(read: WorkbookRead): SheetGrid | null {
  const marked = read.roles.targets;
  const byName = (name: string) => read.sheets.find((g) => g.name === name) ?? null;
  if (marked && byName(marked)) return byName(marked);
  return read.sheets.find((g) => foldKey(g.name) === foldKey("Chỉ tiêu")) ?? null;
}

export interface TargetsInWorkbook {
  sheet: string | null;
  targets: Target[];
  issues: DataIssue[];
}

export function targetsOf(read: WorkbookRead): TargetsInWorkbook {
  const grid = findTargetsGrid(read);
  if (!grid) return { sheet: null, targets: [], issues: [] };
  const { targets, issues } = readTargetsSheet(grid);
  return { sheet: grid.name, targets, issues };
}

export async function loadTargetsFromWorkbook(context: Excel.RequestContext): Promise<TargetsInWorkbook> {
  return targetsOf(await readWorkbookGrids(context));
}

/**
 * How a write treats an input sheet of the add-in (templates, sample, "Chỉ tiêu") that holds rows
 * someone typed: "ask" writes nothing and reports them, "replace" replaces anyway (the user said so),
 * "copy" writes the new sheet beside it and leaves the typed one as the user's own.
 */
export type WriteMode = "ask" | "replace" | "copy";

/** A sheet a write would replace, with the rows typed into it that would be lost. */
export interface SheetAtRisk {
  sheet: string;
  role: MarkerRole;
  rows: number;
  firstRow: number | null;
}

export type Guarded<T> = { kind: "done"; value: T } | { kind: "confirm"; atRisk: SheetAtRisk[] };

/**
 * The add-in's sheets of the models' roles that hold typed rows: rows that are neither in what is
 * about to be written nor in `alsoKnown` (what the add-in writes there otherwise). Output sheets
 * (Tổng hợp, …) are the add-in's own results and are not asked about. Two syncs.
 */
export async function sheetsAtRisk(context: Excel.RequestContext, models: WritableSheet[], alsoKnown: WritableSheet[] = []): Promise<SheetAtRisk[]> {
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name,items/formula");
  await context.sync();
  const markers = readMarkers(wb.names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })), wb.worksheets.items.map((w) => w.name));
  const roles = [...new Set(models.map((m) => m.role))].filter((r) => !OUTPUT_ROLES.includes(r));
  const marked = markers.all.filter((m) => roles.includes(m.role) && m.sheet !== null);
  const used = marked.map((m) => {
    const range = wb.worksheets.getItem(m.sheet as string).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,values");
    return { m, range };
  });
  if (used.length === 0) return [];
  await context.sync();
  const out: SheetAtRisk[] = [];
  for (const { m, range } of used) {
    if (range.isNullObject) continue;
    const known = knownRows([...models, ...alsoKnown].filter((x) => x.role === m.role).map((x) => preparedModel(x).values));
    // Rows compare from column A: pad what the used range leaves out on the left.
    const pad: null[] = new Array<null>(range.columnIndex).fill(null);
    const typed = typedRows((range.values as CellValue[][]).map((row) => [...pad, ...row]), known, range.rowIndex);
    if (typed.count > 0) out.push({ sheet: m.sheet as string, role: m.role, rows: typed.count, firstRow: typed.firstRow });
  }
  return out;
}

/** Write input sheets under the typed-rows rule of WriteMode; returns the names written. */
async function guardedWrite(
  context: Excel.RequestContext,
  models: WritableSheet[],
  mode: WriteMode,
  options: { alsoKnown?: WritableSheet[]; activate?: MarkerRole } = {},
): Promise<Guarded<{ names: string[]; sheets: Partial<Record<MarkerRole, string>> }>> {
  let keepSheets: string[] = [];
  if (mode !== "replace") {
    const atRisk = await sheetsAtRisk(context, models, options.alsoKnown);
    if (mode === "ask" && atRisk.length > 0) return { kind: "confirm", atRisk };
    keepSheets = atRisk.map((a) => a.sheet);
  }
  const out = await writeSheetModels(context, models, { activate: options.activate, keepSheets });
  return { kind: "done", value: { names: out.names, sheets: out.sheets } };
}

/** Write targets to the "Chỉ tiêu" sheet (replacing the add-in's previous one); returns its name. */
export async function writeTargets(context: Excel.RequestContext, targets: Target[], lang: Lang, mode: WriteMode = "replace", fields?: DocumentFields): Promise<Guarded<string>> {
  const out = await guardedWrite(context, [buildTargetsSheet(targets, lang, { fields })], mode, { activate: "targets" });
  return out.kind === "done" ? { kind: "done", value: out.value.sheets.targets ?? "" } : out;
}

/** The workbook as data input: the targets sheet is input for the targets, not a data table. */
export function dataInput(read: WorkbookRead): WorkbookRead {
  const targets = findTargetsGrid(read);
  return targets ? { ...read, ownSheets: [...(read.ownSheets ?? []), targets.name] } : read;
}

/** Read the data sheets (not the add-in's output, not "Chỉ tiêu") as core sees them. */
export async function inspectData(context: Excel.RequestContext): Promise<DataSet> {
  return readDataSet(dataInput(await readWorkbookGrids(context)));
}

/** The sample's sheets come in template order; they take the template roles so that they fill (replace) the templates. */
const SAMPLE_ROLES: MarkerRole[] = ["template-organisations", "template-members", "template-unions"];

function sampleSheets(members?: number): WritableSheet[] {
  return generateSample({ members }).sheets.map((s, i) => ({ ...s, role: SAMPLE_ROLES[i] ?? s.role }));
}

/** The three input templates. A template or the sample there is the add-in's; typed rows are asked about. */
export async function createTemplates(context: Excel.RequestContext, lang: Lang, mode: WriteMode = "replace"): Promise<Guarded<string[]>> {
  const templates = buildTemplates(lang);
  const out = await guardedWrite(context, templates, mode, { alsoKnown: mode === "replace" ? [] : [...buildTemplates(lang === "vi" ? "en" : "vi"), ...sampleSheets()] });
  return out.kind === "done" ? { kind: "done", value: out.value.names } : out;
}

/** Fill the input sheets with the generated sample (for training and trying the add-in out). */
export async function fillSample(context: Excel.RequestContext, members?: number, mode: WriteMode = "replace"): Promise<Guarded<string[]>> {
  const sheets = sampleSheets(members);
  const alsoKnown = mode === "replace" ? [] : [...buildTemplates("vi"), ...buildTemplates("en"), ...(members === undefined ? [] : sampleSheets())];
  const out = await guardedWrite(context, sheets, mode, { alsoKnown });
  return out.kind === "done" ? { kind: "done", value: out.value.names } : out;
}

/** The add-in's result sheets now in the workbook (found by their markers, never by name). One sync. */
export async function resultSheets(context: Excel.RequestContext): Promise<string[]> {
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name,items/formula");
  await context.sync();
  const markers = readMarkers(wb.names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })), wb.worksheets.items.map((w) => w.name));
  const sheets = markers.all.filter((m) => OUTPUT_ROLES.includes(m.role) && m.sheet !== null).map((m) => m.sheet as string);
  return [...new Set(sheets)];
}

/**
 * "Xóa các sheet kết quả": delete the add-in's result sheets (and their markers, stale ones too),
 * nothing else. Office.js writes cannot be undone with Ctrl+Z, so this is the way back. Two syncs.
 * A workbook must keep one sheet: when only result sheets are left, an empty "Sheet1" stays.
 */
export async function removeResultSheets(context: Excel.RequestContext): Promise<string[]> {
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name,items/formula");
  await context.sync();
  const all = wb.worksheets.items.map((w) => w.name);
  const markers = readMarkers(wb.names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })), all);
  const ours = markers.all.filter((m) => OUTPUT_ROLES.includes(m.role));
  const sheets = [...new Set(ours.map((m) => m.sheet).filter((s): s is string => s !== null))];
  if (sheets.length === 0) return [];
  if (sheets.length === all.length) wb.worksheets.add(freeName("Sheet1", new Set(all.map((n) => n.toLocaleLowerCase("vi")))));
  for (const m of ours) wb.names.getItem(m.name).delete();
  for (const s of sheets) wb.worksheets.getItem(s).delete();
  await context.sync();
  return sheets;
}

export interface CheckOutcome {
  kind: "done";
  result: CheckResult;
  sheets: Partial<Record<MarkerRole, string>>;
  /** Target id → the cell of its row in the summary sheet ("A9"). */
  targetRows: Record<string, string>;
  stats: { read: SyncStats; write: SyncStats };
  /** How many report fields typed in the pane were written back into the "Chỉ tiêu" settings block. */
  fieldsSaved: number;
  /** The sheet the targets were read from. */
  targetsSheet: string | null;
}

/** Queues the settings block's updates (text cells: "15/01/2025" must not turn into a date serial). */
function saveSettings(context: Excel.RequestContext, sheet: string, writes: SettingWrite[]): void {
  if (writes.length === 0) return;
  const ws = context.workbook.worksheets.getItem(sheet);
  for (const w of writes) {
    const cell = ws.getRange(cellAddress(w.row, w.column));
    cell.numberFormat = [["@"]];
    cell.values = [[w.value]];
  }
}

/** Thrown at a checkpoint after the user pressed "Hủy"; the write (if begun) rolls back. */
export class CheckCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "CheckCancelled";
  }
}

/**
 * The reporting period of the pane's last check, kept in the workbook's settings, so that the
 * ribbon button (which has no period field) checks the same period and the sheet keeps saying
 * what the pane said ("Đúng tiến độ" at 6 months, not a year-end "Chưa đạt").
 */
export const PERIOD_SETTING = "NQ.reportingPeriod";

/** A stored period, if it is one: months 1–12, year 2000–2100. */
export function storedPeriod(value: unknown): CheckPeriod | null {
  const v = typeof value === "string" ? safeJson(value) : value;
  if (!v || typeof v !== "object") return null;
  const { months, year } = v as { months?: unknown; year?: unknown };
  if (typeof months !== "number" || !Number.isInteger(months) || months < 1 || months > 12) return null;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 2000 || year > 2100) return null;
  return { months, year };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export interface CheckOptions {
  lang: Lang;
  /** The period chosen in the pane (remembered in the workbook); absent: the one last remembered, else the year. */
  period?: CheckPeriod | null;
  onProgress?: ProgressFn;
  removeRoles?: MarkerRole[];
  /** Lets the pane paint between steps (the computation would otherwise hold the UI thread). */
  pause?: () => Promise<void>;
  /** Asked at each step; true stops the check and leaves the workbook as it was. */
  cancelled?: () => boolean;
  /** Report fields typed in the pane (win over the "Chỉ tiêu" sheet's settings block). */
  fields?: DocumentFields | null;
}

/**
 * The whole check in one Excel.run: read, targets from "Chỉ tiêu", data, judge, write the summary
 * sheets and activate "Tổng hợp". Returns "no-targets" (writing nothing) when there are no targets,
 * "cancelled" when options.cancelled() turned true (nothing written, or the write rolled back).
 */
export async function checkWorkbook(context: Excel.RequestContext, options: CheckOptions): Promise<CheckOutcome | { kind: "no-targets" } | { kind: "cancelled" }> {
  const progress = options.onProgress ?? (() => undefined);
  const checkpoint = async (phase: Phase, fraction: number) => {
    progress(phase, fraction);
    await options.pause?.();
    if (options.cancelled?.()) throw new CheckCancelled();
  };
  try {
    progress("reading", 0);
    const chosen = options.period ?? null;
    const read = await readWorkbookGrids(context, { onProgress: (done, total) => progress("reading", total ? done / total : 1), settings: chosen ? [] : [PERIOD_SETTING] });
    const period = chosen ?? storedPeriod(read.settings[PERIOD_SETTING]);
    await checkpoint("computing", 0);
    const found = targetsOf(read);
    if (found.targets.length === 0) return { kind: "no-targets" };
    const data = readDataSet(dataInput(read));
    await checkpoint("computing", 1 / 3);
    // Report fields: the "Chỉ tiêu" sheet's settings block, then the pane's; the date defaults to today.
    const grid = findTargetsGrid(read);
    const now = new Date();
    const used = mergeFields({ date: { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() } }, grid ? readReportSettings(grid) : null);
    const header = mergeFields(used, options.fields);
    // Fields typed in the pane go back into the block, so the ribbon, the CLI and the next session use them too.
    const saved = grid && options.fields ? settingsWrites(grid, options.fields, used, options.lang) : [];
    const result = runCheck({ targets: found.targets, data, period, header, lang: options.lang, targetIssues: found.issues });
    await checkpoint("computing", 2 / 3);
    const models = buildSummarySheets(result, options.lang);
    await checkpoint("writing", 0);
    const beforeSwap = () => {
      if (options.cancelled?.()) throw new CheckCancelled();
      // Saved with the swap: a cancelled or failed check remembers nothing.
      if (chosen) context.workbook.settings.add(PERIOD_SETTING, JSON.stringify(chosen));
      if (grid) saveSettings(context, grid.name, saved);
    };
    const out = await writeSheetModels(context, models, { activate: "summary", removeRoles: options.removeRoles, beforeSwap });
    progress("writing", 1);
    const summary = models.find((m) => m.role === "summary");
    return { kind: "done", result, sheets: out.sheets, targetRows: summary ? targetRows(summary, result) : {}, stats: { read: read.stats, write: out.stats }, fieldsSaved: saved.length, targetsSheet: found.sheet };
  } catch (e) {
    if (e instanceof CheckCancelled) return { kind: "cancelled" };
    throw e;
  }
}

/** Where each target's row is in the summary model: the row whose cells hold the target's text. */
export function targetRows(model: SheetModel, result: CheckResult): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const t of result.targets) {
    const key = foldKey(t.text);
    const r = model.values.findIndex((row) => row.some((v) => typeof v === "string" && v.length > 0 && foldKey(v) === key));
    if (r >= 0) rows[t.id] = `A${r + 1}`;
  }
  return rows;
}
