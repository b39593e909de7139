import type { CellValue } from "../../../src/core/model/grid";
import { readDataSet } from "../../../src/core/data/read";

// Issue 13 item 15: the cap message showed a rounded limit ("20% × HTTNV = 0" where the limit is 0,2) and
// "năm xếp loại ?" when no year was given.

function book(httnv: number, htxsnv: number, year: number | null) {
  const head: CellValue[][] = year === null ? [] : [["Năm xếp loại", year]];
  return {
    sheets: [
      { name: "Tổ chức", values: [...head, ["Tên tổ chức", "Loại hình", "Số đảng viên", "ĐV HTXSNV", "ĐV HTTNV"], ["Chi bộ A", "Chi bộ cơ sở", httnv + htxsnv, htxsnv, httnv]] },
    ],
  };
}

const capOf = (wb: ReturnType<typeof book>) => readDataSet(wb, { today: 46000 }).issues.filter((i) => i.code === "EXCELLENT_CAP");

describe("item 15: the cap message says the exact limit and the year rule", () => {
  it("1 HTTNV, 1 HTXSNV: the limit is 0,2 (at most 0), not a rounded 0", () => {
    const [cap] = capOf(book(1, 1, 2025));
    expect(cap.message).toBe('"Chi bộ A": 1 đảng viên HTXSNV, vượt trần 20% × 1 (HTTNV) = 0,2, tức là tối đa 0 đảng viên HTXSNV (năm xếp loại 2025; nguồn: bảng "Tổ chức").');
    expect(cap.messageEn).toBe('"Chi bộ A": 1 members rated HTXSNV, over the cap 20% × 1 (HTTNV) = 0.2, i.e. at most 0 rated HTXSNV (rating year 2025; from the "Tổ chức" table).');
  });

  it('no rating year: says the current rules apply and where to set the year, never "năm xếp loại ?"', () => {
    const [cap] = capOf(book(12, 3, null));
    expect(cap.message).toContain("= 2,4, tức là tối đa 2");
    expect(cap.message).toContain("chưa ghi năm xếp loại nên áp dụng quy định hiện hành");
    expect(cap.message).not.toContain("?");
    expect(cap.messageEn).toContain("no rating year given, so the current rules apply");
  });

  it("the rule can fail: within the cap there is no message", () => {
    expect(capOf(book(15, 3, 2025))).toEqual([]);
  });
});
