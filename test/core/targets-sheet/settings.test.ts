import { readTargetsSheet } from "../../../src/core/targets-sheet";
import { buildTargetsSheet } from "../../../src/core/targets-sheet/build";
import { readReportSettings } from "../../../src/core/targets-sheet/settings";
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
