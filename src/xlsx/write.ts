import * as fs from "fs";
import * as path from "path";
import { Readable } from "stream";
import { pipeline } from "stream/promises";
import { excelJS, exclusive } from "./exceljs-load";
import { withoutDanglingSheets } from "./dangling-sheets";
import type * as XL from "exceljs";
import type { CellStyle, SheetModel } from "../core/sheet/model";
import { parseCellAddress } from "../core/sheet/address";
import { t } from "../core/i18n/messages";
import { definedRangeFor, isOwnRole, ownName, ownRoleFromName, sheetFromDefinedRange } from "./marker";
import { moveLongListsToColumns, needsListRange } from "../core/sheet/long-lists";
import { fitSheetText } from "../core/sheet/cell-text";
import { mergeIntoPackage, openInputPackage } from "./merge";
import { containsTextFormula, resultParts } from "./sheet-parts";
import { commitOutput, refuseOutput, tempPathFor } from "./output";
import { systemErrorText } from "./errors";

export type WriteResult = { ok: true } | { ok: false; message: string };

export interface WriteOptions {
  /** Input .xlsx whose sheets are copied unchanged first (never written itself). */
  copyFrom?: string;
  /** Overwrite an existing output file. */
  force?: boolean;
  /** Further files that must never be written (e.g. the resolution read, the files merged); copyFrom always is. */
  protect?: readonly string[];
  /**
   * With copyFrom: add our sheets to the input package at zip level (default true), which leaves the
   * input's parts untouched and is ~10× faster on big files; false forces the ExcelJS copy.
   */
  merge?: boolean;
  /** Told which way the file was written (and why the merge was not used): for tests and benchmarks. */
  onWritePath?: (path: "merge" | "exceljs-copy" | "exceljs" | "exceljs-stream", reason?: string) => void;
}

/** Above this many cells (and without copyFrom) the streaming writer is used: no Excel table then (an autofilter instead). */
export const STREAM_CELLS = 400_000;

function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}

/** ExcelJS style for one CellStyle (fonts always get an explicit name: LibreOffice falls back to a serif otherwise). */
export function excelStyle(s: CellStyle): Partial<XL.Style> {
  const out: Partial<XL.Style> = {};
  out.font = {
    name: s.font?.name ?? "Times New Roman",
    size: s.font?.size ?? 12,
    bold: s.font?.bold,
    italic: s.font?.italic,
    underline: s.font?.underline,
    color: s.font?.color ? { argb: argb(s.font.color) } : undefined,
  };
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.alignment) {
    out.alignment = {
      horizontal: s.alignment.horizontal,
      vertical: s.alignment.vertical === "top" ? "top" : s.alignment.vertical === "bottom" ? "bottom" : s.alignment.vertical === "middle" ? "middle" : undefined,
      wrapText: s.alignment.wrap,
      indent: s.alignment.indent,
    };
  }
  if (s.border) {
    const thin = { style: "thin" as const, color: { argb: "FF808080" } };
    out.border = { top: s.border.top ? thin : undefined, bottom: s.border.bottom ? thin : undefined, left: s.border.left ? thin : undefined, right: s.border.right ? thin : undefined };
  }
  if (s.numberFormat) out.numFmt = s.numberFormat;
  return out;
}

export { needsListRange };

function validationFor(v: NonNullable<SheetModel["validations"]>[number]): XL.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    error: v.error,
    showInputMessage: Boolean(v.prompt),
    prompt: v.prompt,
  };
  // A list kept in cells (../core/sheet/long-lists): ExcelJS wants the reference without "=".
  if (v.type === "list" && v.source) return { ...common, type: "list", formulae: [v.source.replace(/^=/, "")] } as XL.DataValidation;
  if (v.type === "list") return { ...common, type: "list", formulae: [`"${v.values.map((x) => x.replace(/"/g, '""')).join(",")}"`] } as XL.DataValidation;
  if (v.type === "date") return { ...common, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))] } as XL.DataValidation;
  if (v.min !== undefined && v.max !== undefined) return { ...common, type: v.type, operator: "between", formulae: [v.min, v.max] } as XL.DataValidation;
  if (v.max !== undefined) return { ...common, type: v.type, operator: "lessThanOrEqual", formulae: [v.max] } as XL.DataValidation;
  return { ...common, type: v.type, operator: "greaterThanOrEqual", formulae: [v.min ?? 0] } as XL.DataValidation;
}

type AnySheet = XL.Worksheet;

function sheetOptions(model: SheetModel): Partial<XL.AddWorksheetOptions> {
  const opts: Partial<XL.AddWorksheetOptions> = {};
  if (model.tabColor) opts.properties = { tabColor: { argb: argb(model.tabColor) } } as XL.WorksheetProperties;
  if (model.freeze && (model.freeze.rows > 0 || model.freeze.columns > 0)) {
    opts.views = [{ state: "frozen", xSplit: model.freeze.columns, ySplit: model.freeze.rows, topLeftCell: undefined, activeCell: "A1" } as XL.WorksheetView];
  }
  if (model.page) {
    const p = model.page;
    opts.pageSetup = {
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: Boolean(p.fitToWidth),
      fitToWidth: p.fitToWidth ? 1 : undefined,
      fitToHeight: p.fitToWidth ? 0 : undefined,
      printTitlesRow: p.printTitleRows ?? undefined,
      // ExcelJS writes "$" + each corner ("A1" → "$A1", a mixed reference LibreOffice ignores, printing column I
      // too): rows made absolute here give "$A$1:$H$41".
      printArea: p.printArea ? p.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2") : undefined,
      margins: p.margins ? { ...p.margins, header: 0.3, footer: 0.3 } : undefined,
    } as Partial<XL.PageSetup>;
    if (p.footer) opts.headerFooter = { oddFooter: p.footer } as Partial<XL.HeaderFooter>;
  }
  return opts;
}

/** Write one SheetModel into an ExcelJS worksheet (normal or streaming). */
function renderSheet(ws: AnySheet, model: SheetModel, streaming: boolean): void {
  const styleCache = new Map<string, Partial<XL.Style>>();
  const styleOf = (id: string | null): Partial<XL.Style> | null => {
    if (!id) return null;
    let s = styleCache.get(id);
    if (!s) {
      const def = model.styles[id];
      if (!def) return null;
      s = excelStyle(def);
      styleCache.set(id, s);
    }
    return s;
  };
  model.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  // Excel table first: ExcelJS writes the table's cells itself; styles are applied after.
  if (model.table && !streaming) {
    const ref = model.table.range.split(":");
    const tl = parseCellAddress(ref[0]);
    const br = parseCellAddress(ref[1] ?? ref[0]);
    if (tl && br) {
      const headers = model.values[tl.row]?.slice(tl.column, br.column + 1).map((v, i) => String(v ?? `Cột ${i + 1}`)) ?? [];
      const rows: unknown[][] = [];
      for (let r = tl.row + 1; r <= br.row; r++) rows.push((model.values[r] ?? []).slice(tl.column, br.column + 1).map((v) => (v === undefined ? null : v)));
      ws.addTable({
        name: model.table.name,
        ref: ref[0],
        headerRow: true,
        style: { theme: (model.table.style ?? "TableStyleLight9") as XL.TableStyleProperties["theme"], showRowStripes: true },
        columns: headers.map((name) => ({ name, filterButton: true })),
        rows: rows.length ? rows : [headers.map(() => null)],
      });
    }
  } else if (model.table && streaming) {
    ws.autoFilter = model.table.range;
  }
  // merges before rows are committed (streaming)
  for (const m of model.merges) {
    try {
      ws.mergeCells(m);
    } catch {
      /* overlapping merge: skip rather than fail the file */
    }
  }
  const formulas = model.formulas ?? {};
  const formulaAt = new Map<string, string>();
  for (const [addr, f] of Object.entries(formulas)) {
    const p = parseCellAddress(addr);
    if (p) formulaAt.set(`${p.row},${p.column}`, f.replace(/^=/, ""));
  }
  const links = new Map<string, { sheet: string; address: string; tooltip?: string }>();
  for (const l of model.links ?? []) {
    const p = parseCellAddress(l.cell);
    if (p) links.set(`${p.row},${p.column}`, l);
  }
  const heights = model.rowHeights ?? {};
  for (let r = 0; r < model.values.length; r++) {
    const vals = model.values[r] ?? [];
    const sids = model.styleIds[r] ?? [];
    const row = ws.getRow(r + 1);
    if (heights[r] !== undefined) row.height = heights[r];
    const width = Math.max(vals.length, sids.length);
    for (let c = 0; c < width; c++) {
      const v = vals[c] ?? null;
      const sid = sids[c] ?? null;
      const key = formulaAt.size || links.size ? `${r},${c}` : "";
      const f = key ? formulaAt.get(key) : undefined;
      const link = key ? links.get(key) : undefined;
      if (v === null && !sid && !f && !link) continue;
      const cell = row.getCell(c + 1);
      if (f !== undefined) cell.value = { formula: f, result: v === null ? undefined : (v as XL.CellValue) } as XL.CellFormulaValue;
      else if (link) cell.value = { text: String(v ?? link.address), hyperlink: `'${link.sheet.replace(/'/g, "''")}'!${link.address.replace(/\$/g, "")}`, tooltip: link.tooltip } as XL.CellHyperlinkValue;
      else if (v !== null) cell.value = v as XL.CellValue;
      const st = styleOf(sid);
      if (st) cell.style = st;
    }
    if (streaming) row.commit();
  }
  (model.validations ?? []).forEach((v) => {
    (ws as unknown as { dataValidations: { add(range: string, v: XL.DataValidation): void } }).dataValidations.add(v.range, validationFor(v));
  });
  (model.conditionalFormats ?? []).forEach((cf, i) => {
    const st = excelStyle(cf.style);
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", formulae: [containsTextFormula(cf.range, cf.text)], priority: i + 1, style: { font: st.font, fill: cf.style.fill ? { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } } : undefined } } as XL.ConditionalFormattingRule],
    });
  });
}

/** "Cell contains text" as an expression rule (Excel's own containsText rule is not rendered by LibreOffice). */
export { containsTextFormula };

/** A name not used by any sheet: "Tổng hợp", then "Tổng hợp (2)", "Tổng hợp (3)"… (31 characters at most). */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  const clean = wanted.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet";
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function cellCount(sheets: SheetModel[]): number {
  let n = 0;
  for (const s of sheets) n += s.values.length * (s.values[3]?.length ?? s.values[0]?.length ?? 1);
  return n;
}

interface WorkbookLike {
  addWorksheet(name: string, options?: Partial<XL.AddWorksheetOptions>): XL.Worksheet;
  definedNames: { add(range: string, name: string): void };
}

/**
 * Add the sheets to an ExcelJS workbook, each marked as the add-in's own. Drop-downs too long to write
 * inline are moved to a hidden column of their own sheet first (the same as in Excel: ../core/sheet/long-lists).
 * `taken` holds the names already used.
 */
function addSheets(wb: WorkbookLike, sheets: SheetModel[], taken: Set<string>, ownRoleCount: Map<string, number>, streaming: boolean): void {
  for (const original of sheets) {
    const model = fitSheetText(moveLongListsToColumns(original));
    const name = freeSheetName(model.name, taken);
    taken.add(name);
    const ws = wb.addWorksheet(name, sheetOptions(model));
    renderSheet(ws, model, streaming);
    if (isOwnRole(model.role)) {
      const n = (ownRoleCount.get(model.role) ?? 0) + 1;
      ownRoleCount.set(model.role, n);
      wb.definedNames.add(definedRangeFor(name), ownName(model.role, n));
    }
    if (streaming) (ws as unknown as { commit(): void }).commit();
  }
}

type WritePathReport = NonNullable<WriteOptions["onWritePath"]>;

/**
 * The fast path for copyFrom: our sheets alone are written as parts (./sheet-parts, no ExcelJS to
 * load), then added to the input's package at zip level (./merge). Null when written, else why the
 * input cannot be merged safely.
 */
async function writeMerged(tmp: string, copyFrom: string, sheets: SheetModel[]): Promise<string | null> {
  const pkg = await openInputPackage(await fs.promises.readFile(copyFrom));
  if ("cannot" in pkg) return pkg.cannot;
  const taken = new Set(pkg.sheetNames);
  const names = sheets.map((s) => {
    const name = freeSheetName(s.name, taken);
    taken.add(name);
    return name;
  });
  const merged = await mergeIntoPackage(pkg, resultParts(sheets, names));
  if (!merged.ok) return merged.reason;
  // Through a write stream like ExcelJS's own writers (one failure path for disk-full and the like).
  await pipeline(Readable.from([merged.data]), fs.createWriteStream(tmp));
  return null;
}

/**
 * Write sheets to an .xlsx file atomically (temp file in the same folder, then rename): a failure
 * leaves no partial file and an old file intact. With copyFrom, the input's sheets are copied first
 * (by a zip-level merge that leaves them byte for byte, or by ExcelJS when the merge cannot be done
 * safely); the add-in's own earlier sheets (marked) are replaced, a user's sheet of the same name never is.
 */
export async function writeWorkbookFile(outPath: string, sheets: SheetModel[], options: WriteOptions = {}): Promise<WriteResult> {
  const file = path.basename(outPath);
  const out = path.resolve(outPath);
  const inputs = [options.copyFrom, ...(options.protect ?? [])];
  const force = Boolean(options.force);
  const refused = refuseOutput(out, inputs, force);
  if (refused) return { ok: false, message: refused.message };
  const tmp = tempPathFor(out);
  const report: WritePathReport = options.onWritePath ?? (() => undefined);
  try {
    const streaming = !options.copyFrom && cellCount(sheets) > STREAM_CELLS;
    let notMerged: string | undefined = options.merge === false ? "merge: false" : undefined;
    if (options.copyFrom && notMerged === undefined) notMerged = (await writeMerged(tmp, options.copyFrom, sheets)) ?? undefined;
    if (streaming) {
      await writeStreaming(tmp, sheets);
      report("exceljs-stream");
    } else if (options.copyFrom && notMerged === undefined) {
      report("merge");
    } else {
      const wb = new (excelJS().Workbook)();
      wb.creator = "Kiểm tra Nghị quyết";
      const taken = new Set<string>();
      const ownRoleCount = new Map<string, number>();
      if (options.copyFrom) {
        // ExcelJS throws on a <sheet> entry with no part behind it: such entries are left out of the copy.
        const input = await withoutDanglingSheets(await fs.promises.readFile(options.copyFrom));
        await exclusive(() => wb.xlsx.load(input as unknown as ArrayBuffer));
        // Our earlier sheets (marked) with a role we write now are replaced.
        const roles = new Set(sheets.filter((s) => isOwnRole(s.role)).map((s) => s.role as string));
        const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
        for (const dn of model) {
          const role = ownRoleFromName(dn.name);
          if (!role) continue;
          const sheet = dn.ranges.map(sheetFromDefinedRange).find((s) => s);
          wb.definedNames.remove(dn.ranges[0] ?? "", dn.name);
          (wb.definedNames as unknown as { removeAllNames?(name: string): void }).removeAllNames?.(dn.name);
          if (sheet && roles.has(role)) {
            const ws = wb.getWorksheet(sheet);
            if (ws) wb.removeWorksheet(ws.id);
          } else if (sheet) {
            // keep the marker of an own sheet we do not replace
            ownRoleCount.set(role, (ownRoleCount.get(role) ?? 0) + 1);
            wb.definedNames.add(definedRangeFor(sheet), ownName(role, ownRoleCount.get(role)));
          }
        }
        wb.eachSheet((ws) => taken.add(ws.name));
      }
      addSheets(wb as unknown as WorkbookLike, sheets, taken, ownRoleCount, false);
      await wb.xlsx.writeFile(tmp);
      report(options.copyFrom ? "exceljs-copy" : "exceljs", notMerged);
    }
    const late = await commitOutput(tmp, out, { force, inputs });
    return late ? { ok: false, message: late.message } : { ok: true };
  } catch (e) {
    try {
      await fs.promises.unlink(tmp);
    } catch {
      /* nothing was written */
    }
    return { ok: false, message: t("data.xlsx.writeFailed", "vi", { file, reason: systemErrorText(e, "vi") }) };
  }
}

async function writeStreaming(tmp: string, sheets: SheetModel[]): Promise<void> {
  const wb = new (excelJS().stream.xlsx).WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
  addSheets(wb as unknown as WorkbookLike, sheets, new Set<string>(), new Map<string, number>(), true);
  await wb.commit();
}
