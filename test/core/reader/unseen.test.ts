/**
 * General rules found while reading texts the reader had not seen (issue 12): each case is written for the test in
 * the shape seen, never copied from a corpus text.
 */
import { readResolution } from "../../../src/core/reader/read";

const read = (text: string) => readResolution(text).targets;
const brief = (text: string) => read(text).map((t) => [t.kind, t.op, t.value, t.max, t.deadline]);

describe("deadlines carried to where they govern", () => {
  it("a heading's year goes to every item of its numbered list, renumbered from 1, up to the next part", () => {
    const text = [
      "Đại hội Đảng bộ xã An Phú lần thứ X, nhiệm kỳ 2020 - 2025",
      "Ngày 12/7/2020, Đảng bộ xã An Phú tổ chức Đại hội.",
      "2. Các chỉ tiêu chủ yếu đến năm 2025",
      "1. Tốc độ tăng trưởng giá trị sản xuất bình quân 8%/năm.",
      "2. Thu nhập bình quân đầu người đạt 60 triệu đồng.",
      "3. Phấn đấu đến năm 2025 không còn hộ nghèo.",
      "4. Tỷ lệ lao động qua đào tạo: 88,7%.",
      "3. Nhiệm vụ và giải pháp",
      "Đại hội thống nhất 3 khâu đột phá.",
    ].join("\n");
    expect(brief(text)).toEqual([
      ["percent", ">=", 0.08, null, 2025],
      ["quantity", ">=", 60, null, 2025],
      ["count", "=", 0, null, 2025],
      ["percent", ">=", 0.887, null, 2025],
    ]);
  });

  it("a section of topics ('1. Về kinh tế') is not narrowed to its one sub-list named 'chỉ tiêu'", () => {
    const text = [
      "NGHỊ QUYẾT ĐẠI HỘI, NHIỆM KỲ 2020 - 2025",
      "II. CÁC CHỈ TIÊU",
      "1. Về kinh tế",
      "Các chỉ tiêu chủ yếu đến năm 2025:",
      "- Thu nhập bình quân đầu người đạt 60 triệu đồng.",
      "2. Về xây dựng Đảng",
      "- Hằng năm kết nạp 20 đảng viên mới.",
      "III. NHIỆM VỤ",
      "- Kết nạp được 50 đảng viên.",
    ].join("\n");
    expect(brief(text)).toEqual([
      ["quantity", ">=", 60, null, 2025],
      ["count", ">=", 20, null, null],
    ]);
  });

  it("topics between the items of a list under ':' do not end it", () => {
    const text = "Báo cáo chính trị đã đề ra các chỉ tiêu chính đến năm 2025 đó là:\n\nVề kinh tế\n\n- Tốc độ tăng giá trị sản xuất hằng năm 11-13%.\n\nVề xây dựng Đảng\n\n- Số đảng viên mới được kết nạp hằng năm: 200 đảng viên.";
    expect(brief(text)).toEqual([
      ["percent", "range", 0.11, 0.13, 2025],
      ["count", ">=", 200, null, 2025],
    ]);
  });

  it("a deadline opening a clause, or before a colon, dates the later clauses of its sentence but not a yearly one", () => {
    const text = "Đại hội thống nhất 29 chỉ tiêu chủ yếu, trong đó: phấn đấu đến năm 2030, tổng sản phẩm trên địa bàn đạt trên 1.200 tỷ đồng; thu nhập bình quân đầu người đạt 120 triệu đồng/năm; tốc độ tăng thu ngân sách bình quân 10%-12%/năm.\n\nCơ cấu kinh tế đến năm 2025: nông nghiệp 45%; dịch vụ 35%; công nghiệp 20%.";
    expect(brief(text)).toEqual([
      ["quantity", ">", 1200, null, 2030],
      ["quantity", ">=", 120, null, 2030],
      ["percent", "range", 0.1, 0.12, null],
      ["percent", ">=", 0.45, null, 2025],
      ["percent", ">=", 0.35, null, 2025],
      ["percent", ">=", 0.2, null, 2025],
    ]);
  });

  it("'Xã phấn đấu đến năm 2025 …' dates its sentence; a deadline in the year the text was written is that year's target", () => {
    const text = "Xã phấn đấu đến năm 2025 có 50% thôn đạt chuẩn; tỷ lệ người đi học đúng độ tuổi đạt 96%.\n\nNgày 26/6/2022, Thành ủy họp. Phấn đấu đến cuối năm 2022 thành lập mới ít nhất 1 tổ chức đoàn.";
    expect(read(text).map((t) => [t.value, t.deadline, t.period])).toEqual([[0.5, 2025, null], [0.96, 2025, null], [1, null, "year"]]);
  });
});
