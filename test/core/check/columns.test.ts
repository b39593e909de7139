import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";
import { readDataSet } from "../../../src/core/data/read";
import { runCheck } from "../../../src/core/check/run";
import { target } from "./fixtures";

// Issue 13 items 10 and 14: key columns headed in unexpected ways, and a member list grouped under
// "I. Đảng bộ …" rows instead of a Tổ chức column. Each workbook is the one that went wrong.

const ORGS = { name: "Tổ chức", values: [["Tên tổ chức", "Loại hình", "Số đảng viên"], ["Chi bộ Văn phòng", "Chi bộ cơ sở", 3], ["Chi bộ Tài vụ", "Chi bộ cơ sở", 1]] as CellValue[][] };
const RATED = "member.rating.httnv_plus.share";
const goal = target({ id: "3", text: "90% đảng viên HTTNV trở lên", indicator: RATED, value: 0.9 });
const HTT = "Hoàn thành tốt nhiệm vụ";

function members(header: CellValue[][], ratings: string[]): WorkbookGrid {
  const rows: CellValue[][] = ratings.map((r, i) => ["Nguyễn Văn " + "ABCD"[i], `0${i + 1}/02/1980`, i < 3 ? "Chi bộ Văn phòng" : "Chi bộ Tài vụ", r]);
  return { sheets: [ORGS, { name: "Sheet2", values: [...header, ...rows] }] };
}

function check(wb: WorkbookGrid) {
  const data = readDataSet(wb, { today: 46000 });
  return { data, result: runCheck({ targets: [goal], data, lang: "vi", period: { months: 12, year: 2025 } }) };
}

describe("item 10: key columns not recognised", () => {
  it('"Đánh giá, phân loại" is the rating column', () => {
    const { data, result } = check(members([["Họ và tên", "Ngày sinh", "Tổ chức", "Đánh giá, phân loại"]], [HTT, HTT, "Hoàn thành nhiệm vụ", HTT]));
    expect(data.recognised.find((r) => r.table === "members")?.columns.rating).toBe("D");
    expect(result.targets[0].value).toBe(0.75);
    expect(result.issues.filter((i) => i.code === "CHECK_COLUMN_NOT_FOUND")).toEqual([]);
  });

  it('a two-row merged header reads as "parent › child": "Kết quả đánh giá năm 2025 › Mức xếp loại"', () => {
    const header: CellValue[][] = [
      ["Họ và tên", "Ngày sinh", "Tổ chức", "Kết quả đánh giá năm 2025", null],
      [null, null, null, "Mức xếp loại", "Ghi chú"],
    ];
    const wb = members(header, [HTT, HTT, HTT, HTT]);
    wb.sheets[1].values = wb.sheets[1].values.map((r, i) => (i < 2 ? r : [...r, ""]));
    const { data, result } = check(wb);
    const t = data.recognised.find((r) => r.table === "members");
    expect(t?.columns.rating).toBe("D");
    expect(t?.headerRow).toBe(2);
    expect(t?.headers).toEqual(["Họ và tên", "Ngày sinh", "Tổ chức", "Kết quả đánh giá năm 2025 › Mức xếp loại", "Kết quả đánh giá năm 2025 › Ghi chú"]);
    expect(result.targets[0].status).toBe("dat");
  });

  it("no rating column at all: a warning on the header row naming the columns there and the spellings accepted", () => {
    const { result } = check(members([["Họ và tên", "Ngày sinh", "Tổ chức", "Kết quả cuối năm"]], [HTT, HTT, HTT, HTT]));
    expect(result.targets[0].status).toBe("thieu-du-lieu");
    const found = result.issues.filter((i) => i.code === "CHECK_COLUMN_NOT_FOUND");
    expect(found.map((i) => [i.severity, i.sheet, i.cell])).toEqual([["warning", "Sheet2", "A1"]]);
    const m = found[0].message;
    expect(m).toContain('Chỉ tiêu 3 cần cột "Xếp loại"');
    expect(m).toContain('bảng "Đảng viên" ở sheet "Sheet2" (dòng tiêu đề 1)');
    expect(m).toContain('Các cột đang có: "Họ và tên", "Ngày sinh", "Tổ chức", "Kết quả cuối năm"');
    expect(m).toContain('"đánh giá, phân loại"');
    expect(found[0].messageEn).toContain('Columns there: "Họ và tên", "Ngày sinh", "Tổ chức", "Kết quả cuối năm"');
  });

  it("two targets needing the same column get one issue naming both; a blank column that is there gets none", () => {
    const data = readDataSet(members([["Họ và tên", "Ngày sinh", "Tổ chức", "Ghi chú"]], [HTT, HTT, HTT, HTT]), { today: 46000 });
    const second = target({ id: "4", indicator: "member.rating.htxsnv.share", value: 0.1 });
    const r = runCheck({ targets: [goal, second], data, lang: "vi", period: { months: 12, year: 2025 } });
    const found = r.issues.filter((i) => i.code === "CHECK_COLUMN_NOT_FOUND");
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Chỉ tiêu 3, 4 cần cột");
    const blank = readDataSet(members([["Họ và tên", "Ngày sinh", "Tổ chức", "Xếp loại"]], ["", "", "", ""]), { today: 46000 });
    const rb = runCheck({ targets: [goal], data: blank, lang: "vi", period: { months: 12, year: 2025 } });
    expect(rb.targets[0].status).toBe("thieu-du-lieu");
    expect(rb.issues.filter((i) => i.code === "CHECK_COLUMN_NOT_FOUND")).toEqual([]);
  });
});

describe("item 14: a member list grouped under organisation rows, without a Tổ chức column", () => {
  const grouped: WorkbookGrid = {
    sheets: [
      ORGS,
      {
        name: "Đảng viên",
        values: [
          ["Họ và tên", "Ngày sinh", "Xếp loại"],
          ["I. Chi bộ Văn phòng", null, null],
          ["Nguyễn Văn A", "01/02/1980", HTT],
          ["Nguyễn Văn B", "02/02/1980", HTT],
          ["Nguyễn Văn C", "03/02/1980", HTT],
          ["II. Chi bộ Tài vụ", null, null],
          ["Nguyễn Văn D", "04/02/1980", HTT],
        ],
      },
    ],
  };

  it("COLUMN_MISSING is a warning (as docs/data.md says): no error, every member counted", () => {
    const { data, result } = check(grouped);
    const missing = data.issues.filter((i) => i.code === "COLUMN_MISSING");
    expect(missing.map((i) => [i.severity, i.cell])).toEqual([["warning", "A1"]]);
    expect(data.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(data.members.map((m) => m.org)).toEqual(["Chi bộ Văn phòng", "Chi bộ Văn phòng", "Chi bộ Văn phòng", "Chi bộ Tài vụ"]);
    expect(result.targets[0].value).toBe(1);
  });

  it("the rule can fail: a row with no group above it and no Tổ chức column is still an error", () => {
    const wb: WorkbookGrid = { sheets: [ORGS, { name: "Đảng viên", values: [["Họ và tên", "Ngày sinh", "Xếp loại"], ["Nguyễn Văn A", "01/02/1980", HTT]] }] };
    const { data } = check(wb);
    expect(data.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["REQUIRED_EMPTY"]);
  });
});
