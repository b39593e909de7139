jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { readWorkbookGrids } from "../../src/excel/read";
import { writeSheetModels } from "../../src/excel/write";
import { WEB_PAYLOAD_LIMIT } from "../../src/excel/payload";
import { mockContext, model, newWorkbook } from "./helpers";

function members(n: number): unknown[][] {
  const rows: unknown[][] = [["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Tổ chức", "Ngày vào Đảng", "Xếp loại", "Trình độ", "Ghi chú"]];
  for (let i = 1; i <= n; i++) {
    rows.push([i, `Nguyễn Văn Thành ${i}`, 30000 + (i % 9000), i % 2 ? "Nam" : "Nữ", `Chi bộ Trường học số ${i % 40}`, 38000 + (i % 4000), "HTTNV", "Đại học", ""]);
  }
  return rows;
}

describe("readWorkbookGrids", () => {
  it("reads used ranges that do not start at A1, with their origin, values and number formats", async () => {
    const wb = newWorkbook({ Empty: [] });
    const s = wb.addSheet("Tổ chức");
    s.setValues(2, 2, [["Tên tổ chức", "Số đảng viên", "Tỷ lệ"], ["Chi bộ 1", 12, 0.5]]);
    s.setFormats(3, 4, [["0%"]]);
    const ctx = mockContext(wb);
    const read = await readWorkbookGrids(ctx);
    const grid = read.sheets.find((g) => g.name === "Tổ chức")!;
    expect(grid.origin).toEqual({ row: 2, column: 2 });
    expect(grid.values).toEqual([["Tên tổ chức", "Số đảng viên", "Tỷ lệ"], ["Chi bộ 1", 12, 0.5]]);
    expect(grid.numberFormats?.[1][2]).toBe("0%");
    expect(read.sheets.find((g) => g.name === "Empty")!.values).toEqual([]);
    expect(read.allSheets).toEqual(["Empty", "Tổ chức"]);
  });

  it("skips the add-in's own output sheets (found by marker, even renamed) but reads a user's sheet called Tổng hợp", async () => {
    const wb = newWorkbook({ "Đảng viên": members(3) });
    const ctx = mockContext(wb);
    await writeSheetModels(ctx, [model("Tổng hợp", "summary", [["STT", "Chỉ tiêu"], [1, "x"]])]);
    wb.sheet("Tổng hợp").name = "Kết quả 2025"; // the user renames our sheet
    wb.addSheet("Tổng hợp", [["của người dùng"]]);
    const read = await readWorkbookGrids(mockContext(wb));
    expect(read.ownSheets).toEqual(["Kết quả 2025"]);
    expect(read.roles.summary).toBe("Kết quả 2025");
    expect(read.sheets.map((g) => g.name)).toEqual(["Đảng viên", "Tổng hợp"]);
  });

  it("uses a fixed number of syncs: 3 for 10 rows; for 100,000 rows only the chunks add syncs, each under 5 MB", async () => {
    const small = newWorkbook({ "Đảng viên": members(10), "Tổ chức": members(5) });
    const ctxSmall = mockContext(small);
    const spySmall = jest.spyOn(ctxSmall, "sync");
    const a = await readWorkbookGrids(ctxSmall);
    expect(spySmall).toHaveBeenCalledTimes(3);
    expect(a.stats).toMatchObject({ syncs: 3, valueRequests: 1 });

    const big = newWorkbook({ "Đảng viên": members(100_000), "Tổ chức": members(5) });
    const ctxBig = mockContext(big);
    const spyBig = jest.spyOn(ctxBig, "sync");
    const b = await readWorkbookGrids(ctxBig);
    const bytes = big.requests.map((r) => r.responseBytes);
    const total = bytes.reduce((x, y) => x + y, 0);
    // Chunks only: the same 2 fixed syncs plus one per request of values, and just as many as the size needs.
    expect(spyBig).toHaveBeenCalledTimes(2 + b.stats.valueRequests);
    expect(b.stats.valueRequests).toBeGreaterThan(1);
    expect(b.stats.valueRequests).toBeLessThanOrEqual(Math.ceil(total / 2_000_000));
    expect(big.largestRequest()).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(b.stats.largestPayloadBytes).toBe(Math.max(...bytes));
    const grid = b.sheets.find((g) => g.name === "Đảng viên")!;
    expect(grid.values).toHaveLength(100_001);
    expect(grid.values[100_000][1]).toBe("Nguyễn Văn Thành 100000");
    expect(grid.numberFormats).toHaveLength(100_001);
  });

  it("raises its per-cell estimate when texts are long, and still keeps every request under 5 MB", async () => {
    const long = "Đảng bộ cơ quan Ủy ban nhân dân tỉnh – chi bộ phòng tổng hợp ".repeat(4);
    const rows = Array.from({ length: 30_000 }, (_, i) => [long + i, long, long, i]);
    const wb = newWorkbook({ Dài: rows });
    const ctx = mockContext(wb);
    const read = await readWorkbookGrids(ctx, { numberFormats: false });
    expect(wb.largestRequest()).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(read.sheets[0].values).toHaveLength(30_000);
    expect(read.sheets[0].numberFormats).toBeNull();
  });
});
