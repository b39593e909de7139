import { parseNumberWord, parsePercentText, parseVietnameseNumber } from "../../../src/core/text/numbers";

describe("Vietnamese numbers", () => {
  it.each([
    ["1.905", 1905],
    ["7,61", 7.61],
    ["1.250,5", 1250.5],
    ["05", 5],
    ["0.5", 0.5],
    ["abc", null],
    ["", null],
  ])("%s → %s", (raw, want) => expect(parseVietnameseNumber(raw)).toBe(want));

  it.each([
    ["90%", 0.9],
    ["80 %", 0.8],
    ["7,61%", 0.0761],
    ["0,30%0", 0.0003],
    ["0,15‰", 0.00015],
    ["12", null],
  ])("percent %s → %s", (raw, want) => expect(parsePercentText(raw)).toBe(want));

  it("reads small number words on folded keys", () => {
    expect(parseNumberWord("mot")).toBe(1);
    expect(parseNumberWord("muoi")).toBe(10);
    expect(parseNumberWord("nhieu")).toBeNull();
  });
});
