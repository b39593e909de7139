/**
 * The .xlsx grid reader: the package opened by hand (package.ts, zip limits), shared strings and
 * styles read first, then each worksheet inflated in steps straight into the scanner (scan.ts), so no
 * sheet's XML is ever held whole. No Node API: the CLI, the merge and the pane's file input share it.
 * Returns null when the package is outside what the scanner knows (a prefixed or strict workbook):
 * the caller then falls back to ExcelJS.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/model/grid";
import { OWN_NAME_PREFIX, ownRoleFromName, sheetFromDefinedRange } from "./marker";
import { openPackage, partText, resolveTarget, type XlsxPackage } from "./package";
import { dateFromSerial, isDateFormat, sharedStringsScanner, type StyleFormats } from "./scan";
import { SheetScanner } from "./scan-bytes";
import { attr, elements } from "./xml";
import { inflateEntryWith, ZipFormatError, type RawInflate } from "./zip";

/** Built-in number formats (ECMA-376 §18.8.30), the codes ExcelJS gave for them. */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** Format code and date flag of every cell style (cellXfs), from styles.xml. */
export function readStyleFormats(xml: string | null): StyleFormats {
  const custom = new Map<number, string>();
  const codes: (string | null)[] = [];
  if (xml) {
    for (const f of elements(xml, "numFmt")) custom.set(Number(attr(f.tag, "numFmtId")), attr(f.tag, "formatCode") ?? "");
    const xfs = elements(xml, "cellXfs")[0];
    if (xfs) {
      for (const xf of elements(xfs.inner, "xf")) {
        const id = Number(attr(xf.tag, "numFmtId") ?? 0);
        codes.push(id ? (custom.get(id) ?? BUILTIN_FORMATS[id] ?? null) : null);
      }
    }
  }
  return { codes, isDate: Uint8Array.from(codes, (c) => (isDateFormat(c) ? 1 : 0)) };
}

/** The workbook part's relationship target of a type ("sharedStrings", "styles"), as a zip entry. */
function relatedPart(pkg: XlsxPackage, type: string, fallback: string): string {
  const i = pkg.workbookPath.lastIndexOf("/");
  const rels = partText(pkg, `${pkg.workbookPath.slice(0, i + 1)}_rels/${pkg.workbookPath.slice(i + 1)}.rels`) ?? "";
  for (const r of elements(rels, "Relationship")) if ((attr(r.tag, "Type") ?? "").endsWith(`/${type}`)) return resolveTarget(pkg.workbookPath, attr(r.tag, "Target") ?? "");
  return fallback;
}

async function sharedStrings(pkg: XlsxPackage, raw: RawInflate | null): Promise<string[]> {
  const out: string[] = [];
  const e = pkg.byLowerName.get(relatedPart(pkg, "sharedStrings", "xl/sharedStrings.xml").toLowerCase());
  if (!e) return out;
  const scan = sharedStringsScanner(out);
  await inflateEntryWith(raw, pkg.bytes, e, (c) => scan.push(c), pkg.budget);
  scan.end();
  return out;
}

/** Trim trailing empty rows so grids stay the used range; holes become empty rows. */
function finishGrid(name: string, values: CellValue[][], formats: (string | null)[][], anyFormat: boolean): SheetGrid {
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  let last = values.length - 1;
  while (last >= 0 && values[last].every((v) => v === null || v === "")) last--;
  values.length = last + 1;
  formats.length = Math.min(formats.length, last + 1);
  return { name, values, numberFormats: anyFormat ? formats : null };
}

function ownSheets(pkg: XlsxPackage): string[] {
  const own: string[] = [];
  for (const n of pkg.definedNames) {
    if (!n.name.startsWith(OWN_NAME_PREFIX) || !ownRoleFromName(n.name)) continue;
    for (const r of n.ranges) {
      const sheet = sheetFromDefinedRange(r);
      if (sheet && !own.includes(sheet)) own.push(sheet);
    }
  }
  return own;
}

/** A prefixed main namespace (<x:worksheet>) or strict OOXML: outside what the scanner reads. */
function unsupported(pkg: XlsxPackage): boolean {
  const wb = partText(pkg, pkg.workbookPath) ?? "";
  return pkg.sheets.length === 0 || /<[A-Za-z_][\w.-]*:workbook[\s>]/.test(wb) || wb.includes("purl.oclc.org/ooxml");
}

/**
 * Read every worksheet of an opened package into grids, in tab order, inflated by `raw` (fflate when
 * null). Throws ZipLimitError past a limit and ZipFormatError on damaged data; null when the caller
 * should use another reader.
 */
export async function readPackageGrids(pkg: XlsxPackage, raw: RawInflate | null = null): Promise<WorkbookGrid | null> {
  if (unsupported(pkg)) return null;
  const strings = await sharedStrings(pkg, raw);
  const styles = readStyleFormats(partText(pkg, relatedPart(pkg, "styles", "xl/styles.xml")));
  const sheets: SheetGrid[] = [];
  for (const s of pkg.sheets) {
    const entry = s.path ? pkg.entries.get(s.path) : undefined;
    if (!entry) continue; // a chart sheet or a dialog sheet: no cells
    const scan = new SheetScanner(strings, styles, pkg.date1904);
    await inflateEntryWith(raw, pkg.bytes, entry, (c) => scan.chunker.push(c), pkg.budget);
    scan.chunker.end();
    // A cut part still inflates cleanly; reading its first rows as the whole sheet would drop the rest silently.
    if (!scan.complete) throw new ZipFormatError(`worksheet ${s.path} ends inside <sheetData>`);
    sheets.push(finishGrid(s.name, scan.sheet.values, scan.sheet.formats, scan.sheet.anyFormat));
  }
  return { sheets, ownSheets: ownSheets(pkg) };
}

/** Open and read an .xlsx held in memory (the pane's file input, the merge, the CLI). */
export function readXlsxGrids(bytes: Uint8Array, raw: RawInflate | null = null): Promise<WorkbookGrid | null> {
  return readPackageGrids(openPackage(bytes), raw);
}

export { dateFromSerial };
