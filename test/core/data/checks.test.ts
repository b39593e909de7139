import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";
import { readDataSet, type ReadOptions } from "../../../src/core/data/read";
import { serialFromYMD } from "../../../src/core/data/values";
import { generateSample, generateSampleGrids } from "../../../src/core/sample";
import { DATA_ISSUE_CODES } from "../../../src/core/validation/codes";
import { t } from "../../../src/core/i18n/messages";

const TODAY = serialFromYMD(2026, 6, 30) as number;
const S = (y: number, m: number, d: number) => serialFromYMD(y, m, d) as number;
const ORG_H = ["Tên tổ chức", "Loại hình", "Trực thuộc", "Số đảng viên", "Xếp loại", "ĐV HTXSNV", "ĐV HTTNV", "ĐV HTNV", "ĐV KHTNV", "ĐV không xếp loại", "Kết nạp mới", "Kết nạp HSSV", "ĐV được kiểm tra", "Mô hình đăng ký", "Mô hình đạt"];
const MEM_H = ["Họ và tên", "Ngày sinh", "Tổ chức", "Chi bộ", "Ngày vào Đảng", "Ngày chính thức", "Xếp loại", "Lý do không xếp loại"];
const run = (orgs: CellValue[][], members: CellValue[][] = [], opts: ReadOptions = {}) => {
  const wb: WorkbookGrid = { sheets: [{ name: "TC", values: [ORG_H, ...orgs] }] };
  if (members.length) wb.sheets.push({ name: "DV", values: [MEM_H, ...members] });
  return readDataSet(wb, { today: TODAY, ratingYear: 2025, ...opts });
};
const found = (ds: ReturnType<typeof run>) => ds.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
// A consistent organisation row: 10 members, 1 HTXSNV, 8 HTTNV, 1 HTNV.
const org = (name: string, over: Partial<Record<string, CellValue>> = {}): CellValue[] => {
  const base: Record<string, CellValue> = { "Tên tổ chức": name, "Loại hình": "Chi bộ cơ sở", "Số đảng viên": 10, "Xếp loại": "HTTNV", "ĐV HTXSNV": 1, "ĐV HTTNV": 8, "ĐV HTNV": 1, "ĐV KHTNV": 0, "ĐV không xếp loại": 0, "Kết nạp mới": 1, "Kết nạp HSSV": 0, "ĐV được kiểm tra": 3, "Mô hình đăng ký": 1, "Mô hình đạt": 1, ...over };
  return ORG_H.map((h) => base[h] ?? null);
};
const mem = (name: string, o: string, over: Partial<Record<string, CellValue>> = {}): CellValue[] => {
  const base: Record<string, CellValue> = { "Họ và tên": name, "Ngày sinh": S(1980, 5, 1), "Tổ chức": o, "Ngày vào Đảng": S(2005, 5, 1), "Ngày chính thức": S(2006, 5, 1), "Xếp loại": "HTTNV", ...over };
  return MEM_H.map((h) => base[h] ?? null);
};

describe("validation checks, each at its cell", () => {
  it("is silent on consistent data", () => {
    expect(found(run([org("Chi bộ A")]))).toEqual([]);
  });
  it("required cell empty, unknown list value", () => {
    expect(found(run([org("Chi bộ A"), org(null as unknown as string)]))).toContain("REQUIRED_EMPTY@TC!A3");
    const ds = run([org("Chi bộ A", { "Loại hình": "Hợp tác xã" })]);
    expect(found(ds)).toEqual(["LIST_UNKNOWN@TC!B2", "ROWS_EXCLUDED@TC!null"]);
    expect(ds.issues[0].severity).toBe("error");
    expect(ds.issues[0].message).toBe('Giá trị "Hợp tác xã" không thuộc danh sách cho phép của cột "Loại hình".');
    expect(ds.issues[0].messageEn).toContain("not an allowed value");
    expect(ds.excluded.organisations).toBe(1);
  });
  it("duplicate organisation, chi bộ trực thuộc without its đảng bộ", () => {
    expect(found(run([org("Chi bộ A"), org("chi bộ  a")]))).toContain("DUPLICATE_ORG@TC!A3");
    const ds = run([org("Đảng bộ B", { "Loại hình": "Đảng bộ cơ sở" }), org("Chi bộ 1", { "Loại hình": "Chi bộ trực thuộc", "Trực thuộc": "Đảng bộ B" }), org("Chi bộ 2", { "Loại hình": "Chi bộ trực thuộc", "Trực thuộc": "Đảng bộ C" })]);
    expect(found(ds)).toEqual(["PARENT_MISSING@TC!C4"]);
  });
  it("aggregates that do not add up", () => {
    expect(found(run([org("Chi bộ A", { "ĐV HTNV": 3, "Số đảng viên": 12 })]))).toEqual([]);
    expect(found(run([org("Chi bộ A", { "ĐV HTNV": 2 })]))).toContain("RATING_SUM_MISMATCH@TC!D2");
    expect(found(run([org("Chi bộ A", { "ĐV được kiểm tra": 11 })]))).toContain("INSPECTED_OVER_TOTAL@TC!M2");
    expect(found(run([org("Chi bộ A", { "Kết nạp HSSV": 2 })]))).toContain("STUDENTS_OVER_ADMITTED@TC!L2");
    expect(found(run([org("Chi bộ A", { "Mô hình đạt": 2 })]))).toContain("PART_OVER_TOTAL@TC!O2");
  });
  it("member rows per organisation, unknown organisation, duplicate member", () => {
    const members = [mem("Lê Văn An", "Chi bộ A"), mem("Trần Thị Bình", "Chi bộ A"), mem("Ngô Văn Chiến", "Chi bộ Z"), mem("LÊ VĂN  AN", "Chi bộ A")];
    const ds = run([org("Chi bộ A", { "ĐV HTXSNV": 0, "ĐV HTTNV": 9 })], members);
    expect(found(ds)).toEqual(expect.arrayContaining(["DUPLICATE_MEMBER@DV!A5", "MEMBER_ORG_UNKNOWN@DV!C4", "MEMBER_COUNT_MISMATCH@TC!D2"]));
    expect(ds.issues.find((i) => i.code === "MEMBER_COUNT_MISMATCH")?.message).toContain("danh sách có 3 đảng viên");
  });
  it("member dates: under 18, before birth, official before admission, probation over 12 months, over 60", () => {
    const ds = run([], [
      mem("A", "X", { "Ngày vào Đảng": S(1997, 4, 30), "Ngày chính thức": S(1998, 5, 1) }),
      mem("B", "X", { "Ngày vào Đảng": S(1970, 1, 1), "Ngày chính thức": null }),
      mem("C", "X", { "Ngày chính thức": S(2004, 1, 1) }),
      mem("D", "X", { "Ngày vào Đảng": S(2023, 1, 1), "Ngày chính thức": null }),
      mem("E", "X", { "Ngày sinh": S(1950, 1, 1), "Ngày vào Đảng": S(2011, 2, 1), "Ngày chính thức": S(2012, 2, 1) }),
      mem("F", "X", { "Ngày vào Đảng": S(1998, 5, 1), "Ngày chính thức": S(1999, 5, 1) }),
      mem("G", "X", { "Ngày vào Đảng": S(2025, 3, 1), "Ngày chính thức": null, "Xếp loại": null, "Lý do không xếp loại": "Mới kết nạp" }),
    ]);
    expect(found(ds).filter((c) => !c.startsWith("ROWS") && !c.startsWith("EXCELLENT"))).toEqual([
      "ADMISSION_UNDER_18@DV!E2", "ADMISSION_BEFORE_BIRTH@DV!E3", "PROBATION_OVERDUE@DV!F3", "OFFICIAL_BEFORE_ADMISSION@DV!F4", "PROBATION_OVERDUE@DV!F5", "ADMISSION_OVER_60@DV!E6",
    ]);
    expect(ds.members.find((m) => m.name === "G")).toMatchObject({ rating: null, notRated: "moi-ket-nap" });
  });
  it("the 20% cap on HTXSNV members per organisation, saying which base was used", () => {
    const members = [1, 2, 3].map((i) => mem(`X${i}`, "Chi bộ A", { "Xếp loại": "HTXSNV" })).concat([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((i) => mem(`T${i}`, "Chi bộ A")));
    const o = org("Chi bộ A", { "Số đảng viên": 15, "ĐV HTXSNV": 3, "ĐV HTTNV": 12, "ĐV HTNV": 0 });
    const lit = run([o], members);
    expect(found(lit)).toEqual(["EXCELLENT_CAP@TC!A2"]);
    expect(lit.issues[0].message).toContain("vượt trần 20% × 12 (HTTNV) = 2,4, tức là tối đa 2 đảng viên HTXSNV");
    expect(lit.issues[0].messageEn).toContain("over the cap 20% × 12 (HTTNV) = 2.4, i.e. at most 2");
    expect(found(run([o], members, { excellentCapBase: "practice" }))).toEqual([]); // 3 ≤ 20% × 15; literal: 3 > 20% × 12
    expect(found(run([o], members, { excellentCapShare: 0.3 }))).toEqual([]);
    expect(found(run([o], members, { ratingYear: 2017 }))).toEqual([]); // before QĐ 132: no cap
    // without a member list the aggregate columns are used
    expect(found(run([o]))).toEqual(["EXCELLENT_CAP@TC!F2"]);
  });
  it("the 20% cap on organisations across the committee", () => {
    const rows = [org("Chi bộ 1", { "Xếp loại": "HTXSNV" }), org("Chi bộ 2", { "Xếp loại": "HTXSNV" }), ...[3, 4, 5, 6, 7, 8].map((i) => org(`Chi bộ ${i}`))];
    expect(found(run(rows))).toEqual(["EXCELLENT_CAP_ORGS@TC!E2:E9"]); // 2 > 20% × 6
    expect(found(run(rows, [], { excellentCapBase: "practice" }))).toEqual(["EXCELLENT_CAP_ORGS@TC!E2:E9"]); // 2 > 1.6
    expect(found(run(rows, [], { excellentCapShare: 0.35 }))).toEqual([]);
  });
});

describe("the sample workbook", () => {
  it("clean sample: no issue at all", () => {
    const ds = readDataSet(generateSample().grids, { today: TODAY });
    expect(ds.issues.map((i) => `${i.code}@${i.cell}: ${i.message}`)).toEqual([]);
  });
  it("dirty sample: every injected error is found at its cell", () => {
    const s = generateSample({ dirty: true });
    const ds = readDataSet(s.grids, { today: TODAY });
    const missing = s.injected.filter((e) => !ds.issues.some((i) => i.code === e.code && i.sheet === e.sheet && i.cell === e.cell));
    expect(missing).toEqual([]);
    // every check of the list is exercised (table-level codes aside)
    const injectedCodes = new Set(s.injected.map((e) => e.code));
    const notInjected = Object.keys(DATA_ISSUE_CODES).filter((c) => !injectedCodes.has(c));
    expect(notInjected.sort()).toEqual(["COLUMN_MISSING", "NO_DATA_TABLE", "ROWS_EXCLUDED"]);
  });
  it("dirty sample at 50,000 members: injected errors found too", () => {
    const s = generateSampleGrids({ members: 50000, dirty: true, seed: 9 });
    const ds = readDataSet(s.grids, { today: TODAY });
    const missing = s.injected.filter((e) => !ds.issues.some((i) => i.code === e.code && i.sheet === e.sheet && i.cell === e.cell));
    expect(missing).toEqual([]);
  });
  it("every issue code has a message in both languages", () => {
    for (const code of Object.keys(DATA_ISSUE_CODES)) {
      expect(t(`issue.${code}`, "vi")).not.toBe(`issue.${code}`);
      expect(t(`issue.${code}`, "en")).not.toBe(`issue.${code}`);
    }
  });
});
