import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { targetsCommand } from "../../src/cli/commands/targets";
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

  it("exit 2 with a Vietnamese sentence for missing, binary or broken files and bad arguments", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["khong-co.txt"], /Không mở được tệp/],
      [["hong.docx"], /Không đọc được tệp .*hong\.docx\. Tệp này không phải tệp Word/],
      [["cu.doc"], /không phải văn bản \.txt hay tệp Word \.docx/],
      [[], /Cách dùng: nq targets/],
      [["a.txt", "--xyz"], /Cách dùng/],
    ];
    fs.writeFileSync(path.join(dir, "hong.docx"), "not a zip");
    fs.writeFileSync(path.join(dir, "cu.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 1]));
    for (const [args, msg] of cases) {
      const io = capture(dir);
      expect(await targetsCommand.run(args, io)).toBe(2);
      expect(io.stderr).toMatch(msg);
    }
  });
});

describe("extractDocxText", () => {
  it("returns the paragraphs of a .docx from a Uint8Array and from an ArrayBuffer", async () => {
    const buf = await docxOfLines("Dòng một: 90% đảng viên\nDòng hai");
    const a = await extractDocxText(new Uint8Array(buf));
    expect("text" in a && a.text).toMatch(/Dòng một: 90% đảng viên\s+Dòng hai/);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    const b = await extractDocxText(ab);
    expect("text" in b && b.text).toMatch(/Dòng hai/);
  });

  it("keeps a Word table's rows (tab-separated cells), so a table of targets is read row by row", async () => {
    const rows = [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện 2024", "Kế hoạch 2025"],
      ["1", "Kết nạp đảng viên mới", "Đảng viên", "95", "90"],
      ["2", "Tỷ lệ đảng viên được kiểm tra", "%", "33", "30 - 35"],
    ];
    const buf = await makeDocx(paragraph("II. CÁC CHỈ TIÊU CHỦ YẾU") + table(rows) + paragraph("III. NHIỆM VỤ & GIẢI PHÁP"));
    const r = await extractDocxText(new Uint8Array(buf));
    expect("text" in r && r.text).toBe(
      "II. CÁC CHỈ TIÊU CHỦ YẾU\n\nSTT\tChỉ tiêu\tĐơn vị tính\tƯớc thực hiện 2024\tKế hoạch 2025\n\n1\tKết nạp đảng viên mới\tĐảng viên\t95\t90\n\n2\tTỷ lệ đảng viên được kiểm tra\t%\t33\t30 - 35\n\nIII. NHIỆM VỤ & GIẢI PHÁP",
    );
    const read = readResolution("text" in r ? r.text : "");
    expect(read.targets.map((t) => [t.kind, t.op, t.value, t.max, t.indicator])).toEqual([
      ["count", ">=", 90, null, "member.admitted.count"],
      ["percent", "range", 0.3, 0.35, "member.inspected.share"],
    ]);
  });

  it("never throws: empty, non-zip and broken zip give Vietnamese errors", async () => {
    expect(await extractDocxText(new Uint8Array())).toEqual({ error: "Tệp Word rỗng." });
    expect(await extractDocxText(new TextEncoder().encode("hello"))).toEqual({ error: expect.stringMatching(/không phải tệp Word/) });
    const broken = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6]);
    expect(await extractDocxText(broken)).toEqual({ error: expect.stringMatching(/Không đọc được nội dung tệp Word/) });
  });
});
