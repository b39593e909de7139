import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { which } from "../../src/cli/commands/demo";

// The Word report as LibreOffice Writer reads it: PDF (A4, header, title, table, signature, Nơi nhận), a PNG of
// page 1, and LibreOffice's own text of the document, row by row, equal to the check's --json.
const haveWriter = Boolean(which("soffice") && which("pdftotext") && which("pdfinfo") && which("pdftoppm"));
const maybe = haveWriter ? it : it.skip;
if (!haveWriter) console.log("Bỏ qua kiểm thử báo cáo Word: chưa cài LibreOffice (libreoffice-writer) / poppler-utils. Skipped.");

const RESOLUTION = join(__dirname, "..", "..", "samples", "resolution", "nghi-quyet-mau.txt");
const VERDICT: Record<string, string> = { dat: "✔ Đạt", vuot: "▲ Vượt", "chua-dat": "✘ Chưa đạt", "thieu-du-lieu": "? Thiếu dữ liệu", "chua-den-han": "… Chưa đến hạn" };

interface JsonTarget {
  text: string;
  value: number | string | null;
  status: string;
  target: { kind: string; value: number | string; unit: string | null; per: string | null };
}

/** The achieved value as a Vietnamese report writes it, from the JSON alone ("92,6%", "1.250", "34/34"). */
function expectedValue(t: JsonTarget): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (t.value === null) return /^—$/;
  if (typeof t.value === "string") return new RegExp(`^${esc(t.value)}$`);
  if (t.target.per && t.target.kind !== "percent") return new RegExp(`^${t.value}/\\d+$`);
  const vi = (x: number, d: number) => x.toFixed(d).replace(/\B(?=(\d{3})+(?!\d))/g, "#").replace(".", ",").replace(/#/g, ".");
  if (t.target.kind === "percent") {
    if (t.target.unit === "‰") return new RegExp(`^${esc(vi(t.value * 1000, 2))}‰$`);
    const target = Number((Number(t.target.value) * 100).toPrecision(12));
    const d = Math.max(1, (String(target).split(".")[1] ?? "").length + 1);
    return new RegExp(`^${esc(vi(t.value * 100, d))}%$`);
  }
  return new RegExp(`^${esc(vi(t.value, Number.isInteger(t.value) ? 0 : 1))}$`);
}

function soffice(args: string[], dir: string) {
  return spawnSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo")}`, "--headless", ...args, "--outdir", dir], { encoding: "utf8", timeout: 180000 });
}

describe("the Word report renders as a Party document (LibreOffice Writer)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nq-render-docx-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  maybe(
    "A4 PDF with header, title, table, signature and Nơi nhận; every target's text and result equal the JSON",
    async () => {
      let out = "";
      const io: CliIO = { out: (s) => void (out += s), err: () => undefined, isTTY: false, cwd: dir };
      expect(await main(["sample", "du-lieu.xlsx", "--members", "400", "--seed", "7"], io)).toBe(0);
      out = "";
      const code = await main(["check", "du-lieu.xlsx", "--targets", RESOLUTION, "--year", "2024", "--docx", "bao-cao.docx", "--number", "15", "--date", "10/01/2025", "--signer", "Nguyễn Văn An", "--json"], io);
      expect([0, 1]).toContain(code);
      const json = JSON.parse(out) as { targets: JsonTarget[] };
      const docx = join(dir, "bao-cao.docx");
      expect(soffice(["--convert-to", "pdf", docx], dir).status).toBe(0);
      const pdf = join(dir, "bao-cao.pdf");
      const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
      const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      expect([Math.round(Number(m[1])), Math.round(Number(m[2]))]).toEqual([595, 842]); // A4 portrait
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
      // The header's left column holds the superior committee on one line (it wrapped at 42%), the right the date line.
      for (const s of ["ĐẢNG BỘ TỈNH HÒA BÌNH XANH", "ĐẢNG ỦY KHỐI CƠ QUAN", "Số 15-BC/ĐUK", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Bình Xanh, ngày 10 tháng 01 năm 2025", "BÁO CÁO", "Kết quả thực hiện các chỉ tiêu Nghị quyết số 12-NQ/ĐUK năm 2024", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"]) {
        expect(text).toContain(s);
      }
      // The table's header row on every page the table runs over, and a page number at the foot of each page.
      const perPage = text.split("\f").filter((p) => p.trim());
      expect(perPage.length).toBe(pages);
      const tablePages = perPage.filter((p) => /[✔▲✘?…] (Đạt|Vượt|Chưa đạt|Thiếu|Chưa đến)/.test(p));
      for (const p of tablePages) expect(p).toMatch(/STT\s+Chỉ tiêu/);
      perPage.forEach((p, i) => expect(p.trim().split("\n").at(-1)!.trim()).toBe(String(i + 1)));

      // LibreOffice's own text of the document: the cells row by row.
      expect(soffice(["--convert-to", "txt:Text (encoded):UTF8", docx], dir).status).toBe(0);
      const lines = readFileSync(join(dir, "bao-cao.txt"), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => l.trim());
      let at = lines.indexOf("Đánh giá");
      expect(at).toBeGreaterThan(0);
      for (const t of json.targets) {
        const i = lines.indexOf(t.text.replace(/\s+/g, " ").trim(), at);
        expect([t.text, i > at]).toEqual([t.text, true]);
        // Text | Chỉ tiêu Nghị quyết | Thực hiện | % so với chỉ tiêu | Đánh giá
        expect([t.text, lines[i + 2]]).toEqual([t.text, expect.stringMatching(expectedValue(t))]);
        expect([t.text, lines[i + 4]]).toEqual([t.text, VERDICT[t.status]]);
        at = i;
      }

      const png = join(dir, "page");
      expect(spawnSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf, png]).status).toBe(0);
      expect(existsSync(`${png}.png`)).toBe(true);
      expect(readFileSync(`${png}.png`).subarray(1, 4).toString("latin1")).toBe("PNG");
    },
    300000,
  );
});
