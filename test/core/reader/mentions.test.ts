/** Number mentions and what is no mention (mentions.ts), on sentences written for these tests. */
import { readResolution } from "../../../src/core/reader/read";

const read = (text: string) => readResolution(text).targets.map((t) => [t.kind, t.op, t.value, t.max]);

describe("number mentions", () => {
  it("ranges in every spelling", () => {
    expect(read("Phấn đấu kết nạp 3 - 5 đảng viên; 3-5 chi bộ; từ 30 - 35 quần chúng; 8 đến 10 hộ.")).toEqual([
      ["count", "range", 3, 5], ["count", "range", 3, 5], ["count", "range", 30, 35], ["count", "range", 8, 10],
    ]);
    expect(read("Phấn đấu tỷ lệ hộ nghèo giảm 0,5%-0,8%; tăng trưởng 12 – 14%; giải quyết việc làm 6.000 – 8.000 lao động.")).toEqual([
      ["percent", "range", 0.005, 0.008], ["percent", "range", 0.12, 0.14], ["count", "range", 6000, 8000],
    ]);
    expect(read("Mỗi năm phát triển từ 01-02 đảng viên trong doanh nghiệp.")).toEqual([["count", "range", 1, 2]]);
  });

  it("per-mille in every spelling, '0/00' glued to the number too", () => {
    expect(read("Phấn đấu tỷ suất sinh giảm 0,2‰; 0,3%o; 0,4%0; 0,50/00; dưới 20/00 hằng năm.")).toEqual([
      ["percent", ">=", 0.0002, null], ["percent", ">=", 0.0003, null], ["percent", ">=", 0.0004, null], ["percent", ">=", 0.0005, null], ["percent", "<", 0.002, null],
    ]);
  });

  it("amounts with units, written short too", () => {
    expect(read("Phấn đấu tổng giá trị sản xuất đạt 396,1 tỷ.đ; thu nhập 72 tr.đ/người/năm; sản lượng 1,2 triệu tấn.")).toEqual([
      ["quantity", ">=", 396.1, null], ["quantity", ">=", 72, null], ["quantity", ">=", 1.2, null],
    ]);
    expect(read("Phấn đấu thu nhập bình quân gấp 1,5 - 2 lần so với năm 2020.")).toEqual([["quantity", "range", 1.5, 2]]);
  });

  it("'hơn' before a number is 'more than'", () => {
    expect(read("Phấn đấu hằng năm có hơn 90% đảng viên hoàn thành tốt nhiệm vụ.")).toEqual([["percent", ">", 0.9, null]]);
  });

  it("a quota of 'all of them' (10/10) is a count; a date or a document number is none", () => {
    expect(read("Phấn đấu 12/12 thôn đạt chuẩn văn hóa.")).toEqual([["count", ">=", 12, null]]);
    expect(read("Phấn đấu thực hiện Nghị quyết số 21/2022 của Ban Chấp hành, kết nạp 40 đảng viên.")).toEqual([["count", ">=", 40, null]]);
  });

  it("no mention: times of day, citations, ward numbers, counts of the document's parts, schedules", () => {
    expect(read("Cập nhật 07:25, 14/02/2025. Phấn đấu kết nạp 40 đảng viên [12, tr.3-4].")).toEqual([["count", ">=", 40, null]]);
    expect(read("Nhiệm kỳ 2025 - 2030, Đảng bộ Phường 7 đặt mục tiêu kết nạp 60 đảng viên.")).toEqual([["count", ">=", 60, null]]);
    expect(read("Đại hội đề ra 3 nhóm chỉ tiêu và 4 mục tiêu; phấn đấu học sinh học 2 buổi/ngày đạt 100%.")).toEqual([["percent", ">=", 1, null]]);
  });

  it("'không có/không còn' with what must not exist, abbreviations too", () => {
    expect(read("Phấn đấu không có TCCS đảng yếu kém; không còn nhà tạm.")).toEqual([["count", "=", 0, null], ["count", "=", 0, null]]);
  });

  it("an abbreviation with a dot ('TP. Huế') does not end the sentence", () => {
    const r = readResolution("Năm 2025, Đảng bộ TP. Hòa Bình được giao chỉ tiêu kết nạp 120 đảng viên.");
    expect(r.targets.map((t) => t.value)).toEqual([120]);
    expect(r.targets[0].quote).toMatch(/^Năm 2025, Đảng bộ TP\. Hòa Bình/);
  });
});
