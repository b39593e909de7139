import { excel, installCustomFunctionsStub } from "./cf-stub";
import { chitieu, danhgia, dem, tiendo, tran20, tyle, unicode, xeploai } from "../../src/functions/functions";
import { toTcvn3, toVni } from "../../src/core/text/legacy";

installCustomFunctionsStub();

const valueError = expect.objectContaining({ error: "#VALUE!", message: expect.any(String) });
const NFD = (s: string) => s.normalize("NFD");

describe("NQ.DANHGIA", () => {
  it.each([
    [0.92, "từ 90% trở lên", "Đạt"],
    [0.9, "từ 90% trở lên", "Đạt"],
    [0.89, "từ 90% trở lên", "Chưa đạt"],
    ["92%", "từ 90% trở lên", "Đạt"],
    ["89,5%", "từ 90% trở lên", "Chưa đạt"],
    [0.9, "trên 90%", "Chưa đạt"],
    [0.91, "trên 90%", "Đạt"],
    [0.32, "30 - 35%", "Đạt"],
    [0.36, "30 - 35%", "Vượt"],
    [0.29, "30 - 35%", "Chưa đạt"],
    [80, "ít nhất 80", "Đạt"],
    [79, "ít nhất 80", "Chưa đạt"],
    ["1.905", "ít nhất 1.900", "Đạt"],
    [12, 10, "Đạt"],
    [9, 10, "Chưa đạt"],
  ])("%p against %p → %p", (actual, target, expected) => {
    expect(excel(() => danhgia(actual, target))).toBe(expected);
  });

  it("reads NFD and untrimmed target phrases", () => {
    expect(danhgia(0.95, NFD("  từ 90%   trở lên "))).toBe("Đạt");
  });

  it("judges a rating against a rating target", () => {
    expect(danhgia("Hoàn thành tốt nhiệm vụ", "HTTNV trở lên")).toBe("Đạt");
    expect(danhgia("HTNV", "HTTNV trở lên")).toBe("Chưa đạt");
  });

  it("says Thiếu dữ liệu for a blank actual", () => {
    expect(danhgia(null, "từ 90% trở lên")).toBe("Thiếu dữ liệu");
    expect(danhgia("", "ít nhất 80")).toBe("Thiếu dữ liệu");
  });

  it("refuses an ambiguous percentage rather than guessing (85 against a % target)", () => {
    const r = excel(() => danhgia(85, "từ 90% trở lên"));
    expect(r).toEqual(valueError);
    expect((r as { message: string }).message).toContain("85%");
  });

  it.each([
    ["x", "từ 90% trở lên"],
    [true, "từ 90% trở lên"],
    [0.9, ""],
    [0.9, null],
    [0.9, "chưa rõ"],
    [0.9, -5],
    ["90%", "ít nhất 80"],
    [5, "HTTNV trở lên"],
    ["HTTNV", "ít nhất 80"],
  ])("%p against %p is #VALUE! with a reason", (actual, target) => {
    expect(excel(() => danhgia(actual, target))).toEqual(valueError);
  });

  it("passes an error argument on (#N/A stays #N/A)", () => {
    expect(excel(() => danhgia({ code: "#N/A" }, "từ 90% trở lên"))).toEqual(expect.objectContaining({ error: "#N/A" }));
    expect(excel(() => danhgia(0.9, "#DIV/0!"))).toEqual(valueError);
  });
});

describe("NQ.CHITIEU", () => {
  it("spills operator, value, upper bound and kind", () => {
    expect(chitieu("từ 90% trở lên")).toEqual([[">=", 0.9, "", "tỷ lệ"]]);
    expect(chitieu("30 - 35%")).toEqual([["trong khoảng", 0.3, 0.35, "tỷ lệ"]]);
    expect(chitieu("trên 90%")).toEqual([[">", 0.9, "", "tỷ lệ"]]);
    expect(chitieu("HTTNV trở lên")).toEqual([[">=", "HTTNV", "", "xếp loại"]]);
    const count = chitieu("ít nhất 80");
    expect(count[0].slice(0, 3)).toEqual([">=", 80, ""]);
    expect(["số lượng", "giá trị"]).toContain(count[0][3]);
  });

  it("is one row of four cells for a number", () => {
    expect(chitieu(40)).toEqual([[">=", 40, "", "giá trị"]]);
  });

  it.each([[""], [null], ["abc xyz"], [true], [{ code: "#REF!" }]])("%p is #VALUE!", (x) => {
    expect(excel(() => chitieu(x))).toEqual(valueError);
  });
});

describe("NQ.XEPLOAI", () => {
  it.each([
    ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV"],
    ["hoàn thành tốt nhiệm vụ", "HTTNV"],
    [NFD("Hoàn thành tốt nhiệm vụ"), "HTTNV"],
    ["HT tốt", "HTTNV"],
    ["  httnv ", "HTTNV"],
    ["Hoàn thành nhiệm vụ", "HTNV"],
    ["Không hoàn thành nhiệm vụ", "KHTNV"],
    ["Không HTNV", "KHTNV"],
    ["Miễn đánh giá", "Không xếp loại"],
    ["Đình chỉ sinh hoạt đảng", "Không xếp loại"],
    ["Không xếp loại", "Không xếp loại"],
    ["", ""],
    [null, ""],
  ])("%p → %p", (x, code) => {
    expect(xeploai(x)).toBe(code);
  });

  it("refuses pre-2018 words with the closest level in the reason", () => {
    const r = excel(() => xeploai("Trong sạch, vững mạnh"));
    expect(r).toEqual(valueError);
    expect((r as { message: string }).message).toContain("HTXSNV");
  });

  it.each([["Giỏi"], [3], [true]])("%p is #VALUE!", (x) => {
    expect(excel(() => xeploai(x))).toEqual(valueError);
  });
});

describe("NQ.DEM and NQ.TYLE", () => {
  const range = [
    ["HTXSNV"],
    ["Hoàn thành tốt nhiệm vụ"],
    ["HTTNV"],
    ["ht tốt"],
    ["HTNV"],
    ["Không hoàn thành nhiệm vụ"],
    [""],
    [null],
    ["Miễn"],
    ["Không xếp loại"],
  ];

  it.each([
    ["HTXSNV", 1],
    ["HTTNV", 3],
    ["Hoàn thành tốt nhiệm vụ", 3],
    ["HTNV", 1],
    ["KHTNV", 1],
    ["HTTNV trở lên", 4],
    ["từ HTTNV trở lên", 4],
    ["HTTNV+", 4],
    ["httnv +", 4],
    ["từ hoàn thành tốt nhiệm vụ trở lên", 4],
    ["HTNV trở xuống", 2],
    ["HTNV-", 2],
    ["Không xếp loại", 2],
  ])("DEM(range; %p) = %p", (muc, n) => {
    expect(dem(range, muc)).toBe(n);
  });

  it("shares are over those rated only (blanks and not-rated excluded)", () => {
    expect(tyle(range, "HTTNV trở lên")).toBeCloseTo(4 / 6, 12);
    expect(tyle(range, "HTXSNV")).toBeCloseTo(1 / 6, 12);
    expect(tyle(range, "KHTNV")).toBeCloseTo(1 / 6, 12);
  });

  it("accepts a single cell and a row as the range", () => {
    expect(dem("HTTNV" as unknown as any[][], "HTTNV")).toBe(1);
    expect(dem([["HTTNV", "HTNV", "HTTNV"]], "HTTNV")).toBe(2);
  });

  it("skips a header in the first row but not a stray word elsewhere", () => {
    expect(dem([["Xếp loại"], ["HTTNV"]], "HTTNV")).toBe(1);
    const r = excel(() => dem([["HTTNV"], ["Giỏi"]], "HTTNV"));
    expect(r).toEqual(valueError);
    expect((r as { message: string }).message).toMatch(/hàng 2, cột 1/);
  });

  it("refuses a pre-2018 rating in the range instead of miscounting", () => {
    expect(excel(() => tyle([["HTTNV"], ["TSVM"]], "HTTNV"))).toEqual(valueError);
  });

  it("refuses numbers, booleans and errors in the range", () => {
    expect(excel(() => dem([["HTTNV"], [5]], "HTTNV"))).toEqual(valueError);
    expect(excel(() => dem([["HTTNV"], [true]], "HTTNV"))).toEqual(valueError);
    expect(excel(() => dem([["HTTNV"], [{ code: "#N/A" }]], "HTTNV"))).toEqual(expect.objectContaining({ error: "#N/A" }));
  });

  it("TYLE of a range with nobody rated is #DIV/0!", () => {
    expect(excel(() => tyle([[""], ["Miễn"]], "HTTNV"))).toEqual(expect.objectContaining({ error: "#DIV/0!" }));
  });

  it.each([[""], [null], ["Giỏi"], ["TSVM"], [4], ["HTTNV trở"]])("level %p is #VALUE!", (muc) => {
    expect(excel(() => dem(range, muc))).toEqual(valueError);
    expect(excel(() => tyle(range, muc))).toEqual(valueError);
  });

  it("TYLE has no share of 'Không xếp loại'", () => {
    expect(excel(() => tyle(range, "Không xếp loại"))).toEqual(valueError);
  });

  it("counts 100,000 cells (huge ranges) correctly", () => {
    const levels = ["HTXSNV", "Hoàn thành tốt nhiệm vụ", "HTTNV", "HTNV", "", "Miễn", "Không hoàn thành nhiệm vụ", "ht tốt"];
    const big = Array.from({ length: 100000 }, (_, i) => [levels[i % levels.length]]);
    // Per 8 cells: 1 HTXSNV, 3 HTTNV, 1 HTNV, 1 KHTNV rated (6), 1 blank, 1 not rated.
    expect(dem(big, "HTTNV")).toBe(37500);
    expect(tyle(big, "HTTNV+")).toBeCloseTo(4 / 6, 12);
  });
});

describe("NQ.TRAN20", () => {
  const ratings = (xs: number, tt: number) => [...Array(xs).fill(["HTXSNV"]), ...Array(tt).fill(["HTTNV"]), ["HTNV"], [""]];

  it("uses the literal base (20% of HTTNV) by default", () => {
    // 30 HTXSNV, 120 HTTNV: literal 30/120 = 25% (over); practice 30/150 = 20% (at the cap).
    expect(tran20(ratings(30, 120))).toBe("Vượt trần 20%");
    expect(tran20(ratings(30, 120), null)).toBe("Vượt trần 20%");
    expect(tran20(ratings(30, 120), "HTTNV")).toBe("Vượt trần 20%");
    expect(tran20(ratings(30, 120), "HTTNV trở lên")).toBe("Trong trần 20%");
    expect(tran20(ratings(30, 120), "HTTNV+")).toBe("Trong trần 20%");
    expect(tran20(ratings(30, 120), "Theo thực tế")).toBe("Trong trần 20%");
    expect(tran20(ratings(24, 120))).toBe("Trong trần 20%");
    expect(tran20(ratings(25, 120))).toBe("Vượt trần 20%");
  });

  it("has no HTXSNV within any cap, and HTXSNV with no HTTNV over the literal cap", () => {
    expect(tran20([[""]])).toBe("Trong trần 20%");
    expect(tran20([["HTXSNV"]])).toBe("Vượt trần 20%");
  });

  it.each([["20%"], ["abc"], [true]])("base %p is #VALUE!", (base) => {
    expect(excel(() => tran20(ratings(1, 10), base))).toEqual(valueError);
  });
});

describe("NQ.TIENDO", () => {
  it.each([
    [45, "ít nhất 90", 6, "Đúng tiến độ"],
    [44, "ít nhất 90", 6, "Chậm tiến độ"],
    [90, "ít nhất 90", 6, "Đạt"],
    [73, 90, 6, "Đúng tiến độ"],
    [10, 40, "3", "Đúng tiến độ"],
    [9, 40, 3, "Chậm tiến độ"],
  ])("%p of %p after %p months → %p", (actual, target, months, expected) => {
    expect(tiendo(actual, target, months)).toBe(expected);
  });

  it("says Thiếu dữ liệu for a blank actual", () => {
    expect(tiendo(null, 40, 6)).toBe("Thiếu dữ liệu");
  });

  it.each([
    [10, 40, 0],
    [10, 40, 13],
    [10, 40, null],
    [10, 40, "sáu"],
    [10, "HTTNV trở lên", 6],
    ["x", 40, 6],
  ])("%p, %p, %p is #VALUE!", (a, t, m) => {
    expect(excel(() => tiendo(a, t, m))).toEqual(valueError);
  });
});

describe("NQ.UNICODE", () => {
  const text = "Hoàn thành tốt nhiệm vụ, đảng viên mới kết nạp";

  it("repairs TCVN3 and VNI text", () => {
    expect(unicode(toTcvn3(text))).toBe(text);
    expect(unicode(toVni(text))).toBe(text);
  });

  it("turns decomposed (NFD) text into NFC and tidies spaces", () => {
    const out = unicode(NFD("  Đảng   viên "));
    expect(out).toBe("Đảng viên");
    expect(out).toBe(out.normalize("NFC"));
  });

  it("leaves Unicode text alone and blanks blank", () => {
    expect(unicode(text)).toBe(text);
    expect(unicode(null)).toBe("");
    expect(unicode(12)).toBe("12");
  });

  it("refuses booleans and errors", () => {
    expect(excel(() => unicode(true))).toEqual(valueError);
    expect(excel(() => unicode({ code: "#REF!" }))).toEqual(valueError);
  });
});
