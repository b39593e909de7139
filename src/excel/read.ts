import type { CellValue, SheetGrid, WorkbookGrid } from "../core/model/grid";
import { OUTPUT_ROLES, readMarkers, type MarkerRole } from "./markers";
import { REQUEST_BUDGET, emptyStats, jsonBytes, lastStats, type SyncStats } from "./payload";
import { requireExcelApi } from "./errors";

export interface ReadOptions {
  /** Only these sheets (default: every sheet except the add-in's output sheets). */
  sheets?: string[];
  /** Load number formats (tells dates and percents from plain numbers). Default true. */
  numberFormats?: boolean;
  /** Byte budget of one request (default 4 MB, under the web's 5 MB limit). */
  requestBudget?: number;
  /** Called after each chunk of values arrives (for a progress bar). */
  onProgress?: (cellsDone: number, cellsTotal: number) => void;
  /** Workbook settings to read in the first sync (ExcelApi 1.4), e.g. the reporting period the pane last used. */
  settings?: string[];
}

/** A workbook read from Excel: the grids core reads, plus where the add-in's own sheets are. */
export interface WorkbookRead extends WorkbookGrid {
  /** Role → sheet name, from the markers. */
  roles: Partial<Record<MarkerRole, string>>;
  /** Every sheet name in tab order. */
  allSheets: string[];
  /** The settings asked for that the workbook has. */
  settings: Record<string, unknown>;
  stats: SyncStats;
}

/** Top-left block read with the used ranges to estimate each sheet's bytes per cell before chunking. */
const SAMPLE = 40;
/** Lowest estimate of a value's bytes (number plus separator), and of a number format's ("General",). */
const MIN_VALUE_BYTES = 12;
const FORMAT_BYTES = 16;

interface Shape {
  sheet: Excel.Worksheet;
  grid: SheetGrid;
  rows: number;
  columns: number;
  nextRow: number;
  /** Estimated JSON bytes per cell (value, plus number format when loaded). */
  bytesPerCell: number;
}

/**
 * Read the workbook in a fixed number of syncs: (1) sheet names and markers, (2) used ranges,
 * (3…) values and number formats of all sheets at once — split by rows into several syncs only
 * when one request would exceed the byte budget.
 */
export async function readWorkbookGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  requireExcelApi("1.8");
  const stats = emptyStats();
  const sync = async () => {
    stats.syncs++;
    await context.sync();
  };
  const withFormats = options.numberFormats !== false;
  const budget = options.requestBudget ?? REQUEST_BUDGET;

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const settingItems = (options.settings ?? []).map((key) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    return { key, item };
  });
  await sync();
  const settings = Object.fromEntries(settingItems.filter((s) => !s.item.isNullObject).map((s) => [s.key, s.item.value as unknown]));

  const allSheets = worksheets.items.map((ws) => ws.name);
  const markers = readMarkers(names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })), allSheets);
  const own = new Set(OUTPUT_ROLES.map((r) => markers.sheets[r]).filter((s): s is string => !!s));
  const wanted = options.sheets ? new Set(options.sheets) : null;
  const chosen = worksheets.items.filter((ws) => (wanted ? wanted.has(ws.name) : !own.has(ws.name)));

  const used = chosen.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    const sample = ws.getRangeByIndexes(0, 0, SAMPLE, SAMPLE);
    sample.load("values");
    return { ws, r, sample };
  });
  await sync();

  const shapes: Shape[] = used.map(({ ws, r, sample }) => {
    const empty = r.isNullObject;
    const grid: SheetGrid = {
      name: ws.name,
      values: [],
      numberFormats: withFormats ? [] : null,
      origin: empty ? { row: 0, column: 0 } : { row: r.rowIndex, column: r.columnIndex },
    };
    const bytesPerCell = valueBytesPerCell(sample.values as CellValue[][]) + (withFormats ? FORMAT_BYTES : 0);
    return { sheet: ws, grid, rows: empty ? 0 : r.rowCount, columns: empty ? 0 : r.columnCount, nextRow: 0, bytesPerCell };
  });

  const total = shapes.reduce((n, s) => n + s.rows * s.columns, 0);
  let done = 0;
  let pending = shapes.filter((s) => s.rows > 0);
  while (pending.length > 0) {
    // One request: whole sheets while they fit, then a row slice of the next one.
    let room = budget;
    const parts: { shape: Shape; range: Excel.Range; rows: number }[] = [];
    for (const shape of pending) {
      const rowBytes = Math.max(1, shape.columns * shape.bytesPerCell);
      const fit = Math.floor(room / rowBytes);
      const rows = Math.min(shape.rows - shape.nextRow, parts.length === 0 ? Math.max(1, fit) : fit);
      if (rows <= 0) break;
      const o = shape.grid.origin ?? { row: 0, column: 0 };
      const range = shape.sheet.getRangeByIndexes(o.row + shape.nextRow, o.column, rows, shape.columns);
      if (withFormats) range.load("values,numberFormat");
      else range.load("values");
      parts.push({ shape, range, rows });
      shape.nextRow += rows;
      room -= rows * rowBytes;
      if (room <= 0) break;
    }
    await sync();
    stats.valueRequests++;
    let bytes = 0;
    for (const { shape, range, rows } of parts) {
      const values = range.values as CellValue[][];
      let partBytes = jsonBytes(values);
      appendRows(shape.grid.values, values);
      if (withFormats) {
        const formats = range.numberFormat as (string | null)[][];
        partBytes += jsonBytes(formats);
        appendRows(shape.grid.numberFormats as (string | null)[][], formats);
      }
      // Rows heavier than the sample (long texts further down): plan the rest with the measured size.
      shape.bytesPerCell = Math.max(shape.bytesPerCell, Math.ceil((partBytes / (rows * shape.columns)) * 1.25));
      bytes += partBytes;
      done += rows * shape.columns;
    }
    stats.largestPayloadBytes = Math.max(stats.largestPayloadBytes, bytes);
    options.onProgress?.(done, total);
    pending = pending.filter((s) => s.nextRow < s.rows);
  }

  lastStats.read = stats;
  return {
    sheets: shapes.map((s) => s.grid),
    ownSheets: [...own],
    roles: markers.sheets,
    allSheets,
    settings,
    stats,
  };
}

/** Bytes per non-empty value in the sample, with a margin; empty cells are not evidence of small data. */
function valueBytesPerCell(sample: CellValue[][]): number {
  let bytes = 0;
  let count = 0;
  for (const row of sample) {
    for (const v of row) {
      if (v === "" || v === null) continue;
      bytes += jsonBytes(v) + 1;
      count++;
    }
  }
  return count === 0 ? MIN_VALUE_BYTES : Math.max(MIN_VALUE_BYTES, Math.ceil((bytes / count) * 1.3));
}

function appendRows<T>(into: T[][], rows: T[][]): void {
  for (const row of rows) into.push(row);
}
