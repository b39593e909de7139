import { EXCEL_TEXT_LIMITS, fitCellValue, fitSheetText, fitText } from "../../../src/core/sheet/cell-text";
import type { SheetModel } from "../../../src/core/sheet/model";

// Issue 13 item 3: no text Excel cannot hold is ever written; the rule is this one function.

describe("fitText", () => {
  const max = EXCEL_TEXT_LIMITS.cell;

  it("leaves text that fits as it is, up to exactly 32,767 characters", () => {
    expect(fitText("Chỉ tiêu")).toBe("Chỉ tiêu");
    const edge = "a".repeat(max);
    expect(fitText(edge)).toBe(edge);
  });

  it("cuts the issue's 150,258-character note to 32,767 with a marker that says how long it was", () => {
    const note = "Nguồn: danh sách đảng viên; ".repeat(6000).slice(0, 150_258);
    const out = fitText(note);
    expect(out.length).toBe(max);
    expect(out.startsWith(note.slice(0, 1000))).toBe(true);
    expect(out).toMatch(/… \[đã cắt bớt: nội dung dài 150\.258 ký tự, quá giới hạn 32\.767 ký tự của một ô Excel\]$/);
  });

  it("one character over is cut too", () => {
    expect(fitText("b".repeat(max + 1)).length).toBe(max);
  });

  it("never splits a surrogate pair (an emoji or a rare character at the cut)", () => {
    const marker = fitText("x".repeat(max + 10)).slice(max - 200).replace(/^x+/, "");
    const cutAt = max - marker.length;
    const text = "y".repeat(cutAt - 1) + "😀" + "z".repeat(100);
    const out = fitText(text);
    expect(out.length).toBeLessThanOrEqual(max);
    const before = out.slice(0, out.indexOf(" … ["));
    expect(/[\uD800-\uDBFF]$/.test(before)).toBe(false);
  });

  it("short limits (prompts, tooltips: 255) and a limit shorter than the marker", () => {
    expect(fitText("p".repeat(300), 255).length).toBe(255);
    expect(fitText("p".repeat(30), 10)).toBe("ppppppppp…");
  });

  it("fitCellValue touches strings only", () => {
    expect(fitCellValue(12)).toBe(12);
    expect(fitCellValue(null)).toBeNull();
    expect((fitCellValue("q".repeat(max * 2)) as string).length).toBe(max);
  });
});

describe("fitSheetText", () => {
  function sheet(values: (string | number | null)[][]): SheetModel {
    return {
      name: "Tổng hợp",
      role: "summary",
      values,
      styles: {},
      styleIds: [],
      merges: [],
      columns: [],
      links: [{ cell: "A1", sheet: "X", address: "A1", tooltip: "t".repeat(400) }],
      validations: [{ range: "A1", type: "whole", prompt: "n".repeat(300), error: "ngắn" }],
    } as SheetModel;
  }

  it("fits every long text and shares the rows that need nothing", () => {
    const model = sheet([["ngắn", 1], ["d".repeat(100_000), null]]);
    const out = fitSheetText(model);
    expect(out).not.toBe(model);
    expect(out.values[0]).toBe(model.values[0]);
    expect((out.values[1][0] as string).length).toBe(EXCEL_TEXT_LIMITS.cell);
    expect(out.links?.[0].tooltip?.length).toBe(255);
    expect(out.validations?.[0].prompt?.length).toBe(255);
    expect(out.validations?.[0].error).toBe("ngắn");
    expect((model.values[1][0] as string).length).toBe(100_000); // the input is not modified
  });

  it("returns the same model when everything fits", () => {
    const model = { ...sheet([["a"]]), links: [], validations: [] } as SheetModel;
    expect(fitSheetText(model)).toBe(model);
  });
});
