import * as fs from "fs";
import * as path from "path";
import { readResolution } from "../../../src/core/reader/read";
import { rewriteTables, tableCells } from "../../../src/core/reader/table";
import { SEEDS } from "./golden";

const rows = (ts: ReturnType<typeof readResolution>["targets"]) => ts.map((t) => [t.id, t.parent, t.kind, t.op, t.value, t.max, t.indicator]);

describe("targets written as a table", () => {
  it("tab-separated rows (Word's copy, the .docx reader): value from the plan column, not the result column", () => {
    const text = [
      "II. CÁC CHỈ TIÊU CHỦ YẾU",
      "STT\tChỉ tiêu\tĐơn vị tính\tThực hiện 2024\tKế hoạch 2025",
      "",
      "1\tKết nạp đảng viên mới\tĐảng viên\t95\t90",
      "",
      "\tTrong đó: học sinh, sinh viên\tĐảng viên\t10\t15",
      "2\tTỷ lệ tổ chức cơ sở đảng xếp loại hoàn thành tốt nhiệm vụ trở lên\t%\t92,6\t≥ 90",
      "3\tTỷ lệ đảng viên được kiểm tra\t%\t33\t30 - 35",
      "III. NHIỆM VỤ, GIẢI PHÁP",
      "1\tPhấn đấu kết nạp thêm\tĐảng viên\t\t5",
    ].join("\n");
    const r = readResolution(text);
    expect(r.repairs).toContain("reader.repair.table");
    expect(rows(r.targets)).toEqual([
      ["1", null, "count", ">=", 90, null, "member.admitted.count"],
      ["1.1", "1", "count", ">=", 15, null, "member.admitted.students.count"],
      ["2", null, "percent", ">=", 0.9, null, "org.rating.httnv_plus.share"],
      ["3", null, "percent", "range", 0.3, 0.35, "member.inspected.share"],
    ]);
    expect(r.targets[0].text).toBe("Kết nạp đảng viên mới: 90 Đảng viên");
  });

  it("markdown pipe tables, with their separator row", () => {
    const text = "Chỉ tiêu\n| STT | Nội dung chỉ tiêu | ĐVT | Chỉ tiêu năm 2025 |\n|---|---|---|---|\n| 1 | Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ | % | không quá 20 |\n| 2 | Số mô hình “Dân vận khéo” | Mô hình | 12 |";
    const r = readResolution(text);
    expect(rows(r.targets)).toEqual([
      ["1", null, "percent", "<=", 0.2, null, "member.rating.htxsnv.share"],
      ["2", null, "count", ">=", 12, null, null],
    ]);
  });

  it("rows without a header: the wordy cell is the target, the last number its value", () => {
    const { lines } = rewriteTables(["1\tKết nạp đảng viên mới\tđảng viên\t90", "2\tTỷ lệ đảng viên được kiểm tra\t%\t30"]);
    expect(lines).toEqual(["- Kết nạp đảng viên mới: 90 đảng viên", "- Tỷ lệ đảng viên được kiểm tra: 30%"]);
  });

  it("leaves prose alone and keeps a row without a value as its words", () => {
    expect(tableCells("Có 90% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.")).toBeNull();
    expect(tableCells("| a | b |")).toBeNull();
    const { lines, tables } = rewriteTables(["Văn bản thường", "A\tVề xây dựng Đảng\t", "Nơi nhận:\t\tT/M ĐẢNG ỦY"]);
    expect(tables).toBe(1);
    expect(lines).toEqual(["Văn bản thường", "A Về xây dựng Đảng", "Nơi nhận: T/M ĐẢNG ỦY"]);
  });

  it("no seed document is taken for a table (the golden test pins what they read)", () => {
    for (const f of fs.readdirSync(SEEDS).filter((n) => n.endsWith(".txt"))) {
      expect(readResolution(fs.readFileSync(path.join(SEEDS, f), "utf8")).repairs).not.toContain("reader.repair.table");
    }
  });
});

describe("two-row headers", () => {
  it("a second header row under a merged year picks the plan column", () => {
    const { lines } = rewriteTables([
      "STT\tChỉ tiêu\tĐơn vị tính\tNăm 2025\t",
      "\t\t\tƯớc thực hiện\tKế hoạch",
      "1\tKết nạp đảng viên mới\tĐảng viên\t95\t100",
    ]);
    expect(lines).toEqual(["- Kết nạp đảng viên mới: 100 Đảng viên"]);
  });
});

describe("prose laid out with tabs is not a table", () => {
  it("an item with a tab after its number and its own figure reads as before", () => {
    const text = "Chỉ tiêu\na)\tCó 90% đảng viên hoàn thành tốt nhiệm vụ trở lên\t\nb)\tKết nạp 90 đảng viên mới\t(tăng 5% so với năm 2024)";
    const r = readResolution(text);
    expect(r.targets.map((t) => [t.kind, t.value, t.indicator])).toEqual([
      ["percent", 0.9, "member.rating.httnv_plus.share"],
      ["count", 90, "member.admitted.count"],
    ]);
  });
});

describe("units of a table row", () => {
  it("'%', 'Tỷ lệ (%)' and '‰' go right after the last number; a noun unit after the value", () => {
    const { lines } = rewriteTables([
      "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch",
      "1\tĐảng viên hoàn thành tốt nhiệm vụ trở lên\tTỷ lệ (%)\t90 trở lên",
      "2\tĐảng viên bị kỷ luật\t‰\tdưới 3",
      "3\tKết nạp đảng viên mới\tngười\tít nhất 20",
    ]);
    expect(lines).toEqual(["- Đảng viên hoàn thành tốt nhiệm vụ trở lên: 90% trở lên", "- Đảng viên bị kỷ luật: dưới 3‰", "- Kết nạp đảng viên mới: ít nhất 20 người"]);
  });
});

describe("tables copied one cell per line (web page, PDF)", () => {
  const text = [
    "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 – 2030",
    "",
    "NỘI DUNG",
    "",
    "CHỈ TIÊU",
    "",
    "GHI CHÚ",
    "",
    "1. Kinh tế:",
    "- Tốc độ tăng giá trị sản xuất",
    "9 – 10%",
    "Mỗi năm",
    "- Không còn nhà tạm",
    "Đến cuối 2027",
    "- Số xã đạt chuẩn nông thôn mới nâng cao",
    "4 xã",
    "Năm 2030",
    "- Tỷ lệ giải quyết:",
    "+ Đơn thư khiếu nại",
    "+ Đơn thư tố cáo",
    "95%",
    "90% trở lên",
  ].join("\n");

  it("each row is read with its label, its values in order and its note (a year there is its deadline)", () => {
    const r = readResolution(text);
    expect(r.targets.map((t) => [t.kind, t.op, t.value, t.max, t.deadline])).toEqual([
      ["percent", "range", 0.09, 0.1, null],
      ["count", "=", 0, null, 2027],
      ["count", ">=", 4, null, 2030],
      ["percent", ">=", 0.95, null, null],
      ["percent", ">=", 0.9, null, null],
    ]);
    expect(r.targets[0].text).toBe("Tốc độ tăng giá trị sản xuất: 9 – 10% (Mỗi năm)");
    expect(r.targets[0].period).toBe("year");
    // Sub-rows stacked under a label without a value keep the whole stack as their quote.
    expect(r.targets[4].quote).toBe("Tỷ lệ giải quyết: + Đơn thư khiếu nại + Đơn thư tố cáo: 95% 90% trở lên");
  });

  it("a row with as many values as value columns keeps the plan column, not the result column", () => {
    const t2 = ["NỘI DUNG", "THỰC HIỆN 2024", "KẾ HOẠCH 2025", "- Kết nạp đảng viên mới", "48", "50"].join("\n");
    expect(readResolution("Chỉ tiêu\n" + t2).targets.map((t) => t.value)).toEqual([50]);
  });
});
