import type { CellValue } from "../../../../src/core/model/grid";
import type { Reader } from "../../../../src/core/data/cells";
import { findTable } from "../../../../src/core/data/find";
import { serialFromYMD } from "../../../../src/core/data/values";
import { IssueSink } from "../../../../src/core/validation/sink";
import { MemberStore, membersOf, readMemberTable, storeOfMembers, NO_DATE, YES, NO } from "../../../../src/core/data/members";
import { toTcvn3 } from "../../../../src/core/text/legacy";
import { member } from "../../check/fixtures";

const TODAY = serialFromYMD(2026, 6, 30) as number;
const S = (y: number, m: number, d: number) => serialFromYMD(y, m, d) as number;
const HEADER = ["Họ và tên", "Ngày sinh", "Giới tính", "Tổ chức", "Chi bộ", "Ngày vào Đảng", "Ngày chính thức", "Trình độ chuyên môn", "Lý luận chính trị", "HSSV", "Xếp loại", "Lý do không xếp loại", "Được kiểm tra", "Học tập NQ", "Cam kết"];

function readSheet(values: CellValue[][], origin?: { row: number; column: number }) {
  const grid = { name: "Đảng viên", values, origin };
  const found = findTable(grid);
  if (!found) throw new Error("no table");
  const rd: Reader = { sink: new IssueSink(), today: TODAY, legacyCells: new Map(), ratingLegacy: new Map(), ratingYear: 2025 };
  const store = new MemberStore(values.length);
  const n = readMemberTable(rd, grid, { sheet: grid.name, originRow: origin?.row ?? 0, originCol: origin?.column ?? 0 }, found, store);
  return { store, n, issues: rd.sink.issues };
}

describe("the columnar member store", () => {
  it("reads a member sheet into typed columns: NaN for blank dates, byte codes, dictionary-coded texts", () => {
    const { store, n, issues } = readSheet([
      HEADER,
      ["Lê Văn An", S(1980, 3, 2), "Nam", "Đảng bộ Sở Y tế", "Chi bộ 1", S(2008, 4, 30), S(2009, 4, 30), "Thạc sĩ", "Cao cấp", "x", "HTTNV", null, "x", "Không", "x"],
      ["Trần Thị Bình", null, "Nữ", "Đảng bộ Sở Y tế", "Chi bộ 1", null, null, null, null, null, "Miễn", null, null, null, null],
      [],
      ["Phạm Văn Cường", S(1990, 1, 1), "Nam", "Chi bộ Sở Tư pháp", null, S(2020, 5, 1), null, "Thạc sĩ", null, "Không", "Không xếp loại", "Mới kết nạp", null, "x", null],
    ]);
    expect([n, store.length, issues.filter((i) => i.severity === "error")]).toEqual([3, 3, []]);
    expect([0, 1, 2].map((i) => [store.name(i), store.row(i), store.orgText(i), store.orgKey(i), store.branchText(i)])).toEqual([
      ["Lê Văn An", 2, "Đảng bộ Sở Y tế", "so y te", "Chi bộ 1"],
      ["Trần Thị Bình", 3, "Đảng bộ Sở Y tế", "so y te", "Chi bộ 1"],
      ["Phạm Văn Cường", 5, "Chi bộ Sở Tư pháp", "so tu phap", null],
    ]);
    expect(Array.from(store.birth.subarray(0, 3))).toEqual([S(1980, 3, 2), NO_DATE, S(1990, 1, 1)]);
    expect(Array.from(store.student.subarray(0, 3))).toEqual([YES, 0, NO]);
    expect(Array.from(store.rating.subarray(0, 3))).toEqual([2, 0, 0]); // HTTNV = 2; not rated = 0
    expect(Array.from(store.notRated.subarray(0, 3))).toEqual([0, 1, 5]); // miễn; "Không xếp loại" is "khác", and the rating cell's reason comes before the reason column
    // One dictionary entry per distinct text, whatever the number of rows.
    expect([store.orgs.texts.length, store.branches.texts, store.qualifications.texts]).toEqual([2, ["Chi bộ 1"], ["Thạc sĩ"]]);
    expect(membersOf(store).map((m) => [m.gender, m.qualification, m.politicalTheory])).toEqual([["nam", "Thạc sĩ", "Cao cấp, cử nhân"], ["nu", null, null], ["nam", "Thạc sĩ", null]]);
    expect(membersOf(store)[0]).toMatchObject({ ref: { sheet: "Đảng viên", row: 2 }, studied: false, committed: true, official: S(2009, 4, 30) });
  });

  it("keeps each name as read: the cell's own string, or its decoded/converted text", () => {
    const { store } = readSheet(
      [
        ["Họ và tên", "Tổ chức"],
        [toTcvn3("Nguyễn Thị Hồng Nhung"), "Chi bộ A"],
        [12345, "Chi bộ A"],
        ["Lê Văn An", "Chi bộ A"],
      ],
      { row: 3, column: 1 },
    );
    expect([store.name(0), store.name(1), store.name(2)]).toEqual(["Nguyễn Thị Hồng Nhung", "12345", "Lê Văn An"]);
    expect(store.names[2]).toBe("Lê Văn An");
    expect(store.row(2)).toBe(7); // origin row 3 + header + 3 rows
  });

  it("drops the rows flagged bad in order (compact), names and codes moving with them", () => {
    const rows = ["A", "B", "C", "D"].map((name, i) => member("Chi bộ X", { name, rating: i % 2 ? "HTNV" : "HTXSNV", birth: S(1980, 1, 1 + i) }, i + 2));
    const store = storeOfMembers(rows);
    store.bad[1] = 1;
    store.bad[2] = 1;
    expect(store.compact()).toBe(2);
    expect(membersOf(store).map((m) => [m.name, m.rating, m.birth, m.ref.row])).toEqual([["A", "HTXSNV", S(1980, 1, 1), 2], ["D", "HTNV", S(1980, 1, 4), 5]]);
    expect(store.compact()).toBe(0);
  });

  it("holds hand-made rows column by column, and gives them back as they were", () => {
    const rows = [
      member("Đảng bộ Sở Y tế", { branch: "Chi bộ 2", admission: S(2024, 2, 3), student: true, youthUnion: false, notRated: "dinh-chi", gender: "nu", qualification: "Đại học" }, 9),
      member("Chi bộ Văn phòng", { rating: "KHTNV", inspected: true, studied: false, committed: null, politicalTheory: "Trung cấp" }, 10),
    ];
    const store = storeOfMembers(rows);
    expect(membersOf(store)).toBe(rows);
    store.view = null; // built again from the columns: the same rows
    expect(membersOf(store)).toEqual(rows);
  });
});
