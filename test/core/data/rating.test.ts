import { parseRating, parseNotRatedReason, ratingLabel } from "../../../src/core/data/rating";

describe("parseRating", () => {
  it.each([
    ["HTXSNV", "HTXSNV"], ["HT xuất sắc", "HTXSNV"], ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV"], ["htxs", "HTXSNV"], ["Xuất sắc", "HTXSNV"],
    ["HTTNV", "HTTNV"], ["Hoàn thành tốt NV", "HTTNV"], ["Hoàn thành TNV", "HTTNV"], ["hoàn thành tốt nhiệm vụ", "HTTNV"], ["HT tốt", "HTTNV"],
    ["  HOÀN   THÀNH  TỐT NHIỆM VỤ. ", "HTTNV"], ["Hoàn thành tốt nhiệm vụ".normalize("NFD"), "HTTNV"],
    ["HTNV", "HTNV"], ["Hoàn thành nhiệm vụ", "HTNV"],
    ["KHTNV", "KHTNV"], ["Không HTNV", "KHTNV"], ["Không hoàn thành nhiệm vụ", "KHTNV"],
    ["HTXSNV, TSVM tiêu biểu", "HTXSNV"],
  ])("%s → %s", (raw, code) => {
    const r = parseRating(raw);
    expect(r).toMatchObject({ code, notRated: false, legacy: false, unknown: false });
  });

  it("matches regardless of tone placement (hoà / hòa)", () => {
    // "Hoàn" has no alternative placement, but folding must not depend on composed vs decomposed forms
    expect(parseRating("Hoa\u0300n tha\u0300nh tô\u0301t nhiê\u0323m vu\u0323").code).toBe("HTTNV");
  });

  it.each([
    ["Miễn sinh hoạt đảng", "mien"], ["miễn đánh giá", "mien"], ["Đình chỉ sinh hoạt", "dinh-chi"], ["Mới kết nạp", "moi-ket-nap"],
    ["mới kết nạp dưới 6 tháng", "moi-ket-nap"], ["Chưa xếp loại", "khac"], ["Không xếp loại", "khac"],
  ])("%s is not rated (%s)", (raw, reason) => {
    expect(parseRating(raw)).toMatchObject({ code: null, notRated: true, reason, legacy: false });
  });

  it.each([
    ["TSVM", "HTXSNV"], ["Trong sạch vững mạnh", "HTXSNV"], ["trong sạch, vững mạnh tiêu biểu", "HTXSNV"],
    ["Đủ tư cách, hoàn thành tốt nhiệm vụ", "HTTNV"], ["đủ tư cách, hoàn thành xuất sắc nhiệm vụ", "HTXSNV"],
    ["Vi phạm tư cách", "KHTNV"], ["vi phạm tư cách hoặc không hoàn thành nhiệm vụ", "KHTNV"], ["Yếu kém", "KHTNV"],
  ])("pre-2018 %s is legacy, never mapped (suggests %s)", (raw, suggestion) => {
    expect(parseRating(raw)).toMatchObject({ code: null, legacy: true, legacySuggestion: suggestion, notRated: false });
  });

  it("blank is blank, anything else unknown", () => {
    expect(parseRating(null)).toMatchObject({ code: null, unknown: false, notRated: false });
    expect(parseRating("")).toMatchObject({ code: null, unknown: false });
    expect(parseRating("Khá").unknown).toBe(true);
    expect(parseRating(3).unknown).toBe(true);
    expect(parseRating(true).unknown).toBe(true);
  });

  it("caches by raw text (same object back)", () => {
    expect(parseRating("HTTNV")).toBe(parseRating("HTTNV"));
  });

  it("reads not-rated reasons and labels", () => {
    expect(parseNotRatedReason("Miễn sinh hoạt đảng")).toBe("mien");
    expect(parseNotRatedReason("đang điều trị dài ngày")).toBe("mien");
    expect(parseNotRatedReason("chuyển công tác")).toBe("khac");
    expect(parseNotRatedReason("")).toBeNull();
    expect(ratingLabel("HTTNV", "vi")).toBe("Hoàn thành tốt nhiệm vụ");
    expect(ratingLabel("KHTNV", "en")).toBe("Did not complete tasks");
  });
});
