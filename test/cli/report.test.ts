import JSZip from "jszip";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { parseCheckArgs } from "../../src/cli/commands/check";

jest.setTimeout(120000);

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
