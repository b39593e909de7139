import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
// src/xlsx first: it fixes ExcelJS's UTF-8 decoding before ExcelJS is loaded.
import { readWorkbookFile, writeWorkbookFile } from "../../src/xlsx";
import ExcelJS from "exceljs";
import type { SheetModel } from "../../src/core/sheet/model";
import { dropDanglingSheets } from "../../src/xlsx/dangling-sheets";
import { RESOLUTION, nq, sha256, tempDir, validWorkbook } from "./helpers";

// Issue 13's left-over: a workbook whose workbook.xml has a bare <sheet/> entry (no name, no r:id: it
// points at no part) was read, but writing the result refused with the generic "gặp lỗi không lường
// trước": the zip-level merge gave up on the nameless entry and ExcelJS's copy threw on it. The writers
// now copy the input without such entries (nothing is behind them) and shift the indices that count them.

jest.setTimeout(120_000);

/** The valid workbook with its workbook.xml changed. */
async function withWorkbookXml(change: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await validWorkbook());
  zip.file("xl/workbook.xml", change(await zip.file("xl/workbook.xml")!.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

async function workbookXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(file))).file("xl/workbook.xml")!.async("string");
}

/** Every <sheet> entry has a relationship id, and ExcelJS (which threw on the bare entry) opens the file. */
async function expectSound(file: string): Promise<ExcelJS.Workbook> {
  const xml = await workbookXml(file);
  for (const tag of xml.match(/<sheet\b[^>]*>/g) ?? []) expect(tag).toMatch(/\sr:id="/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

describe("a workbook with a bare <sheet/> entry is checked and its result written", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
    writeFileSync(join(tmp.dir, "nq.txt"), RESOLUTION, "utf8");
  });
  afterEach(() => tmp.cleanup());

  it("nq check: exit 0/1, the output has the input's two sheets and the results, the input unchanged", async () => {
    const input = join(tmp.dir, "du-lieu.xlsx");
    writeFileSync(input, await withWorkbookXml((x) => x.replace("<sheets>", "<sheets><sheet/>")));
    const before = sha256(input);
    const r = await nq(["check", "du-lieu.xlsx", "--targets", "nq.txt", "--out", "ket-qua.xlsx"], tmp.dir);
    expect(r.err).toBe("");
    expect([0, 1]).toContain(r.code);
    expect(sha256(input)).toBe(before);
    const out = join(tmp.dir, "ket-qua.xlsx");
    const wb = await expectSound(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(["Tổ chức", "Đảng viên"]);
    expect(names).toEqual(expect.arrayContaining(["Chỉ tiêu", "Tổng hợp", "Lỗi dữ liệu"]));
    // The input's rows are there as they were.
    const read = await readWorkbookFile(out);
    if (!read.ok) throw new Error(read.message);
    expect(read.workbook.sheets.find((s) => s.name === "Đảng viên")!.values.length).toBe(41);
  });

  it("an entry between two sheets: the sheet-local name and the active tab keep pointing at 'Đảng viên'", async () => {
    const input = join(tmp.dir, "giua.xlsx");
    const bytes = await withWorkbookXml((x) =>
      x
        .replace('<sheet sheetId="2"', '<sheet name="Không có phần" sheetId="9"/><sheet sheetId="2"')
        .replace("<sheets>", '<bookViews><workbookView activeTab="2"/></bookViews><sheets>')
        .replace("</sheets>", '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">\'Đảng viên\'!$A$1:$F$41</definedName><definedName name="Mat" localSheetId="1">1</definedName></definedNames>'),
    );
    writeFileSync(input, bytes);
    const r = await nq(["check", "giua.xlsx", "--targets", "nq.txt", "--out", "ket-qua.xlsx"], tmp.dir);
    expect(r.err).toBe("");
    const out = join(tmp.dir, "ket-qua.xlsx");
    await expectSound(out);
    const xml = await workbookXml(out);
    expect(xml).not.toContain("Không có phần");
    expect(xml).toContain('activeTab="1"');
    expect(xml).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="1">'Đảng viên'/);
    // A name local to the entry that had no sheet goes with it.
    expect(xml).not.toContain('name="Mat"');
  });

  it("ExcelJS's copy (the fallback when the zip-level merge cannot be used) reads it too", async () => {
    const input = join(tmp.dir, "du-lieu.xlsx");
    writeFileSync(input, await withWorkbookXml((x) => x.replace("<sheets>", "<sheets><sheet/>")));
    const out = join(tmp.dir, "ket-qua.xlsx");
    const extra: SheetModel = { name: "Thêm", role: "functions-demo", values: [["a", 1]], styles: {}, styleIds: [[null, null]], merges: [], columns: [{ width: 10 }, { width: 10 }] };
    let via = "";
    expect(await writeWorkbookFile(out, [extra], { copyFrom: input, merge: false, onWritePath: (v) => (via = v) })).toEqual({ ok: true });
    expect(via).toBe("exceljs-copy");
    const wb = await expectSound(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổ chức", "Đảng viên", "Thêm"]);
  });
});

describe("dropDanglingSheets", () => {
  it("leaves a workbook whose entries all have a relationship untouched (the rule can fail)", async () => {
    const xml = (await (await JSZip.loadAsync(await validWorkbook())).file("xl/workbook.xml")!.async("string")).replace("<sheets>", '<bookViews><workbookView activeTab="1"/></bookViews><sheets>');
    expect(dropDanglingSheets(xml)).toEqual({ xml, dropped: 0 });
    const bare = xml.replace("<sheets>", "<sheets><sheet/>");
    const r = dropDanglingSheets(bare);
    expect(r.dropped).toBe(1);
    // activeTab 1 counted the bare entry: it pointed at "Tổ chức", and still does.
    expect(r.xml).toBe(xml.replace('activeTab="1"', 'activeTab="0"'));
  });
});
