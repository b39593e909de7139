import { addMonths, readDate, readNumber, readYes, serialFromYMD, ymdFromSerial } from "../../../src/core/data/values";

describe("cell readers", () => {
  it("numbers", () => {
    expect(readNumber("1.234", null)).toBe(1234);
    expect(readNumber("0,9", null)).toBe(0.9);
    expect(readNumber("90%", null)).toEqual({ share: 0.9 });
    expect(readNumber("87,5 %", null)).toEqual({ share: 0.875 });
    expect(readNumber(0.9, "0%")).toEqual({ share: 0.9 });
    expect(readNumber(1.2, "0.0%")).toEqual({ fail: "PERCENT_OVER_100" });
    expect(readNumber("-", null)).toBeNull();
    expect(readNumber("abc", null)).toEqual({ fail: "NUMBER_INVALID" });
    expect(readNumber(-1, null)).toEqual({ fail: "NUMBER_NEGATIVE" });
  });
  it("dates", () => {
    expect(readDate("30/04/2008", null)).toBe(serialFromYMD(2008, 4, 30));
    expect(readDate("30.04.2008", null)).toBe(serialFromYMD(2008, 4, 30));
    expect(readDate("2008-04-30", null)).toBe(serialFromYMD(2008, 4, 30));
    expect(readDate("ngày 3 tháng 2 năm 2001", null)).toBe(serialFromYMD(2001, 2, 3));
    expect(readDate(39568, "dd/mm/yyyy")).toBe(39568);
    expect(readDate(new Date(Date.UTC(2008, 3, 30)), null)).toBe(39568);
    expect(readDate("29/02/2023", null)).toEqual({ fail: "DATE_INVALID" });
    expect(readDate("5/2001", null)).toEqual({ year: 2001, serial: serialFromYMD(2001, 5, 1) });
    expect(readDate(1985, null)).toEqual({ year: 1985, serial: serialFromYMD(1985, 1, 1) });
    expect(ymdFromSerial(39568)).toEqual({ y: 2008, m: 4, d: 30 });
    expect(addMonths(serialFromYMD(2024, 1, 31) as number, 1)).toBe(serialFromYMD(2024, 2, 29));
  });
  it("yes marks", () => {
    expect(["x", "Có", "1", "✓", "✔", true, 1].map(readYes)).toEqual([true, true, true, true, true, true, true]);
    expect(["Không", "0", false, 0].map(readYes)).toEqual([false, false, false, false]);
    expect(readYes(null)).toBeNull();
    expect(readYes("maybe")).toEqual({ fail: "LIST_UNKNOWN" });
  });
});
