import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";
import { readDataSet } from "../../../src/core/data/read";
import { cleanNameHash, isClean, nameHash } from "../../../src/core/data/text";
import { serialFromYMD } from "../../../src/core/data/values";

const TODAY = serialFromYMD(2026, 6, 30) as number;
const S = (y: number, m: number, d: number) => serialFromYMD(y, m, d) as number;
const MEM_H = ["Họ và tên", "Ngày sinh", "Tổ chức", "Ngày vào Đảng", "Ngày chính thức", "Xếp loại"];

const read = (rows: CellValue[][]) => {
  const wb: WorkbookGrid = { sheets: [{ name: "DV", values: [MEM_H, ...rows] }] };
  return readDataSet(wb, { today: TODAY, ratingYear: 2025 });
};
const codes = (ds: ReturnType<typeof read>, code: string) => ds.issues.filter((i) => i.code === code).map((i) => i.cell);

describe("name hash computed while reading", () => {
  it("equals nameHash for clean names and is -1 otherwise", () => {
    for (const s of ["Nguyễn Văn An", "Lê Thị Hoà", "Trần 2", "A"]) {
      expect(isClean(s)).toBe(true);
      expect(cleanNameHash(s)).toBe(nameHash(s));
    }
    for (const s of ["", " An", "An ", "Lê  An", "Le\tAn", "Caùc"]) {
      expect(isClean(s)).toBe(false);
      expect(cleanNameHash(s)).toBe(-1);
    }
  });
});

describe("duplicate members at scale (per-organisation tables that grow)", () => {
  it("finds every repeat, across organisations interleaved, and nothing else", () => {
    const rows: CellValue[][] = [];
    // 3 organisations, rows interleaved in runs, 600 distinct members each (tables grow several times).
    for (let k = 0; k < 1800; k++) {
      const o = ["Chi bộ A", "Chi bộ B", "Chi bộ C"][Math.floor(k / 50) % 3];
      rows.push([`Người ${k}`, S(1950 + (k % 30), 1 + (k % 12), 1 + (k % 28)), o, S(2005, 5, 1), S(2006, 5, 1), "HTTNV"]);
    }
    // Repeats: same name (other spelling), birth and organisation → duplicate; another organisation → a member in two
    // organisations (MEMBER_IN_TWO_ORGS, the later row left out); another birth date → another person.
    rows.push(["NGƯỜI  5", S(1955, 6, 6), "Chi bộ A", S(2005, 5, 1), S(2006, 5, 1), "HTTNV"]); // k = 5 is in Chi bộ A
    rows.push(["Người 5", S(1955, 6, 6), "Chi bộ B", S(2005, 5, 1), S(2006, 5, 1), "HTTNV"]);
    rows.push(["Người 1799", S(1950 + (1799 % 30), 1 + (1799 % 12), 1 + (1799 % 28)), "Chi bộ C", S(2005, 5, 1), S(2006, 5, 1), "HTTNV"]);
    rows.push(["Người 1799", S(1950 + (1799 % 30), 1 + (1799 % 12), 2), "Chi bộ C", S(2005, 5, 1), S(2006, 5, 1), "HTTNV"]);
    const ds = read(rows);
    expect(codes(ds, "DUPLICATE_MEMBER")).toEqual(["A1802", "A1804"]);
    const first = ds.issues.filter((i) => i.code === "DUPLICATE_MEMBER").map((i) => i.message);
    expect(first[0]).toContain("7"); // row of "Người 5" (k = 5 → row 7)
    expect(codes(ds, "MEMBER_IN_TWO_ORGS")).toEqual(["A1803", "A7"]);
    expect(ds.members.length).toBe(1801);
    expect(ds.excluded.members).toBe(3);
  });
});
