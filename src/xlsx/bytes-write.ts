import { strToU8, zipSync } from "fflate";
import type { CellValue } from "../core/model/grid";
import { serialFromDate } from "../core/data/values";
import { cellAddress } from "../core/sheet/address";
import type { SheetModel } from "../core/sheet/model";
import { definedRangeFor, isOwnRole, ownName } from "./marker";
import { escapeXml } from "./xml";

/**
 * A plain .xlsx from sheet models, with no Node API (fflate only), so the task pane can hand the
 * merged workbook to Excel.createWorkbook as a new file. Values, number formats, bold headers,
 * merged cells, column widths and the add-in's markers; not the full styling of the ExcelJS writer
 * (borders, fills, validations, tables), which the command line keeps. Read back by both readers as
 * the same data (test/xlsx/bytes-write.test.ts).
 */

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell formats: one per (number format, bold) met in the models; index 0 is the default. */
class Formats {
  readonly codes: string[] = [];
  readonly xfs: { fmt: number; bold: boolean }[] = [{ fmt: 0, bold: false }];
  private readonly index = new Map<string, number>([["|0", 0]]);

  id(numberFormat: string | undefined, bold: boolean): number {
    const key = `${numberFormat ?? ""}|${bold ? 1 : 0}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    let fmt = 0;
    if (numberFormat && numberFormat !== "General") {
      const at = this.codes.indexOf(numberFormat);
      fmt = 164 + (at >= 0 ? at : this.codes.push(numberFormat) - 1);
    }
    this.xfs.push({ fmt, bold });
    this.index.set(key, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  xml(): string {
    const numFmts = this.codes.map((c, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(c)}"/>`).join("");
    const xfs = this.xfs.map((x) => `<xf numFmtId="${x.fmt}" fontId="${x.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${x.fmt ? ' applyNumberFormat="1"' : ""}${x.bold ? ' applyFont="1"' : ""}/>`).join("");
    const font = (b: boolean) => `<font>${b ? "<b/>" : ""}<sz val="12"/><name val="Times New Roman"/></font>`;
    return `${XML_HEAD}<styleSheet xmlns="${NS}">${numFmts ? `<numFmts count="${this.codes.length}">${numFmts}</numFmts>` : ""}<fonts count="2">${font(false)}${font(true)}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${this.xfs.length}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

function cellXml(ref: string, v: CellValue, style: number): string {
  const s = style ? ` s="${style}"` : "";
  // eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry at all
  if (typeof v === "string") return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""))}</t></is></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  const n = v instanceof Date ? serialFromDate(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? `<c r="${ref}"${s}><v>${n}</v></c>` : "";
}

function sheetXml(m: SheetModel, formats: Formats): string {
  const cols = m.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ""}/>`).join("");
  const rows: string[] = [];
  m.values.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      const st = m.styles[m.styleIds[r]?.[c] ?? ""];
      cells.push(cellXml(cellAddress(r, c), v, formats.id(st?.numberFormat, Boolean(st?.font?.bold))));
    });
    const height = m.rowHeights?.[r];
    if (cells.length || height) rows.push(`<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ""}>${cells.join("")}</row>`);
  });
  const merges = m.merges.length ? `<mergeCells count="${m.merges.length}">${m.merges.map((x) => `<mergeCell ref="${x}"/>`).join("")}</mergeCells>` : "";
  return `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${NS_R}">${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${rows.join("")}</sheetData>${merges}</worksheet>`;
}

function workbookXml(models: SheetModel[]): string {
  const sheets = models.map((m, i) => `<sheet name="${escapeXml(m.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const seen = new Map<string, number>();
  const names = models.filter((m) => isOwnRole(m.role)).map((m) => {
    const n = (seen.get(m.role) ?? 0) + 1;
    seen.set(m.role, n);
    return `<definedName name="${ownName(m.role, n)}">${escapeXml(definedRangeFor(m.name))}</definedName>`;
  });
  return `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets>${sheets}</sheets>${names.length ? `<definedNames>${names.join("")}</definedNames>` : ""}</workbook>`;
}

/** The .xlsx bytes of these sheets, in this order (names must already be distinct). */
export function workbookBytes(models: SheetModel[]): Uint8Array {
  const formats = new Formats();
  const files: Record<string, Uint8Array> = {};
  models.forEach((m, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(m, formats))));
  const sheetTypes = models.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  const sheetRels = models.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  files["[Content_Types].xml"] = strToU8(`${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetTypes}</Types>`);
  files["_rels/.rels"] = strToU8(`${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files["xl/workbook.xml"] = strToU8(workbookXml(models));
  files["xl/_rels/workbook.xml.rels"] = strToU8(`${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${models.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`);
  files["xl/styles.xml"] = strToU8(formats.xml());
  return zipSync(files, { level: 6 });
}

/** Base64 of bytes, as Excel.createWorkbook takes a file (no Buffer, no btoa of a huge string at once). */
export function toBase64(bytes: Uint8Array): string {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const out: string[] = [];
  let chunk = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chunk += A[(n >> 18) & 63] + A[(n >> 12) & 63] + (i + 1 < bytes.length ? A[(n >> 6) & 63] : "=") + (i + 2 < bytes.length ? A[n & 63] : "=");
    if (chunk.length >= 65536) {
      out.push(chunk);
      chunk = "";
    }
  }
  out.push(chunk);
  return out.join("");
}
