jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { writeSheetModels } from "../../src/excel/write";
import { readWorkbookGrids } from "../../src/excel/read";
import { WEB_PAYLOAD_LIMIT } from "../../src/excel/payload";
import { rectanglesByStyle } from "../../src/excel/styles";
import { mockContext, model, newWorkbook, officeError } from "./helpers";
import type { SheetModel } from "../../src/core/sheet/model";

function summary(rows = 3): SheetModel {
  const values: (string | number | null)[][] = [["STT", "Chỉ tiêu", "Tỷ lệ", "Đánh giá"]];
  for (let i = 1; i <= rows; i++) values.push([i, `Chỉ tiêu ${i}`, i / 10, "Đạt"]);
  return model("Tổng hợp", "summary", values, {
    styleIds: values.map((r, i) => r.map((_, c) => (i === 0 ? "head" : c === 2 ? "pct" : null))),
    merges: ["A1:B1"],
    rowHeights: { 0: 30 },
    freeze: { rows: 1, columns: 0 },
    links: [{ cell: "B2", sheet: "Theo tổ chức", address: "A5", tooltip: "Xem" }],
    validations: [{ range: "D2:D4", type: "list", values: ["Đạt", "Chưa đạt"] }],
    conditionalFormats: [{ range: "D2:D4", type: "containsText", text: "Chưa đạt", style: { font: { color: "#C00000", bold: true } } }],
    table: { name: "NQ_TongHop", range: "A1:D4", style: "TableStyleLight1" },
    page: { orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: "1:1", footer: "Trang &P / &N" },
    tabColor: "#1F4E79",
  });
}

describe("writeSheetModels", () => {
  it("writes values, number formats as one 2-D array, styles, merges, links, validation, CF, table, freeze and page setup", async () => {
    const wb = newWorkbook({ "Tổ chức": [["Tên"], ["Chi bộ 1"]] });
    const ctx = mockContext(wb);
    const out = await writeSheetModels(ctx, [summary(), model("Theo tổ chức", "by-organisation", [["x"]])], { activate: "summary" });
    expect(out.sheets).toEqual({ summary: "Tổng hợp", "by-organisation": "Theo tổ chức" });
    const s = wb.sheet("Tổng hợp");
    expect(s.read("A1:D2")).toEqual([["STT", "Chỉ tiêu", "Tỷ lệ", "Đánh giá"], [1, "Chỉ tiêu 1", 0.1, "Đạt"]]);
    expect(s.getFormat(1, 2)).toBe("0.0%");
    expect(s.getFormat(1, 1)).toBe("General");
    expect(s.styleAt("C1", "font.bold")).toBe(true);
    expect(s.styleAt("D1", "fill.color")).toBe("#DDEEFF");
    expect(s.styleAt("B1", "border.InsideVertical.style")).toBe("Continuous");
    expect(s.styleAt("B2", "font.bold")).toBeUndefined();
    expect(s.merges).toEqual(["A1:B1"]);
    expect(s.rowHeights[0]).toBe(30);
    expect(s.columnWidths[0]).toBeGreaterThan(60);
    expect(s.freeze).toEqual({ rows: 1, columns: 0 });
    expect(s.hyperlinks.B2).toMatchObject({ documentReference: "'Theo tổ chức'!A5", textToDisplay: "Chỉ tiêu 1", screenTip: "Xem" });
    expect(s.validations[0]).toMatchObject({ range: "D2:D4", rule: { list: { inCellDropDown: true, source: "Đạt,Chưa đạt" } } });
    expect(s.conditionalFormats[0]).toMatchObject({ type: "ContainsText", range: "D2:D4", "font.color": "#C00000", rule: { operator: "Contains", text: "Chưa đạt" } });
    expect(wb.tables).toEqual([expect.objectContaining({ name: "NQ_TongHop", address: "A1:D4", style: "TableStyleLight1" })]);
    expect(s.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$1", centerFooter: "Trang &P / &N" });
    expect(s.tabColor).toBe("#1F4E79");
    expect(wb.activeSheet().name).toBe("Tổng hợp");
    expect(wb.names.map((n) => n.name).sort()).toEqual(["_NQ_OWN_by_organisation", "_NQ_OWN_summary"]);
    expect(wb.sheetNames()).toEqual(["Tổ chức", "Tổng hợp", "Theo tổ chức"]);
  });

  it("keeps text that Excel would convert (dates, formulas) as text via the '@' format", async () => {
    const wb = newWorkbook();
    await writeSheetModels(mockContext(wb), [model("Tổng hợp", "summary", [["1/2", "=HYPERLINK(\"x\")", "Chi bộ 3", 5]])]);
    const s = wb.sheet("Tổng hợp");
    expect([0, 1, 2, 3].map((c) => s.getFormat(0, c))).toEqual(["@", "@", "General", "General"]);
  });

  it("replaces only its own marked sheets: a user's sheet named Tổng hợp stays, ours becomes Tổng hợp (2)", async () => {
    const wb = newWorkbook({ "Tổng hợp": [["Bảng của tôi", 42]], "Đảng viên": [["Họ tên"], ["A"]] });
    const ctx = mockContext(wb);
    await writeSheetModels(ctx, [summary()]);
    expect(wb.sheetNames()).toEqual(["Tổng hợp", "Đảng viên", "Tổng hợp (2)"]);
    // A second run replaces "Tổng hợp (2)" (ours), not the user's sheet, and reuses the name.
    await writeSheetModels(mockContext(wb), [summary(5)]);
    expect(wb.sheetNames()).toEqual(["Tổng hợp", "Đảng viên", "Tổng hợp (2)"]);
    expect(wb.sheet("Tổng hợp").read("A1:B1")).toEqual([["Bảng của tôi", 42]]);
    expect(wb.sheet("Tổng hợp (2)").read("B6")).toEqual([["Chỉ tiêu 5"]]);
    expect(wb.names.map((n) => n.name)).toEqual(["_NQ_OWN_summary"]);
    expect(wb.tables.map((t) => t.name)).toEqual(["NQ_TongHop"]);
  });

  it("leaves the input sheets' values and formats unchanged", async () => {
    const input = [["Tên tổ chức", "Ngày", "Tỷ lệ"], ["Chi bộ 1", 45000, 0.5], ["Chi bộ 2", 45001, 0.75]];
    const wb = newWorkbook({ "Tổ chức": input });
    wb.sheet("Tổ chức").setFormats(1, 1, [["dd/mm/yyyy"], ["dd/mm/yyyy"]]);
    const before = JSON.stringify(await readWorkbookGrids(mockContext(wb)).then((r) => r.sheets));
    await writeSheetModels(mockContext(wb), [summary(), model("Lỗi dữ liệu", "issues", [["Mã"], ["X"]])]);
    await writeSheetModels(mockContext(wb), [summary(2)]);
    const after = await readWorkbookGrids(mockContext(wb));
    expect(JSON.stringify(after.sheets)).toBe(before);
    expect(wb.sheet("Tổ chức").styleOps).toEqual([]);
  });

  it("rolls back: a failure midway removes the sheets it added and keeps the previous output", async () => {
    const wb = newWorkbook({ "Tổ chức": [["Tên"]] });
    await writeSheetModels(mockContext(wb), [summary(2)]);
    const names = wb.sheetNames();
    wb.failWhen = (op) => (op.kind === "values" && op.sheet?.startsWith("~nq1") ? officeError("GeneralException", "boom") : null);
    await expect(writeSheetModels(mockContext(wb), [summary(4), model("Theo tổ chức", "by-organisation", [["a"]])])).rejects.toMatchObject({ code: "GeneralException" });
    wb.failWhen = null;
    expect(wb.sheetNames()).toEqual(names);
    expect(wb.sheet("Tổng hợp").read("A3")).toEqual([[2]]);
    expect(wb.names.map((n) => n.name)).toEqual(["_NQ_OWN_summary"]);
  });

  it("rolls back when the swap itself fails (protected workbook structure)", async () => {
    const wb = newWorkbook({ "Tổ chức": [["Tên"]] });
    await writeSheetModels(mockContext(wb), [summary(2)]);
    wb.failWhen = (op) => (op.kind === "rename" ? officeError("AccessDenied", "protected") : null);
    await expect(writeSheetModels(mockContext(wb), [summary(4)])).rejects.toMatchObject({ code: "AccessDenied" });
    wb.failWhen = null;
    expect(wb.sheetNames().filter((n) => n.startsWith("~nq"))).toEqual([]);
  });

  it("writes in a fixed number of syncs: 3 for 10 rows and for 100,000 rows only the value chunks add syncs, each under 5 MB", async () => {
    const wbSmall = newWorkbook({ Data: [["x"]] });
    const ctxSmall = mockContext(wbSmall);
    const spySmall = jest.spyOn(ctxSmall, "sync");
    const small = await writeSheetModels(ctxSmall, [summary(10), model("Lỗi dữ liệu", "issues", [["a"], ["b"]])]);
    expect(spySmall).toHaveBeenCalledTimes(3);
    expect(small.stats).toMatchObject({ syncs: 3, valueRequests: 1 });

    const wbBig = newWorkbook({ Data: [["x"]] });
    const ctxBig = mockContext(wbBig);
    const spyBig = jest.spyOn(ctxBig, "sync");
    const big = await writeSheetModels(ctxBig, [summary(100_000), model("Lỗi dữ liệu", "issues", [["a"], ["b"]])]);
    expect(spyBig).toHaveBeenCalledTimes(2 + big.stats.valueRequests);
    expect(big.stats.valueRequests).toBeGreaterThan(1);
    const total = wbBig.requests.reduce((n, r) => n + r.requestBytes, 0);
    expect(big.stats.valueRequests).toBeLessThanOrEqual(Math.ceil(total / 2_000_000));
    expect(wbBig.largestRequest()).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(wbBig.sheet("Tổng hợp").read("B100001")).toEqual([["Chỉ tiêu 100000"]]);
    expect(wbBig.sheet("Tổng hợp").getFormat(100_000, 2)).toBe("0.0%");
  });
});

describe("several sheets of one role", () => {
  it("marks each (_NQ_OWN_role, _NQ_OWN_role_2) and a re-run replaces them all", async () => {
    const wb = newWorkbook({ Data: [["x"]] });
    const two = () => [model("Mẫu A", "input-sample", [["a"]]), model("Mẫu B", "input-sample", [["b"]])];
    const out = await writeSheetModels(mockContext(wb), two());
    expect(out.names).toEqual(["Mẫu A", "Mẫu B"]);
    expect(wb.names.map((n) => n.name)).toEqual(["_NQ_OWN_input_sample", "_NQ_OWN_input_sample_2"]);
    await writeSheetModels(mockContext(wb), two());
    expect(wb.sheetNames()).toEqual(["Data", "Mẫu A", "Mẫu B"]);
  });
});

describe("rectanglesByStyle", () => {
  it("groups a styled table into few blocks", () => {
    const ids = [
      ["h", "h", "h"],
      [null, "p", null],
      [null, "p", null],
      ["h", "h", null],
    ];
    const rects = rectanglesByStyle(ids);
    expect(rects.get("h")).toEqual([{ row1: 0, col1: 0, row2: 0, col2: 2 }, { row1: 3, col1: 0, row2: 3, col2: 1 }]);
    expect(rects.get("p")).toEqual([{ row1: 1, col1: 1, row2: 2, col2: 1 }]);
  });
});

describe("long drop-down lists", () => {
  it("writes the targets sheet's indicator list (over 255 characters) to a hidden column and points the validation at it", async () => {
    const { buildTargetsSheet } = await import("../../src/core/targets-sheet");
    const { readResolution } = await import("../../src/core/reader/read");
    const text = "Chỉ tiêu:\n- Có 90% đảng viên hoàn thành tốt nhiệm vụ trở lên.\n- Kết nạp 25 đảng viên mới.";
    const sheet = buildTargetsSheet(readResolution(text).targets, "vi");
    const wb = newWorkbook();
    await writeSheetModels(mockContext(wb), [sheet]);
    const s = wb.sheet(sheet.name);
    const lists = s.validations.filter((v: { rule?: { list?: { source: string } } }) => v.rule?.list);
    expect(lists.length).toBeGreaterThan(0);
    for (const v of lists) expect(v.rule.list.source.length).toBeLessThanOrEqual(255);
    const ref = lists.map((v: { rule: { list: { source: string } } }) => v.rule.list.source).find((src: string) => src.startsWith("="));
    expect(ref).toMatch(/^=\$[A-Z]+\$1:\$[A-Z]+\$\d+$/);
    const [, col, n] = /^=\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(ref) as RegExpExecArray;
    const items = s.read(`${col}1:${col}${n}`).map((r: unknown[]) => r[0]);
    expect(items).toContain("member.admitted.count");
    const c = col.split("").reduce((k: number, ch: string) => k * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(s.hiddenColumns[c]).toBe(true);
  });
});
