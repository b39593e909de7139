import { findTable } from "../core/data/find";
import { isRowBlank } from "../core/data/read";
import type { Lang } from "../core/i18n/types";
import type { CellValue } from "../core/model/grid";
import { buildMergeSheets, type MergeResult } from "../core/merge";
import { requireExcelApi } from "./errors";
import { OUTPUT_ROLES, readMarkers, type MarkerRole } from "./markers";
import type { SyncStats } from "./payload";
import { writeSheetModels } from "./write";

/**
 * The merged workbook written into the open workbook, as the add-in's own sheets (marked
 * "merged-…" and "merge-report", so a later merge replaces exactly them and the check reads the
 * data sheets as input). Never next to the user's own data tables: the check would read both and
 * count every unit twice, so then nothing is written and the pane says which sheets are in the way.
 */

const OURS: MarkerRole[] = [...OUTPUT_ROLES, "targets", "merged-organisations", "merged-members", "merged-unions", "merge-report"];
/** findTable looks at the first 60 rows; the columns of a data table sit within the first 60 too. */
const TOP = 60;

export type MergeWriteOutcome = { written: true; sheets: Partial<Record<MarkerRole, string>>; stats: SyncStats; syncs: number } | { written: false; userSheets: string[]; syncs: number };

function hasDataRows(values: CellValue[][]): boolean {
  const found = findTable({ name: "", values });
  if (!found) return false;
  const cols = [...found.columns.values()];
  for (let r = found.dataStart; r < values.length; r++) if (values[r] && !isRowBlank(values[r], cols)) return true;
  return false;
}

/** Sheets of the user (not the add-in's) that hold a data table with rows: 2 syncs whatever the workbook's size. */
export async function userDataSheets(context: Excel.RequestContext): Promise<{ sheets: string[]; syncs: number }> {
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name,items/formula");
  await context.sync();
  const names = wb.worksheets.items.map((w) => w.name);
  const markers = readMarkers(wb.names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })), names);
  const ours = new Set(markers.all.filter((m) => OURS.includes(m.role) && m.sheet).map((m) => m.sheet as string));
  const tops = wb.worksheets.items.filter((w) => !ours.has(w.name)).map((w) => {
    const range = w.getRangeByIndexes(0, 0, TOP, TOP);
    range.load("values");
    return { name: w.name, range };
  });
  await context.sync();
  return { sheets: tops.filter((t) => hasDataRows(t.range.values as CellValue[][])).map((t) => t.name), syncs: 2 };
}

/** The merged workbook opened in Excel as a new file (its .xlsx as base64); the open workbook is not touched. */
export async function openMergedWorkbook(base64: string): Promise<void> {
  requireExcelApi("1.8");
  await Excel.createWorkbook(base64);
}

/** Write the merged sheets into this workbook (replacing an earlier merge), unless the user's own data tables are there. */
export async function writeMergedWorkbook(context: Excel.RequestContext, result: MergeResult, lang: Lang): Promise<MergeWriteOutcome> {
  requireExcelApi("1.8");
  const user = await userDataSheets(context);
  if (user.sheets.length > 0) return { written: false, userSheets: user.sheets, syncs: user.syncs };
  const out = await writeSheetModels(context, buildMergeSheets(result, lang), { activate: "merge-report" });
  return { written: true, sheets: out.sheets, stats: out.stats, syncs: user.syncs + out.stats.syncs };
}
