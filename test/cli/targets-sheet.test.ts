import { writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { buildTargetsSheet } from "../../src/core/targets-sheet";
import { readResolution } from "../../src/core/reader/read";
import { RESOLUTION, nq, tempDir } from "../robustness/helpers";

// Issue 13 items 6 and 11: the workbook's own targets sheet is found by its name with or without diacritics
// (or by its header under any name), is never read as data, and when none will do the message says which
// sheets were looked at and what to do.

async function workbook(targetsName: string | null, header?: unknown[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const orgs = wb.addWorksheet("To chuc");
  orgs.addRow(["Ten to chuc", "Loai hinh", "So dang vien", "Xep loai"]);
  orgs.addRow(["Chi bộ Văn phòng", "Chi bộ cơ sở", 2, "Hoàn thành tốt nhiệm vụ"]);
  const dv = wb.addWorksheet("Dang vien");
  dv.addRow(["Ho va ten", "To chuc", "Ngay sinh", "Xep loai", "Hoc tap nghi quyet"]);
  dv.addRow(["Nguyễn Văn An", "Chi bộ Văn phòng", new Date(Date.UTC(1980, 0, 2)), "Hoàn thành tốt nhiệm vụ", "x"]);
  dv.addRow(["Lê Thị Bình", "Chi bộ Văn phòng", new Date(Date.UTC(1985, 3, 4)), "Hoàn thành tốt nhiệm vụ", "x"]);
  if (targetsName) {
    const ws = wb.addWorksheet(targetsName);
    if (header) ws.addRow(header);
    else for (const row of buildTargetsSheet(readResolution(RESOLUTION).targets, "vi").values) ws.addRow(row.map((v) => v ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("nq check reads the targets from the workbook", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it.each(["Chỉ tiêu", "Chi tieu", "CHI TIEU", "Bảng 1"])("a targets sheet named %s (a user's copy, no marker) is found, and is not data", async (name) => {
    writeFileSync(join(tmp.dir, "d.xlsx"), await workbook(name));
    const r = await nq(["check", "d.xlsx", "--json"], tmp.dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.targets.length).toBeGreaterThan(0);
    // No data issue; the one warning says the member list has no "Được kiểm tra" column, which target 4 needs.
    expect(json.issues.map((i: { code: string; sheet: string }) => [i.code, i.sheet])).toEqual([["CHECK_COLUMN_NOT_FOUND", "Dang vien"]]);
    expect(json.issues[0].message).toContain('Chỉ tiêu 4 cần cột "Được kiểm tra"');
  });

  it("no targets sheet: the message names the sheets looked at and what to do", async () => {
    writeFileSync(join(tmp.dir, "d.xlsx"), await workbook(null));
    const r = await nq(["check", "d.xlsx"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Không tìm thấy bảng chỉ tiêu trong d.xlsx (đã xem các sheet: "To chuc", "Dang vien"). Hãy dùng --targets NGHI-QUYET.docx (hoặc .txt) để đọc chỉ tiêu từ văn bản nghị quyết, hoặc thêm sheet "Chỉ tiêu" bằng phần bổ trợ trong Excel (bước 1 của Bảng điều khiển).\n',
    );
  });

  it("a sheet named Chi tieu without a targets header: said so, with the columns it needs", async () => {
    writeFileSync(join(tmp.dir, "d.xlsx"), await workbook("Chi tieu", ["TT", "Nội dung", "Kế hoạch"]));
    const r = await nq(["check", "d.xlsx"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Sheet "Chi tieu" trong d\.xlsx có tên là sheet chỉ tiêu nhưng không có dòng tiêu đề của bảng chỉ tiêu \(đã xem các sheet: "Chi tieu", "To chuc", "Dang vien"\)\. Dòng tiêu đề cần các cột "Chỉ tiêu \(trích nguyên văn\)"/);
  });

  it("a targets header with no target below it: said so", async () => {
    writeFileSync(join(tmp.dir, "d.xlsx"), await workbook("Chỉ tiêu", ["STT", "Chỉ tiêu (trích nguyên văn)", "Điều kiện", "Giá trị"]));
    const r = await nq(["check", "d.xlsx"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Sheet chỉ tiêu "Chỉ tiêu" trong d\.xlsx chưa có chỉ tiêu nào/);
  });
});
