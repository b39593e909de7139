import { foldKey, foldSameLength, repairOcrForMatching, stripMarkdown } from "../../../src/core/text/normalize";

describe("normalize additions", () => {
  it("foldSameLength folds like foldKey and keeps every position", () => {
    const s = "Đảng bộ Khối PHẤN ĐẤU 90% – hoà/hòa";
    const f = foldSameLength(s);
    expect(f).toHaveLength(s.length);
    expect(f).toBe("dang bo khoi phan dau 90% – hoa/hoa");
    expect(foldKey(s)).toBe("dang bo khoi phan dau 90% hoa hoa");
  });

  it("strips markdown remnants but keeps the words", () => {
    expect(stripMarkdown("## **2. Mục tiêu cụ thể**")).toBe("2. Mục tiêu cụ thể");
    expect(stripMarkdown("tiêu chuẩn “*An toàn về an ninh trật tự*”")).toBe("tiêu chuẩn “An toàn về an ninh trật tự”");
    expect(stripMarkdown("*\nSố 03")).toBe("\nSố 03");
    expect(stripMarkdown("30 - 35% đảng viên")).toBe("30 - 35% đảng viên");
  });

  it("repairs known OCR confusions for matching, same length", () => {
    const s = "Phần đầu 99% đảng viên; Phân đấu mỗi chi bộ; tổ chức đảng ký mô hình";
    const r = repairOcrForMatching(s);
    expect(r).toBe("Phấn đấu 99% đảng viên; Phấn đấu mỗi chi bộ; tổ chức đăng ký mô hình");
    expect(r).toHaveLength(s.length);
  });
});
