import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readResolution } from "../../src/core/reader/read";
import { joinPages, pageLines, type PdfTextItem } from "../../src/xlsx/pdf-lines";

const FIX = path.resolve(__dirname, "../fixtures/pdf");
const SAMPLE = path.resolve(__dirname, "../../samples/resolution/nghi-quyet-mau.txt");
const items = (name: string): PdfTextItem[][] => JSON.parse(fs.readFileSync(path.join(FIX, name), "utf8"));
const textOf = (name: string) => joinPages(items(name).map(pageLines));
const shape = (text: string) => readResolution(text).targets.map((x) => [x.kind, x.op, x.value, x.max, x.deadline, x.parent, x.unit]);

const TABLE_LINES = [
  "STT\tChỉ tiêu\tĐơn vị tính\tThực hiện 2024\tKế hoạch 2025",
  "1\tKết nạp đảng viên mới\tĐảng viên\t95\t90",
  "2\tTỷ lệ đảng viên được kiểm tra, giám sát\t%\t33\t30 - 35",
  "3\tTỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên\t%\t86\t≥ 80",
  "4\tThu nhập bình quân đầu người\ttriệu đồng/người/năm\t68\t75",
];

describe("PDF text items → lines (pdf-lines.ts, on pdf.js items of real LibreOffice PDFs)", () => {
  it("a Word table printed to PDF comes back as tab-separated rows, wrapped cells joined into their row", () => {
    const lines = textOf("bang-chi-tieu.items.json").split("\n");
    expect(lines.slice(0, 2)).toEqual(["KẾ HOẠCH CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025", "II. CÁC CHỈ TIÊU CHỦ YẾU"]);
    expect(lines.slice(2, 7)).toEqual(TABLE_LINES);
    expect(lines[7]).toBe("III. NHIỆM VỤ, GIẢI PHÁP");
  });

  it("the table's targets are read from the plan column (Kế hoạch 2025), never from Thực hiện 2024", () => {
    const targets = readResolution(textOf("bang-chi-tieu.items.json")).targets;
    expect(targets.map((x) => [x.op, x.value, x.max])).toEqual([
      [">=", 90, null],
      ["range", 0.3, 0.35],
      [">=", 0.8, null],
      [">=", 75, null],
    ]);
  });

  it("the sample resolution printed to PDF (3 pages) reads to the same 21 targets as its .txt", () => {
    const fromPdf = shape(textOf("nghi-quyet-mau.items.json"));
    expect(fromPdf).toHaveLength(21);
    expect(fromPdf).toEqual(shape(fs.readFileSync(SAMPLE, "utf8")));
  });

  it("letters LibreOffice drew from a fallback font, out of order, are put back in their words (lines outside the table)", () => {
    const clean = textOf("bang-chi-tieu.items.json").split("\n");
    const fallback = textOf("bang-chi-tieu-fallback.items.json").split("\n");
    // Runs arrive as "K HO CH …" then "Ế", "Ạ": every heading and prose line reads as with a complete font.
    expect(fallback.slice(0, 2)).toEqual(clean.slice(0, 2));
    expect(fallback.slice(-2)).toEqual(["III. NHIỆM VỤ, GIẢI PHÁP", "Tăng cường công tác kiểm tra, giám sát; nâng cao chất lượng sinh hoạt chi bộ."]);
  });

  const run = (str: string, x: number, y: number, width: number): PdfTextItem => ({ str, transform: [12, 0, 0, 12, x, y], width, height: 12 });

  it("runs are ordered by baseline then x, whatever order they were drawn in; page numbers are dropped", () => {
    const page = [run("đạt 95%.", 160, 700, 50), run("Phấn đấu", 72, 700, 52), run("1", 300, 40, 6), run("Chỉ tiêu", 72, 720, 45)];
    expect(pageLines(page)).toEqual(["Chỉ tiêu", "Phấn đấu đạt 95%.", "1"]);
    expect(joinPages([pageLines(page)])).toBe("Chỉ tiêu\nPhấn đấu đạt 95%.");
  });

  it("a soft hyphen or a '30-' at a line end joins the next line without a break", () => {
    expect(joinPages([["Tỷ lệ kiểm tra từ 30-", "35% đảng viên; kết nạp đảng\u00AD", "viên mới"]])).toBe("Tỷ lệ kiểm tra từ 30-35% đảng viên; kết nạp đảngviên mới");
    expect(joinPages([["kinh tế -", "xã hội"]])).toEqual("kinh tế -\nxã hội");
  });
});

describe("PDF files end to end (pdf.js in a Node process of its own)", () => {
  let dir: string;
  let results: Array<Record<string, unknown>>;
  const jobs: unknown[] = [];
  const targets = (...args: string[]) => jobs.push({ targets: args, cwd: dir }) - 1;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nq-pdf-"));
    for (const f of ["bang-chi-tieu.pdf", "nghi-quyet-mau.pdf", "ban-chup.pdf", "mat-khau.pdf"]) fs.copyFileSync(path.join(FIX, f), path.join(dir, f));
    const whole = fs.readFileSync(path.join(FIX, "nghi-quyet-mau.pdf"));
    fs.writeFileSync(path.join(dir, "cut.pdf"), whole.subarray(0, Math.floor(whole.length * 0.3)));
    fs.writeFileSync(path.join(dir, "rong.pdf"), "");
    fs.writeFileSync(path.join(dir, "rac.pdf"), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) & 0xff)));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases = {
    table: () => targets("bang-chi-tieu.pdf"),
    sample: () => targets("nghi-quyet-mau.pdf", "--json"),
    scan: () => targets("ban-chup.pdf"),
    password: () => targets("mat-khau.pdf"),
    cut: () => targets("cut.pdf"),
    empty: () => targets("rong.pdf"),
    noise: () => targets("rac.pdf"),
    scanEn: () => targets("ban-chup.pdf", "--en"),
    pages: () => jobs.push({ extract: path.join(FIX, "nghi-quyet-mau.pdf"), limits: { maxPages: 2, timeoutMs: 30000 } }) - 1,
    timeout: () => jobs.push({ extract: path.join(FIX, "nghi-quyet-mau.pdf"), limits: { maxPages: 300, timeoutMs: 1 } }) - 1,
  };
  const at: Record<string, number> = {};

  beforeAll(() => {
    for (const [k, f] of Object.entries(cases)) at[k] = f();
    const out = execFileSync(process.execPath, [path.resolve(__dirname, "../helpers/pdf-cli.js"), JSON.stringify(jobs)], { encoding: "utf8", timeout: 240000 });
    results = JSON.parse(out);
  }, 250000);

  it("nq targets reads a PDF with a text layer: the table's 4 targets, the sample's 21", () => {
    expect(results[at.table]).toMatchObject({ code: 0, err: "" });
    expect(results[at.table].out).toContain("Tệp: bang-chi-tieu.pdf (.pdf, 1 trang)");
    expect(results[at.table].out).toMatch(/4 chỉ tiêu;/);
    expect(results[at.sample]).toMatchObject({ code: 0, err: "" });
    const json = JSON.parse(String(results[at.sample].out));
    expect(json.targets.map((x: { value: number }) => x.value)).toEqual(readResolution(fs.readFileSync(SAMPLE, "utf8")).targets.map((x) => x.value));
  });

  it.each([
    ["scan", /^Tệp PDF ban-chup\.pdf không có lớp chữ \(có thể là bản chụp\/quét\).*Hãy dùng tệp Word/],
    ["password", /^Tệp PDF mat-khau\.pdf được đặt mật khẩu nên không đọc được\. Hãy mở/],
    ["cut", /^Không đọc được tệp PDF cut\.pdf: tệp bị hỏng hoặc chưa tải về hết\./],
    ["empty", /^Tệp rong\.pdf không có nội dung\./],
    ["noise", /^Không đọc được tệp PDF rac\.pdf: tệp bị hỏng/],
    ["scanEn", /^The PDF ban-chup\.pdf has no text layer/],
  ])("%s: exit 2 with one sentence from the message table, nothing on stdout", (k, msg) => {
    expect(results[at[k]]).toMatchObject({ code: 2, out: "" });
    expect(results[at[k]].err).toMatch(msg);
    expect(String(results[at[k]].err).trim().split("\n")).toHaveLength(1);
  });

  it("never hangs: more pages than the limit and a read past the time limit stop with their message", () => {
    expect(results[at.pages]).toMatchObject({ ok: false, key: "reader.file.pdf-too-long" });
    expect(results[at.timeout]).toMatchObject({ ok: false, key: "reader.file.pdf-timeout" });
  });
});
