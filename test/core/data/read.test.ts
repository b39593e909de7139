import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";
import { readDataSet } from "../../../src/core/data/read";
import { findTable, headerKey } from "../../../src/core/data/find";
import { serialFromYMD } from "../../../src/core/data/values";
import { toTcvn3, toVni } from "../../../src/core/text/legacy";

const TODAY = serialFromYMD(2026, 6, 30) as number;
const read = (wb: WorkbookGrid, year = 2025) => readDataSet(wb, { today: TODAY, ratingYear: year });
const codes = (ds: ReturnType<typeof read>) => ds.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
const S = (y: number, m: number, d: number) => serialFromYMD(y, m, d) as number;

describe("finding tables by their header row", () => {
  it("finds a table under title rows and merged cells, with shuffled and extra columns, STT and totals rows", () => {
    const values: CellValue[][] = [
      ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
      ["BÁO CÁO KẾT QUẢ XẾP LOẠI NĂM 2025"],
      [],
      ["STT", "Số ĐV", "Ghi chú", "Tên TCCSĐ", "XL", "Loại hình"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      [1, 12, "", "Chi bộ Sở Tư pháp", "HTTNV", "Chi bộ cơ sở"],
      [],
      [2, "1.234", null, "Đảng bộ Sở Tài chính", "Hoàn thành tốt NV", "Đảng bộ cơ sở"],
      ["Cộng", 1246],
      ["Tổng cộng:", 1246],
    ];
    const ds = read({ sheets: [{ name: "Báo cáo", values }] });
    expect(ds.recognised).toEqual([
      expect.objectContaining({ table: "organisations", sheet: "Báo cáo", headerRow: 4, columns: { members: "B", name: "D", rating: "E", type: "F" }, dataRows: 2 }),
    ]);
    expect(ds.recognised[0].ignored).toEqual(["STT", "Ghi chú"]);
    expect(ds.organisations.map((o) => [o.name, o.members, o.rating, o.type])).toEqual([
      ["Chi bộ Sở Tư pháp", 12, "HTTNV", "chi-bo-co-so"],
      ["Đảng bộ Sở Tài chính", 1234, "HTTNV", "dang-bo-co-so"],
    ]);
  });

  it("reads a two-row header (a merged group over sub-headers) and a sheet whose used range starts late", () => {
    const values: CellValue[][] = [
      ["Tên tổ chức", "Số đảng viên", "Xếp loại đảng viên", null, null, null, null, "Kết nạp đảng viên mới", null],
      [null, null, "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Không xếp loại", "Tổng số", "Trong đó HSSV"],
      ["Chi bộ Sở Tư pháp", 10, 1, 8, 1, 0, 0, 2, 1],
    ];
    const ds = read({ sheets: [{ name: "TC", values, origin: { row: 4, column: 1 } }] });
    expect(ds.recognised[0]).toMatchObject({ headerRow: 6, columns: { name: "B", members: "C", ratedHTXSNV: "D", ratedHTTNV: "E", ratedHTNV: "F", ratedKHTNV: "G", ratedNone: "H", admitted: "I", admittedStudents: "J" } });
    expect(ds.organisations[0]).toMatchObject({ admitted: 2, admittedStudents: 1, membersByRating: { HTXSNV: 1, HTTNV: 8, HTNV: 1, KHTNV: 0, notRated: 0 } });
    expect(ds.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("matches headers in NFD, other case and spacing, TCVN3 and VNI", () => {
    expect(headerKey("  HỌ  VÀ TÊN ".normalize("NFD"))).toBe(headerKey("Họ và tên"));
    const members: CellValue[][] = [[toTcvn3("Họ và tên"), toVni("Ngày sinh"), "tổ chức", "NGÀY VÀO ĐẢNG".normalize("NFD")], ["Lê Văn An", "02/03/1980", "Chi bộ Sở Tư pháp", "05/06/2005"]];
    const t = findTable({ name: "x", values: members });
    expect(t && t.table).toBe("members");
    expect(t && [...t.columns.keys()].sort()).toEqual(["admission", "birth", "name", "org"]);
  });

  it("skips the add-in's own sheets and reads every member sheet", () => {
    const header = ["Họ và tên", "Ngày sinh", "Tổ chức"];
    const wb: WorkbookGrid = {
      sheets: [
        { name: "Tổng hợp", values: [header, ["Không Phải", S(1980, 1, 1), "X"]] },
        { name: "DV1", values: [header, ["Lê Văn An", S(1980, 1, 1), "Chi bộ A"]] },
        { name: "DV2", values: [["DANH SÁCH"], header, ["Trần Thị Bình", S(1985, 1, 1), "Chi bộ B"]] },
      ],
      ownSheets: ["Tổng hợp"],
    };
    const ds = read(wb);
    expect(ds.members.map((m) => [m.name, m.ref.sheet, m.ref.row])).toEqual([["Lê Văn An", "DV1", 2], ["Trần Thị Bình", "DV2", 3]]);
  });

  it("uses a group row ('I. Đảng bộ …') as the organisation of the rows below it", () => {
    const values: CellValue[][] = [
      ["Họ và tên", "Ngày sinh", "Tổ chức", "Xếp loại"],
      ["I. Đảng bộ Sở Y tế"],
      ["Lê Văn An", S(1980, 1, 1), null, "HTTNV"],
      ["II. Chi bộ Sở Tư pháp"],
      ["Trần Thị Bình", S(1985, 1, 1), null, "HTTNV"],
    ];
    const ds = read({ sheets: [{ name: "DV", values }] });
    expect(ds.members.map((m) => [m.name, m.org, m.orgKey])).toEqual([["Lê Văn An", "Đảng bộ Sở Y tế", "so y te"], ["Trần Thị Bình", "Chi bộ Sở Tư pháp", "so tu phap"]]);
    expect(codes(ds)).toEqual([]);
  });

  it("reads the rating year and the committee's rating from labels above the table", () => {
    const values: CellValue[][] = [["Năm xếp loại:", 2024, "Xếp loại Đảng bộ:", "HT tốt"], [], ["Tên tổ chức", "Số đảng viên"], ["Chi bộ A", 5]];
    const ds = readDataSet({ sheets: [{ name: "TC", values }] }, { today: TODAY });
    expect(ds.ratingYear).toBe(2024);
    expect(ds.committeeRating).toBe("HTTNV");
  });

  it("reports a workbook without any table", () => {
    expect(codes(read({ sheets: [{ name: "A", values: [["hello"]] }] }))).toEqual(["NO_DATA_TABLE@null!null"]);
  });
});

describe("reading values", () => {
  const memberSheet = (row: CellValue[]) => ({
    sheets: [{ name: "DV", values: [["Họ và tên", "Ngày sinh", "Tổ chức", "Ngày vào Đảng", "Ngày chính thức", "Học sinh, sinh viên", "Cam kết", "Giới tính", "Trình độ chuyên môn", "Lý luận chính trị"], row] }],
  });

  it("reads dates as serials, Date objects, dd/mm/yyyy and 30.04.2008 text", () => {
    const ds = read(memberSheet(["A", new Date(Date.UTC(1980, 2, 2)), "Chi bộ X", "30.04.2008", "30/04/2009", "x", "Có", "nữ", "Thạc sỹ", "cử nhân"]));
    expect(ds.members[0]).toMatchObject({ birth: S(1980, 3, 2), admission: S(2008, 4, 30), official: S(2009, 4, 30), student: true, committed: true, gender: "nu", qualification: "Thạc sĩ", politicalTheory: "Cao cấp, cử nhân" });
  });

  it("reads yes marks 'x', 'Có', '1', '✓', TRUE and no marks", () => {
    for (const v of ["x", "X", "Có", "co", "1", 1, "✓", true]) expect(read(memberSheet(["A", null, "B", null, null, v])).members[0].student).toBe(true);
    for (const v of ["Không", "0", 0, false]) expect(read(memberSheet(["A", null, "B", null, null, v])).members[0].student).toBe(false);
    const ds = read(memberSheet(["A", null, "B", null, null, "có lẽ"]));
    expect(codes(ds)).toEqual(["LIST_UNKNOWN@DV!F2"]);
    expect(ds.issues[0].severity).toBe("warning");
    expect(ds.members).toHaveLength(1);
  });

  it("turns unreadable and future dates into errors, not zeros, and a bare year into a warning", () => {
    expect(codes(read(memberSheet(["A", "31/02/1980", "B"])))).toEqual(["DATE_INVALID@DV!B2", "ROWS_EXCLUDED@DV!null"]);
    expect(codes(read(memberSheet(["A", "13/13/1980", "B"])))[0]).toBe("DATE_INVALID@DV!B2");
    expect(codes(read(memberSheet(["A", S(1980, 1, 1), "B", "01/01/2099"])))[0]).toBe("DATE_FUTURE@DV!D2");
    const y = read(memberSheet(["A", 1985, "B"]));
    expect(codes(y)).toEqual(["DATE_YEAR_ONLY@DV!B2"]);
    expect(y.members[0].birth).toBe(S(1985, 1, 1));
  });

  it("reads numbers typed as text and shares, and rejects what is not a number", () => {
    const org = (v: CellValue, members: CellValue = 200) => read({ sheets: [{ name: "TC", values: [["Tên tổ chức", "Số đảng viên", "ĐV học tập nghị quyết", "Kết nạp mới"], ["Chi bộ A", members, v, null]] }] });
    expect(org("1.234", "1.500").organisations[0]).toMatchObject({ members: 1500, studied: 1234 });
    expect(org(" 05 ").organisations[0].studied).toBe(5);
    const share = org("90%");
    expect(share.organisations[0].studied).toBe(180);
    expect(codes(share)).toEqual(["SHARE_CONVERTED@TC!C2"]);
    expect(org("0,9").organisations[0].studied).toBe(0.9);
    expect(codes(org("120%"))).toEqual(["PERCENT_OVER_100@TC!C2", "ROWS_EXCLUDED@TC!null"]);
    expect(codes(org(-3))).toEqual(["NUMBER_NEGATIVE@TC!C2", "ROWS_EXCLUDED@TC!null"]);
    expect(codes(org("mười"))).toEqual(["NUMBER_INVALID@TC!C2", "ROWS_EXCLUDED@TC!null"]);
    expect(org("mười").organisations).toEqual([]);
  });

  it("repairs TCVN3 text and warns once per column", () => {
    const ds = read({ sheets: [{ name: "TC", values: [["Tên tổ chức", "Số đảng viên"], [toTcvn3("Đảng bộ Sở Tài chính"), 5], [toTcvn3("Đảng bộ Sở Giáo dục và Đào tạo"), 6]] }] });
    expect(ds.organisations.map((o) => o.name)).toEqual(["Đảng bộ Sở Tài chính", "Đảng bộ Sở Giáo dục và Đào tạo"]);
    expect(codes(ds)).toEqual(["LEGACY_ENCODING@TC!A2"]);
    expect(ds.issues[0].message).toContain("2 ô");
  });

  it("reports pre-2018 rating words once per column, and not for a pre-2018 rating year", () => {
    const wb = { sheets: [{ name: "TC", values: [["Tên tổ chức", "Xếp loại"], ["Chi bộ A", "Trong sạch vững mạnh"], ["Chi bộ B", "TSVM"]] as CellValue[][] }] };
    const ds = read(wb, 2025);
    expect(codes(ds)).toEqual(["RATING_LEGACY@TC!B2"]);
    expect(ds.organisations.map((o) => o.rating)).toEqual([null, null]);
    expect(codes(read(wb, 2016))).toEqual([]);
  });
});
