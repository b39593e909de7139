import { readFileSync, writeFileSync, existsSync, copyFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { encryptedWorkbook } from "./cfb";
import { RESOLUTION, leaksInternals, looksVietnamese, nq, sha256, tempDir, validWorkbook } from "./helpers";

// Each broken workbook given to `nq check` must end with exit code 2 and one clear Vietnamese sentence,
// never a stack trace, never the catch-all "unexpected error", and never an output file.

const XLS = join(__dirname, "../fixtures/broken/old-format.xls"); // saved by LibreOffice as "MS Excel 97"

async function noSheetWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["Danh sách mua sắm", "Số lượng"]);
  ws.addRow(["Giấy A4", 10]);
  ws.addRow(["Bút bi", 25]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const cases: [string, () => Promise<Buffer>][] = [
  ["not a zip (plain text)", async () => Buffer.from("Đây không phải là tệp Excel.\n".repeat(20), "utf8")],
  ["truncated xlsx", async () => {
    const full = await validWorkbook();
    return full.subarray(0, Math.floor(full.length * 0.6));
  }],
  ["password-protected xlsx (OLE2 EncryptedPackage)", async () => encryptedWorkbook()],
  ["old .xls (BIFF8 in OLE2) renamed .xlsx", async () => readFileSync(XLS)],
  ["csv renamed .xlsx", async () => Buffer.from("Họ và tên,Tổ chức,Xếp loại\nNguyễn Văn A,Chi bộ 1,HTTNV\n", "utf8")],
  ["0-byte file", async () => Buffer.alloc(0)],
  ["a workbook with no recognisable sheet", noSheetWorkbook],
];

describe("nq check on broken workbooks", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
    writeFileSync(join(tmp.dir, "nq.txt"), RESOLUTION, "utf8");
  });
  afterEach(() => tmp.cleanup());

  it.each(cases)("%s → exit 2, a Vietnamese sentence, no stack trace, input unchanged, no output", async (_label, make) => {
    const input = join(tmp.dir, "du-lieu.xlsx");
    writeFileSync(input, await make());
    const before = sha256(input);
    const out = join(tmp.dir, "ket-qua.xlsx");
    const r = await nq(["check", input, "--targets", join(tmp.dir, "nq.txt"), "--out", out], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err.trim()).not.toBe("");
    expect(looksVietnamese(r.err)).toBe(true);
    expect(leaksInternals(r.err)).toBe(false);
    expect(r.err).not.toMatch(/Lỗi không mong muốn/); // main()'s catch-all: the command did not understand the file
    expect(sha256(input)).toBe(before);
    expect(existsSync(out)).toBe(false);
  });

  it("the .xls case is told apart: the message names the old format", async () => {
    const input = join(tmp.dir, "du-lieu.xls");
    copyFileSync(XLS, input);
    const r = await nq(["check", input, "--targets", join(tmp.dir, "nq.txt")], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/xls|Excel 97|định dạng cũ/i);
  });

  it("the password case is told apart: the message mentions the password", async () => {
    const input = join(tmp.dir, "mat-khau.xlsx");
    writeFileSync(input, encryptedWorkbook());
    const r = await nq(["check", input, "--targets", join(tmp.dir, "nq.txt")], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mật khẩu/i);
  });

  it("a missing input file → exit 2 with a Vietnamese sentence", async () => {
    const r = await nq(["check", join(tmp.dir, "khong-co.xlsx"), "--targets", join(tmp.dir, "nq.txt")], tmp.dir);
    expect(r.code).toBe(2);
    expect(looksVietnamese(r.err)).toBe(true);
    expect(leaksInternals(r.err)).toBe(false);
  });

  it("the rule can fail: a valid workbook is not rejected", async () => {
    const input = join(tmp.dir, "du-lieu.xlsx");
    writeFileSync(input, await validWorkbook());
    const r = await nq(["check", input, "--targets", join(tmp.dir, "nq.txt"), "--json"], tmp.dir);
    expect(r.code).not.toBe(2);
    expect(r.err).not.toMatch(/Lỗi không mong muốn/);
  });
});

describe("nq targets on broken resolution files", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it.each([
    ["0-byte .docx", "nq.docx", Buffer.alloc(0)],
    ["truncated .docx (not a zip)", "nq.docx", Buffer.from("PK\u0003\u0004garbage", "latin1")],
    ["binary noise as .txt", "nq.txt", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) & 0xff))],
  ])("%s → no stack trace, input unchanged", async (_label, name, bytes) => {
    const input = join(tmp.dir, name);
    writeFileSync(input, bytes);
    const before = sha256(input);
    const r = await nq(["targets", input], tmp.dir);
    expect([0, 1, 2]).toContain(r.code);
    expect(leaksInternals(r.err)).toBe(false);
    expect(r.err).not.toMatch(/Lỗi không mong muốn/);
    if (r.code === 2) expect(looksVietnamese(r.err)).toBe(true);
    expect(sha256(input)).toBe(before);
  });
});
