import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "../../src/xlsx/exceljs"; // the fixed ExcelJS: loaded first, so the reader compared against is the real one
import JSZip from "jszip";
import { generateSample } from "../../src/core/sample";
import { sampleUnitWorkbooks } from "../../src/core/sample/units";
import { buildMergeSheets, mergeWorkbooks } from "../../src/core/merge";
import { readWorkbookBuffer, writeWorkbookFile, type ReadResult } from "../../src/xlsx";
import { readWorkbookBytes } from "../../src/xlsx/bytes-read";
import { bombWorkbook } from "../robustness/bomb";
import { encryptedWorkbook } from "../robustness/cfb";
import { validWorkbook } from "../robustness/helpers";

// The pane's reader (no Node API) must give the grids the command line's reader gives, so a merge in
// the pane is the merge of `nq merge`. Compared file by file on what we write,
// on what ExcelJS writes with its object model, and on hand-made parts other writers produce.

jest.setTimeout(180_000);

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-bytes-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A read as core sees it: values, and the number format of every cell (ExcelJS's full reader, its
 * fallback when the streaming one gives up, shapes the format rows differently).
 */
function seen(r: ReadResult): unknown {
  if (!r.ok) return r;
  const sheets = r.workbook.sheets.map((s) => ({ name: s.name, values: s.values, formats: s.values.map((row, i) => row.map((_, c) => s.numberFormats?.[i]?.[c] ?? null)) }));
  return { ok: true, sheets, ownSheets: r.workbook.ownSheets ?? [] };
}

async function both(buf: Buffer) {
  const a = await readWorkbookBuffer(buf, "x.xlsx");
  const b = await readWorkbookBytes(new Uint8Array(buf), "x.xlsx");
  return { a, b };
}

async function written(name: string, sheets: Parameters<typeof writeWorkbookFile>[1]): Promise<Buffer> {
  const file = path.join(dir, name);
  const w = await writeWorkbookFile(file, sheets, { force: true });
  if (!w.ok) throw new Error(w.message);
  return fs.readFileSync(file);
}

describe("readWorkbookBytes gives the grids of the command line's reader", () => {
  it("on the 68 unit files of the sample, the whole sample (dirty) and a merged workbook with its own report sheet", async () => {
    const sample = generateSample();
    const units = sampleUnitWorkbooks(sample);
    const bufs: Buffer[] = [];
    for (const u of units) bufs.push(await written(u.name, u.sheets));
    bufs.push(await written("dirty.xlsx", generateSample({ dirty: true, members: 600 }).sheets));
    const merged = mergeWorkbooks(units.slice(0, 3).map((u) => ({ name: u.name, workbook: { sheets: u.sheets.map((s) => ({ name: s.name, values: s.values })) } })));
    bufs.push(await written("gop.xlsx", buildMergeSheets(merged)));
    let cells = 0;
    for (const buf of bufs) {
      const { a, b } = await both(buf);
      expect(seen(b)).toEqual(seen(a));
      if (a.ok) cells += a.workbook.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
    }
    const last = await readWorkbookBytes(new Uint8Array(bufs[bufs.length - 1]));
    expect(last.ok && last.workbook.ownSheets).toEqual(["Tình hình gộp"]);
    expect(cells).toBeGreaterThan(20_000);
  });

  it("on ExcelJS's object-model writer: shared strings, rich text, dates, percents, formulas, booleans, errors, gaps", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Đảng viên");
    ws.getCell("A1").value = "Họ và tên";
    ws.getCell("B1").value = { richText: [{ text: "Ngày " }, { text: "sinh", font: { bold: true } }] };
    ws.getCell("A2").value = "Lê Thị <Hoa> & \"Mai\"";
    ws.getCell("B2").value = new Date(Date.UTC(1982, 4, 12));
    ws.getCell("C2").value = 0.875;
    ws.getCell("C2").numFmt = "0.0%";
    ws.getCell("D2").value = { formula: "C2*2", result: 1.75 };
    ws.getCell("E2").value = true;
    ws.getCell("F2").value = { error: "#N/A" };
    ws.getCell("H5").value = 12;
    ws.getCell("AB7").value = "xa";
    ws.getCell("B8").value = 45000;
    ws.getCell("B8").numFmt = 'dd/mm/yyyy;@';
    wb.addWorksheet("Trống");
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const { a, b } = await both(buf);
    expect(seen(b)).toEqual(seen(a));
    expect(b.ok && b.workbook.sheets[0].values[1].slice(0, 6)).toEqual(["Lê Thị <Hoa> & \"Mai\"", new Date(Date.UTC(1982, 4, 12)), 0.875, 1.75, true, "#N/A"]);
  });

  /** validWorkbook with its workbook part and first sheet part edited. */
  async function edited(wb: (xml: string) => string, sheet: (xml: string) => string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await validWorkbook());
    for (const [part, edit] of [["xl/workbook.xml", wb], ["xl/worksheets/sheet1.xml", sheet]] as const) zip.file(part, edit(await zip.file(part)!.async("string")));
    return zip.generateAsync({ type: "nodebuffer" });
  }
  const date1904 = (xml: string) => (/<workbookPr\b/.test(xml) ? xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"') : xml.replace(/(<workbook\b[^>]*>)/, '$1<workbookPr date1904="1"/>'));
  const row9 = (cells: string) => (xml: string) => xml.replace("</sheetData>", `<row r="9">${cells}</row></sheetData>`);

  it("on parts other writers produce: inline strings with runs and phonetic text, the 1904 date system", async () => {
    const buf = await edited(date1904, row9('<c r="A9" t="inlineStr"><is><t>Chi bộ</t></is></c><c r="B9" t="inlineStr"><is><r><t>Thôn </t></r><r><t xml:space="preserve">Đông</t></r><rPh><t>x</t></rPh></is></c><c r="C9"><v>7</v></c>'));
    const { a, b } = await both(buf);
    expect(seen(b)).toEqual(seen(a));
    expect(b.ok && b.workbook.sheets[0].values[8]).toEqual(["Chi bộ", "Thôn Đông", 7]);
    const plain = await readWorkbookBytes(new Uint8Array(await validWorkbook()));
    const birth = (r: typeof b) => (r.ok ? (r.workbook.sheets[1].values[1][2] as Date).getTime() : 0);
    expect((birth(b) - birth(plain)) / 86_400_000).toBe(1462); // same serial, four years later
  });

  it("reads cells written without a reference, as the command line's reader does", async () => {
    const buf = await edited((x) => x, row9("<c t=\"inlineStr\"><is><t>Chi bộ</t></is></c><c/><c><v>7</v></c>"));
    const b = await readWorkbookBytes(new Uint8Array(buf));
    expect(seen(b)).toEqual(seen(await readWorkbookBuffer(buf)));
    expect(b.ok && b.workbook.sheets[0].values[8]).toEqual(["Chi bộ", null, 7]);
  });

  it("names a bad file as the ExcelJS reader does: truncated, password, text, empty, a zip that is no workbook", async () => {
    const good = await validWorkbook();
    const docx = await new JSZip().file("word/document.xml", "<w:document/>").generateAsync({ type: "nodebuffer" });
    const cases: [Buffer, string][] = [
      [good.subarray(0, good.length >> 1), "truncated"],
      [encryptedWorkbook(), "encrypted"],
      [Buffer.from("Họ và tên;Ngày sinh\nAn;1980\n", "utf8"), "csv"],
      [Buffer.alloc(0), "empty"],
      [docx, "not-xlsx"],
      [Buffer.from(bombWorkbook(40 * 1024 ** 2)), "too-big"], // a zip bomb, refused by the same bounded inflation
    ];
    for (const [buf, code] of cases) {
      const { a, b } = await both(buf);
      expect([code, seen(b)]).toEqual([code, seen(a)]);
      expect(b).toMatchObject({ ok: false, code });
    }
  });
});
