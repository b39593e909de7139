import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import type { SheetGrid, WorkbookGrid } from "../../src/core/model/grid";
import { generateSample } from "../../src/core/sample";
import { readWorkbookBuffer, writeWorkbookFile } from "../../src/xlsx";
import { nodeInflate } from "../../src/xlsx/read";
import { readXlsxGrids } from "../../src/xlsx/grid";
import { sharedStringsScanner } from "../../src/xlsx/scan";
import { SheetScanner } from "../../src/xlsx/scan-bytes";
import { readStyleFormats } from "../../src/xlsx/grid";
import { openpyxlLayout, renamedPartsLayout } from "./other-writers";

jest.setTimeout(120_000);

const NS = "http://schemas.openxmlformats.org";
const MAIN = `${NS}/spreadsheetml/2006/main`;

const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="165"/></cellXfs></styleSheet>`;

const SST = `<?xml version="1.0"?><sst xmlns="${MAIN}" count="4" uniqueCount="4">
<si><t>Họ và tên</t></si>
<si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><t xml:space="preserve">Văn An</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>
<si><t/></si>
<si><t>A &amp; B &lt;1&gt; &#272;&#x1EA3;ng</t></si></sst>`;

/** The cells of the test, one per feature; rows 3 and 5 and column C are left out (sparse). */
const SHEET = `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${NS}/officeDocument/2006/relationships"><dimension ref="A1:F7"/><cols><col min="1" max="1" width="9"/></cols><sheetData>
<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><r><t>Đảng </t></r><r><rPr><i/></rPr><t>viên</t></r></is></c><c r="E1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2"><v>42</v></c><c r="B2" s="1"><v>45292</v></c><c r="D2" s="2"><v>29226.5</v></c><c r="E2" s="3"><v>0.25</v></c><c r="F2" s="4"><v>12.5</v></c></row>
<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c><c r="D4" t="e"><v>#N/A</v></c><c r="E4" t="str"><f>A1&amp;"x"</f><v>Họ và tênx</v></c><c r="F4"><f>1+1</f><v>2</v></c></row>
<row r="6"><c t="s"><v>2</v></c><c><v>7</v></c><c t="inlineStr"><is><t>không có r</t></is></c><c r="F6"/></row>
<row><c r="B7"><v>-1.5E-3</v></c><c t="d"><v>2024-03-05T00:00:00Z</v></c></row>
<row r="9"/>
</sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>`;

function pkg(opts: { date1904?: boolean; sheet?: string; workbookPrefix?: boolean } = {}): Uint8Array {
  const pr = opts.date1904 ? '<workbookPr date1904="1"/>' : "";
  const wb = opts.workbookPrefix
    ? `<x:workbook xmlns:x="${MAIN}" xmlns:r="${NS}/officeDocument/2006/relationships"><x:sheets><x:sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`
    : `<workbook xmlns="${MAIN}" xmlns:r="${NS}/officeDocument/2006/relationships">${pr}<sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/><sheet name="Trống" sheetId="2" state="hidden" r:id="rId2"/></sheets><definedNames><definedName name="_NQ_OWN_summary">'Trống'!$A$1</definedName></definedNames></workbook>`;
  return zipSync({
    "[Content_Types].xml": strToU8(`<Types xmlns="${NS}/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`),
    "_rels/.rels": strToU8(`<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`),
    "xl/worksheets/sheet1.xml": strToU8(opts.sheet ?? SHEET),
    "xl/worksheets/sheet2.xml": strToU8(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`),
    "xl/sharedStrings.xml": strToU8(SST),
    "xl/styles.xml": strToU8(STYLES),
    "xl/workbook.xml": strToU8(wb),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${NS}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${NS}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
  });
}

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

describe("the grid scanner", () => {
  let wb: WorkbookGrid;
  let g: SheetGrid;
  beforeAll(async () => {
    wb = (await readXlsxGrids(pkg()))!;
    g = wb.sheets[0];
  });

  it("reads the sheets in tab order with their names, hidden ones too, and the add-in's markers", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["Dữ liệu", "Trống"]);
    expect(wb.sheets[1].values).toEqual([]);
    expect(wb.ownSheets).toEqual(["Trống"]);
  });

  it("shared strings: plain, rich text joined, phonetic runs left out, empty, entities", () => {
    expect(g.values[0]).toEqual(["Họ và tên", "Nguyễn Văn An", null, "Đảng viên", "A & B <1> Đảng"]);
  });

  it("numbers, dates by built-in and custom formats (1900 system), percents keep their formats", () => {
    expect(g.values[1]).toEqual([42, utc(2024, 1, 1), null, utc(1980, 1, 6, 12), 0.25, 12.5]);
    expect(g.numberFormats![1]).toEqual([null, "mm-dd-yy", null, "dd/mm/yyyy", "0%", '0.0"%"']);
  });

  it("booleans, errors, formula results (text and number)", () => {
    expect(g.values[3]).toEqual([true, false, null, "#N/A", "Họ và tênx", 2]);
  });

  it("sparse rows stay empty; cells and rows without r follow the previous one", () => {
    expect(g.values[2]).toEqual([]);
    expect(g.values[4]).toEqual([]);
    expect(g.values[5]).toEqual(["", 7, "không có r"]);
    expect(g.values[6]).toEqual([null, -0.0015, utc(2024, 3, 5)]);
    expect(g.values.length).toBe(7); // the empty row 9 is trimmed
  });

  it("the 1904 date system", async () => {
    const d = (await readXlsxGrids(pkg({ date1904: true })))!.sheets[0];
    expect(d.values[1][1]).toEqual(utc(2028, 1, 2)); // serial 45292 counted from 1904-01-01
  });

  it("gives the same grid whatever the chunking (every split of the bytes, UTF-8 cut in the middle)", () => {
    const strings: string[] = [];
    const sst = sharedStringsScanner(strings);
    const bytes = strToU8(SST);
    for (let i = 0; i < bytes.length; i += 3) sst.push(bytes.subarray(i, i + 3));
    sst.end();
    expect(strings).toEqual(["Họ và tên", "Nguyễn Văn An", "", "A & B <1> Đảng"]);
    const styles = readStyleFormats(STYLES);
    const sheet = strToU8(SHEET);
    for (const step of [1, 2, 7, 64, 1000]) {
      const scan = new SheetScanner(strings, styles, false);
      for (let i = 0; i < sheet.length; i += step) scan.chunker.push(sheet.subarray(i, i + step));
      scan.chunker.end();
      expect(Array.from(scan.sheet.values.slice(0, 7), (r) => r ?? [])).toEqual(g.values);
    }
  });

  it("a prefixed workbook (<x:workbook>) is left to the ExcelJS fallback", async () => {
    expect(await readXlsxGrids(pkg({ workbookPrefix: true }))).toBeNull();
  });
});

describe("the scanner reads what the ExcelJS reader read", () => {
  let dir: string;
  let ours: Buffer;
  const sample = generateSample({ members: 1500, seed: 21, dirty: true });
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-scan-"));
    const f = path.join(dir, "ours.xlsx");
    expect(await writeWorkbookFile(f, sample.sheets)).toEqual({ ok: true });
    ours = fs.readFileSync(f);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const both = async (bytes: Uint8Array) => {
    process.env.NQ_XLSX_READER = "exceljs";
    const a = await readWorkbookBuffer(Buffer.from(bytes));
    delete process.env.NQ_XLSX_READER;
    const b = await readXlsxGrids(bytes); // fflate, as in the pane
    const n = await readXlsxGrids(bytes, nodeInflate); // Node's zlib, as in the CLI
    expect(n).toEqual(b);
    if (!a.ok) throw new Error(a.message);
    return { a: a.workbook, b: b! };
  };

  it("the sample with injected errors: same names, values and formats", async () => {
    const { a, b } = await both(ours);
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    for (let i = 0; i < a.sheets.length; i++) {
      expect(b.sheets[i].values).toEqual(a.sheets[i].values);
      expect(b.sheets[i].numberFormats ?? null).toEqual(a.sheets[i].numberFormats ?? null);
    }
  });

  it("openpyxl's layout and worksheet parts of other names ('../' targets, numbers out of tab order)", async () => {
    const { b } = await both(ours);
    for (const layout of [openpyxlLayout(ours), renamedPartsLayout(ours)]) {
      const c = (await readXlsxGrids(layout, nodeInflate))!;
      expect(c.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
      expect(c.sheets.map((s) => s.values)).toEqual(b.sheets.map((s) => s.values));
    }
  });
});

describe("the reader's core uses no Node API (it also serves the task pane)", () => {
  it.each(["zip.ts", "package.ts", "scan.ts", "grid.ts", "xml.ts", "marker.ts"])("src/xlsx/%s imports only fflate and its siblings", (f) => {
    const src = fs.readFileSync(path.join(__dirname, "..", "..", "src", "xlsx", f), "utf8");
    const imports = [...src.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    expect(imports.filter((i) => i !== "fflate" && !i.startsWith("./") && !i.startsWith("../core/"))).toEqual([]);
    expect(src).not.toMatch(/\b(process|Buffer|require)\b/);
  });
});

describe("a worksheet part cut short (issue 13: no silent drop)", () => {
  const cut = SHEET.slice(0, SHEET.indexOf('<row r="4"'));

  it("is incomplete for the scanner when <sheetData> never closes", () => {
    const whole = new SheetScanner([], readStyleFormats(null), false);
    whole.chunker.push(strToU8(SHEET));
    whole.chunker.end();
    expect(whole.complete).toBe(true);
    const part = new SheetScanner([], readStyleFormats(null), false);
    part.chunker.push(strToU8(cut));
    part.chunker.end();
    expect(part.complete).toBe(false);
  });

  it("makes the whole file damaged (the truncated sentence), never a shorter sheet", async () => {
    await expect(readXlsxGrids(pkg({ sheet: cut }), nodeInflate)).rejects.toThrow(/sheetData/);
    const r = await readWorkbookBuffer(Buffer.from(pkg({ sheet: cut })), "cut.xlsx");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("truncated");
      expect(r.message).toContain("cut.xlsx");
    }
  });
});
