import type { CellValue } from "../core/model/grid";
import { moveLongListsToColumns } from "../core/sheet/long-lists";
import { fitSheetText } from "../core/sheet/cell-text";
import type { SheetModel } from "../core/sheet/model";
import { cellAddress, parseCellAddress, qualifiedAddress, rangeAddress } from "../core/sheet/address";
import { hasExcelApi, requireExcelApi } from "./errors";
import { markerName, readMarkers, type MarkerRole } from "./markers";
import { REQUEST_BUDGET, emptyStats, jsonBytes, lastStats, type SyncStats } from "./payload";
import { applyStyle, columnWidthPoints, rectanglesByStyle, wouldBeCoerced } from "./styles";

/** A sheet to write: core's SheetModel, or the ribbon command's status sheet. */
export type WritableSheet = Omit<SheetModel, "role"> & { role: MarkerRole };

export interface WriteOptions {
  /** Role of the sheet to activate at the end (e.g. "summary"). */
  activate?: MarkerRole;
  /** Also remove the add-in's sheets of these roles (e.g. an old "status" sheet after a good run). */
  removeRoles?: MarkerRole[];
  requestBudget?: number;
  /** Sheets of the written roles to keep as the user's own ("write a copy instead"): unmarked, not deleted. */
  keepSheets?: string[];
  /** Called between the write and the swap; throwing there (a cancel, a test's failure) rolls the write back. */
  beforeSwap?: () => void;
}

export interface WriteResult {
  /** Role → final sheet name (a user's sheet with the same name is kept: ours becomes "Tổng hợp (2)"). */
  sheets: Partial<Record<MarkerRole, string>>;
  /** Every sheet written, in order. */
  names: string[];
  stats: SyncStats;
}

const MAX_SHEET_NAME = 31;

/**
 * Write sheet models in a fixed number of syncs: (1) sheet names, markers and table names;
 * (2…) new sheets under temporary names with values, number formats and formatting (split by rows
 * only when the values exceed one request's budget); (last) delete the add-in's previous sheets of
 * the same roles, rename the new ones and mark them. If anything fails, the new sheets are deleted
 * again, so the workbook never keeps half-written output and the old output stays.
 */
export async function writeSheetModels(context: Excel.RequestContext, sheets: WritableSheet[], options: WriteOptions = {}): Promise<WriteResult> {
  requireExcelApi("1.8");
  // Excel rejects inline drop-down lists over 255 characters (the targets sheet's indicator list is ~750).
  const models = sheets.map(preparedModel);
  const stats = emptyStats();
  const sync = async () => {
    stats.syncs++;
    await context.sync();
  };
  const budget = options.requestBudget ?? REQUEST_BUDGET;
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name,items/formula");
  wb.tables.load("items/name,items/worksheet/name");
  await sync();

  const sheetNames = wb.worksheets.items.map((w) => w.name);
  const markers = readMarkers(wb.names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })), sheetNames);
  const roles = new Set<MarkerRole>([...models.map((m) => m.role), ...(options.removeRoles ?? [])]);
  const ofRoles = markers.all.filter((m) => roles.has(m.role));
  const keep = new Set(options.keepSheets ?? []);
  const replaced = new Set(ofRoles.map((m) => m.sheet).filter((s): s is string => !!s && !keep.has(s)));
  const staleMarkers = ofRoles.map((m) => m.name);

  // Final names: the model's name unless a sheet that stays (a user's) already has it.
  const taken = new Set(sheetNames.filter((n) => !replaced.has(n)).map(lower));
  const finalNames = new Map<WritableSheet, string>();
  for (const m of models) {
    const name = freeName(m.name, taken);
    taken.add(lower(name));
    finalNames.set(m, name);
  }
  const renameSheet = new Map(models.map((m) => [m.name, finalNames.get(m) as string]));
  // Table names are unique in the workbook; those on sheets being replaced become free at the swap.
  const tableNames = new Set(wb.tables.items.filter((t) => !replaced.has(t.worksheet.name)).map((t) => lower(t.name)));

  const stamp = Math.random().toString(36).slice(2, 8);
  const added: { model: WritableSheet; temp: string; ws: Excel.Worksheet; tables: { table: Excel.Table; name: string }[] }[] = [];
  try {
    if (hasExcelApi("1.6")) wb.application.suspendApiCalculationUntilNextSync();
    let room = budget;
    for (const model of models) {
      const temp = `~nq${added.length}_${stamp}`;
      const ws = wb.worksheets.add(temp);
      const entry = { model, temp, ws, tables: [] as { table: Excel.Table; name: string }[] };
      added.push(entry);
      const rows = model.values.length;
      const cols = rows > 0 ? Math.max(...model.values.map((r) => r.length)) : 0;
      if (rows === 0 || cols === 0) continue;
      const values = model.values.map((r) => padRow(r.map(toExcelValue), cols));
      const formats = numberFormatGrid(model, values, rows, cols);
      // Values in row slices: a new sync only when the budget of one request is used up.
      let r = 0;
      while (r < rows) {
        let end = r;
        let bytes = 0;
        while (end < rows) {
          const b = jsonBytes(values[end]) + (formats ? jsonBytes(formats[end]) : 0);
          if (bytes + b > room && (end > r || room < budget)) break;
          bytes += b;
          end++;
        }
        if (end === r) {
          stats.largestPayloadBytes = Math.max(stats.largestPayloadBytes, budget - room);
          await sync();
          stats.valueRequests++;
          room = budget;
          continue;
        }
        const range = ws.getRangeByIndexes(r, 0, end - r, cols);
        // Text formats first, so that text such as "1/2" or "=x" stays text.
        if (formats) range.numberFormat = formats.slice(r, end);
        range.values = values.slice(r, end);
        room -= bytes;
        r = end;
      }
      for (const [address, formula] of Object.entries(model.formulas ?? {})) ws.getRange(address).formulas = [[formula]];
      writeFormatting(ws, model, rows, cols, renameSheet, entry.tables, tableNames);
    }
    stats.largestPayloadBytes = Math.max(stats.largestPayloadBytes, budget - room);
    await sync();
    stats.valueRequests++;
    options.beforeSwap?.();

    // Swap: old markers and sheets out, new sheets renamed and marked.
    for (const n of staleMarkers) wb.names.getItem(n).delete();
    for (const s of replaced) wb.worksheets.getItem(s).delete();
    const result: Partial<Record<MarkerRole, string>> = {};
    const perRole = new Map<MarkerRole, number>();
    const written: string[] = [];
    for (const { model, ws, tables } of added) {
      const name = finalNames.get(model) as string;
      ws.name = name;
      for (const t of tables) t.table.name = t.name;
      const n = (perRole.get(model.role) ?? 0) + 1;
      perRole.set(model.role, n);
      wb.names.add(markerName(model.role, n), ws.getRange("A1"), "Kiểm tra Nghị quyết");
      result[model.role] ??= name;
      written.push(name);
    }
    const activate = options.activate ? added.find((a) => a.model.role === options.activate) : undefined;
    if (activate) activate.ws.activate();
    await sync();
    lastStats.write = stats;
    return { sheets: result, names: written, stats };
  } catch (e) {
    await rollback(context, added.map((a) => [a.temp, finalNames.get(a.model) as string]), sheetNames);
    throw e;
  }
}

/** A model as it lands on the sheet: long drop-down lists moved to columns, over-long texts cut. */
export function preparedModel<T extends WritableSheet>(model: T): T {
  return fitSheetText(moveLongListsToColumns(model));
}

/** Delete the sheets this write added (under their temporary or final names); keep the original error. */
async function rollback(context: Excel.RequestContext, added: [string, string][], before: string[]): Promise<void> {
  if (added.length === 0) return;
  try {
    const ws = context.workbook.worksheets;
    ws.load("items/name");
    await context.sync();
    const existedBefore = new Set(before);
    const ours = new Set(added.flatMap(([temp, final]) => (existedBefore.has(final) ? [temp] : [temp, final])));
    for (const item of ws.items) if (ours.has(item.name)) item.delete();
    await context.sync();
  } catch {
    // The workbook refuses even the clean-up (e.g. now protected): the original error is what the user needs.
  }
}

function writeFormatting(
  ws: Excel.Worksheet,
  model: WritableSheet,
  rows: number,
  cols: number,
  sheetNames: Map<string, string>,
  tables: { table: Excel.Table; name: string }[],
  tableNames: Set<string>,
): void {
  for (const [id, rects] of rectanglesByStyle(model.styleIds)) {
    const style = model.styles[id];
    if (!style) continue;
    for (const r of rects) {
      applyStyle(ws.getRange(rangeAddress(r.row1, r.col1, r.row2, r.col2)), style, r.row2 - r.row1 + 1, r.col2 - r.col1 + 1);
    }
  }
  for (const m of model.merges) ws.getRange(m).merge(false);
  model.columns.forEach((c, i) => {
    const col = ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn();
    col.format.columnWidth = columnWidthPoints(c.width);
    if (c.hidden) col.columnHidden = true;
  });
  for (const [row, height] of Object.entries(model.rowHeights ?? {})) {
    ws.getRangeByIndexes(Number(row), 0, 1, 1).getEntireRow().format.rowHeight = height;
  }
  const fr = model.freeze;
  if (fr && fr.rows > 0 && fr.columns > 0) ws.freezePanes.freezeAt(ws.getRange(rangeAddress(0, 0, fr.rows - 1, fr.columns - 1)));
  else if (fr && fr.rows > 0) ws.freezePanes.freezeRows(fr.rows);
  else if (fr && fr.columns > 0) ws.freezePanes.freezeColumns(fr.columns);
  for (const link of model.links ?? []) {
    const at = parseCellAddress(link.cell);
    const shown = at ? model.values[at.row]?.[at.column] : null;
    ws.getRange(link.cell).hyperlink = {
      documentReference: qualifiedAddress(sheetNames.get(link.sheet) ?? link.sheet, link.address),
      textToDisplay: shown === null || shown === undefined ? undefined : String(shown),
      screenTip: link.tooltip,
    };
  }
  for (const v of model.validations ?? []) {
    const dv = ws.getRange(v.range).dataValidation;
    if (v.type === "list") dv.rule = { list: { inCellDropDown: true, source: v.source ?? v.values.join(",") } };
    else if (v.type === "date") dv.rule = { date: { formula1: "1900-01-01", operator: "GreaterThan" as Excel.DataValidationOperator } };
    else {
      const basic: Excel.BasicDataValidation =
        v.min !== undefined && v.max !== undefined
          ? { formula1: v.min, formula2: v.max, operator: "Between" as Excel.DataValidationOperator }
          : v.max !== undefined
            ? { formula1: v.max, operator: "LessThanOrEqualTo" as Excel.DataValidationOperator }
            : { formula1: v.min ?? 0, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator };
      dv.rule = v.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
    }
    if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
    if (v.error) dv.errorAlert = { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: "", message: v.error };
  }
  for (const c of model.conditionalFormats ?? []) {
    const cf = ws.getRange(c.range).conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
    const fmt = cf.textComparison.format;
    if (c.style.font?.color) fmt.font.color = c.style.font.color;
    if (c.style.font?.bold !== undefined) fmt.font.bold = c.style.font.bold;
    if (c.style.fill) fmt.fill.color = c.style.fill;
    cf.textComparison.rule = { operator: "Contains" as Excel.ConditionalTextOperator, text: c.text };
  }
  if (model.table) {
    const table = ws.tables.add(model.table.range, true);
    if (model.table.style) table.style = model.table.style;
    // Table names are unique in the workbook and the old sheet still holds its table: name it at the swap.
    let name = model.table.name;
    for (let i = 2; tableNames.has(lower(name)); i++) name = `${model.table.name}_${i}`;
    tableNames.add(lower(name));
    tables.push({ table, name });
  }
  if (model.tabColor) ws.tabColor = model.tabColor;
  if (model.page && hasExcelApi("1.9")) {
    const p = model.page;
    const layout = ws.pageLayout;
    layout.orientation = (p.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    layout.paperSize = "A4" as Excel.PaperType;
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (p.printArea) layout.setPrintArea(p.printArea);
    if (p.printTitleRows) layout.setPrintTitleRows(p.printTitleRows.split(":").map((r) => `$${r}`).join(":"));
    if (p.margins) {
      // PageSpec margins are in inches; Office.js wants points.
      layout.leftMargin = p.margins.left * 72;
      layout.rightMargin = p.margins.right * 72;
      layout.topMargin = p.margins.top * 72;
      layout.bottomMargin = p.margins.bottom * 72;
    }
    if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  }
}

/** Number formats as one 2-D array: style formats, and "@" for text Excel would otherwise convert. Null when all General. */
function numberFormatGrid(model: WritableSheet, values: (string | number | boolean)[][], rows: number, cols: number): string[][] | null {
  let any = false;
  const grid: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols; c++) {
      const id = model.styleIds[r]?.[c];
      let fmt = (id && model.styles[id]?.numberFormat) || "General";
      const v = values[r][c];
      if (typeof v === "string" && wouldBeCoerced(v)) fmt = "@";
      if (fmt !== "General") any = true;
      row.push(fmt);
    }
    grid.push(row);
  }
  return any ? grid : null;
}

/** Excel's 1900 date system: serial day number of a Date (UTC date part, time as fraction). */
export function toExcelValue(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  return v;
}

function padRow(row: (string | number | boolean)[], cols: number): (string | number | boolean)[] {
  while (row.length < cols) row.push("");
  return row;
}

function lower(s: string): string {
  return s.toLocaleLowerCase("vi");
}

/** "Tổng hợp" if free, else "Tổng hợp (2)", "(3)"… within Excel's 31-character limit. */
export function freeName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[:\\/?*[\]]/g, " ").slice(0, MAX_SHEET_NAME);
  if (!taken.has(lower(clean))) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(lower(name))) return name;
  }
}

export { cellAddress };
