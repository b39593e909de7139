import { moveLongListsToColumns, MAX_INLINE_LIST } from "../../src/core/sheet/long-lists";
import { buildTargetsSheet } from "../../src/core/targets-sheet";
import { readTargetsSheet } from "../../src/core/targets-sheet";
import { readResolution } from "../../src/core/reader/read";
import type { SheetModel } from "../../src/core/sheet/model";
import * as fs from "fs";
import * as path from "path";

const resolution = fs.readFileSync(path.join(__dirname, "../../samples/resolution/nghi-quyet-mau.txt"), "utf8");

describe("moveLongListsToColumns", () => {
  const targets = readResolution(resolution).targets;
  const sheet = buildTargetsSheet(targets, "vi");

  it("the targets sheet's indicator list is longer than Excel's inline limit (the case it exists for)", () => {
    const lists = (sheet.validations ?? []).filter((v) => v.type === "list" && v.values.join(",").length > MAX_INLINE_LIST);
    expect(lists.length).toBeGreaterThan(0);
  });

  it("moves each long list to a hidden column right of the content and refers to it", () => {
    const out = moveLongListsToColumns(sheet);
    const width = Math.max(sheet.columns.length, ...sheet.values.map((r) => r.length));
    for (const v of out.validations ?? []) {
      if (v.type !== "list") continue;
      if (v.values.join(",").length <= MAX_INLINE_LIST) {
        expect(v.source).toBeUndefined();
        continue;
      }
      const m = /^=\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(v.source ?? "");
      expect(m).not.toBeNull();
      const col = (m as RegExpExecArray)[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(col).toBeGreaterThan(width); // one blank column apart
      expect(Number((m as RegExpExecArray)[2])).toBe(v.values.length);
      expect(out.values.slice(0, v.values.length).map((r) => r[col])).toEqual(v.values);
      expect(out.columns[col].hidden).toBe(true);
      expect(out.columns[width]?.hidden).toBeFalsy();
    }
    // Every row has the same length and styleIds match values.
    expect(new Set(out.values.map((r) => r.length)).size).toBe(1);
    expect(out.styleIds.map((r) => r.length)).toEqual(out.values.map((r) => r.length));
    // The input model is not modified.
    expect(sheet.validations?.some((v) => v.type === "list" && v.source)).toBe(false);
  });

  it("the targets read back from the sheet with its list column are the same", () => {
    const plain = readTargetsSheet({ name: "Chỉ tiêu", values: sheet.values });
    const moved = readTargetsSheet({ name: "Chỉ tiêu", values: moveLongListsToColumns(sheet).values });
    expect(moved.targets).toEqual(plain.targets);
    expect(moved.issues).toEqual(plain.issues);
    expect(plain.targets).toHaveLength(targets.length);
  });

  it("leaves a sheet without long lists as it is", () => {
    const small: SheetModel = { ...sheet, validations: [{ range: "A1:A3", type: "list", values: ["Đạt", "Chưa đạt"] }] };
    expect(moveLongListsToColumns(small)).toBe(small);
  });
});
