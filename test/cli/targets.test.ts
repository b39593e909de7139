import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readResolutionFile, targetsCommand } from "../../src/cli/commands/targets";
import { extractDocxText } from "../../src/xlsx/docx";
import { readResolution } from "../../src/core/reader/read";
import { makeDocx, paragraph, table } from "../helpers/docx";
import type { CliIO } from "../../src/cli/io";

const SAMPLE = path.resolve(__dirname, "../../samples/resolution/nghi-quyet-mau.txt");
// The 17 fields of the contract in their order, then the fields appended since (never inserted before them).
const FIELDS = ["id", "parent", "text", "subject", "kind", "op", "value", "max", "stretch", "unit", "per", "scope", "change", "deadline", "period", "indicator", "confidence", "quote", "notes"];

function capture(cwd: string): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: "", stderr: "", isTTY: false, cwd, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

/** A minimal .docx: one paragraph per line of `text`. */
function docxOfLines(text: string): Promise<Buffer> {
  return makeDocx(text.split("\n").map(paragraph).join(""));
}

describe("nq targets", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-targets-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("--json prints exactly the fixed field names, absent things as null", async () => {
    const io = capture(dir);
    expect(await targetsCommand.run([SAMPLE, "--json"], io)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(Object.keys(out)).toEqual(["targets"]);
    expect(out.targets.length).toBe(21);
    for (const t of out.targets) expect(Object.keys(t)).toEqual(FIELDS);
    for (const t of out.targets) expect(t.quote.includes(t.text) || t.text.includes(t.quote)).toBe(true);
    expect(out.targets[0]).toMatchObject({ id: "1", parent: null, kind: "percent", op: ">=", value: 1, max: null, stretch: null, indicator: "member.studied.share" });
    expect(out.targets.find((t: { deadline: number | null }) => t.deadline === 2025)).toMatchObject({ value: 0.95, stretch: 1, indicator: null });
  });

  it("prints an aligned Vietnamese table with the confidence status", async () => {
    const io = capture(dir);
    expect(await targetsCommand.run([SAMPLE], io)).toBe(0);
    const lines = io.stdout.split("\n");
    const head = lines.find((l) => l.startsWith("STT"));
    expect(head).toMatch(/Chỉ tiêu \(trích nguyên văn\).*Loại.*Điều kiện.*Chỉ số tính.*Độ tin cậy/);
    expect(io.stdout).toContain("2. Các chỉ tiêu chủ yếu");
    expect(io.stdout).toMatch(/21 chỉ tiêu; 0 cần xem lại/);
    const rows = lines.filter((l) => /^\s*\d+(\.\d+)?\s{2,}/.test(l));
    expect(rows).toHaveLength(21);
    // Columns line up by character: every row's kind starts under the "Loại" heading.
    const at = [...head!.slice(0, head!.indexOf("Loại"))].length;
    for (const r of rows) expect([...r].slice(at).join("")).toMatch(/^(tỷ lệ|số lượng|khối lượng|xếp loại) /);
  });

  it("shows under each target the sentence it was read from, when that says more than its words", async () => {
    const file = path.join(dir, "quote.txt");
    fs.writeFileSync(file, "Năm 2025, Đảng bộ phấn đấu kết nạp 20 đảng viên mới, 95% đảng viên hoàn thành tốt nhiệm vụ trở lên.\n");
    const io = capture(dir);
    expect(await targetsCommand.run(["quote.txt"], io)).toBe(0);
    const quotes = io.stdout.split("\n").filter((l) => /^\s+“/.test(l));
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(q.trim()).toBe("“Năm 2025, Đảng bộ phấn đấu kết nạp 20 đảng viên mới, 95% đảng viên hoàn thành tốt nhiệm vụ trở lên”");
  });

  it("reads a .docx file (text extracted with mammoth)", async () => {
    const file = path.join(dir, "nq.docx");
    fs.writeFileSync(file, await docxOfLines(fs.readFileSync(SAMPLE, "utf8")));
    const io = capture(dir);
    expect(await targetsCommand.run(["nq.docx", "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout).targets).toHaveLength(21);
  });

  it("exit 2 with a Vietnamese sentence naming the file and what to do, for missing, binary or broken files and bad arguments", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["khong-co.txt"], /^Không mở được tệp khong-co\.txt: tệp không tồn tại/],
      [["hong.docx"], /^Tệp hong\.docx mang tên \.docx nhưng không phải tệp Word \.docx\. Hãy mở bằng Word/],
      [["cu.doc"], /^Tệp cu\.doc là tệp Word cũ \(\.doc\).*Lưu thành \(Save As\) dạng \.docx/],
      [["rong.txt"], /^Tệp rong\.txt không có nội dung\. Hãy chọn đúng tệp nghị quyết/],
      [["anh.txt"], /^Tệp anh\.txt không phải văn bản: không đọc được chữ trong đó\. Hãy chọn/],
      [[], /Cách dùng: nq targets/],
      [["a.txt", "--xyz"], /Cách dùng/],
    ];
    fs.writeFileSync(path.join(dir, "hong.docx"), "not a zip");
    fs.writeFileSync(path.join(dir, "cu.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 1]));
    fs.writeFileSync(path.join(dir, "rong.txt"), "\n  \n");
    fs.writeFileSync(path.join(dir, "anh.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    for (const [args, msg] of cases) {
      const io = capture(dir);
      expect([args, await targetsCommand.run(args, io)]).toEqual([args, 2]);
      expect(io.stderr).toMatch(msg);
      expect(io.stderr).not.toMatch(/CSV/);
    }
    const en = capture(dir);
    expect(await targetsCommand.run(["anh.txt", "--en"], en)).toBe(2);
    expect(en.stderr).toMatch(/^anh\.txt is not a text: no words can be read in it\. Choose/);
  });

  it("exit 2 with a sentence (not a silent 0) when a readable file holds no target, also with --json", async () => {
    fs.writeFileSync(path.join(dir, "thu-moi.txt"), "Thư mời họp chi bộ.\nKính mời các đồng chí đến dự họp lúc 14 giờ ngày 5 tháng 3.\n");
    const io = capture(dir);
    expect(await targetsCommand.run(["thu-moi.txt"], io)).toBe(2);
    expect(io.stderr).toMatch(/^Không tìm thấy chỉ tiêu nào trong thu-moi\.txt\. Hãy kiểm tra.*sheet Chỉ tiêu/);
    const json = capture(dir);
    expect(await targetsCommand.run(["thu-moi.txt", "--json"], json)).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ targets: [] });
  });

  it.each([
    ["UTF-16 LE with BOM (Notepad's Unicode)", (s: string) => Buffer.from("\uFEFF" + s, "utf16le"), "UTF-16 LE"],
    ["UTF-16 LE without BOM", (s: string) => Buffer.from(s, "utf16le"), "UTF-16 LE"],
    ["Windows-1258", (s: string) => Buffer.from(cp1258(s)), "Windows-1258"],
  ])("reads a %s .txt to the same 21 targets, in nq targets and nq check --targets alike", async (_name, encode, shown) => {
    const file = path.join(dir, "nq-enc.txt");
    fs.writeFileSync(file, encode(fs.readFileSync(SAMPLE, "utf8")));
    const io = capture(dir);
    expect(await targetsCommand.run(["nq-enc.txt"], io)).toBe(0);
    expect(io.stdout).toContain(`Tệp: nq-enc.txt (.txt, ${shown})`);
    expect(io.stdout).toMatch(/21 chỉ tiêu; 0 cần xem lại/);
    const read = await readResolutionFile(file);
    expect("text" in read && read.text).toBe(fs.readFileSync(SAMPLE, "utf8").normalize("NFC"));
  });
});

/** Windows-1258 bytes as Word saves them: precomposed where the code page has the letter, else base + tone byte. */
function cp1258(s: string): Uint8Array {
  const table = new TextDecoder("windows-1258").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const byte = (ch: string) => {
    const b = table.indexOf(ch);
    if (b < 0) throw new Error(ch);
    return b;
  };
  const out: number[] = [];
  for (const ch of s.normalize("NFC")) {
    if (table.includes(ch)) out.push(byte(ch));
    else {
      const d = [...ch.normalize("NFD")];
      const tone = d.find((c) => /[\u0300\u0301\u0303\u0309\u0323]/.test(c))!;
      out.push(byte(d.filter((c) => c !== tone).join("").normalize("NFC")), byte(tone));
    }
  }
  return Uint8Array.from(out);
}
