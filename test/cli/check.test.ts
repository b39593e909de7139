import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { toTcvn3 } from "../../src/core/text/legacy";

jest.setTimeout(60000); // each test runs whole checks; the machine may be loaded
const RESOLUTION = join(__dirname, "..", "..", "samples", "resolution", "nghi-quyet-mau.txt");

async function nq(args: string[], cwd: string, isTTY = false) {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY, cwd };
  const code = await main(args, io);
  return { code, out, err };
}

function sha256(p: string): string {
  return createHash("sha256").update(readFileSync(p)).digest("hex");
}

/** A small workbook written by ExcelJS directly: 4 organisations, 60 members, 2 unions. */
async function workbook(file: string, opts: { brokenRow?: boolean } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const orgs = wb.addWorksheet("Tổ chức");
  orgs.addRow(["Tên tổ chức", "Loại hình", "Trực thuộc", "Số đảng viên", "Xếp loại", "Gương điển hình", "Dân vận khéo", "Được kiểm tra, giám sát", "Mô hình đăng ký"]);
  orgs.addRow(["Đảng bộ Sở Y tế", "Đảng bộ cơ sở", null, 20, "Hoàn thành tốt nhiệm vụ", 3, 1, "x", 2]);
  orgs.addRow(["Chi bộ Sở Tư pháp", "Chi bộ cơ sở", null, 20, "Hoàn thành tốt nhiệm vụ", 1, 1, null, 1]);
  orgs.addRow(["Chi bộ Văn phòng", "Chi bộ cơ sở", null, 20, "Hoàn thành nhiệm vụ", 0, 0, null, 0]);
  orgs.addRow(["Chi bộ Khoa Nội", "Chi bộ trực thuộc", "Đảng bộ Sở Y tế", null, null, 1, null, "x", null]);
  const dv = wb.addWorksheet("Đảng viên");
  dv.addRow(["Họ và tên", "Ngày sinh", "Tổ chức", "Ngày vào Đảng", "Xếp loại", "Được kiểm tra", "Học tập nghị quyết", "Cam kết", "Học sinh, sinh viên"]);
  const names = ["Đảng bộ Sở Y tế", "Chi bộ Sở Tư pháp", "Chi bộ Văn phòng"];
  for (let i = 0; i < 60; i++) {
    const admitted = i < 12 ? new Date(Date.UTC(2024, i % 12, 5)) : new Date(Date.UTC(2005, 2, 1 + (i % 20)));
    dv.addRow([`Nguyễn Văn An ${i + 1}`, new Date(Date.UTC(1960 + (i % 20), i % 12, 10)), names[i % 3], admitted, i < 54 ? "Hoàn thành tốt nhiệm vụ" : "Hoàn thành nhiệm vụ", i % 3 === 0 ? "x" : null, "x", "x", i < 3 ? "x" : null]);
  }
  if (opts.brokenRow) dv.addRow([null, new Date(Date.UTC(1980, 1, 1)), "Chi bộ Văn phòng", new Date(Date.UTC(2010, 1, 1)), "Hoàn thành tốt nhiệm vụ"]);
  const dt = wb.addWorksheet("Đoàn thể");
  dt.addRow(["Tên đoàn thể", "Cấp", "Xếp loại"]);
  dt.addRow(["Công đoàn Khối", "Trên cơ sở", "Hoàn thành tốt nhiệm vụ"]);
  dt.addRow(["Đoàn Thanh niên Khối", "Trên cơ sở", "Hoàn thành xuất sắc nhiệm vụ"]);
  await wb.xlsx.writeFile(file);
}

describe("nq check (in-process, temp files)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "nq-check-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a new workbook with the input sheets and the summary sheets; the input's bytes are unchanged", async () => {
    const input = join(dir, "du-lieu.xlsx");
    await workbook(input);
    const before = sha256(input);
    const mtime = statSync(input).mtimeMs;
    const r = await nq(["check", "du-lieu.xlsx", "--targets", RESOLUTION, "--year", "2024"], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(sha256(input)).toBe(before);
    expect(statSync(input).mtimeMs).toBe(mtime);
    const out = join(dir, "du-lieu.kiem-tra.xlsx");
    expect(existsSync(out)).toBe(true);
    expect(r.out).toContain("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2024");
    expect(r.out).toMatch(/Tổng số 21 chỉ tiêu: \d+ đạt/);
    expect(r.out).toContain("Đã ghi: du-lieu.kiem-tra.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Tổ chức", "Đảng viên", "Đoàn thể", "Chỉ tiêu", "Tổng hợp", "Theo tổ chức", "Lỗi dữ liệu"]));
    // Input sheets copied unchanged.
    expect(wb.getWorksheet("Đảng viên")!.getCell("A2").value).toBe("Nguyễn Văn An 1");
    expect(wb.getWorksheet("Đảng viên")!.rowCount).toBe(61);
    // The summary keeps numbers as numbers.
    const th = wb.getWorksheet("Tổng hợp")!;
    let found = false;
    th.eachRow((row) => {
      if (String(row.getCell(2).value ?? "").startsWith("Kết nạp từ 90")) {
        expect(row.getCell(4).value).toBe(12);
        expect(row.getCell(6).value).toBe("✘ Chưa đạt");
        found = true;
      }
    });
    expect(found).toBe(true);
  });

  it("refuses to overwrite without --force and never writes over the input", async () => {
    const input = join(dir, "du-lieu.xlsx");
    await workbook(input);
    const before = sha256(input);
    const out = join(dir, "ket-qua.xlsx");
    writeFileSync(out, "cũ");
    const r = await nq(["check", input, "--targets", RESOLUTION, "--out", out], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("cũ");
    const same = await nq(["check", input, "--targets", RESOLUTION, "--out", input, "--force"], dir);
    expect(same.code).toBe(2);
    expect(same.err).toContain("không bao giờ bị ghi đè");
    expect(sha256(input)).toBe(before);
    const forced = await nq(["check", input, "--targets", RESOLUTION, "--out", out, "--force"], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("--json prints the documented document; data errors give exit code 1", async () => {
    const input = join(dir, "loi.xlsx");
    await workbook(input, { brokenRow: true });
    const r = await nq(["check", input, "--targets", RESOLUTION, "--year", "2024", "--json"], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).sort()).toEqual(["issues", "issuesOmitted", "summary", "targets"]);
    expect(json.targets).toHaveLength(21);
    const adm = json.targets.find((x: { indicator: string }) => x.indicator === "member.admitted.count");
    expect(adm).toMatchObject({ value: 12, status: "chua-dat", gap: -78, target: { kind: "count", op: ">=", value: 90 } });
    expect(Object.keys(adm).sort()).toEqual(["gap", "id", "indicator", "source", "status", "target", "text", "value"]);
    expect(json.issues.some((i: { severity: string; sheet: string }) => i.severity === "error" && i.sheet === "Đảng viên")).toBe(true);
    for (const i of json.issues) expect(Object.keys(i).sort()).toEqual(["cell", "code", "message", "severity", "sheet"]);
    expect(json.summary.total).toBe(21);
  });

  it("--targets reads a UTF-16 (Notepad's Unicode) or TCVN3 resolution as nq targets does: the same 21 judgements", async () => {
    const input = join(dir, "loi.xlsx");
    await workbook(input, { brokenRow: true });
    const text = readFileSync(RESOLUTION, "utf8");
    const judged = async (file: string) => {
      const r = await nq(["check", input, "--targets", file, "--year", "2024", "--json", "--force"], dir);
      expect([file, r.code, r.err]).toEqual([file, 1, ""]);
      return JSON.parse(r.out).targets.map((x: { id: string; status: string; value: number | null }) => [x.id, x.status, x.value]);
    };
    writeFileSync(join(dir, "nq-utf16.txt"), Buffer.from("\uFEFF" + text, "utf16le"));
    writeFileSync(join(dir, "nq-tcvn3.txt"), Buffer.from(toTcvn3(text), "latin1"));
    const expected = await judged(RESOLUTION);
    expect(expected).toHaveLength(21);
    expect(await judged("nq-utf16.txt")).toEqual(expected);
    expect(await judged("nq-tcvn3.txt")).toEqual(expected);
    const empty = join(dir, "rong.txt");
    writeFileSync(empty, "");
    const r = await nq(["check", input, "--targets", "rong.txt", "--force"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Tệp rong\.txt không có nội dung\./);
  });

  it("reads the targets from the workbook's Chỉ tiêu sheet, and mid-year adds progress", async () => {
    const input = join(dir, "du-lieu.xlsx");
    await workbook(input);
    expect((await nq(["check", input, "--targets", RESOLUTION, "--out", join(dir, "a.xlsx")], dir)).code).toBe(0);
    // a.xlsx now has a "Chỉ tiêu" sheet: check it again without --targets.
    const r = await nq(["check", "a.xlsx", "--period", "6 tháng đầu năm", "--year", "2024", "--out", "b.xlsx"], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("6 THÁNG ĐẦU NĂM 2024");
    expect(r.out).toMatch(/Đúng tiến độ|Chậm tiến độ/);
  });

  it("exit 2 with a Vietnamese message when the input cannot be used", async () => {
    const notXlsx = join(dir, "khong-phai.xlsx");
    writeFileSync(notXlsx, "Đây không phải tệp Excel");
    const r1 = await nq(["check", notXlsx, "--targets", RESOLUTION], dir);
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/"khong-phai\.xlsx".*không phải bảng tính Excel\. Hãy /);
    const noTargets = join(dir, "du-lieu.xlsx");
    await workbook(noTargets);
    const r2 = await nq(["check", noTargets], dir);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain("Chỉ tiêu");
    expect(existsSync(join(dir, "du-lieu.kiem-tra.xlsx"))).toBe(false);
    const r3 = await nq(["check", noTargets, "--period", "hôm qua", "--targets", RESOLUTION], dir);
    expect(r3.code).toBe(2);
    expect(r3.err).toContain("kỳ báo cáo");
    const r4 = await nq(["check"], dir);
    expect(r4.code).toBe(2);
    expect(r4.err).toContain("Cách dùng");
  });

  it("shows a progress bar on stderr only in a terminal", async () => {
    const input = join(dir, "du-lieu.xlsx");
    await workbook(input);
    const tty = await nq(["check", input, "--targets", RESOLUTION, "--out", "t.xlsx"], dir, true);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/\[#+\.*\] 1\/4 Đọc tệp/);
    expect(tty.err).toContain("4/4 Ghi kết quả");
    expect(tty.out).not.toContain("[#");
  });
});
