import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { SheetModel } from "../../src/core/sheet/model";
import { readWorkbookBuffer, readWorkbookFile, writeWorkbookFile, detectFileKind, freeSheetName } from "../../src/xlsx";
import { buildTemplates } from "../../src/core/templates";
import { generateSample } from "../../src/core/sample";
import { readDataSet } from "../../src/core/data/read";
import { serialFromYMD } from "../../src/core/data/values";

jest.setTimeout(120_000); // ExcelJS on a shared machine

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-xlsx-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const p = (name: string) => path.join(dir, name);

const summary = (name = "Tổng hợp"): SheetModel => ({
  name,
  role: "summary",
  values: [["Tiêu đề", null, null], ["Tổ chức", 0.875, 1250], ["Liên kết", null, null]],
  formulas: { C3: "=C2*2" },
  styles: {
    title: { font: { name: "Times New Roman", size: 14, bold: true, color: "#C00000" }, fill: "#FFF2CC", alignment: { horizontal: "center", wrap: true } },
    pct: { numberFormat: "0.0%", border: { top: true, bottom: true, left: true, right: true }, alignment: { indent: 1 } },
    num: { numberFormat: "#,##0" },
  },
  styleIds: [["title", null, null], [null, "pct", "num"], [null, null, "num"]],
  merges: ["A1:C1"],
  columns: [{ width: 30 }, { width: 12 }, { width: 12, hidden: false }],
  rowHeights: { 0: 30 },
  freeze: { rows: 1, columns: 1 },
  links: [{ cell: "A3", sheet: "Tổ chức", address: "B7", tooltip: "Đi tới ô" }],
  validations: [{ range: "B2:B10", type: "list", values: ["Đạt", "Chưa đạt"], error: "Chọn trong danh sách" }, { range: "C2:C10", type: "whole", min: 0 }],
  conditionalFormats: [{ range: "A2:A10", type: "containsText", text: "Chưa đạt", style: { font: { bold: true, color: "#C00000" } } }],
  page: { orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: "1:1", footer: "Trang &P / &N" },
  tabColor: "#1F4E78",
});

describe("writeWorkbookFile / readWorkbookFile", () => {
  it("round-trips values, formulas, formats, styles, merges, validations, links, page setup and the own-sheet marker", async () => {
    expect(await writeWorkbookFile(p("a.xlsx"), [summary()])).toEqual({ ok: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p("a.xlsx"));
    const ws = wb.getWorksheet("Tổng hợp")!;
    expect(ws.getCell("B2").value).toBe(0.875);
    expect(ws.getCell("B2").numFmt).toBe("0.0%");
    expect(ws.getCell("C2").numFmt).toBe("#,##0");
    expect(ws.getCell("C3").value).toMatchObject({ formula: "C2*2" });
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true, color: { argb: "FFC00000" } });
    expect(ws.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getCell("B2").alignment).toMatchObject({ indent: 1 });
    expect(ws.getCell("B2").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.getCell("A3").value).toMatchObject({ text: "Liên kết", hyperlink: "'Tổ chức'!B7" });
    expect((ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model["B10"]).toMatchObject({ type: "list", formulae: ['"Đạt,Chưa đạt"'] });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, printTitlesRow: "1:1" });
    expect(ws.headerFooter.oddFooter).toBe("Trang &P / &N");
    expect(ws.properties.tabColor).toMatchObject({ argb: "FF1F4E78" });
    const back = await readWorkbookFile(p("a.xlsx"));
    expect(back.ok && back.workbook.ownSheets).toEqual(["Tổng hợp"]);
    expect(back.ok && back.workbook.sheets[0].values[1]).toEqual(["Tổ chức", 0.875, 1250]);
    expect(back.ok && back.workbook.sheets[0].numberFormats?.[1]).toEqual([null, "0.0%", "#,##0"]);
  });

  it("writes the templates as Excel tables with drop-downs, and reads the sample back into the same data", async () => {
    expect(await writeWorkbookFile(p("tpl.xlsx"), buildTemplates("vi"))).toEqual({ ok: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p("tpl.xlsx"));
    const ws = wb.getWorksheet("Đảng viên")!;
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["TblDangVien"]);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } }).dataValidations.model;
    expect(Object.values(dv).some((v) => v.type === "list" && String(v.formulae[0]).includes("Hoàn thành tốt nhiệm vụ"))).toBe(true);
    expect(ws.getCell("B5").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("A4").value).toBe("Họ và tên");

    const s = generateSample({ dirty: true });
    expect(await writeWorkbookFile(p("sample.xlsx"), s.sheets)).toEqual({ ok: true });
    const r = await readWorkbookFile(p("sample.xlsx"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.workbook.ownSheets).toEqual([]);
    const today = serialFromYMD(2026, 6, 30) as number;
    const fromFile = readDataSet(r.workbook, { today });
    const fromGrid = readDataSet(s.grids, { today });
    expect(fromFile.members.length).toBe(fromGrid.members.length);
    expect(fromFile.members.slice(0, 50)).toEqual(fromGrid.members.slice(0, 50));
    const missing = s.injected.filter((e) => !fromFile.issues.some((i) => i.code === e.code && i.sheet === e.sheet && i.cell === e.cell));
    expect(missing).toEqual([]);
  });

  it("with copyFrom: copies the input, replaces only its own earlier sheets, never a user's sheet of the same name", async () => {
    await writeWorkbookFile(p("in.xlsx"), buildTemplates("vi"));
    expect(await writeWorkbookFile(p("out1.xlsx"), [summary()], { copyFrom: p("in.xlsx") })).toEqual({ ok: true });
    expect(await writeWorkbookFile(p("out2.xlsx"), [summary(), summary("Đoàn thể")], { copyFrom: p("out1.xlsx") })).toEqual({ ok: true });
    const r = await readWorkbookFile(p("out2.xlsx"));
    expect(r.ok && r.workbook.sheets.map((s) => s.name)).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể", "Tổng hợp", "Đoàn thể (2)"]);
    expect(r.ok && r.workbook.ownSheets).toEqual(["Tổng hợp", "Đoàn thể (2)"]);
    expect(r.ok && r.workbook.sheets[2].values[3][0]).toBe("Tên đoàn thể"); // the user's sheet is untouched
  });

  it("refuses an existing file without force, never writes the input, and a failure leaves nothing behind", async () => {
    fs.writeFileSync(p("keep.xlsx"), "old");
    const r1 = await writeWorkbookFile(p("keep.xlsx"), [summary()]);
    expect(r1.ok).toBe(false);
    expect(!r1.ok && r1.message).toContain("đã có");
    expect(fs.readFileSync(p("keep.xlsx"), "utf8")).toBe("old");
    await writeWorkbookFile(p("src.xlsx"), [summary()]);
    const r2 = await writeWorkbookFile(p("src.xlsx"), [summary()], { copyFrom: p("src.xlsx"), force: true });
    expect(!r2.ok && r2.message).toContain("đầu vào");
    fs.mkdirSync(p("adir.xlsx"));
    const r3 = await writeWorkbookFile(p("adir.xlsx"), [summary()], { force: true });
    expect(r3.ok).toBe(false);
    expect(fs.statSync(p("adir.xlsx")).isDirectory()).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect((await writeWorkbookFile(p("keep.xlsx"), [summary()], { force: true })).ok).toBe(true);
  });

  it("picks a free sheet name", () => {
    expect(freeSheetName("Tổng hợp", new Set(["tổng hợp", "Tổng hợp (2)"]))).toBe("Tổng hợp (3)");
    expect(freeSheetName("a/b:c", new Set())).toBe("a b c");
  });
});

describe("wrong files get a clear message, never an exception", () => {
  const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  it.each([
    ["empty", Buffer.alloc(0)],
    ["csv", Buffer.from("Họ và tên,Ngày sinh\nLê Văn An,01/02/1980\n", "utf8")],
    ["xls", Buffer.concat([ole2, Buffer.alloc(600, 0), Buffer.from("Workbook", "utf16le")])],
    ["encrypted", Buffer.concat([ole2, Buffer.alloc(600, 0), Buffer.from("EncryptedPackage", "utf16le")])],
    ["not-xlsx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])],
  ])("%s", async (code, buf) => {
    const r = await readWorkbookBuffer(buf, "x.xlsx");
    expect(r).toMatchObject({ ok: false, code });
    expect(!r.ok && r.message).toContain("x.xlsx");
  });

  it("truncated and non-workbook zip files", async () => {
    await writeWorkbookFile(p("full.xlsx"), [summary()], { force: true });
    const full = fs.readFileSync(p("full.xlsx"));
    expect(detectFileKind(full)).toBe("xlsx");
    expect(await readWorkbookBuffer(full.subarray(0, Math.floor(full.length / 2)))).toMatchObject({ ok: false, code: "truncated" });
    const r = await readWorkbookFile(p("missing.xlsx"));
    expect(r).toMatchObject({ ok: false, code: "fs" });
  });
});
