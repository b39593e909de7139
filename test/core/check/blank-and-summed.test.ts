import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";
import { readDataSet } from "../../../src/core/data/read";
import { runCheck } from "../../../src/core/check/run";
import { buildSummarySheets } from "../../../src/core/check/sheets";
import { target } from "./fixtures";

// Issue 13 items 12 and 13, with the workbooks that went wrong.

const HEAD = ["Tên tổ chức", "Loại hình", "Trực thuộc", "Số đảng viên", "Số chi bộ trực thuộc", "Được kiểm tra, giám sát", "Gương điển hình"];
function orgs(rows: CellValue[][]): WorkbookGrid {
  return { sheets: [{ name: "Tổ chức", values: [HEAD, ...rows] }] };
}
const ROWS: CellValue[][] = [
  ["Đảng bộ Sở Y tế", "Đảng bộ cơ sở", null, 40, 2, null, null],
  ["Chi bộ Khám bệnh", "Chi bộ trực thuộc", "Đảng bộ Sở Y tế", 20, null, null, 2],
  ["Chi bộ Dược", "Chi bộ trực thuộc", "Đảng bộ Sở Y tế", 20, null, null, 2],
  ["Chi bộ Văn phòng", "Chi bộ cơ sở", null, 10, null, null, 1],
];
const BRANCH = target({ id: "1", indicator: "branch.inspected.share", value: 0.5 });
const ORG = target({ id: "2", indicator: "org.inspected.share", value: 0.5 });
const check = (wb: WorkbookGrid, targets = [BRANCH, ORG]) => runCheck({ targets, data: readDataSet(wb, { today: 46000 }), lang: "vi", period: { months: 12, year: 2025 } });

describe("item 12: one rule for a column that is there but blank", () => {
  it('a blank "Được kiểm tra, giám sát" column: both indicators "Thiếu dữ liệu", both notes say the column is blank', () => {
    const r = check(orgs(ROWS));
    expect(r.targets.map((x) => [x.status, x.value])).toEqual([["thieu-du-lieu", null], ["thieu-du-lieu", null]]);
    for (const x of r.targets) expect(x.missing?.vi).toBe('cột "Được kiểm tra, giám sát" ở sheet "Tổ chức" có nhưng còn trống ở mọi dòng được tính; hãy điền số liệu vào cột này');
    expect(r.targets[0].missing?.en).toContain("is there but blank in every row counted");
    expect(r.issues.filter((i) => i.code === "CHECK_COLUMN_NOT_FOUND")).toEqual([]);
  });

  it("the rule can fail: one mark in the column and the blanks are 'no', for both indicators alike", () => {
    const rows = ROWS.map((row) => [...row]);
    rows[1][5] = "x"; // a chi bộ trực thuộc
    rows[3][5] = "x"; // a chi bộ cơ sở
    const r = check(orgs(rows));
    expect(r.targets.map((x) => [x.status, x.numerator, x.denominator])).toEqual([["dat", 1, 2], ["dat", 1, 2]]);
  });

  it("a column that is not there at all: the note says so and the header row gets an issue", () => {
    const r = check({ sheets: [{ name: "Tổ chức", values: [HEAD.slice(0, 5), ...ROWS.map((x) => x.slice(0, 5))] }] }, [ORG]);
    expect(r.targets[0].missing?.vi).toBe("không có cột Được kiểm tra, giám sát ở sheet Tổ chức");
    expect(r.issues.map((i) => i.code)).toContain("CHECK_COLUMN_NOT_FOUND");
  });
});

describe('item 13: "Theo tổ chức" shows what the judgement used', () => {
  const perUnit = target({ id: "4", kind: "count", indicator: "org.exemplars.per_unit", per: "đảng bộ cơ sở", value: 3, unit: "gương" });

  it("a đảng bộ with a blank Gương điển hình shows the sum of its chi bộ (4), and says so", () => {
    const r = check(orgs(ROWS), [perUnit]);
    expect(r.targets[0].perUnit?.all.map((u) => [u.org, u.value, u.ok])).toEqual([["Đảng bộ Sở Y tế", 4, true]]);
    const row = r.organisations.find((o) => o.name === "Đảng bộ Sở Y tế");
    expect(row).toMatchObject({ exemplars: 4, summed: ["exemplars"] });
    expect(r.organisations.find((o) => o.name === "Chi bộ Dược")).toMatchObject({ exemplars: 2, summed: [] });
    const sheet = buildSummarySheets(r, "vi").find((s) => s.role === "by-organisation");
    const line = sheet?.values.find((v) => v[1] === "Đảng bộ Sở Y tế");
    expect(line?.[8]).toBe(4);
    expect(line?.[12]).toBe("Gương điển hình: tổng của các chi bộ trực thuộc (ô của đảng bộ để trống)");
  });

  it("the rule can fail: the đảng bộ's own figure is shown as typed, with no note", () => {
    const rows = ROWS.map((row) => [...row]);
    rows[0][6] = 1;
    const r = check(orgs(rows), [perUnit]);
    expect(r.organisations[0]).toMatchObject({ exemplars: 1, summed: [] });
    expect(r.targets[0].status).toBe("chua-dat");
  });
});
