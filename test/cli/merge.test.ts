import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "../../src/xlsx/exceljs";
import { generateSample } from "../../src/core/sample";
import { sampleUnitWorkbooks } from "../../src/core/sample/units";
import { readWorkbookFile, writeWorkbookFile } from "../../src/xlsx";
import { encryptedWorkbook } from "../robustness/cfb";
import { nq, sha256, tempDir, validWorkbook } from "../robustness/helpers";

const RESOLUTION = join(__dirname, "..", "..", "samples", "resolution", "nghi-quyet-mau.txt");

jest.setTimeout(120_000);

/** The targets' value and judgement in `nq check --json`. */
function judged(json: string) {
  const r = JSON.parse(json) as { targets: { id: string; value: unknown; status: string }[] };
  return r.targets.map((t) => ({ id: t.id, value: t.value, status: t.status }));
}

describe("nq merge: the bundled sample split into one file per grassroots organisation", () => {
  const { dir, cleanup } = tempDir("nq-merge-");
  const units = join(dir, "don-vi");
  afterAll(cleanup);

  beforeAll(async () => {
    mkdirSync(units);
    const sample = generateSample();
    for (const u of sampleUnitWorkbooks(sample)) {
      const w = await writeWorkbookFile(join(units, u.name), u.sheets);
      if (!w.ok) throw new Error(w.message);
    }
    const w = await writeWorkbookFile(join(dir, "mau.xlsx"), sample.sheets);
    if (!w.ok) throw new Error(w.message);
  });

  it("merges the 68 files back, and nq check gives every target the same value and judgement as the unsplit sample", async () => {
    const before = new Map(sampleUnitWorkbooks(generateSample()).map((u) => [u.name, sha256(join(units, u.name))]));
    const m = await nq(["merge", "don-vi", "--out", "gop.xlsx", "--json"], dir);
    expect(m.err).toBe("");
    expect(m.code).toBe(0);
    const json = JSON.parse(m.out);
    expect(Object.keys(json)).toEqual(["files", "organisations", "members", "unions", "totals", "problems", "written"]);
    expect(json).toMatchObject({ organisations: 235, members: 2712, unions: 39, problems: [], written: true });
    expect(json.files).toHaveLength(68);
    for (const [name, hash] of before) expect(sha256(join(units, name))).toBe(hash); // inputs untouched

    const a = await nq(["check", "mau.xlsx", "--targets", RESOLUTION, "--year", "2025", "--json"], dir);
    const b = await nq(["check", "gop.xlsx", "--targets", RESOLUTION, "--year", "2025", "--json"], dir);
    expect([a.code, a.err, b.code, b.err]).toEqual([0, "", 0, ""]);
    expect(judged(a.out).length).toBeGreaterThanOrEqual(20);
    expect(judged(b.out)).toEqual(judged(a.out));

    // the merged workbook: template sheets with "Tệp nguồn", and the report sheet (the add-in's own: not read as data)
    const read = await readWorkbookFile(join(dir, "gop.xlsx"));
    if (!read.ok) throw new Error(read.message);
    expect(read.workbook.sheets.map((s) => s.name)).toEqual(["Tổ chức", "Đảng viên", "Đoàn thể", "Tình hình gộp"]);
    expect(read.workbook.ownSheets).toEqual(["Tình hình gộp"]);
    const header = read.workbook.sheets[1].values[3];
    expect(header[header.length - 1]).toBe("Tệp nguồn");
  });

  it("a unit's corrected file, given after the folder, replaces its rows (exit 1: rows left out, each listed)", async () => {
    const sample = generateSample();
    const unit = sampleUnitWorkbooks(sample)[3];
    const fixed = { ...unit.sheets[1], values: unit.sheets[1].values.slice(0, -2) }; // two members fewer
    await writeWorkbookFile(join(dir, "sua.xlsx"), [unit.sheets[0], fixed, unit.sheets[2]], { force: true });
    const m = await nq(["merge", "don-vi", "sua.xlsx", "--out", "gop2.xlsx", "--json"], dir);
    expect(m.code).toBe(1);
    const json = JSON.parse(m.out);
    expect(json.members).toBe(2710);
    expect(json.totals.members).toEqual({ read: 2712 + unit.sheets[1].values.length - 6, written: 2710, leftOut: unit.sheets[1].values.length - 4 });
    const codes = json.problems.map((p: { code: string }) => p.code);
    expect(codes).toEqual(expect.arrayContaining(["MERGE_ORG_REPLACED", "MERGE_MEMBERS_REPLACED"]));
    const listed = json.problems.reduce((n: number, p: { rows: number[] }) => n + p.rows.length, 0);
    expect(listed).toBe(json.totals.organisations.leftOut + json.totals.members.leftOut + json.totals.unions.leftOut);
    expect(json.problems[0]).toMatchObject({ file: unit.name, sheet: "Tổ chức", row: 5 });

    const strict = await nq(["merge", "don-vi", "sua.xlsx", "--out", "gop3.xlsx", "--strict"], dir);
    expect(strict.code).toBe(2);
    expect(existsSync(join(dir, "gop3.xlsx"))).toBe(false);
    expect(strict.err).toContain("--strict");
  });
});

/** A workbook with one free-form sheet: no organisation, member or union table. */
async function noTableWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lịch họp");
  ws.addRow(["Lịch họp chi bộ"]);
  ws.addRow(["Tháng", "Nội dung"]);
  ws.addRow([1, "Học nghị quyết"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("nq merge: bad files, the output, exit codes", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir("nq-merge-bad-")));
  afterEach(() => cleanup());

  it("lists every bad file with a Vietnamese reason and merges the rest (exit 1)", async () => {
    const good = await validWorkbook();
    writeFileSync(join(dir, "a.xlsx"), good);
    writeFileSync(join(dir, "cat-do.xlsx"), good.subarray(0, good.length >> 1));
    writeFileSync(join(dir, "mat-khau.xlsx"), encryptedWorkbook());
    writeFileSync(join(dir, "van-ban.xlsx"), "Họ và tên;Ngày sinh\nAn;1980\n");
    writeFileSync(join(dir, "lich.xlsx"), await noTableWorkbook()); // a real workbook, but no data table in it
    writeFileSync(join(dir, "~$a.xlsx"), "lock"); // Excel's lock file: not a data file
    writeFileSync(join(dir, "ghi-chu.docx"), "not a spreadsheet");
    const m = await nq(["merge", ".", "--out", "gop.xlsx", "--json"], dir);
    expect(m.code).toBe(1);
    const json = JSON.parse(m.out);
    expect(json.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([["a.xlsx", "merged"], ["cat-do.xlsx", "bad"], ["lich.xlsx", "bad"], ["mat-khau.xlsx", "bad"], ["van-ban.xlsx", "bad"]]);
    for (const f of json.files.slice(1)) expect(f.reason).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    const byFile = json.problems.filter((p: { file: string }) => p.file !== "a.xlsx").map((p: { code: string; file: string }) => [p.file, p.code]);
    expect(byFile).toEqual([["cat-do.xlsx", "MERGE_FILE_UNREADABLE"], ["lich.xlsx", "MERGE_FILE_NO_TABLE"], ["mat-khau.xlsx", "MERGE_FILE_UNREADABLE"], ["van-ban.xlsx", "MERGE_FILE_UNREADABLE"]]);

    // merged again into the same folder: the earlier output is listed as such, never read
    const again = await nq(["merge", ".", "--out", "gop.xlsx", "--force", "--json"], dir);
    const files = JSON.parse(again.out).files.map((f: { file: string; status: string }) => [f.file, f.status]);
    expect(files).toContainEqual(["gop.xlsx", "bad"]);
    expect(JSON.parse(again.out).problems.map((p: { code: string }) => p.code)).toContain("MERGE_FILE_IS_OUTPUT");
  });

  it("never writes an input: --out naming an input (or a link to it) is refused; an existing output needs --force", async () => {
    writeFileSync(join(dir, "a.xlsx"), await validWorkbook());
    const hash = sha256(join(dir, "a.xlsx"));
    symlinkSync(join(dir, "a.xlsx"), join(dir, "l.xlsx"));
    for (const out of ["a.xlsx", "l.xlsx"]) {
      const r = await nq(["merge", "a.xlsx", "--out", out, "--force"], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain("không bao giờ ghi đè tệp đầu vào");
    }
    const l = await nq(["merge", "l.xlsx", "--out", "a.xlsx", "--force"], dir);
    expect(l.code).toBe(2);
    expect(sha256(join(dir, "a.xlsx"))).toBe(hash);
    expect((await nq(["merge", "a.xlsx", "--out", "gop.xlsx"], dir)).code).toBe(0);
    const exists = await nq(["merge", "a.xlsx", "--out", "gop.xlsx"], dir);
    expect(exists.code).toBe(2);
    expect(exists.err).toContain("--force");
  });

  it("exit 2 when nothing could be merged, and for bad arguments", async () => {
    writeFileSync(join(dir, "x.xlsx"), "không phải tệp Excel");
    const r = await nq(["merge", "x.xlsx", "--out", "gop.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "gop.xlsx"))).toBe(false);
    expect(r.err).toContain("Không có dòng dữ liệu nào để gộp");
    expect((await nq(["merge"], dir)).code).toBe(2);
    expect((await nq(["merge", "x.xlsx", "--out", "gop.csv"], dir)).code).toBe(2);
    expect((await nq(["merge", "x.xlsx", "--bogus"], dir)).code).toBe(2);
    mkdirSync(join(dir, "trong"));
    const empty = await nq(["merge", "trong"], dir);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain("không có tệp .xlsx nào");
    rmSync(join(dir, "trong"), { recursive: true });
    expect(readFileSync(join(dir, "x.xlsx"), "utf8")).toBe("không phải tệp Excel");
  });
});
