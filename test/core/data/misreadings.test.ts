import type { WorkbookGrid } from "../../../src/core/model/grid";
import { readDataSet } from "../../../src/core/data/read";
import { readTargetsSheet } from "../../../src/core/targets-sheet";

// Issue 13, misreadings of real workbooks: each case with the exact cells that went wrong.

const ORGS = { name: "Tổ chức", values: [["Tên tổ chức", "Loại hình", "Số đảng viên"], ["Chi bộ Văn phòng", "Chi bộ cơ sở", 2], ["Chi bộ Tài vụ", "Chi bộ cơ sở", 1]] };

describe("item 6: a targets sheet is never data", () => {
  // A hand-made "Chỉ tiêu" sheet: "Loại" is also an alias of Loại hình and "Đơn vị" of Tên tổ chức.
  const handMade = {
    name: "Chỉ tiêu",
    values: [
      ["STT", "Chỉ tiêu (trích nguyên văn)", "Loại", "Điều kiện", "Giá trị", "Đơn vị tính", "Đơn vị"],
      [1, "Mỗi chi bộ cơ sở có ít nhất 01 gương điển hình", "Số lượng", "≥", 1, "gương", "chi bộ cơ sở"],
      [2, "Mỗi đảng bộ cơ sở kết nạp ít nhất 2 đảng viên", "Số lượng", "≥", 2, "đảng viên", "đảng bộ cơ sở"],
      [3, "Kết nạp 90 đảng viên", "Số lượng", "≥", 90, "đảng viên", "chi bộ cơ sở"],
    ],
  };

  it("the rule can fail: the same sheet under a plain name with a non-target header is read as organisations", () => {
    const asData = { name: "Sheet3", values: [["Đơn vị", "Loại", "Ghi chú"], ["chi bộ cơ sở", "Số lượng", ""], ["chi bộ cơ sở", "Số lượng", ""]] };
    const ds = readDataSet({ sheets: [asData, ORGS] });
    expect(ds.recognised.map((r) => r.sheet)).toContain("Sheet3");
  });

  it("is read as targets, and not as an organisation table: no NUMBER_INVALID, DUPLICATE_ORG, ROWS_EXCLUDED", () => {
    expect(readTargetsSheet(handMade).targets).toHaveLength(3);
    for (const name of ["Chỉ tiêu", "Chi tieu", "Sheet1"]) {
      const ds = readDataSet({ sheets: [{ ...handMade, name }, ORGS] });
      expect(ds.recognised.map((r) => r.sheet)).toEqual(["Tổ chức"]);
      expect(ds.issues).toEqual([]);
      expect(ds.organisations.map((o) => o.name)).toEqual(["Chi bộ Văn phòng", "Chi bộ Tài vụ"]);
    }
  });
});

describe("item 9: a member in two organisations", () => {
  const wb = (second: string): WorkbookGrid => ({
    sheets: [
      ORGS,
      {
        name: "Đảng viên",
        values: [
          ["Họ và tên", "Ngày sinh", "Tổ chức"],
          ["Nguyễn Văn An", "12/05/1982", "Chi bộ Văn phòng"],
          ["Trần Thị Bình", "01/02/1990", "Chi bộ Văn phòng"],
          ["Nguyễn Văn An", "12/05/1982", second],
        ],
      },
    ],
  });

  it("is reported on both rows, and counted once (the later row is left out)", () => {
    const ds = readDataSet(wb("Chi bộ Tài vụ"));
    const two = ds.issues.filter((i) => i.code === "MEMBER_IN_TWO_ORGS");
    expect(two.map((i) => [i.severity, i.sheet, i.cell])).toEqual([
      ["error", "Đảng viên", "A4"],
      ["warning", "Đảng viên", "A2"],
    ]);
    expect(two[0].message).toBe(
      'Đảng viên "Nguyễn Văn An" (Chi bộ Tài vụ) trùng họ tên và ngày sinh với dòng 2 của sheet "Đảng viên" (Chi bộ Văn phòng). Mỗi đảng viên chỉ sinh hoạt ở một tổ chức: nếu đã chuyển sinh hoạt, hãy xóa dòng ở tổ chức cũ; nếu là hai người khác nhau, hãy kiểm tra lại ngày sinh. Dòng sau được để riêng để không tính hai lần.',
    );
    expect(two[1].message).toContain("với dòng 4");
    expect(ds.members.map((m) => m.org)).toEqual(["Chi bộ Văn phòng", "Chi bộ Văn phòng"]);
    expect(ds.excluded.members).toBe(1);
  });

  it("the same member twice in one organisation stays DUPLICATE_MEMBER, said once", () => {
    const ds = readDataSet(wb("Chi bộ Văn phòng"));
    expect(ds.issues.map((i) => i.code).filter((c) => c !== "ROWS_EXCLUDED" && c !== "MEMBER_COUNT_MISMATCH")).toEqual(["DUPLICATE_MEMBER"]);
  });

  it("a namesake born on another day is another person", () => {
    const ds = readDataSet({ sheets: [ORGS, { name: "Đảng viên", values: [["Họ và tên", "Ngày sinh", "Tổ chức"], ["Lê Văn C", "01/01/1980", "Chi bộ Văn phòng"], ["Lê Văn C", "02/01/1980", "Chi bộ Tài vụ"]] }] });
    expect(ds.issues.filter((i) => i.code === "MEMBER_IN_TWO_ORGS")).toEqual([]);
  });
});
