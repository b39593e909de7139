import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { renderFirstPage, which } from "../../src/cli/commands/demo";
import { runCheck } from "../../src/core/check/run";
import { buildSummarySheets } from "../../src/core/check/sheets";
import { readResolution } from "../../src/core/reader/read";
import { readDataSet } from "../../src/core/data/read";
import { generateSample } from "../../src/core/sample";

// The summary sheet as staff will print it: LibreOffice converts it to PDF; the text, the page and a PNG are checked.
const haveLibreOffice = Boolean(which("soffice") && which("pdftotext") && which("pdfinfo") && which("pdftoppm"));
const maybe = haveLibreOffice ? it : it.skip;

describe("Tổng hợp renders as a printable Party document", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nq-render-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  maybe(
    "PDF has the header, title and verdicts, on an A4 landscape page",
    async () => {
      const sample = generateSample({ members: 400, seed: 7 });
      const data = readDataSet(sample.grids);
      const rr = readResolution(readFileSync(join(__dirname, "..", "..", "samples", "resolution", "nghi-quyet-mau.txt"), "utf8"));
      const result = runCheck({ targets: rr.targets, data, period: { months: 12, year: 2024 }, header: { issuer: rr.issuer, place: "Hòa Bình Xanh", date: { day: 10, month: 1, year: 2025 } }, lang: "vi" });
      const [summary] = buildSummarySheets(result, "vi");
      const png = join(dir, "tong-hop.png");
      const r = await renderFirstPage(summary, png, dir, join(dir, "lo-profile"));
      if (!r.ok) throw new Error(r.message);
      const text = spawnSync("pdftotext", ["-layout", r.pdf, "-"], { encoding: "utf8" }).stdout;
      expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
      expect(text).toContain("ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
      expect(text).toContain("Hòa Bình Xanh, ngày 10 tháng 01 năm 2025");
      expect(text).toContain("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2024");
      expect(text).toMatch(/Tổng số 21 chỉ tiêu/);
      expect(text).toMatch(/Đạt|Chưa đạt/);
      // Column I (the sources, cell references) is outside the print area: LibreOffice printed it while the
      // area was written "$A1:$H41" (test/xlsx/print-area.test.ts).
      expect(text).not.toContain("không in");
      expect(text).not.toMatch(/Nguồn: '/);
      // Percent formats render as percents (invariant "0.0%" under an en-US LibreOffice).
      expect(text).toMatch(/\d+\.\d%/);
      const info = spawnSync("pdfinfo", [r.pdf], { encoding: "utf8" }).stdout;
      const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
      expect(m).not.toBeNull();
      const [w, h] = [Number(m![1]), Number(m![2])];
      expect(w).toBeGreaterThan(h);
      expect(Math.round(w)).toBe(842); // A4 landscape: 841.89 × 595.28 pt
      expect(Math.round(h)).toBe(595);
      expect(existsSync(png)).toBe(true);
      expect(readFileSync(png).subarray(1, 4).toString("latin1")).toBe("PNG");
    },
    120000,
  );
});
