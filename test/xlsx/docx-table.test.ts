import * as fs from "fs";
import * as path from "path";
import { readResolution } from "../../src/core/reader/read";
import { extractDocxText } from "../../src/xlsx/docx";
import { readResolutionBytes } from "../../src/xlsx/resolution-file";

// Real Word files (test/fixtures/pdf/make-fixtures.js): a table of targets written by the `docx`
// package, and the same file saved again by LibreOffice Writer.
const FIX = path.resolve(__dirname, "../fixtures/pdf");
const ROWS = [
  "STT\tChỉ tiêu\tĐơn vị tính\tThực hiện 2024\tKế hoạch 2025",
  "1\tKết nạp đảng viên mới\tĐảng viên\t95\t90",
  "2\tTỷ lệ đảng viên được kiểm tra, giám sát\t%\t33\t30 - 35",
  "3\tTỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên\t%\t86\t≥ 80",
  "4\tThu nhập bình quân đầu người\ttriệu đồng/người/năm\t68\t75",
];

describe.each(["bang-chi-tieu.docx", "bang-chi-tieu-lo.docx"])("a Word table of targets: %s", (name) => {
  const bytes = () => new Uint8Array(fs.readFileSync(path.join(FIX, name)));

  it("each table row is one line of tab-separated cells (mammoth's HTML), as reader/table.ts reads them", async () => {
    const out = await extractDocxText(bytes());
    if ("error" in out) throw new Error(out.error);
    const lines = out.text.split("\n").filter((l) => l.trim() !== "");
    expect(lines.filter((l) => l.includes("\t"))).toEqual(ROWS);
    expect(lines[0]).toBe("KẾ HOẠCH CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025");
  });

  it("each row is a target, its value from the plan column (Kế hoạch 2025), never Thực hiện 2024", async () => {
    const r = await readResolutionBytes(bytes(), name);
    if (!r.ok) throw new Error(r.key);
    expect(r.format).toBe("docx");
    const targets = readResolution(r.text).targets;
    expect(targets.map((x) => [x.text.split(":")[0], x.kind, x.op, x.value, x.max])).toEqual([
      ["Kết nạp đảng viên mới", "count", ">=", 90, null],
      ["Tỷ lệ đảng viên được kiểm tra, giám sát", "percent", "range", 0.3, 0.35],
      ["Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "percent", ">=", 0.8, null],
      ["Thu nhập bình quân đầu người", expect.any(String), ">=", 75, null],
    ]);
    expect(targets[3].unit).toMatch(/triệu đồng/);
  });
});
