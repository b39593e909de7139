import { readTargetsSheet } from "../../../src/core/targets-sheet";
import { buildTargetsSheet } from "../../../src/core/targets-sheet/build";
import { readReportSettings, settingsWrites } from "../../../src/core/targets-sheet/settings";
import { moveLongListsToColumns } from "../../../src/core/sheet/long-lists";
import { target } from "../check/fixtures";

describe("the report settings block of the Chỉ tiêu sheet", () => {
  const fields = {
    superior: "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
    issuer: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
    number: "15-BC/ĐUK",
    place: "Lâm Đồng",
    date: { day: 5, month: 1, year: 2025 },
    docType: "phu-luc" as const,
    attachedNumber: "14-BC/ĐUK",
    attachedDate: { day: 4, month: 1, year: 2025 },
    signerTitle: ["K/T BÍ THƯ", "PHÓ BÍ THƯ"],
    signer: "Trần Thị Bình",
    recipients: ["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu VP"],
    resolutionNumber: "12-NQ/ĐUK",
  };
  const targets = [target({ id: "1", text: "90% đảng viên", value: 0.9 }), target({ id: "2", text: "kết nạp 5", kind: "count", value: 5 })];

  it("round-trips every field, and leaves the targets as they were", () => {
    const sheet = buildTargetsSheet(targets, "vi", { fields });
    const grid = { name: sheet.name, values: sheet.values };
    expect(readReportSettings(grid)).toEqual(fields);
    expect(readTargetsSheet(grid).targets.map((x) => [x.id, x.value])).toEqual([["1", 0.9], ["2", 5]]);
    expect(readTargetsSheet(grid).issues).toEqual([]);
  });

  it("is found where staff moved it, reads Excel dates and English labels; blanks give nothing", () => {
    const serial = (Date.UTC(2025, 0, 5) - Date.UTC(1899, 11, 30)) / 86400000;
    const grid = { name: "Chỉ tiêu", values: [[null, null, "Report date", serial], ["Ngày của Báo cáo đó", new Date(Date.UTC(2024, 6, 1))], ["Loại văn bản", "Báo cáo"], ["Người ký", null], ["Chức danh ký", "T/L BAN THƯỜNG VỤ | CHÁNH VĂN PHÒNG"]] };
    expect(readReportSettings(grid)).toEqual({ date: { day: 5, month: 1, year: 2025 }, attachedDate: { day: 1, month: 7, year: 2024 }, docType: "bao-cao", signerTitle: ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"] });
    expect(readReportSettings(buildTargetsSheet(targets, "vi"))).toEqual({});
  });

  it("a blank field stays blank with the writer's hidden list columns further right (found on nq report: an indicator id as the report's number)", () => {
    const sheet = moveLongListsToColumns(buildTargetsSheet(targets, "vi", { fields: { signer: "Trần Thị Bình" } }));
    const grid = { name: sheet.name, values: sheet.values };
    expect(grid.values.some((r) => r.some((v) => typeof v === "string" && /^member\./.test(v)))).toBe(true);
    expect(readReportSettings(grid)).toEqual({ signer: "Trần Thị Bình" });
  });
});

describe("fields typed in the pane, written back into the settings block", () => {
  const targets = [target({ id: "1", text: "90% đảng viên", value: 0.9 })];
  const today = { day: 3, month: 12, year: 2026 };

  it("writes only what differs from what the check used without the pane, at the cell the reader takes", () => {
    const grid = buildTargetsSheet(targets, "vi", { fields: { signer: "Trần Thị Bình", docType: "phu-luc" } });
    const used = { ...readReportSettings(grid), date: today };
    const writes = settingsWrites(grid, { signer: "Nguyễn Văn An", date: today, docType: "phu-luc", place: "Đà Lạt" }, used, "vi");
    expect(writes.map((w) => w.value).sort()).toEqual(["Nguyễn Văn An", "Đà Lạt"]);
    const applied = grid.values.map((r) => [...r]);
    for (const w of writes) applied[w.row][w.column] = w.value;
    // Today's prefilled date stays a blank "today" cell; the type stays "Phụ lục".
    expect(readReportSettings({ name: grid.name, values: applied })).toEqual({ signer: "Nguyễn Văn An", place: "Đà Lạt", docType: "phu-luc" });
  });

  it("a block moved by staff (origin, a label merged over two cells); no block, no writes", () => {
    const grid = { name: "Chỉ tiêu", origin: { row: 4, column: 2 }, values: [["Người ký", null, "Cũ"], ["Số báo cáo", null, null]] };
    const writes = settingsWrites(grid, { signer: "Mới", number: "15-BC/ĐUK" }, readReportSettings(grid), "vi");
    expect(writes).toEqual([{ row: 4, column: 4, value: "Mới" }, { row: 5, column: 3, value: "15-BC/ĐUK" }]);
    expect(settingsWrites({ name: "x", values: [["a", 1]] }, { signer: "Mới" }, {}, "vi")).toEqual([]);
    expect(settingsWrites(grid, { signer: "Cũ" }, {}, "vi")).toEqual([]);
  });
});
