import * as fs from "fs";
import * as path from "path";
import { Readable } from "stream";
import * as zlib from "zlib";
import { excelJS, exclusive } from "./exceljs-load";
import type * as XL from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/model/grid";
import { fail, tooBig, type ReadResult } from "./read-failure";
import { systemErrorText } from "./errors";
import { detectFileKind } from "./detect";
import { OWN_NAME_PREFIX, ownRoleFromName, sheetFromDefinedRange } from "./marker";
import { readPackageGrids } from "./grid";
import { openPackage, type XlsxPackage } from "./package";
import { inflateEntry, ZipFormatError, ZipLimitError, type RawInflate } from "./zip";

export type { ReadFailureCode, ReadResult } from "./read-failure";

/** One ExcelJS cell value as core sees it (formulas give their cached result; rich text its text). */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((p) => p.text ?? "").join("");
    if ("result" in o || "formula" in o || "sharedFormula" in o) return toCellValue(o.result as unknown);
    if ("text" in o) return toCellValue(o.text as unknown);
    if ("error" in o) return String(o.error);
  }
  return null;
}

/** A parser's complaint ("2:235: undefined entity.", "unclosed tag") means broken XML inside the package. */
const XML_ERROR = /^\d+:\d+: |undefined entity|unclosed tag|unexpected close tag|text data outside|disallowed character|unterminated|invalid (attribute|character|entity)|malformed|not well-formed|xml/i;

/** What a reader's exception means for the user (its text is never shown: it names internals). */
function failFromException(file: string, e: unknown): ReadResult {
  const reason = e instanceof Error ? e.message : String(e);
  if (/end of data|unexpected end|invalid (zip|signature)|corrupt|FILE_ENDED|Z_BUF_ERROR|incorrect header/i.test(reason)) return fail("truncated", file);
  if (e instanceof RangeError || /heap|allocation|Invalid (string|array) length/i.test(reason)) return fail("fs", file, { reason: { vi: systemErrorText(e, "vi"), en: systemErrorText(e, "en") } });
  if (XML_ERROR.test(reason)) return fail("damaged-xml", file);
  return fail("unreadable", file);
}

/**
 * Open the package and inflate every part once, counting bytes, before ExcelJS sees it: a part that
 * would inflate past a limit is refused here, before ExcelJS allocates it.
 */
function checkPackage(buf: Buffer): XlsxPackage {
  const pkg = openPackage(buf);
  for (const e of pkg.entries.values()) if (/\.(xml|rels)$/i.test(e.name)) inflateEntry(buf, e, () => undefined, pkg.budget);
  return pkg;
}

/**
 * Node's native zlib as the scanner's inflater, streaming (256 KB chunks): stops as soon as the
 * counting gate throws (a zip bomb), so only a few chunks past a limit are ever produced.
 */
export const nodeInflate: RawInflate = (data, take) => inflateStreaming(data, take);

/** Inflated chunks waiting for the scanner before zlib is paused (4 × 256 KB: memory stays flat). */
const QUEUE_MAX = 4;

/**
 * zlib inflates on the thread pool; the scanner runs on this thread. Taking each chunk in a later
 * turn (setImmediate), not inside the 'data' event, lets zlib inflate the next chunk while this one is
 * scanned: the two overlap instead of taking turns (the main thread sat idle ~0.4 s per 100,000
 * members before). The queue is bounded by pausing the stream, which zlib honours.
 */
function inflateStreaming(data: Uint8Array, take: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const z = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    const queue: Buffer[] = [];
    let done = false;
    let ended = false;
    let scheduled = false;
    const stop = (e: unknown) => {
      if (done) return;
      done = true;
      queue.length = 0;
      z.destroy();
      reject(e);
    };
    const drain = () => {
      scheduled = false;
      while (queue.length && !done) {
        try {
          take(queue.shift()!);
        } catch (e) {
          return stop(e);
        }
      }
      if (done) return;
      if (ended) return void ((done = true), resolve());
      if (z.isPaused()) z.resume();
    };
    const schedule = () => {
      if (!scheduled) (scheduled = true), setImmediate(drain);
    };
    z.on("data", (c: Buffer) => {
      if (done) return;
      queue.push(c);
      if (queue.length >= QUEUE_MAX) z.pause();
      schedule();
    });
    z.on("error", () => stop(new ZipFormatError("bad deflate data")));
    z.on("end", () => {
      ended = true;
      schedule();
    });
    z.end(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
}

/** Sheet name and tab position of an ExcelJS worksheet, from workbook.xml and its relationships. */
function sheetNaming(pkg: XlsxPackage | null): Map<string, { name: string; index: number }> {
  const byPath = new Map<string, { name: string; index: number }>();
  pkg?.sheets.forEach((s, index) => {
    if (s.path) byPath.set(s.path.toLowerCase(), { name: s.name, index });
  });
  return byPath;
}

/** Trim trailing empty cells and rows so grids stay the used range. */
function trimGrid(values: CellValue[][], formats: (string | null)[][]): void {
  let last = values.length - 1;
  while (last >= 0 && (!values[last] || values[last].every((v) => v === null || v === ""))) last--;
  values.length = last + 1;
  formats.length = Math.min(formats.length, last + 1);
}

/**
 * Streaming read (ExcelJS WorkbookReader): rows arrive as plain arrays, without building the
 * workbook's object model, which keeps big member sheets fast and small in memory.
 */
async function readStreaming(buf: Buffer, pkg: XlsxPackage | null): Promise<WorkbookGrid> {
  const naming = sheetNaming(pkg);
  const reader = new (excelJS().stream.xlsx).WorkbookReader(Readable.from([buf]), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const grids: { id: number; grid: SheetGrid }[] = [];
  for await (const ws of reader as unknown as AsyncIterable<XL.Worksheet & AsyncIterable<XL.Row>>) {
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    let anyFormat = false;
    for await (const row of ws) {
      const r = row.number - 1;
      const raw = row.values as unknown[];
      const out: CellValue[] = new Array<CellValue>(Math.max(0, raw.length - 1)).fill(null);
      let fmts: (string | null)[] | null = null;
      for (let c = 1; c < raw.length; c++) {
        const v = raw[c];
        if (v === undefined || v === null) continue;
        out[c - 1] = toCellValue(v);
        if (typeof v === "number" || v instanceof Date) {
          const f = row.getCell(c).numFmt;
          if (f) {
            if (!fmts) fmts = new Array<string | null>(out.length).fill(null);
            fmts[c - 1] = f;
            anyFormat = true;
          }
        }
      }
      values[r] = out;
      if (fmts) formats[r] = fmts;
    }
    for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
    trimGrid(values, formats);
    const wsAny = ws as unknown as { id?: number; name?: string };
    // ExcelJS names a sheet only when workbook.xml came first in the zip and its target is relative.
    const known = naming.get(`xl/worksheets/sheet${String(wsAny.id)}.xml`);
    const name = known?.name ?? String(wsAny.name ?? `Sheet${grids.length + 1}`);
    grids.push({ id: known ? known.index : 1000 + Number(wsAny.id ?? grids.length + 1), grid: { name, values, numberFormats: anyFormat ? formats : null } });
  }
  const model = (reader as unknown as { model?: { sheets?: { id: number; name: string }[]; definedNames?: { name: string; ranges?: string[] }[] } }).model;
  const order = new Map((model?.sheets ?? []).map((s, i) => [s.name, i]));
  if (naming.size === 0) grids.sort((a, b) => (order.get(a.grid.name) ?? a.id) - (order.get(b.grid.name) ?? b.id));
  else grids.sort((a, b) => a.id - b.id);
  const ownSheets = ownFromDefinedNames(pkg && pkg.definedNames.length ? pkg.definedNames : (model?.definedNames ?? []));
  return { sheets: grids.map((g) => g.grid), ownSheets };
}

function ownFromDefinedNames(names: { name: string; ranges?: string[] }[]): string[] {
  const own: string[] = [];
  for (const n of names) {
    const isOwn = Boolean(n.name && n.name.startsWith(OWN_NAME_PREFIX) && ownRoleFromName(n.name));
    if (!isOwn) continue;
    for (const r of n.ranges ?? []) {
      const sheet = sheetFromDefinedRange(r);
      if (sheet && !own.includes(sheet)) own.push(sheet);
    }
  }
  return own;
}

/** Full read (ExcelJS Workbook): the fallback when the streaming reader cannot handle a file. */
async function readFull(buf: Buffer): Promise<WorkbookGrid> {
  const wb = new (excelJS().Workbook)();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    let anyFormat = false;
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      const out: CellValue[] = [];
      const fmts: (string | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, cn) => {
        // Merged cells: only the top-left cell holds the value (as Office.js reports it).
        if (cell.type === excelJS().ValueType.Merge) return;
        out[cn - 1] = toCellValue(cell.value);
        if (cell.numFmt && (typeof cell.value === "number" || cell.value instanceof Date)) {
          fmts[cn - 1] = cell.numFmt;
          anyFormat = true;
        }
      });
      for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
      values[rn - 1] = out;
      formats[rn - 1] = fmts;
    });
    for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
    trimGrid(values, formats);
    sheets.push({ name: ws.name, values, numberFormats: anyFormat ? formats.map((f) => (f ? Array.from(f, (x) => x ?? null) : [])) : null });
  });
  const model = (wb.definedNames as unknown as { model: { name: string; ranges?: string[] }[] }).model;
  return { sheets, ownSheets: ownFromDefinedNames(model ?? []) };
}

/** Read a workbook from memory. Never throws. */
export async function readWorkbookBuffer(buf: Buffer, file = "tệp"): Promise<ReadResult> {
  try {
    const kind = detectFileKind(buf);
    if (kind === "empty") return fail("empty", file);
    if (kind === "truncated") return fail("truncated", file);
    if (kind === "encrypted") return fail("encrypted", file);
    if (kind === "xls") return fail("xls", file);
    if (kind === "csv") return fail("csv", file);
    if (kind === "text") return fail("text", file);
    if (kind === "ods") return fail("ods", file);
    if (kind !== "xlsx") return fail("not-xlsx", file);
    let pkg: XlsxPackage | null = null;
    let workbook: WorkbookGrid | null = null;
    try {
      pkg = openPackage(buf);
      if (process.env.NQ_XLSX_READER !== "exceljs") workbook = await readPackageGrids(pkg, nodeInflate);
      if (workbook && workbook.sheets.length === 0) workbook = null;
    } catch (e) {
      if (e instanceof ZipLimitError) return tooBig(file, e);
      if (e instanceof ZipFormatError) return fail("truncated", file);
      workbook = null; // outside what the scanner knows: ExcelJS may still read it
    }
    if (workbook) return { ok: true, workbook };
    // The ExcelJS fallback inflates on its own: every part is first inflated here, counting bytes.
    try {
      pkg = checkPackage(buf);
    } catch (e) {
      if (e instanceof ZipLimitError) return tooBig(file, e);
      if (e instanceof ZipFormatError) return fail("truncated", file);
      pkg = null; // an odd package: ExcelJS may still read it
    }
    try {
      workbook = await exclusive(() => readStreaming(buf, pkg));
      if (workbook.sheets.length === 0) workbook = null;
    } catch {
      workbook = null;
    }
    if (!workbook) {
      try {
        workbook = await exclusive(() => readFull(buf));
      } catch (e) {
        return failFromException(file, e);
      }
    }
    return { ok: true, workbook };
  } catch (e) {
    return failFromException(file, e);
  }
}

/** Read an .xlsx file into plain grids (the only thing core reads). Never throws. */
export async function readWorkbookFile(filePath: string): Promise<ReadResult> {
  const file = path.basename(filePath);
  let buf: Buffer;
  try {
    buf = await fs.promises.readFile(filePath);
  } catch (e) {
    // errno codes and paths stay inside: the sentence for the code (data.fs.*), in each language.
    return fail("fs", file, { reason: { vi: systemErrorText(e, "vi"), en: systemErrorText(e, "en") } });
  }
  return readWorkbookBuffer(buf, file);
}
