import { knownRows, rowKey, typedRows } from "../../src/core/sheet/user-rows";

describe("typed rows (what replacing an input sheet would lose)", () => {
  it("compares rows as the sheet reads them back: trailing blanks, NFC, dates as serial days", () => {
    expect(rowKey(["a", 1, null, ""])).toBe(rowKey(["a", 1]));
    expect(rowKey(["Ho\u0300a"])).toBe(rowKey(["Hòa"]));
    expect(rowKey([new Date(Date.UTC(2025, 0, 1))])).toBe(rowKey([45658]));
    expect(rowKey(["", "", null])).toBe("");
    expect(rowKey(["", "a"])).not.toBe(rowKey(["a"]));
  });

  it("counts the rows of the sheet that the add-in did not write, and the first one's Excel row", () => {
    const written = [["DANH SÁCH TỔ CHỨC"], [], ["Tên tổ chức", "Loại hình"]];
    const known = knownRows([written]);
    const now = [["DANH SÁCH TỔ CHỨC"], [], ["Tên tổ chức", "Loại hình"], ["Chi bộ A", "Chi bộ cơ sở"], [], ["Chi bộ B"]];
    expect(typedRows(now, known)).toEqual({ count: 2, firstRow: 4 });
    expect(typedRows(now.slice(3), known, 3)).toEqual({ count: 2, firstRow: 4 });
    expect(typedRows(written, known)).toEqual({ count: 0, firstRow: null });
  });
});
