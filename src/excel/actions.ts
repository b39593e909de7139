// The add-in's actions on the open workbook, shared by the task pane and the ribbon command:
// read with readWorkbookGrids, let core do the work, write with writeSheetModels.
import type { CheckPeriod, CheckResult } from "../core/check/run";
import { runCheck } from "../core/check/run";
import { buildSummarySheets } from "../core/check/sheets";
import type { DataSet } from "../core/data/model";
import { readDataSet } from "../core/data/read";
import type { Lang } from "../core/i18n/types";
import type { SheetGrid } from "../core/model/grid";
import type { DataIssue } from "../core/model/issue";
import type { Target } from "../core/model/target";
import { generateSample } from "../core/sample";
import type { SheetModel } from "../core/sheet/model";
import { buildTargetsSheet, readTargetsSheet } from "../core/targets-sheet";
import { buildTemplates } from "../core/templates";
import { foldKey } from "../core/text/normalize";
import type { MarkerRole } from "./markers";
import type { SyncStats } from "./payload";
import { readWorkbookGrids, type WorkbookRead } from "./read";
import { writeSheetModels } from "./write";

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

/** Write targets to the "Chỉ tiêu" sheet (replacing the add-in's previous one); returns its name. */
export async function writeTargets(context: Excel.RequestContext, targets: Target[], lang: Lang): Promise<string> {
  const out = await writeSheetModels(context, [buildTargetsSheet(targets, lang)], { activate: "targets" });
  return out.sheets.targets ?? "";
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

export async function createTemplates(context: Excel.RequestContext, lang: Lang): Promise<string[]> {
  return (await writeSheetModels(context, buildTemplates(lang))).names;
}

/** The sample's sheets come in template order; they take the template roles so that they fill (replace) the templates. */
const SAMPLE_ROLES: MarkerRole[] = ["template-organisations", "template-members", "template-unions"];

/** Fill the input sheets with the generated sample (for training and trying the add-in out). */
export async function fillSample(context: Excel.RequestContext, members?: number): Promise<string[]> {
  const sheets = generateSample({ members }).sheets.map((s, i) => ({ ...s, role: SAMPLE_ROLES[i] ?? s.role }));
  return (await writeSheetModels(context, sheets)).names;
}

export interface CheckOutcome {
  kind: "done";
  result: CheckResult;
  sheets: Partial<Record<MarkerRole, string>>;
  /** Target id → the cell of its row in the summary sheet ("A9"). */
  targetRows: Record<string, string>;
  stats: { read: SyncStats; write: SyncStats };
}

/**
 * The whole check in one Excel.run: read, targets from "Chỉ tiêu", data, judge, write the summary
 * sheets and activate "Tổng hợp". Returns "no-targets" (writing nothing) when there are no targets.
 */
export async function checkWorkbook(
  context: Excel.RequestContext,
  options: { lang: Lang; period?: CheckPeriod | null; onProgress?: ProgressFn; removeRoles?: MarkerRole[] },
): Promise<CheckOutcome | { kind: "no-targets" }> {
  const progress = options.onProgress ?? (() => undefined);
  progress("reading", 0);
  const read = await readWorkbookGrids(context, { onProgress: (done, total) => progress("reading", total ? done / total : 1) });
  const found = targetsOf(read);
  if (found.targets.length === 0) return { kind: "no-targets" };
  progress("computing", 0);
  const data = readDataSet(dataInput(read));
  const result = runCheck({ targets: found.targets, data, period: options.period ?? null, lang: options.lang, targetIssues: found.issues });
  const models = buildSummarySheets(result, options.lang);
  progress("writing", 0);
  const out = await writeSheetModels(context, models, { activate: "summary", removeRoles: options.removeRoles });
  progress("writing", 1);
  const summary = models.find((m) => m.role === "summary");
  return { kind: "done", result, sheets: out.sheets, targetRows: summary ? targetRows(summary, result) : {}, stats: { read: read.stats, write: out.stats } };
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
