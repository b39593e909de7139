import { parseTargetPhrase } from "../../../src/core/reader/phrase";

describe("parseTargetPhrase (a condition typed in a cell)", () => {
  it.each([
    ["từ 90% trở lên", "percent", ">=", 0.9, null],
    ["90%", "percent", ">=", 0.9, null],
    ["30 - 35%", "percent", "range", 0.3, 0.35],
    ["55 -60 %", "percent", "range", 0.55, 0.6],
    ["từ 15% đến 20%", "percent", "range", 0.15, 0.2],
    ["ít nhất 80", "count", ">=", 80, null],
    ["trên 90%", "percent", ">", 0.9, null],
    ["không quá 5%", "percent", "<=", 0.05, null],
    ["dưới 0,3‰", "percent", "<", 0.0003, null],
    ["tối đa 2%", "percent", "<=", 0.02, null],
    ["≥ 90%", "percent", ">=", 0.9, null],
    ["140 - 150 đảng viên", "count", "range", 140, 150],
    ["ít nhất một mô hình", "count", ">=", 1, null],
    ["HTTNV trở lên", "rating", ">=", "HTTNV", null],
    ["hoàn thành tốt nhiệm vụ trở lên", "rating", ">=", "HTTNV", null],
    ["hoàn thành xuất sắc nhiệm vụ", "rating", ">=", "HTXSNV", null],
    ["HTNV trở xuống", "rating", "<=", "HTNV", null],
    ["không có", "count", "=", 0, null],
    // Equal or falling bounds are not a range (found by the property test, seed 272190408).
    ["90% đến 90%", "percent", ">=", 0.9, null],
    ["từ 90 đến 90 đảng viên", "count", ">=", 90, null],
    ["35 - 30%", "percent", ">=", 0.35, null],
  ])("%s", (text, kind, op, value, max) => {
    const t = parseTargetPhrase(text);
    expect(t).not.toBeNull();
    expect({ kind: t?.kind, op: t?.op, value: t?.value, max: t?.max, id: t?.id }).toEqual({ kind, op, value, max, id: "1" });
  });

  it("keeps the unit of counts and quantities", () => {
    expect(parseTargetPhrase("1.905 tỷ đồng")).toMatchObject({ kind: "quantity", value: 1905, unit: "tỷ đồng" });
    expect(parseTargetPhrase("140 - 150 đảng viên")?.unit).toBe("đảng viên");
  });

  it("returns null for text that is no target", () => {
    for (const s of ["", "abc", "chưa rõ", "   "]) expect(parseTargetPhrase(s)).toBeNull();
  });
});
