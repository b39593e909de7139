import JSZip from "jszip";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { parseCheckArgs } from "../../src/cli/commands/check";

jest.setTimeout(180000);

const RESOLUTION = join(__dirname, "..", "..", "samples", "resolution", "nghi-quyet-mau.txt");

async function nq(args: string[], cwd: string) {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false, cwd };
  const code = await main(args, io);
  return { code, out, err };
}

async function docxText(file: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")).join("\n");
}

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

describe("nq check --docx and the report's fields", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nq-report-"));
    expect((await nq(["sample", "du-lieu.xlsx", "--members", "200", "--seed", "5"], dir)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("parses the field flags", () => {
    const a = parseCheckArgs(["d.xlsx", "--superior", "Đảng bộ tỉnh X", "--number", "15", "--date", "05/01/2025", "--doc-type", "phụ lục", "--signer-title", "K/T BÍ THƯ / PHÓ BÍ THƯ", "--signer=Trần Văn B", "--recipients", "A; B"]);
    expect(typeof a === "string" ? a : a.fields).toEqual({ superior: "Đảng bộ tỉnh X", number: "15", date: { day: 5, month: 1, year: 2025 }, docType: "phu-luc", signerTitle: ["K/T BÍ THƯ", "PHÓ BÍ THƯ"], signer: "Trần Văn B", recipients: ["A", "B"] });
    expect(parseCheckArgs(["d.xlsx", "--date", "32/01/2025"])).toBe("Ngày không hợp lệ: 32/01/2025 (viết dạng 15/01/2025).");
    expect(parseCheckArgs(["d.xlsx", "--doc-type", "thư"])).toMatch(/^Loại văn bản không hợp lệ/);
  });

  it("writes the Word report beside the workbook; the header defaults from the resolution, flags win", async () => {
    const before = sha(join(dir, "du-lieu.xlsx"));
    const r = await nq(["check", "du-lieu.xlsx", "--targets", RESOLUTION, "--docx", "bao-cao.docx", "--number", "15", "--date", "10/01/2025", "--signer", "Nguyễn Văn An", "--json"], dir);
    expect(r.err).toBe("");
    expect([0, 1]).toContain(r.code);
    expect(sha(join(dir, "du-lieu.xlsx"))).toBe(before);
    const json = JSON.parse(r.out);
    const text = await docxText(join(dir, "bao-cao.docx"));
    for (const s of ["ĐẢNG BỘ TỈNH HÒA BÌNH XANH", "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "Số 15-BC/ĐUK", "Hòa Bình Xanh, ngày 10 tháng 01 năm 2025", "BÁO CÁO", "Kết quả thực hiện các chỉ tiêu Nghị quyết số 12-NQ/ĐUK năm 2024", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "Nguyễn Văn An"]) expect(text).toContain(s);
    for (const t of json.targets) expect(text).toContain(t.text.replace(/\s+/g, " ").trim());
    // No temporary file left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("the settings block of the written Chỉ tiêu sheet is read back by the next check (fields travel with the workbook)", async () => {
    const r1 = await nq(["check", "du-lieu.xlsx", "--targets", RESOLUTION, "--out", "ket-qua.xlsx", "--signer", "Lê Thị C", "--doc-type", "phu-luc", "--force"], dir);
    expect([0, 1]).toContain(r1.code);
    const r2 = await nq(["check", "ket-qua.xlsx", "--out", "ket-qua-2.xlsx", "--docx", "phu-luc.docx"], dir);
    expect(r2.err).toBe("");
    const text = await docxText(join(dir, "phu-luc.docx"));
    expect(text).toContain("Lê Thị C");
    expect(text).toContain("PHỤ LỤC");
    expect(text).toContain("ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
  });

  it("never writes the report over an input or the workbook, nor over a file without --force", async () => {
    const r = await nq(["check", "du-lieu.xlsx", "--targets", RESOLUTION, "--out", "x.xlsx", "--docx", "x.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
    writeFileSync(join(dir, "old.docx"), "keep");
    const r2 = await nq(["check", "du-lieu.xlsx", "--targets", RESOLUTION, "--out", "y.xlsx", "--docx", "old.docx"], dir);
    expect(r2.code).toBe(2);
    expect(readFileSync(join(dir, "old.docx"), "utf8")).toBe("keep");
    expect(existsSync(join(dir, "y.xlsx"))).toBe(false);
    const r3 = await nq(["check", "du-lieu.xlsx", "--targets", RESOLUTION, "--out", "z.xlsx", "--docx", RESOLUTION], dir);
    expect(r3.code).toBe(2);
  });
});

// nq report KET-QUA.xlsx --docx BAO-CAO.docx: the Word report of a workbook nq check wrote, from what the
// check put in it (the summary's period and printed fields, the settings block, the data and targets),
// the same document nq check --docx gave; never the input written, atomic output.

/** A copy of a checked workbook whose "Tổng hợp" says ✘ Chưa đạt where it said ✔ Đạt (the data no longer match it). */
async function withEditedVerdict(file: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    if (xml.includes("KẾT QUẢ THỰC HIỆN") && xml.includes(">✔ Đạt<")) zip.file(name, xml.replace(">✔ Đạt<", ">✘ Chưa đạt<"));
  }
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("nq report", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nq-report-cmd-"));
    expect((await nq(["sample", "du-lieu.xlsx", "--members", "300", "--seed", "5"], dir)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const FLAGS = ["--number", "15", "--date", "10/01/2025", "--signer", "Nguyễn Văn An", "--signer-title", "K/T BÍ THƯ / PHÓ BÍ THƯ", "--recipients", "Ban Thường vụ Tỉnh ủy; Lưu VP"];

  it("gives the document nq check --docx gave, from the checked workbook alone; the workbook unchanged", async () => {
    const c = await nq(["check", "du-lieu.xlsx", "--targets", RESOLUTION, "--out", "ket-qua.xlsx", "--docx", "check.docx", ...FLAGS], dir);
    expect([0, 1]).toContain(c.code);
    const before = sha(join(dir, "ket-qua.xlsx"));
    const r = await nq(["report", "ket-qua.xlsx", "--docx", "report.docx"], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("report.docx");
    expect(sha(join(dir, "ket-qua.xlsx"))).toBe(before);
    const text = await docxText(join(dir, "report.docx"));
    expect(text).toBe(await docxText(join(dir, "check.docx")));
    for (const s of ["Số 15-BC/ĐUK", "Hòa Bình Xanh, ngày 10 tháng 01 năm 2025", "Kết quả thực hiện các chỉ tiêu Nghị quyết số 12-NQ/ĐUK năm 2024", "PHÓ BÍ THƯ", "Nguyễn Văn An", "- Lưu VP."]) expect(text).toContain(s);
    // Without --docx: beside the workbook.
    expect((await nq(["report", "ket-qua.xlsx"], dir)).code).toBe(0);
    expect(await docxText(join(dir, "ket-qua.bao-cao.docx"))).toBe(text);
  });

  it("mid-year, a PHỤ LỤC, targets from the workbook's own sheet and flags nq check was given (kept by the summary only)", async () => {
    const c = await nq(["check", "ket-qua.xlsx", "--out", "giua-nam.xlsx", "--period", "6 tháng đầu năm", "--year", "2024", "--doc-type", "phu-luc", "--date", "05/07/2024", "--docx", "check-6.docx"], dir);
    expect(c.err).toBe("");
    const r = await nq(["report", "giua-nam.xlsx", "--docx", "report-6.docx"], dir);
    expect(r.err).toBe("");
    const text = await docxText(join(dir, "report-6.docx"));
    expect(text).toBe(await docxText(join(dir, "check-6.docx")));
    for (const s of ["PHỤ LỤC", "(Kèm theo Báo cáo số ……… ngày ………)", "6 tháng đầu năm 2024", "ngày 05 tháng 7 năm 2024", "Tiến độ"]) expect(text).toContain(s);
  });

  it("flags win over what the workbook says", async () => {
    const r = await nq(["report", "ket-qua.xlsx", "--docx", "khac.docx", "--number", "99", "--signer", "Trần Thị B"], dir);
    expect(r.code).toBe(0);
    const text = await docxText(join(dir, "khac.docx"));
    expect(text).toContain("Số 99-BC/ĐUK");
    expect(text).toContain("Trần Thị B");
    expect(text).not.toContain("Nguyễn Văn An");
  });

  it("refuses, with a sentence and no file: a workbook never checked, the input as output, an existing file, a summary the data no longer match", async () => {
    const r1 = await nq(["report", "du-lieu.xlsx", "--docx", "x.docx"], dir);
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/"du-lieu\.xlsx".*nq check/);
    expect(existsSync(join(dir, "x.docx"))).toBe(false);
    const r2 = await nq(["report", "ket-qua.xlsx", "--docx", "ket-qua.xlsx"], dir);
    expect(r2.code).toBe(2);
    writeFileSync(join(dir, "old.docx"), "keep");
    const r3 = await nq(["report", "ket-qua.xlsx", "--docx", "old.docx"], dir);
    expect(r3.code).toBe(2);
    expect(readFileSync(join(dir, "old.docx"), "utf8")).toBe("keep");
    expect((await nq(["report", "ket-qua.xlsx", "--docx", "old.docx", "--force"], dir)).code).toBe(0);
    await withEditedVerdict(join(dir, "ket-qua.xlsx"), join(dir, "sua.xlsx"));
    const r4 = await nq(["report", "sua.xlsx", "--docx", "sua.docx"], dir);
    expect(r4.code).toBe(2);
    expect(r4.err).toMatch(/"Tổng hợp".*nq check/);
    expect(existsSync(join(dir, "sua.docx"))).toBe(false);
    const r5 = await nq(["report", "ket-qua.xlsx", "--targets", RESOLUTION], dir);
    expect(r5.code).toBe(2);
    expect(r5.err).toContain("--targets");
    const r6 = await nq(["report"], dir);
    expect(r6.code).toBe(2);
    expect(r6.err.match(/Cách dùng: nq report/g)).toHaveLength(1);
  });
});
