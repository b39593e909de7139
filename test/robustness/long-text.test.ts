jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { writeWorkbookFile, STREAM_CELLS } from "../../src/xlsx";
import { writeSheetModels } from "../../src/excel/write";
import { readResolution } from "../../src/core/reader/read";
import { buildTargetsSheet } from "../../src/core/targets-sheet";
import { EXCEL_TEXT_LIMITS } from "../../src/core/sheet/cell-text";
import type { SheetModel } from "../../src/core/sheet/model";
import { mockContext, model, newWorkbook } from "../excel/helpers";
import { RESOLUTION, nq, tempDir, validWorkbook } from "./helpers";
import ExcelJS from "exceljs";

// Issue 13 item 3: a text longer than Excel's 32,767 characters per cell is cut with a marker by every
// writer: the .xlsx writer (normal, streaming, and the result added to the input's package) and Office.js.

const NOTE_LENGTH = 150_258; // the summary note of the issue

/** Every text run of every cell of every sheet part of an .xlsx, with its length. */
async function longestCellText(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let longest = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const m of xml.matchAll(/<(?:t|v)(?: [^>]*)?>([^<]*)<\/(?:t|v)>/g)) {
      const text = m[1].replace(/&(lt|gt|amp|quot|apos);/g, "_");
      longest = Math.max(longest, text.length);
    }
  }
  return longest;
}

/** A sheet with the long text in A2; `wide` makes row 4 wide enough that the writer counts it as a large sheet (streaming). */
function sheetWith(text: string, wide = false): SheetModel {
  const rows = wide ? 1001 : 1;
  const values: (string | number | null)[][] = [["Ghi chú"], [text], ...Array.from({ length: rows }, (_, i) => [`dòng ${i}`])];
  if (wide) values[3] = [...values[3], ...new Array<null>(Math.ceil(STREAM_CELLS / 1000)).fill(null)];
  return { name: "Tổng hợp", role: "summary", values, styles: {}, styleIds: [], merges: [], columns: [{ width: 40 }], links: [{ cell: "A2", sheet: "Tổng hợp", address: "A1", tooltip: "x".repeat(600) }] } as unknown as SheetModel;
}

describe("no cell over 32,767 characters is ever written", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());
  const long = "Đảng viên hoàn thành tốt nhiệm vụ; ".repeat(5000).slice(0, NOTE_LENGTH);

  it("the rule can fail: the check finds a long text in a file written without the rule", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRow([long]);
    const file = join(tmp.dir, "raw.xlsx");
    await wb.xlsx.writeFile(file);
    expect(await longestCellText(file)).toBe(NOTE_LENGTH);
  });

  it.each([
    ["the normal writer", false],
    ["the streaming writer (large sheets)", true],
  ])("%s", async (_label, wide) => {
    const file = join(tmp.dir, "out.xlsx");
    let via = "";
    expect(await writeWorkbookFile(file, [sheetWith(long, wide)], { onWritePath: (p) => (via = p) })).toEqual({ ok: true });
    expect(via).toBe(wide ? "exceljs-stream" : "exceljs");
    expect(await longestCellText(file)).toBe(EXCEL_TEXT_LIMITS.cell);
  }, 60_000);

  it("nq check: a 150,258-character target text in a Chỉ tiêu sheet comes out cut in every sheet written", async () => {
    const targets = readResolution(RESOLUTION).targets;
    targets[0] = { ...targets[0], text: long };
    const data = join(tmp.dir, "data.xlsx");
    writeFileSync(join(tmp.dir, "base.xlsx"), await validWorkbook());
    expect(await writeWorkbookFile(data, [buildTargetsSheet(targets, "vi")], { copyFrom: join(tmp.dir, "base.xlsx") })).toEqual({ ok: true });
    // the "Chỉ tiêu" sheet we wrote is itself within the limit
    expect(await longestCellText(data)).toBe(EXCEL_TEXT_LIMITS.cell);
    const r = await nq(["check", "data.xlsx", "--out", "out.xlsx"], tmp.dir);
    expect([0, 1]).toContain(r.code);
    expect(await longestCellText(join(tmp.dir, "out.xlsx"))).toBeLessThanOrEqual(EXCEL_TEXT_LIMITS.cell);
  }, 30_000);

  it("the Office.js writer writes the same cut text", async () => {
    const wb = newWorkbook();
    await writeSheetModels(mockContext(wb), [model("Tổng hợp", "summary", [["Ghi chú"], [long]], { links: [{ cell: "A2", sheet: "Tổng hợp", address: "A1", tooltip: "y".repeat(600) }] })]);
    const s = wb.sheet("Tổng hợp");
    const cell = s.read("A2:A2")[0][0] as string;
    expect(cell.length).toBe(EXCEL_TEXT_LIMITS.cell);
    expect(cell).toMatch(/đã cắt bớt: nội dung dài 150\.258 ký tự/);
    expect(s.hyperlinks.A2.screenTip.length).toBe(EXCEL_TEXT_LIMITS.tooltip);
  });
});
