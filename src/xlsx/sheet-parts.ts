/**
 * The result sheets (SheetModel) as SpreadsheetML parts, written directly: the small package the
 * zip-level merge (./merge.ts) adds to the input. Before, ExcelJS wrote them: loading ExcelJS alone
 * took ≈ 0.3–1.2 s of a `nq check` run (start-up), more than writing. The parts carry what the
 * ExcelJS writer gave (./write.ts renderSheet, still used by the fallback paths): values, formulas,
 * fonts, fills, thin borders, alignment, number formats, merged cells, column widths and hidden
 * columns, row heights, frozen panes, tab colours, validations, "contains text" conditional formats,
 * Excel tables, cell links, page setup, print titles and area, and the add-in's own-sheet markers.
 * Strings are written inline (no shared strings part). No Node API.
 */
import type { CellValue } from "../core/model/grid";
import { cellAddress, parseCellAddress } from "../core/sheet/address";
import { fitSheetText } from "../core/sheet/cell-text";
import { moveLongListsToColumns } from "../core/sheet/long-lists";
import type { CellStyle, SheetModel, ValidationSpec } from "../core/sheet/model";
import { definedRangeFor, isOwnRole, ownName } from "./marker";
import { escapeXml } from "./xml";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DAY_MS = 86_400_000;
/** Excel's date format for a Date cell without one (ExcelJS gave numFmtId 14 too). */
const DATE_FMT_ID = 14;

/** A package of parts by name, as the merge reads it. */
export type Parts = Map<string, string>;

const argb = (hex: string): string => "FF" + hex.replace(/^#/, "").toUpperCase();
// eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry at all
const BAD_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const esc = (s: string): string => escapeXml(s.replace(BAD_XML_CHARS, ""));

function fontXml(f: CellStyle["font"]): string {
  const color = f?.color ? `<color rgb="${argb(f.color)}"/>` : "";
  // Fonts always get an explicit name: LibreOffice falls back to a serif otherwise.
  return `<font>${f?.bold ? "<b/>" : ""}${f?.italic ? "<i/>" : ""}${f?.underline ? "<u/>" : ""}${color}<sz val="${f?.size ?? 12}"/><name val="${esc(f?.name ?? "Times New Roman")}"/></font>`;
}

function borderXml(b: CellStyle["border"]): string {
  const side = (name: string, on: boolean | undefined) => (on ? `<${name} style="thin"><color rgb="FF808080"/></${name}>` : `<${name}/>`);
  return `<border>${side("left", b?.left)}${side("right", b?.right)}${side("top", b?.top)}${side("bottom", b?.bottom)}<diagonal/></border>`;
}

function alignmentXml(a: CellStyle["alignment"]): string {
  if (!a) return "";
  const v = a.vertical === "middle" ? "center" : a.vertical;
  const attrs = `${a.horizontal ? ` horizontal="${a.horizontal}"` : ""}${v ? ` vertical="${v}"` : ""}${a.wrap ? ' wrapText="1"' : ""}${a.indent ? ` indent="${a.indent}"` : ""}`;
  return attrs ? `<alignment${attrs}/>` : "";
}

/** A list of distinct XML items; the index of each. */
class Pool {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: string[] = []) {
    for (const x of initial) this.id(x);
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.push(xml) - 1;
      this.index.set(xml, i);
    }
    return i;
  }
}

/** Built-in number formats written by id, as Excel and ExcelJS do. */
const BUILTIN_FMT: Record<string, number> = { "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "# ?/?": 12, "# ??/??": 13, "mm-dd-yy": 14, "@": 49 };

/** The styles part built while the sheets are written: cell formats by (style, date) and dxfs. */
class Styles {
  private readonly fmtCodes: string[] = [];
  private readonly fonts = new Pool([fontXml({ name: "Calibri", size: 11 })]);
  private readonly fills = new Pool(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Pool([borderXml(undefined)]);
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Pool();

  private fmtId(code: string | undefined, date: boolean): number {
    if (!code || code === "General") return date ? DATE_FMT_ID : 0;
    const builtin = BUILTIN_FMT[code];
    if (builtin !== undefined) return builtin;
    const at = this.fmtCodes.indexOf(code);
    return 164 + (at >= 0 ? at : this.fmtCodes.push(code) - 1);
  }

  /** The cellXfs index of a style (date: the cell holds a Date, which needs a date format). */
  xf(s: CellStyle | undefined, date: boolean): number {
    if (!s) return date ? this.xfs.id(`<xf numFmtId="${DATE_FMT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`) : 0;
    const fmt = this.fmtId(s.numberFormat, date);
    const font = this.fonts.id(fontXml(s.font));
    const fill = s.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/></patternFill></fill>`) : 0;
    const border = s.border ? this.borders.id(borderXml(s.border)) : 0;
    const align = alignmentXml(s.alignment);
    const apply = `${fmt ? ' applyNumberFormat="1"' : ""} applyFont="1"${fill ? ' applyFill="1"' : ""}${border ? ' applyBorder="1"' : ""}${align ? ' applyAlignment="1"' : ""}`;
    const open = `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${apply}`;
    return this.xfs.id(align ? `${open}>${align}</xf>` : `${open}/>`);
  }

  /** A differential format (conditional formats): font and background fill. */
  dxf(s: CellStyle): number {
    const fill = s.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(s.fill)}"/></patternFill></fill>` : "";
    return this.dxfs.id(`<dxf>${fontXml(s.font)}${fill}</dxf>`);
  }

  xml(): string {
    const list = (name: string, items: string[]) => `<${name} count="${items.length}">${items.join("")}</${name}>`;
    const numFmts = this.fmtCodes.length ? list("numFmts", this.fmtCodes.map((c, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(c)}"/>`)) : "";
    return `${XML_HEAD}<styleSheet xmlns="${NS}">${numFmts}${list("fonts", this.fonts.items)}${list("fills", this.fills.items)}${list("borders", this.borders.items)}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>${list("cellXfs", this.xfs.items)}<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>${list("dxfs", this.dxfs.items)}</styleSheet>`;
  }
}

/** An Excel serial of a Date (fractional days kept), as ExcelJS wrote Date cells. */
function serialOf(d: Date): number | null {
  const t = d.getTime();
  return Number.isFinite(t) ? 25569 + t / DAY_MS : null;
}

function inlineText(s: string): string {
  const space = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
  return `<is><t${space}>${esc(s)}</t></is>`;
}

/** One cell: value (or a formula with its cached result), style; "" when there is nothing to write. */
function cellXml(ref: string, v: CellValue, xf: number, formula: string | undefined): string {
  const s = xf ? ` s="${xf}"` : "";
  if (formula !== undefined) {
    const f = `<f>${esc(formula)}</f>`;
    if (typeof v === "string") return `<c r="${ref}"${s} t="str">${f}<v>${esc(v)}</v></c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    const n = v instanceof Date ? serialOf(v) : v;
    return `<c r="${ref}"${s}>${f}${typeof n === "number" && Number.isFinite(n) ? `<v>${n}</v>` : ""}</c>`;
  }
  if (typeof v === "string") return `<c r="${ref}"${s} t="inlineStr">${inlineText(v)}</c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  const n = v instanceof Date ? serialOf(v) : v;
  if (typeof n === "number" && Number.isFinite(n)) return `<c r="${ref}"${s}><v>${n}</v></c>`;
  return xf ? `<c r="${ref}"${s}/>` : "";
}

/** Cells by "row,column" key (formulas, links), from their A1 addresses. */
function byCell<T>(entries: [string, T][]): Map<string, T> {
  const m = new Map<string, T>();
  for (const [addr, x] of entries) {
    const p = parseCellAddress(addr);
    if (p) m.set(`${p.row},${p.column}`, x);
  }
  return m;
}

/** Header names of the table, written into its header cells too (an empty header gets "Cột N"). */
function tableHeader(m: SheetModel): { top: number; left: number; names: string[] } | null {
  if (!m.table) return null;
  const [a, b] = m.table.range.split(":");
  const tl = parseCellAddress(a);
  const br = parseCellAddress(b ?? a);
  if (!tl || !br) return null;
  const names = Array.from({ length: br.column - tl.column + 1 }, (_, i) => String(m.values[tl.row]?.[tl.column + i] ?? `Cột ${i + 1}`));
  return { top: tl.row, left: tl.column, names };
}

function rowsXml(m: SheetModel, styles: Styles, header: ReturnType<typeof tableHeader>): string {
  const formulas = byCell(Object.entries(m.formulas ?? {}).map(([a, f]) => [a, f.replace(/^=/, "")]));
  const links = byCell((m.links ?? []).map((l) => [l.cell, l]));
  const xfCache = new Map<string, number>();
  const xfOf = (sid: string | null, date: boolean): number => {
    if (!sid && !date) return 0;
    const key = `${sid ?? ""}|${date ? 1 : 0}`;
    let x = xfCache.get(key);
    if (x === undefined) xfCache.set(key, (x = styles.xf(sid ? m.styles[sid] : undefined, date)));
    return x;
  };
  const out: string[] = [];
  // Rows of `values` only (styles of rows past them were not written by the ExcelJS writer either).
  for (let r = 0; r < m.values.length; r++) {
    const vals = m.values[r] ?? [];
    const sids = m.styleIds[r] ?? [];
    const cells: string[] = [];
    const width = Math.max(vals.length, sids.length);
    for (let c = 0; c < width; c++) {
      const key = formulas.size || links.size ? `${r},${c}` : "";
      const link = key ? links.get(key) : undefined;
      let v: CellValue = vals[c] ?? null;
      if (header && r === header.top && c >= header.left && c < header.left + header.names.length) v = header.names[c - header.left];
      if (link) v = String(v ?? link.address);
      const x = cellXml(cellAddress(r, c), v, xfOf(sids[c] ?? null, v instanceof Date), key ? formulas.get(key) : undefined);
      if (x) cells.push(x);
    }
    const ht = m.rowHeights?.[r];
    const height = ht !== undefined ? ` ht="${ht}" customHeight="1"` : "";
    if (cells.length) out.push(`<row r="${r + 1}"${height}>${cells.join("")}</row>`);
    else if (height) out.push(`<row r="${r + 1}"${height}/>`);
  }
  return `<sheetData>${out.join("")}</sheetData>`;
}

function viewsXml(m: SheetModel): string {
  const f = m.freeze;
  if (!f || (f.rows <= 0 && f.columns <= 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = f.rows > 0 && f.columns > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
  const split = `${f.columns > 0 ? ` xSplit="${f.columns}"` : ""}${f.rows > 0 ? ` ySplit="${f.rows}"` : ""}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${cellAddress(Math.max(0, f.rows), Math.max(0, f.columns))}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="A1" sqref="A1"/></sheetView></sheetViews>`;
}

function colsXml(m: SheetModel): string {
  const cols = m.columns.map((c, i) => (c.width || c.hidden ? `<col min="${i + 1}" max="${i + 1}" width="${c.width || 9}"${c.hidden ? ' hidden="1"' : ""} customWidth="1"/>` : "")).join("");
  return cols ? `<cols>${cols}</cols>` : "";
}

/** One data validation, as Excel stores it (list values quoted inline, or a range of cells). */
function validationXml(v: ValidationSpec): string {
  const msg = `${v.prompt ? ` showInputMessage="1" prompt="${esc(v.prompt)}"` : ""} showErrorMessage="1" errorStyle="stop"${v.error ? ` error="${esc(v.error)}"` : ""} sqref="${esc(v.range)}"`;
  const f = (...xs: (string | number)[]) => xs.map((x, i) => `<formula${i + 1}>${esc(String(x))}</formula${i + 1}>`).join("");
  if (v.type === "list") {
    const source = v.source ? v.source.replace(/^=/, "") : `"${v.values.map((x) => x.replace(/"/g, '""')).join(",")}"`;
    return `<dataValidation type="list" allowBlank="1"${msg}>${f(source)}</dataValidation>`;
  }
  // A date after 1900-01-01, the serial ExcelJS wrote for it.
  if (v.type === "date") return `<dataValidation type="date" operator="greaterThan" allowBlank="1"${msg}>${f(25569 + Date.UTC(1900, 0, 1) / DAY_MS)}</dataValidation>`;
  if (v.min !== undefined && v.max !== undefined) return `<dataValidation type="${v.type}" allowBlank="1"${msg}>${f(v.min, v.max)}</dataValidation>`;
  if (v.max !== undefined) return `<dataValidation type="${v.type}" operator="lessThanOrEqual" allowBlank="1"${msg}>${f(v.max)}</dataValidation>`;
  return `<dataValidation type="${v.type}" operator="greaterThanOrEqual" allowBlank="1"${msg}>${f(v.min ?? 0)}</dataValidation>`;
}

/** "Cell contains text" as an expression rule relative to the range's top-left cell (LibreOffice renders it). */
export function containsTextFormula(range: string, text: string): string {
  const first = range.trim().split(/[\s,]+/)[0].split(":")[0].replace(/\$/g, "").replace(/^.*!/, "");
  return `NOT(ISERROR(SEARCH("${text.replace(/"/g, '""')}",${first})))`;
}

function pageXml(m: SheetModel): string {
  const p = m.page;
  if (!p) return "";
  const margins = p.margins ? `<pageMargins left="${p.margins.left}" right="${p.margins.right}" top="${p.margins.top}" bottom="${p.margins.bottom}" header="0.3" footer="0.3"/>` : "";
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  const footer = p.footer ? `<headerFooter><oddFooter>${esc(p.footer)}</oddFooter></headerFooter>` : "";
  return `${margins}<pageSetup paperSize="9" orientation="${p.orientation}"${fit}/>${footer}`;
}

/** Merged ranges without overlaps (Excel refuses a file with two merges over one cell; ExcelJS skipped them too). */
function distinctMerges(merges: string[]): string[] {
  const kept: { r1: number; c1: number; r2: number; c2: number; ref: string }[] = [];
  for (const ref of merges) {
    const [a, b] = ref.split(":");
    const p = parseCellAddress(a);
    const q = parseCellAddress(b ?? a);
    if (!p || !q) continue;
    const x = { r1: Math.min(p.row, q.row), c1: Math.min(p.column, q.column), r2: Math.max(p.row, q.row), c2: Math.max(p.column, q.column), ref };
    if (!kept.some((k) => k.r1 <= x.r2 && x.r1 <= k.r2 && k.c1 <= x.c2 && x.c1 <= k.c2)) kept.push(x);
  }
  return kept.map((k) => k.ref);
}

/** The worksheet part of one model (already fitted), and its table part if it has one. */
function sheetXml(m: SheetModel, styles: Styles, tableId: number): { xml: string; table: string | null } {
  const header = tableHeader(m);
  const pr = `${m.tabColor ? `<tabColor rgb="${argb(m.tabColor)}"/>` : ""}${m.page?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : ""}`;
  const ranges = distinctMerges(m.merges);
  const merges = ranges.length ? `<mergeCells count="${ranges.length}">${ranges.map((x) => `<mergeCell ref="${esc(x)}"/>`).join("")}</mergeCells>` : "";
  const cfs = (m.conditionalFormats ?? []).map((cf, i) => `<conditionalFormatting sqref="${esc(cf.range)}"><cfRule type="expression" dxfId="${styles.dxf(cf.style)}" priority="${i + 1}"><formula>${esc(containsTextFormula(cf.range, cf.text))}</formula></cfRule></conditionalFormatting>`).join("");
  const vals = m.validations ?? [];
  const dv = vals.length ? `<dataValidations count="${vals.length}">${vals.map(validationXml).join("")}</dataValidations>` : "";
  const links = m.links ?? [];
  const hl = links.length ? `<hyperlinks>${links.map((l) => `<hyperlink ref="${esc(l.cell)}" location="${esc(`'${l.sheet.replace(/'/g, "''")}'!${l.address.replace(/\$/g, "")}`)}"${l.tooltip ? ` tooltip="${esc(l.tooltip)}"` : ""}/>`).join("")}</hyperlinks>` : "";
  const table = header && m.table ? tableXml(m.table.name, m.table.range, m.table.style ?? "TableStyleLight9", header.names, tableId) : null;
  const body = `${pr ? `<sheetPr>${pr}</sheetPr>` : ""}${viewsXml(m)}<sheetFormatPr defaultRowHeight="15"/>${colsXml(m)}${rowsXml(m, styles, header)}${merges}${cfs}${dv}${hl}${pageXml(m)}${table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : ""}`;
  return { xml: `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${NS_R}">${body}</worksheet>`, table };
}

function tableXml(name: string, ref: string, style: string, names: string[], id: number): string {
  const cols = names.map((n, i) => `<tableColumn id="${i + 1}" name="${esc(n)}"/>`).join("");
  return `${XML_HEAD}<table xmlns="${NS}" id="${id}" name="${esc(name)}" displayName="${esc(name)}" ref="${esc(ref)}" totalsRowShown="0" headerRowCount="1"><autoFilter ref="${esc(ref)}"/><tableColumns count="${names.length}">${cols}</tableColumns><tableStyleInfo name="${esc(style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

/** "5:6" → "$5:$6"; "A1:H40" → "$A$1:$H$40" (defined names hold absolute references). */
function absolute(ref: string): string {
  return ref.replace(/\$/g, "").replace(/([A-Z]*)(\d*)/gi, (all, col: string, row: string) => (all ? `${col ? "$" + col : ""}${row ? "$" + row : ""}` : ""));
}

/**
 * The parts of a workbook of these sheets, named already (distinct, not clashing with the input's):
 * what the merge reads in place of an ExcelJS package. Each sheet is fitted to Excel's text limits and
 * its long drop-down lists moved to hidden columns first, as the ExcelJS writer does.
 */
export function resultParts(models: SheetModel[], names: string[]): Parts {
  const styles = new Styles();
  const parts: Parts = new Map();
  const sheets: string[] = [];
  const rels: string[] = [];
  const defined: string[] = [];
  const roleCount = new Map<string, number>();
  let tables = 0;
  models.forEach((original, i) => {
    const m = fitSheetText(moveLongListsToColumns(original));
    const name = names[i];
    const { xml, table } = sheetXml(m, styles, tables + 1);
    parts.set(`xl/worksheets/sheet${i + 1}.xml`, xml);
    if (table) {
      tables++;
      parts.set(`xl/tables/table${tables}.xml`, table);
      parts.set(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_R}/table" Target="../tables/table${tables}.xml"/></Relationships>`);
    }
    sheets.push(`<sheet name="${esc(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    const quoted = `'${name.replace(/'/g, "''")}'`;
    if (isOwnRole(m.role)) {
      const n = (roleCount.get(m.role) ?? 0) + 1;
      roleCount.set(m.role, n);
      defined.push(`<definedName name="${ownName(m.role, n)}">${esc(definedRangeFor(name))}</definedName>`);
    }
    if (m.page?.printArea) defined.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${esc(`${quoted}!${absolute(m.page.printArea)}`)}</definedName>`);
    if (m.page?.printTitleRows) defined.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${quoted}!${absolute(m.page.printTitleRows)}`)}</definedName>`);
  });
  parts.set("_rels/.rels", `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  parts.set("xl/workbook.xml", `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets>${sheets.join("")}</sheets>${defined.length ? `<definedNames>${defined.join("")}</definedNames>` : ""}</workbook>`);
  parts.set("xl/_rels/workbook.xml.rels", `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${rels.join("")}<Relationship Id="rId${models.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`);
  parts.set("xl/styles.xml", styles.xml());
  return parts;
}
