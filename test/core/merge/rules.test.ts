import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";
import { readDataSet } from "../../../src/core/data/read";
import { toTcvn3 } from "../../../src/core/text/legacy";
import { buildMergeSheets, mergeWorkbooks, type MergeInput, type MergeResult } from "../../../src/core/merge";
import { splitSample, workbookOf } from "./helpers";

const ORG_HEAD = ["Tên tổ chức", "Loại hình", "Trực thuộc", "Số đảng viên", "Xếp loại"];
const MEM_HEAD = ["Họ và tên", "Ngày sinh", "Tổ chức", "Chi bộ", "Xếp loại"];
const HTT = "Hoàn thành tốt nhiệm vụ";

function book(orgs: CellValue[][], members: CellValue[][], unions: CellValue[][] = []): WorkbookGrid {
  const sheets = [
    { name: "Tổ chức", values: [ORG_HEAD, ...orgs] },
    { name: "Đảng viên", values: [MEM_HEAD, ...members] },
  ];
  if (unions.length) sheets.push({ name: "Đoàn thể", values: [["Tên đoàn thể", "Cấp", "Xếp loại"], ...unions] });
  return { sheets };
}

/** n members of an organisation, births 1980 + i (serials). */
function people(org: string, n: number, from = 0, branch: string | null = null, prefix = "Đảng viên"): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [`${prefix} ${org} ${from + i + 1}`, 29000 + from + i, org, branch, HTT]);
}

const input = (name: string, workbook: WorkbookGrid): MergeInput => ({ name, workbook });
const dataRows = (r: MergeResult, table: "organisations" | "members" | "unions") => r.tables[table].rows.map((x) => x.values);
const codes = (r: MergeResult) => r.problems.map((p) => p.code);

/** Every row read is written or in a problem that leaves it out: the totals and the problems agree. */
function expectAccounted(r: MergeResult): void {
  for (const table of ["organisations", "members", "unions"] as const) {
    const t = r.totals[table];
    expect(t.read).toBe(t.written + t.leftOut);
    expect(r.tables[table].rows).toHaveLength(t.written);
    const listed = r.problems.filter((p) => p.table === table).reduce((n, p) => n + p.leftOut.length, 0);
    expect([table, listed]).toEqual([table, t.leftOut]);
  }
  expect(r.totals.files.read).toBe(r.totals.files.merged + r.totals.files.leftOut);
}

describe("the later file wins", () => {
  const a = book(
    [["Đảng bộ Sở Y tế", "Đảng bộ cơ sở", null, 10, HTT], ["Chi bộ Khoa Nội", "Chi bộ trực thuộc", "Đảng bộ Sở Y tế", 5, HTT], ["Chi bộ Khoa Ngoại", "Chi bộ trực thuộc", "Đảng bộ Sở Y tế", 5, HTT], ["Chi bộ Sở Tư pháp", "Chi bộ cơ sở", null, 3, HTT]],
    [...people("Đảng bộ Sở Y tế", 5, 0, "Chi bộ Khoa Nội"), ...people("Đảng bộ Sở Y tế", 5, 5, "Chi bộ Khoa Ngoại"), ...people("Chi bộ Sở Tư pháp", 3)],
  );
  it("a corrected file replaces the organisation's rows and its member list, and says which rows", () => {
    const corrected = book([["Đảng bộ Sở Y tế", "Đảng bộ cơ sở", null, 9, HTT], ["Chi bộ Khoa Nội", "Chi bộ trực thuộc", "Đảng bộ Sở Y tế", 9, HTT]], people("Đảng bộ Sở Y tế", 9, 0, "Chi bộ Khoa Nội"));
    const r = mergeWorkbooks([input("a.xlsx", a), input("a-sua.xlsx", corrected)]);
    expect(dataRows(r, "organisations").map((v) => [v[0], v[3], v[v.length - 1]])).toEqual([
      ["Chi bộ Sở Tư pháp", 3, "a.xlsx"],
      ["Đảng bộ Sở Y tế", 9, "a-sua.xlsx"],
      ["Chi bộ Khoa Nội", 9, "a-sua.xlsx"],
    ]);
    expect(r.totals.members).toEqual({ read: 22, written: 12, leftOut: 10 });
    const org = r.problems.find((p) => p.code === "MERGE_ORG_REPLACED")!;
    expect(org).toMatchObject({ file: "a.xlsx", sheet: "Tổ chức", row: 2, leftOut: [2, 3, 4], severity: "warning" });
    expect(org.message).toBe('Tổ chức "Đảng bộ Sở Y tế" có cả trong tệp gửi sau "a-sua.xlsx": đã lấy theo tệp đó và bỏ 3 dòng của tệp này (dòng 2–4).');
    expect(r.problems.find((p) => p.code === "MERGE_MEMBERS_REPLACED")).toMatchObject({ file: "a.xlsx", leftOut: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], mergedRow: 8 });
    expectAccounted(r);
  });

  it("a chi bộ trực thuộc's own file replaces only that chi bộ and its members", () => {
    const chiBo = book([["Chi bộ Khoa Nội", "Chi bộ trực thuộc", "Đảng bộ Sở Y tế", 4, HTT]], people("Chi bộ Khoa Nội", 4, 20));
    const r = mergeWorkbooks([input("a.xlsx", a), input("khoa-noi.xlsx", chiBo)]);
    expect(dataRows(r, "organisations").map((v) => v[0])).toEqual(["Đảng bộ Sở Y tế", "Chi bộ Khoa Ngoại", "Chi bộ Sở Tư pháp", "Chi bộ Khoa Nội"]);
    expect(r.totals.members).toEqual({ read: 17, written: 12, leftOut: 5 });
    expect(r.problems.find((p) => p.code === "MERGE_MEMBERS_REPLACED")).toMatchObject({ file: "a.xlsx", leftOut: [2, 3, 4, 5, 6] });
    // the đảng bộ states 10 members; the merged list has 5 (Khoa Ngoại) + 4 (Khoa Nội)
    expect(r.problems.find((p) => p.code === "MERGE_MEMBER_COUNT")).toMatchObject({ file: "a.xlsx", row: 2, message: '"Đảng bộ Sở Y tế": ghi 10 đảng viên, nhưng danh sách gộp có 9 đảng viên.' });
    expectAccounted(r);
  });

  it("the same union (đoàn thể) in two files: the later row kept, the earlier listed; --strict makes it an error", () => {
    const first = book([["Chi bộ Sở Tư pháp", "Chi bộ cơ sở", null, 1, HTT]], people("Chi bộ Sở Tư pháp", 1), [["Đoàn Thanh niên Sở Tư pháp", "Cơ sở", "Khá"], ["Công đoàn Sở Tư pháp", "Cơ sở", "Tốt"]]);
    const later = book([], [], [["ĐOÀN THANH NIÊN SỞ TƯ PHÁP", "Cơ sở", "Tốt"]]);
    const r = mergeWorkbooks([input("a.xlsx", first), input("dtn.xlsx", later)]);
    expect(dataRows(r, "unions").map((v) => [v[0], v[2], v[v.length - 1]])).toEqual([["Công đoàn Sở Tư pháp", "Tốt", "a.xlsx"], ["ĐOÀN THANH NIÊN SỞ TƯ PHÁP", "Tốt", "dtn.xlsx"]]);
    expect(r.problems.find((p) => p.code === "MERGE_UNION_REPLACED")).toMatchObject({ file: "a.xlsx", sheet: "Đoàn thể", row: 2, leftOut: [2] });
    expectAccounted(r);
    const strict = mergeWorkbooks([input("a.xlsx", first), input("dtn.xlsx", later)], { strict: true });
    expect([strict.conflicts, codes(strict).filter((c) => c.endsWith("_CONFLICT"))]).toEqual([true, ["MERGE_UNION_CONFLICT"]]);
  });

  it("--strict: an organisation in two files is an error and nothing may be written", () => {
    const again = book([["Chi bộ Sở Tư pháp", "Chi bộ cơ sở", null, 3, HTT]], people("Chi bộ Sở Tư pháp", 3));
    const r = mergeWorkbooks([input("a.xlsx", a), input("b.xlsx", again)], { strict: true });
    expect(r.conflicts).toBe(true);
    expect(r.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(["MERGE_ORG_CONFLICT", "MERGE_MEMBERS_CONFLICT"]);
    expect(mergeWorkbooks([input("a.xlsx", a), input("b.xlsx", again)]).conflicts).toBe(false);
  });
});

describe("members, organisations and counts that do not fit", () => {
  it("the same member in two organisations' files: the later kept, both places reported", () => {
    const a = book([["Chi bộ Sở Tư pháp", "Chi bộ cơ sở", null, 2, HTT]], [...people("Chi bộ Sở Tư pháp", 1), ["Trần Văn Bình", 28000, "Chi bộ Sở Tư pháp", null, HTT]]);
    const b = book([["Chi bộ Sở Nội vụ", "Chi bộ cơ sở", null, 1, HTT]], [["TRẦN VĂN  BÌNH", 28000, "Chi bộ Sở Nội vụ", null, HTT]]);
    const r = mergeWorkbooks([input("a.xlsx", a), input("b.xlsx", b)]);
    const p = r.problems.find((x) => x.code === "MERGE_MEMBER_MOVED")!;
    expect(p).toMatchObject({ file: "a.xlsx", sheet: "Đảng viên", row: 3, leftOut: [3] });
    expect(p.message).toContain('"Trần Văn Bình" (sinh 28/08/1976) có ở "Chi bộ Sở Tư pháp" (tệp này) và ở "Chi bộ Sở Nội vụ" (tệp "b.xlsx", sheet "Đảng viên", dòng 2)');
    expect(dataRows(r, "members").map((v) => v[0])).toEqual(["Đảng viên Chi bộ Sở Tư pháp 1", "TRẦN VĂN BÌNH"]);
    expect(codes(r)).toContain("MERGE_MEMBER_COUNT"); // Sở Tư pháp states 2, has 1 left
    expectAccounted(r);
  });

  it("members of an organisation no file has, an organisation without members, a member count that differs", () => {
    const a = book([["Chi bộ Sở Tư pháp", "Chi bộ cơ sở", null, 5, HTT], ["Chi bộ Sở Xây dựng", "Chi bộ cơ sở", null, 4, HTT]], [...people("Chi bộ Sở Tư pháp", 3), ...people("Chi bộ Ma", 2)]);
    const r = mergeWorkbooks([input("a.xlsx", a)]);
    expect(r.problems.map((p) => [p.code, p.row, p.message])).toEqual([
      ["MERGE_MEMBER_COUNT", 2, '"Chi bộ Sở Tư pháp": ghi 5 đảng viên, nhưng danh sách gộp có 3 đảng viên.'],
      ["MERGE_ORG_NO_MEMBERS", 3, '"Chi bộ Sở Xây dựng" có trong bảng "Tổ chức" nhưng không tệp nào có đảng viên của tổ chức này.'],
      ["MERGE_MEMBER_ORG_UNKNOWN", 5, '2 đảng viên ghi tổ chức "Chi bộ Ma", nhưng không tệp nào có tổ chức này trong bảng "Tổ chức".'],
    ]);
    expect(r.totals.members.leftOut).toBe(0); // reported, not left out
  });

  it("an organisation table alone (figures per organisation, no member list) is no problem", () => {
    const a = book([["Chi bộ Sở Tư pháp", "Chi bộ cơ sở", null, 5, HTT]], []);
    expect(mergeWorkbooks([input("a.xlsx", a)]).problems).toEqual([]);
  });
});

describe("bad files are listed with a reason; the rest still merge", () => {
  it("unreadable, not a data workbook, an empty template, the output itself", () => {
    const good = book([["Chi bộ Sở Tư pháp", "Chi bộ cơ sở", null, 1, HTT]], people("Chi bộ Sở Tư pháp", 1));
    const r = mergeWorkbooks([
      { name: "hong.xlsx", failure: "Tệp hong.xlsx bị hỏng hoặc chưa tải về hết." },
      { name: "gop.xlsx", failure: "", code: "is-output" },
      input("ghi-chu.xlsx", { sheets: [{ name: "Sheet1", values: [["Báo cáo"], ["Nội dung tự do"]] }] }),
      input("mau-trong.xlsx", book([], [])),
      input("tot.xlsx", good),
    ]);
    expect(r.files.map((f) => [f.file, f.status])).toEqual([["hong.xlsx", "bad"], ["gop.xlsx", "bad"], ["ghi-chu.xlsx", "bad"], ["mau-trong.xlsx", "empty"], ["tot.xlsx", "merged"]]);
    expect(codes(r)).toEqual(["MERGE_FILE_UNREADABLE", "MERGE_FILE_IS_OUTPUT", "MERGE_FILE_NO_TABLE", "MERGE_FILE_NO_ROWS"]);
    expect(r.problems[0].message).toBe("Không đọc được tệp, không gộp tệp này: Tệp hong.xlsx bị hỏng hoặc chưa tải về hết.");
    expect(r.totals.files).toEqual({ read: 5, merged: 1, leftOut: 4 });
    expect(r.totals.members.written).toBe(1);
  });
});

describe("any layout the data reader accepts; the output has the union of the columns", () => {
  // An older template: title rows, columns in another order, other header spellings, NFD text, no "Xếp loại", a "Ghi chú" column.
  const old: WorkbookGrid = {
    sheets: [
      { name: "DS to chuc", values: [["ĐẢNG BỘ KHỐI"], ["DANH SÁCH"], [], ["STT", "Số ĐV", "Tên TCCSĐ", "Loại", "Ghi chú"], [1, 2, "Chi bộ Sở Tư pháp".normalize("NFD"), "CBCS", "mới thành lập"]] },
      { name: "DS dang vien", values: [["TT", "Họ tên", "Năm sinh", "TCCSĐ", "Quê quán"], [1, "Lê Thị Hoa".normalize("NFD"), "12/05/1982", "Chi bộ Sở Tư pháp", "Hà Tĩnh"], [2, "Phan Văn Tú", 1979, "Chi bộ Sở Tư pháp", "Nghệ An"]] },
    ],
  };
  // TCVN3 (ABC) text, a group row instead of an organisation column.
  const tcvn: WorkbookGrid = {
    sheets: [
      { name: "To chuc", values: [["Tên tổ chức", "Loại hình", "Số đảng viên", "Xếp loại"], [toTcvn3("Chi bộ Sở Nội vụ"), toTcvn3("Chi bộ cơ sở"), 1, toTcvn3(HTT)]] },
      { name: "Dang vien", values: [["Họ và tên", "Ngày sinh", "Xếp loại", "Ghi chú"], [toTcvn3("I. Chi bộ Sở Nội vụ")], [toTcvn3("Nguyễn Thị Thủy"), 30000, toTcvn3(HTT), "chuyển đến"]] },
    ],
  };
  const r = mergeWorkbooks([input("cu.xlsx", old), input("tcvn3.xlsx", tcvn)]);
  const sheets = buildMergeSheets(r);

  it("reads them all and writes the template layout, with the other columns after it", () => {
    // TCVN3 text is repaired exactly where the data reader repairs it, and said so once per sheet
    const legacy = [...new Set(readDataSet(tcvn).issues.filter((i) => i.code === "LEGACY_ENCODING").map((i) => i.sheet))];
    expect(legacy).toEqual(["To chuc", "Dang vien"]);
    expect(r.problems.filter((p) => p.code === "MERGE_LEGACY_TEXT").map((p) => p.sheet)).toEqual(legacy);
    expect(r.problems.filter((p) => p.code !== "MERGE_LEGACY_TEXT")).toEqual([]);
    expect(r.tables.organisations.extraHeaders).toEqual(["Ghi chú", "Tệp nguồn"]);
    expect(r.tables.members.extraHeaders).toEqual(["Quê quán", "Ghi chú", "Tệp nguồn"]);
    const orgHeader = sheets[0].values[3];
    expect(orgHeader.slice(0, 5)).toEqual(["Tên tổ chức", "Loại hình", "Trực thuộc", "Số đảng viên", "Xếp loại"]);
    expect(orgHeader.slice(-2)).toEqual(["Ghi chú", "Tệp nguồn"]);
    const members = dataRows(r, "members");
    const tcvnMember = { name: "Nguyễn Thị Thủy", org: "Chi bộ Sở Nội vụ" };
    expect(members.map((v) => [v[0], v[3], v.slice(-3)])).toEqual([
      ["Lê Thị Hoa", "Chi bộ Sở Tư pháp", ["Hà Tĩnh", null, "cu.xlsx"]],
      ["Phan Văn Tú", "Chi bộ Sở Tư pháp", ["Nghệ An", null, "cu.xlsx"]],
      [tcvnMember.name, tcvnMember.org, [null, "chuyển đến", "tcvn3.xlsx"]],
    ]);
  });

  it("the check reads the merged sheets as it read the units' own", () => {
    const merged = readDataSet(workbookOf(sheets), { today: 46000 });
    const own = [readDataSet(old, { today: 46000 }), readDataSet(tcvn, { today: 46000 })];
    const pick = (d: ReturnType<typeof readDataSet>) => d.members.map((m) => [m.name, m.birth, m.orgKey, m.rating]);
    expect(pick(merged)).toEqual([...pick(own[0]), ...pick(own[1])]);
    expect(merged.organisations.map((o) => [o.name, o.type, o.members, o.rating])).toEqual([...own[0].organisations, ...own[1].organisations].map((o) => [o.name, o.type, o.members, o.rating]));
  });
});

describe("merging is repeatable", () => {
  it("merging the merged workbook with a new unit file gives the same as merging all files at once", () => {
    const { files } = splitSample();
    const unit = files[5];
    // the unit sends a corrected file: one member less, a new column
    const fixed = workbookOf(unit.sheets.map((s, i) => (i === 1 ? { ...s, values: s.values.slice(0, -1) } : s)));
    fixed.sheets[0].values[3] = [...fixed.sheets[0].values[3], "Ghi chú"];
    const all = files.map((f) => input(f.name, f.workbook));
    const late = input("06 sửa.xlsx", fixed);
    const once = mergeWorkbooks([...all, late]);
    const first = workbookOf(buildMergeSheets(mergeWorkbooks(all)));
    const twice = mergeWorkbooks([input("gop.xlsx", first), late]);
    for (const table of ["organisations", "members", "unions"] as const) {
      expect(twice.tables[table].extraHeaders).toEqual(once.tables[table].extraHeaders);
      expect(dataRows(twice, table)).toEqual(dataRows(once, table));
    }
    expect(once.totals.members.written).toBe(2711);
    expect(twice.year).toBe(once.year);
    expect(twice.committeeRating).toBe(once.committeeRating);
    expectAccounted(once);
    expectAccounted(twice);
  });
});
